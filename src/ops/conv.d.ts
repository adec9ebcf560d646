/** Convolutions and pooling as differentiable ops (channels-last), with their output geometry. */
import { Tensor } from '../tensor/tensor.js';
export type Padding = 'valid' | 'same';
type Pair = number | readonly [number, number];
export interface Conv2dOptions {
    strides?: Pair;
    padding?: Padding;
    dilation?: Pair;
    /** Adds this (one value per output channel) and applies `activation` in the same pass over the output. */
    bias?: Tensor;
    /** With a bias: 'relu' or 'linear' (the default). */
    activation?: 'relu' | 'linear';
}
/**
 * Output length and leading padding along one axis, TensorFlow's rules:
 * 'valid' uses only full windows; 'same' gives ceil(in/stride) outputs, padding split with the extra at the end.
 */
export declare function outputLength(inLen: number, window: number, stride: number, dilation: number, padding: Padding): {
    out: number;
    padBefore: number;
};
/** 2-D convolution, channels-last: x (batch, h, w, inC) * kernel (kh, kw, inC, outC) -> (batch, oh, ow, outC). */
export declare function conv2d(x: Tensor, kernel: Tensor, options?: Conv2dOptions): Tensor;
export interface Conv1dOptions {
    strides?: number;
    padding?: Padding;
    dilation?: number;
    bias?: Tensor;
    activation?: 'relu' | 'linear';
}
/** 1-D convolution, channels-last: x (batch, length, inC) * kernel (k, inC, outC) -> (batch, outLength, outC). */
export declare function conv1d(x: Tensor, kernel: Tensor, options?: Conv1dOptions): Tensor;
export interface Pool2dOptions {
    poolSize?: Pair;
    /** Defaults to poolSize, like Keras. */
    strides?: Pair;
    padding?: Padding;
}
/** 2-D max pooling, channels-last. */
export declare const maxPool2d: (x: Tensor, options?: Pool2dOptions) => Tensor;
/** 2-D average pooling, channels-last; padded positions are not counted (Keras semantics). */
export declare const avgPool2d: (x: Tensor, options?: Pool2dOptions) => Tensor;
export interface Pool1dOptions {
    poolSize?: number;
    strides?: number;
    padding?: Padding;
}
/** 1-D max pooling, channels-last: (batch, length, channels). */
export declare const maxPool1d: (x: Tensor, options?: Pool1dOptions) => Tensor;
/** 1-D average pooling, channels-last: (batch, length, channels). */
export declare const avgPool1d: (x: Tensor, options?: Pool1dOptions) => Tensor;
export {};
