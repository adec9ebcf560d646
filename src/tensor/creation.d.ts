/** Tensor creation: from nested arrays, constants, ranges, seeded random draws. */
import { type DType, type TypedArray } from './dtype.js';
import { type Shape } from './shape.js';
import { Tensor, type NestedArray } from './tensor.js';
export type TensorInput = number | NestedArray | readonly number[] | TypedArray;
/** Creates a tensor from a number, (nested) arrays or a typed array; int32 values must be integers. */
export declare function tensor(values: TensorInput, shape?: Shape, dtype?: DType): Tensor;
/** A tensor of the given shape filled with one value. */
export declare function full(shape: Shape, value: number, dtype?: DType): Tensor;
export declare function zeros(shape: Shape, dtype?: DType): Tensor;
export declare function ones(shape: Shape, dtype?: DType): Tensor;
export declare function scalar(value: number, dtype?: DType): Tensor;
/** Values start, start+step, … below stop (like NumPy's arange). */
export declare function arange(start: number, stop?: number, step?: number, dtype?: DType): Tensor;
/** Identity matrix (n, m). */
export declare function eye(n: number, m?: number, dtype?: DType): Tensor;
export interface RandomOptions {
    /** Explicit seed; without one the library's global generator is used (see setSeed). */
    seed?: number;
}
export declare function randomNormal(shape: Shape, options?: RandomOptions & {
    mean?: number;
    stddev?: number;
}): Tensor;
export declare function randomUniform(shape: Shape, options?: RandomOptions & {
    minval?: number;
    maxval?: number;
}): Tensor;
/** Normal values redrawn until within two standard deviations of the mean (TF and Keras semantics). */
export declare function truncatedNormal(shape: Shape, options?: RandomOptions & {
    mean?: number;
    stddev?: number;
}): Tensor;
