/** LayerNormalization (Keras): each sample normalised over its last axis, then scaled and shifted per feature. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer } from './layer.js';
import { type Arg, type ConfigOf } from './args.js';
declare const LAYER_NORM_ARGS: import("./args.js").LayerArgs<{
    /** Only the last axis (the features), Keras' default. */
    axis: Arg<-1 | [-1] | null, -1, false>;
    epsilon: Arg<number | null, number, false>;
    center: Arg<boolean | null, boolean, false>;
    scale: Arg<boolean | null, boolean, false>;
    betaInitializer: Arg<string | null, string, false>;
    gammaInitializer: Arg<string | null, string, false>;
}>;
export type LayerNormalizationConfig = ConfigOf<typeof LAYER_NORM_ARGS.schema>;
/** y = (x - mean) / sqrt(var + ε) · γ + β over the last axis, with the biased variance (Keras and PyTorch). */
export declare class LayerNormalization extends Layer {
    readonly className = "LayerNormalization";
    protected maskHandling: "passes";
    readonly epsilon: number;
    readonly center: boolean;
    readonly scale: boolean;
    private readonly initializers;
    gamma: Variable | null;
    beta: Variable | null;
    constructor(config?: LayerNormalizationConfig);
    build(inputShape: Shape, rng: Rng): void;
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare const layerNormalizationLayers: {
    layerNormalization: (config?: LayerNormalizationConfig) => LayerNormalization;
};
export {};
