/** Tensor and Variable: immutable n-dimensional float32/int32 arrays, and the weights that change. */
import { type DType, type TypedArray } from './dtype.js';
import { type Shape } from './shape.js';
import type { GraphNode } from '../ops/node.js';
export type NestedArray = number | NestedArray[];
/**
 * An n-dimensional array with contiguous row-major storage it owns.
 * Tensors are immutable (Variables are the exception, through `assign`), so
 * buffers can be shared freely and are reclaimed by the garbage collector.
 */
export declare class Tensor {
    readonly shape: Shape;
    readonly dtype: DType;
    /** The storage. Internal code reads it directly; users should call dataSync(). */
    data: TypedArray;
    /** How this tensor was computed, when it depends on something that needs a gradient. */
    node: GraphNode | null;
    /** True when gradients must flow through this tensor. */
    requiresGrad: boolean;
    constructor(data: TypedArray, shape: Shape, dtype: DType);
    get size(): number;
    get rank(): number;
    /** The float32 storage, checked: kernels and ops read values through this, never a cast. */
    f32(where?: string): Float32Array;
    /** The int32 storage (indices, labels), checked. */
    i32(where?: string): Int32Array;
    /** A copy of the values as a flat typed array. */
    dataSync(): TypedArray;
    /** The values as nested arrays (a number for a scalar). */
    toArray(): NestedArray;
    /** The single value of a one-element tensor. */
    item(): number;
    toString(): string;
}
/** A mutable tensor that holds a model parameter; gradients are taken with respect to it. */
export declare class Variable extends Tensor {
    readonly name: string;
    trainable: boolean;
    constructor(initial: Tensor, options?: {
        name?: string;
        trainable?: boolean;
    });
    /** Overwrites the values in place; the shape and dtype must match. */
    assign(value: Tensor | TypedArray): void;
}
