/** Neural-network ops: softmax, fused cross-entropies, dropout, bias + activation. */
import { Tensor } from '../tensor/tensor.js';
import { type Rng } from '../random/rng.js';
/** exp(x) / sum(exp(x)) along an axis (default last), computed stably. */
export declare const softmax: (x: Tensor, axis?: number) => Tensor;
/** x - logSumExp(x) along an axis (default last), computed stably. */
export declare const logSoftmax: (x: Tensor, axis?: number) => Tensor;
/**
 * Softmax cross-entropy on logits (..., C), per row, unreduced: -sum(labels * logSoftmax(logits)).
 * Labels are probabilities of the same shape, or int32 class ids of shape (...).
 */
export declare function softmaxCrossEntropy(logits: Tensor, labels: Tensor): Tensor;
/** Sigmoid cross-entropy on logits, elementwise and unreduced; labels are targets in [0, 1]. */
export declare function sigmoidCrossEntropy(logits: Tensor, labels: Tensor): Tensor;
export interface DropoutOptions {
    /** Dropout is applied only when training is true (the default for this op). */
    training?: boolean;
    /** Explicit seed for the mask; otherwise `rng`, otherwise the global generator. */
    seed?: number;
    rng?: Rng;
}
/** Zeroes each value with probability `rate` and scales the rest by 1/(1-rate); identity when not training. */
export declare function dropout(x: Tensor, rate: number, options?: DropoutOptions): Tensor;
/**
 * act(x + bias) in one pass, bias over the last axis, act 'relu' or 'linear' (what Dense and the
 * convolutions do after their product): one output buffer instead of two, and one backward pass
 * that yields both the input and the bias gradient.
 */
export declare function biasActivation(x: Tensor, bias: Tensor, activation: 'relu' | 'linear'): Tensor;
/**
 * The LSTM cell with sigmoid gates and tanh (Keras' and PyTorch's defaults) as one op: z (batch,
 * 4·units) holds the pre-activations of gates i, f, c̃, o, cPrev (batch, units) the previous cell
 * state; returns [h | c] (batch, 2·units), h = σ(o)·tanh(c), c = σ(f)·cPrev + σ(i)·tanh(c̃).
 */
export declare function lstmCell(z: Tensor, cPrev: Tensor): Tensor;
