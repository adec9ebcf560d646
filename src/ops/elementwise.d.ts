/** Element-wise arithmetic, comparisons and activations with broadcasting, as differentiable ops. */
import { Tensor } from '../tensor/tensor.js';
import type { UnaryKind } from '../kernels/kernels.js';
import { type Operand } from './operand.js';
/** a + b with NumPy broadcasting. */
export declare const add: (a: Operand, b: Operand) => Tensor;
/** a - b with NumPy broadcasting. */
export declare const sub: (a: Operand, b: Operand) => Tensor;
/** a * b with NumPy broadcasting. */
export declare const mul: (a: Operand, b: Operand) => Tensor;
/** a / b with NumPy broadcasting. */
export declare const div: (a: Operand, b: Operand) => Tensor;
/** a ** b with NumPy broadcasting. */
export declare const pow: (a: Operand, b: Operand) => Tensor;
/** Elementwise maximum (ties send the gradient to a). */
export declare const maximum: (a: Operand, b: Operand) => Tensor;
/** Elementwise minimum (ties send the gradient to a). */
export declare const minimum: (a: Operand, b: Operand) => Tensor;
/** 1 where a == b, else 0 (float32, no gradient). */
export declare const equal: (a: Operand, b: Operand) => Tensor;
export declare const greater: (a: Operand, b: Operand) => Tensor;
export declare const greaterEqual: (a: Operand, b: Operand) => Tensor;
export declare const less: (a: Operand, b: Operand) => Tensor;
export declare const lessEqual: (a: Operand, b: Operand) => Tensor;
/** Applies one elementwise function; `alpha` parameterises leakyRelu and elu. */
export declare function unaryOp(kind: UnaryKind, x: Operand, alpha?: number): Tensor;
export declare const neg: (x: Operand) => Tensor;
export declare const exp: (x: Operand) => Tensor;
export declare const log: (x: Operand) => Tensor;
export declare const sqrt: (x: Operand) => Tensor;
export declare const square: (x: Operand) => Tensor;
export declare const abs: (x: Operand) => Tensor;
export declare const relu: (x: Operand) => Tensor;
/** max(x, alpha·x); alpha defaults to 0.2 like Keras 3 and TF.js. */
export declare const leakyRelu: (x: Operand, alpha?: number) => Tensor;
export declare const elu: (x: Operand, alpha?: number) => Tensor;
export declare const selu: (x: Operand) => Tensor;
/** Exact GELU, x·Φ(x) (Keras and PyTorch default, not the tanh approximation). */
export declare const gelu: (x: Operand) => Tensor;
export declare const sigmoid: (x: Operand) => Tensor;
export declare const tanh: (x: Operand) => Tensor;
export declare const softplus: (x: Operand) => Tensor;
export declare const softsign: (x: Operand) => Tensor;
/** x·sigmoid(x), also known as SiLU. */
export declare const swish: (x: Operand) => Tensor;
/** Clamps values to [min, max]; the gradient passes where min <= x <= max. */
export declare function clip(x: Operand, min: number, max: number): Tensor;
/** Elementwise choice: a where cond is non-zero, else b; all three broadcast together. */
export declare function where(cond: Operand, a: Operand, b: Operand): Tensor;
export declare function broadcastData(t: Tensor, outShape: readonly number[]): Float32Array;
/** Checks two tensors have the same shape, naming the op and both shapes. */
export declare function expectSameShape(a: Tensor, b: Tensor, op: string, names?: [string, string]): void;
