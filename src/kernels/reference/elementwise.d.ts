/** Reference element-wise kernels with broadcasting strides. */
import type { BinaryKind, UnaryKind } from '../kernels.js';
/** f(x) for one unary kind. */
export declare function unaryScalar(kind: UnaryKind, x: number, alpha: number): number;
/** f'(x) for one unary kind, given y = f(x). */
export declare function unaryDerivative(kind: UnaryKind, x: number, y: number, alpha: number): number;
export declare function unary(kind: UnaryKind, x: Float32Array, out: Float32Array, alpha: number): void;
export declare function unaryGrad(kind: UnaryKind, x: Float32Array, y: Float32Array, dy: Float32Array, dx: Float32Array, alpha: number): void;
export declare function clip(x: Float32Array, min: number, max: number, out: Float32Array): void;
export declare function binary(kind: BinaryKind, a: Float32Array, aStrides: readonly number[], b: Float32Array, bStrides: readonly number[], out: Float32Array, outShape: readonly number[]): void;
export declare function select(cond: Float32Array, a: Float32Array, b: Float32Array, out: Float32Array): void;
