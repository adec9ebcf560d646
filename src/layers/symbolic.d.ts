/**
 * Symbolic tensors of the functional API (Keras' KerasTensor): a sample shape and the layer call
 * that produces it. Calling a layer on symbolic inputs records a node and computes nothing.
 */
import type { Shape } from '../tensor/shape.js';
import type { Layer } from './layer.js';
/** One call of a layer on symbolic inputs (Keras' Node): a layer called twice (shared) has two. */
export interface LayerNode {
    readonly layer: Layer;
    readonly inputs: readonly SymbolicTensor[];
    /** The call's first output (a recurrent layer with returnState has its final states after it, in `outputs`). */
    readonly output: SymbolicTensor;
    readonly outputs: readonly SymbolicTensor[];
    /** Which call of its layer this is (0 for the first). */
    readonly index: number;
    /** Call arguments (Keras' call kwargs, e.g. useCausalMask), saved with the graph. */
    readonly args?: Readonly<Record<string, unknown>>;
}
export declare class SymbolicTensor {
    readonly shape: Shape;
    readonly tensorIndex: number;
    /** The node that produces this tensor (set once, by the call that creates it). */
    node: LayerNode;
    /**
     * One sample's shape (no batch axis; -1 where any size is accepted), and which of its node's
     * outputs this is (Keras' tensor index: 1 and 2 are an LSTM's final h and c with returnState).
     */
    constructor(shape: Shape, tensorIndex?: number);
    /** The producing layer's name, which of its calls and which of that call's outputs (Keras' "dense_1[0][0]"). */
    get label(): string;
    toString(): string;
}
/** Describes a symbolic tensor in messages. */
export declare const symbolicText: (t: SymbolicTensor) => string;
