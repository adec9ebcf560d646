/** BatchNormalization with Keras' moving statistics. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer, type CallOptions } from './layer.js';
import { type Arg, type ConfigOf } from './args.js';
declare const BATCH_NORM_ARGS: import("./args.js").LayerArgs<{
    /** Only the last (channels-last) axis. */
    axis: Arg<-1 | null, -1, false>;
    momentum: Arg<number | null, number, false>;
    epsilon: Arg<number | null, number, false>;
    center: Arg<boolean | null, boolean, false>;
    scale: Arg<boolean | null, boolean, false>;
    betaInitializer: Arg<string | null, string, false>;
    gammaInitializer: Arg<string | null, string, false>;
    movingMeanInitializer: Arg<string | null, string, false>;
    movingVarianceInitializer: Arg<string | null, string, false>;
}>;
export type BatchNormalizationConfig = ConfigOf<typeof BATCH_NORM_ARGS.schema>;
/**
 * Normalises the last (channel) axis. Training: batch statistics (biased variance) and
 * moving = momentum·moving + (1-momentum)·batch, as Keras does. Inference: the moving statistics.
 */
export declare class BatchNormalization extends Layer {
    readonly className = "BatchNormalization";
    readonly momentum: number;
    readonly epsilon: number;
    readonly center: boolean;
    readonly scale: boolean;
    readonly initializers: {
        beta: string;
        gamma: string;
        movingMean: string;
        movingVariance: string;
    };
    gamma: Variable | null;
    beta: Variable | null;
    movingMean: Variable | null;
    movingVariance: Variable | null;
    constructor(config?: BatchNormalizationConfig);
    build(inputShape: Shape, rng: Rng): void;
    call(x: Tensor, options: CallOptions): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
/** y·γ + β per feature, each when the layer has it (center, scale). */
export declare function scaleShift(y: Tensor, gamma: Tensor | null, beta: Tensor | null): Tensor;
export declare const normalizationLayers: {
    batchNormalization: (config?: BatchNormalizationConfig) => BatchNormalization;
};
export {};
