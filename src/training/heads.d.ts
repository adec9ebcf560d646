/**
 * A model's output heads as compile sets them (Keras' CompileLoss / CompileMetrics): each output's
 * loss, loss weight and metrics, from one value for every output, a list in output order or a dict
 * keyed by output name. Logs name a head's numbers after it ('gender_loss', 'gender_accuracy');
 * a single-output model keeps Keras' plain names ('loss', 'accuracy').
 */
import { type Loss } from '../losses/losses.js';
import { type MetricSpec, type ParsedMetric } from '../evaluation/metrics/resolve.js';
export interface Head {
    readonly index: number;
    /** The output's name (its layer's name, or its key when outputs were a dict). */
    readonly name: string;
    /** '' for a single-output model, else `${name}_`: put before every logged name of this head. */
    readonly prefix: string;
    readonly loss: Loss;
    /** Keras' loss_weights entry: the total loss is the weighted sum of the heads' losses. */
    readonly weight: number;
    readonly parsedMetrics: readonly ParsedMetric[];
}
/** What compile takes per output: one value for all, a list in output order, or { outputName: value }. */
export type PerOutput<T> = T | readonly T[] | {
    readonly [output: string]: T;
};
/** The heads of a model with these outputs, from compile's loss, lossWeights and metrics. */
export declare function compileHeads(outputNames: readonly string[], args: {
    loss: unknown;
    lossWeights?: unknown;
    metrics?: unknown;
}): Head[];
/** The saved form of the heads' compile settings: single values for one output, dicts keyed by output name for several. */
export declare function headsConfig(heads: readonly Head[]): {
    loss: Record<string, unknown>;
    lossWeights?: Record<string, number>;
    metrics: MetricSpec[] | Record<string, MetricSpec[]>;
};
