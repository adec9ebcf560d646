/**
 * Layer wrappers (Keras'): Bidirectional runs a recurrent layer forwards and a copy backwards in
 * time, realigns the backward outputs and merges the two; TimeDistributed applies one layer to
 * every time step.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer, type CallOptions } from './layer.js';
import { type ConfigOf } from './args.js';
declare const BIDIRECTIONAL_ARGS: import("./args.js").LayerArgs<{
    /** The recurrent layer (or its { className, config }), run forwards. */
    layer: import("./args.js").Arg<Layer | {
        className: string;
        config: Record<string, unknown>;
    } | null, Layer | {
        className: string;
        config: Record<string, unknown>;
    } | undefined, false>;
    mergeMode: import("./args.js").Arg<"concat" | "mul" | "sum" | "ave" | null, "concat" | "mul" | "sum" | "ave", false>;
    /** A layer for the backward direction (default: a copy of `layer` reading backwards). */
    backwardLayer: import("./args.js").Arg<Layer | {
        className: string;
        config: Record<string, unknown>;
    } | null, Layer | {
        className: string;
        config: Record<string, unknown>;
    } | undefined, false>;
}>;
export type BidirectionalConfig = ConfigOf<typeof BIDIRECTIONAL_ARGS.schema>;
export declare class Bidirectional extends Layer {
    readonly className = "Bidirectional";
    readonly forward: Layer;
    readonly backward: Layer;
    readonly mergeMode: 'concat' | 'sum' | 'mul' | 'ave';
    private readonly returnSequences;
    constructor(config: BidirectionalConfig);
    protected sublayers(): readonly Layer[];
    build(inputShape: Shape, rng: Rng): void;
    protected maskHandling: "consumes";
    outputMask(_x: Tensor, mask: Tensor | null): Tensor | null;
    protected callMasked(x: Tensor, options: CallOptions, mask: Tensor): Tensor;
    call(x: Tensor, options: CallOptions): Tensor;
    private run;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const TIME_DISTRIBUTED_ARGS: import("./args.js").LayerArgs<{
    /** The layer applied to each time step (or its { className, config }). */
    layer: import("./args.js").Arg<Layer | {
        className: string;
        config: Record<string, unknown>;
    } | null, Layer | {
        className: string;
        config: Record<string, unknown>;
    } | undefined, false>;
}>;
export type TimeDistributedConfig = ConfigOf<typeof TIME_DISTRIBUTED_ARGS.schema>;
/** One layer applied to every time step of (batch, time, ...): the steps are folded into the batch and unfolded after. */
export declare class TimeDistributed extends Layer {
    readonly className = "TimeDistributed";
    protected maskHandling: "passes";
    readonly layer: Layer;
    constructor(config: TimeDistributedConfig);
    protected sublayers(): readonly Layer[];
    build(inputShape: Shape, rng: Rng): void;
    call(x: Tensor, options: CallOptions): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare const wrapperLayers: {
    bidirectional: (config: BidirectionalConfig) => Bidirectional;
    timeDistributed: (config: TimeDistributedConfig) => TimeDistributed;
};
export {};
