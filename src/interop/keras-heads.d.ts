/**
 * The output heads of a Keras (or Candor) model document, read from the configs alone, so that a
 * model with layers Candor cannot build can still be diagnosed: a diagnosis needs each output's
 * width and activation and the compile settings for it. Sequential and Functional models,
 * nested models as layers, Keras 2 and Keras 3 node formats.
 */
type Json = Record<string, unknown>;
export interface Head {
    /** The output layer's name (Keras keys per-output losses and metrics by it). */
    name: string;
    /** Width of the output (0 when no layer on the way sets it). */
    units: number;
    activation: string;
    /** Layer classes on the way back that Candor does not know, so the width or activation is an assumption. */
    unknown: string[];
}
/** Every output head of a model document ({ class_name, config } or a Candor { layers }). */
export declare function headsOf(doc: Json, known: (className: string) => boolean): Head[];
/**
 * The compile setting meant for one head of a multi-output model: a dict keyed by output name, or
 * a list by position (losses: one per output; metrics: a list of lists); otherwise it applies to all.
 */
export declare function forHead(value: unknown, head: string, index: number, heads: number, kind: 'loss' | 'metrics'): unknown;
export {};
