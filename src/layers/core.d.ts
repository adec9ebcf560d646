/** The core layers: Input, Dense, Activation, Dropout, SpatialDropout1D, Flatten, Reshape, and the kernel-layer base. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import { type Shape } from '../tensor/shape.js';
import { type Rng } from '../random/rng.js';
import { type ActivationName } from './activations.js';
import { Layer, type BaseLayerConfig, type CallOptions } from './layer.js';
import { type Arg, type ArgsOf, type ConfigOf } from './args.js';
import { type RegularizerSpec } from './regularizers.js';
import { type ConstraintSpec } from './constraints.js';
/**
 * A layer whose output is activation(preActivation(x)). The model uses this split to feed
 * logits to a fused, numerically stable cross-entropy when the activation is softmax or sigmoid.
 */
export declare abstract class ActivatedLayer extends Layer {
    abstract readonly activation: ActivationName;
    abstract callPreActivation(x: Tensor, options: CallOptions): Tensor;
    private fn;
    /** The activation function, looked up in the registry once. */
    activate(x: Tensor): Tensor;
    call(x: Tensor, options: CallOptions): Tensor;
}
/** How a layer's kernels and biases start and are held: initializers, regularizers, constraints (Dense, the convolutions, attention). */
export declare const WEIGHT_ARGS: {
    kernelInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
};
/** WEIGHT_ARGS as a config records them (constraints only when set). */
export declare function weightConfig(a: ArgsOf<typeof WEIGHT_ARGS>): Record<string, unknown>;
/** What every layer with a kernel, an optional bias and an activation accepts. */
export declare const KERNEL_ARGS: {
    kernelInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    activation: Arg<string | null, string | null, false>;
    useBias: Arg<boolean | null, boolean, false>;
};
export type KernelConfig = ConfigOf<typeof KERNEL_ARGS>;
/** Base keys kernel layers take besides the common ones. */
export declare const KERNEL_BASE: readonly ["activityRegularizer"];
/** Dense and the convolutions: activation(op(x, kernel) + bias). */
export declare abstract class KernelLayer extends ActivatedLayer {
    readonly activation: ActivationName;
    readonly useBias: boolean;
    readonly kernelInitializer: string;
    readonly biasInitializer: string;
    private readonly kernelRegularizer;
    private readonly biasRegularizer;
    private readonly kernelConstraint;
    private readonly biasConstraint;
    kernel: Variable | null;
    bias: Variable | null;
    constructor(a: ArgsOf<typeof KERNEL_ARGS>, base: BaseLayerConfig, className: string);
    /** Creates the kernel and (if used) a bias with one entry per output unit. */
    protected buildKernel(kernelShape: Shape, rng: Rng): void;
    /** The layer's product (matmul or convolution) before bias and activation. */
    abstract callKernel(x: Tensor, options: CallOptions): Tensor;
    callPreActivation(x: Tensor, options: CallOptions): Tensor;
    /** relu and linear layers with a bias add it and activate in one fused op. */
    call(x: Tensor, options: CallOptions): Tensor;
    /** activation(product + bias) in as few passes as the op allows; convolutions fuse it into the kernel. */
    protected callFused(x: Tensor, options: CallOptions, bias: Tensor, activation: 'relu' | 'linear'): Tensor;
    protected kernelConfig(): Record<string, unknown>;
}
declare const INPUT_ARGS: import("./args.js").LayerArgs<{
    shape: Arg<(number | null)[] | null, (number | null)[] | undefined, false>;
    batchShape: Arg<(number | null)[] | null, (number | null)[] | undefined, false>;
    sparse: Arg<boolean | null, false, false>;
    ragged: Arg<boolean | null, false, false>;
}>;
export type InputConfig = ConfigOf<typeof INPUT_ARGS.schema>;
/** Declares the shape of one sample; computes nothing. */
export declare class InputLayer extends Layer {
    readonly className = "InputLayer";
    /** dtype 'string': raw texts, which must feed a TextVectorization layer (it vectorizes them where the data enters). */
    readonly stringInput: boolean;
    constructor(config?: InputConfig);
    /** A string input's batch is the vectorized text (checked by its TextVectorization layer). */
    checkInput(x: Tensor): void;
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const DENSE_ARGS: import("./args.js").LayerArgs<{
    kernelInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    activation: Arg<string | null, string | null, false>;
    useBias: Arg<boolean | null, boolean, false>;
    units: Arg<number, number, true>;
    /** Keras 2 shorthand for inputShape: [inputDim]. */ inputDim: Arg<number | null, number | undefined, false>;
}>;
export type DenseConfig = ConfigOf<typeof DENSE_ARGS.schema>;
/** y = activation(x · kernel + bias), applied to the last axis. */
export declare class Dense extends KernelLayer {
    readonly className = "Dense";
    protected maskHandling: "passes";
    readonly units: number;
    constructor(config: DenseConfig);
    build(inputShape: Shape, rng: Rng): void;
    callKernel(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const ACTIVATION_ARGS: import("./args.js").LayerArgs<{
    activation: Arg<string, string, true>;
}>;
export type ActivationConfig = ConfigOf<typeof ACTIVATION_ARGS.schema>;
/** Applies an activation function. */
export declare class Activation extends ActivatedLayer {
    readonly className = "Activation";
    protected maskHandling: "passes";
    readonly activation: ActivationName;
    constructor(config: ActivationConfig);
    callPreActivation(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const DROPOUT_SCHEMA: {
    rate: Arg<number, number, true>;
    /** Seeds this layer's own mask stream (Keras' seed): the same masks call after call, whatever fit's seed. */
    seed: Arg<number | null, number | undefined, false>;
    /** Shape of the mask, broadcast over the input (null: the input's size on that axis), e.g. [null, 1, 64]. */
    noiseShape: Arg<(number | null)[] | null, (number | null)[] | undefined, false>;
};
export type DropoutConfig = ConfigOf<typeof DROPOUT_SCHEMA>;
/** Inverted dropout while training; the identity at inference. */
export declare class Dropout extends Layer {
    readonly className: string;
    protected maskHandling: "passes";
    readonly rate: number;
    readonly seed: number | undefined;
    readonly noiseShape: (number | null)[] | undefined;
    private readonly ownRng;
    constructor(config: DropoutConfig, className?: string);
    /** The generator a mask comes from: the layer's own seeded stream, else the fit's. */
    protected maskRng(options: CallOptions): Rng;
    call(x: Tensor, options: CallOptions): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const FLATTEN_ARGS: import("./args.js").LayerArgs<{
    dataFormat: Arg<"channels_last" | null, undefined, false>;
}>;
/** Flattens each sample to one axis. */
export declare class Flatten extends Layer {
    readonly className = "Flatten";
    constructor(config?: ConfigOf<typeof FLATTEN_ARGS.schema>);
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const RESHAPE_ARGS: import("./args.js").LayerArgs<{
    targetShape: Arg<(number | null)[], (number | null)[], true>;
}>;
export type ReshapeConfig = ConfigOf<typeof RESHAPE_ARGS.schema>;
/** Reshapes each sample (one dimension may be -1). */
export declare class Reshape extends Layer {
    readonly className = "Reshape";
    readonly targetShape: number[];
    constructor(config: ReshapeConfig);
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
/** Dropout of whole channels of (batch, steps, channels): one mask value per (sample, channel). */
export declare class SpatialDropout1D extends Dropout {
    readonly className = "SpatialDropout1D";
    constructor(config: DropoutConfig);
    call(x: Tensor, options: CallOptions): Tensor;
}
declare const MASKING_ARGS: import("./args.js").LayerArgs<{
    maskValue: Arg<number | null, number, false>;
}>;
export type MaskingConfig = ConfigOf<typeof MASKING_ARGS.schema>;
/** Keras' Masking: a step whose every feature equals maskValue is padding; it is zeroed and masked for the layers after. */
export declare class Masking extends Layer {
    readonly className = "Masking";
    readonly maskValue: number;
    constructor(config?: MaskingConfig);
    /** 1 where some feature differs from maskValue, shape (batch, time). */
    outputMask(x: Tensor): Tensor;
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
/** Factories, Keras style: candor.layers.dense({ units: 8, activation: 'relu' }). */
export declare const coreLayers: {
    input: (config: InputConfig) => InputLayer;
    dense: (config: DenseConfig) => Dense;
    activation: (config: ActivationConfig) => Activation;
    dropout: (config: DropoutConfig) => Dropout;
    spatialDropout1d: (config: DropoutConfig) => SpatialDropout1D;
    flatten: (config?: ConfigOf<typeof FLATTEN_ARGS.schema>) => Flatten;
    reshape: (config: ReshapeConfig) => Reshape;
    masking: (config?: MaskingConfig) => Masking;
};
export {};
