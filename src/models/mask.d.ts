/** The output layer's call and the one rule about masks at a model's output, shared by Sequential and Functional. */
import type { Tensor } from '../tensor/tensor.js';
import type { CallOptions, Layer } from '../layers/layer.js';
/**
 * Calls a model's output layer. When the trainer's loss fuses this layer's activation (softmax or
 * sigmoid with the matching cross-entropy), also returns the pre-activation logits so the loss can
 * use the stable form (as Keras' TensorFlow backend does).
 */
export declare function callOutputLayer(layer: Layer, h: Tensor, mask: Tensor | null, call: CallOptions, logitsFor: ((activation: string) => boolean) | undefined): {
    output: Tensor;
    logits: Tensor | null;
};
/** A mask that reaches the output would weight a per-step loss, which is not implemented: refused rather than dropped. */
export declare function checkOutputMask(layer: Layer, mask: Tensor | null): void;
