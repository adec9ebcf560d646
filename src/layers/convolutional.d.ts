/** Convolution layers: Conv1D and Conv2D (channels-last). */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { type Padding } from '../ops/conv.js';
import { KernelLayer } from './core.js';
import { type CallOptions } from './layer.js';
import { type Arg, type ConfigOf } from './args.js';
declare const CONV_SCHEMA: {
    kernelInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<import("./regularizers.js").RegularizerSpec | null, import("./regularizers.js").RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<import("./regularizers.js").RegularizerSpec | null, import("./regularizers.js").RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<import("./constraints.js").ConstraintSpec | null, import("./constraints.js").ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<import("./constraints.js").ConstraintSpec | null, import("./constraints.js").ConstraintSpec | null | undefined, false>;
    activation: Arg<string | null, string | null, false>;
    useBias: Arg<boolean | null, boolean, false>;
    filters: Arg<number, number, true>;
    kernelSize: Arg<number | readonly number[], number[], true>;
    strides: Arg<number | readonly number[] | null, number[] | readonly [1], false>;
    /** 'causal' (Conv1D only): zeros before the sequence, so output t sees inputs up to t (WaveNet's, Keras' rule). */
    padding: Arg<"valid" | "same" | "causal" | null, "valid" | "same" | "causal", false>;
    dilationRate: Arg<number | readonly number[] | null, number[] | readonly [1], false>;
    dataFormat: Arg<"channels_last" | null, undefined, false>;
    groups: Arg<1 | null, 1, false>;
};
export type ConvConfig = ConfigOf<typeof CONV_SCHEMA>;
/** Shared by Conv1D and Conv2D: channels-last convolution, then bias, then activation. */
declare abstract class Conv extends KernelLayer {
    private readonly rank;
    readonly filters: number;
    readonly kernelSize: number[];
    readonly strides: number[];
    readonly padding: Padding | 'causal';
    readonly dilationRate: number[];
    constructor(config: ConvConfig, rank: 1 | 2, className: string);
    /** Zeros before the sequence for causal padding: (kernel - 1)·dilation steps. */
    private causalPad;
    private sampleLayout;
    build(inputShape: Shape, rng: Rng): void;
    callKernel(x: Tensor): Tensor;
    protected callFused(x: Tensor, _options: CallOptions, bias: Tensor, activation: 'relu' | 'linear'): Tensor;
    private convolve;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
/** 1-D convolution over (batch, steps, channels). */
export declare class Conv1D extends Conv {
    readonly className = "Conv1D";
    constructor(config: ConvConfig);
}
/** 2-D convolution over (batch, rows, cols, channels). */
export declare class Conv2D extends Conv {
    readonly className = "Conv2D";
    constructor(config: ConvConfig);
}
export declare const convolutionalLayers: {
    conv1d: (config: ConvConfig) => Conv1D;
    conv2d: (config: ConvConfig) => Conv2D;
};
export {};
