/**
 * Layers called on several tensors in a functional model (merge layers, attention), with call
 * arguments recorded on the node (Keras' call kwargs: MultiHeadAttention's use_causal_mask).
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer, type CallOptions } from './layer.js';
/** A node's call arguments: plain JSON values, saved with the graph. */
export type CallArgs = Readonly<Record<string, unknown>>;
export declare abstract class MultiInputLayer extends Layer {
    /** Builds for the first call's input shapes. */
    abstract buildInputs(shapes: readonly Shape[], rng: Rng, args: CallArgs): void;
    /** The eager call on a list of tensors and their masks (the functional model's forward pass). */
    abstract applyInputs(xs: readonly Tensor[], options: CallOptions, masks: readonly (Tensor | null)[], args: CallArgs): Tensor;
    /** The mask of the output, from the inputs' masks (none by default). */
    inputsMask(_masks: readonly (Tensor | null)[], _args: CallArgs): Tensor | null;
    buildNode(shapes: readonly Shape[], rng: Rng, args: CallArgs): void;
    callNode(xs: readonly Tensor[], options: CallOptions, masks: readonly (Tensor | null)[], args: CallArgs): {
        outputs: Tensor[];
        masks: (Tensor | null)[];
    };
}
