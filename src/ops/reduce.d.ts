/** Reductions (sum, mean, max, min, logSumExp, argmax) over axes, as differentiable ops. */
import { Tensor } from '../tensor/tensor.js';
import { type Operand } from './operand.js';
export type Axes = number | readonly number[];
/** Shape after reducing `axes`: those dimensions become 1 (keepDims) or disappear. */
export declare function reducedShape(shape: readonly number[], axes: readonly number[], keepDims: boolean): number[];
/** Sum over axes (all when omitted). */
export declare const sum: (x: Operand, axes?: Axes, keepDims?: boolean) => Tensor;
/** Maximum over axes; tied maxima share the gradient equally. */
export declare const max: (x: Operand, axes?: Axes, keepDims?: boolean) => Tensor;
/** Minimum over axes; tied minima share the gradient equally. */
export declare const min: (x: Operand, axes?: Axes, keepDims?: boolean) => Tensor;
/** Mean over axes (all when omitted). */
export declare function mean(x: Operand, axes?: Axes, keepDims?: boolean): Tensor;
/** log(sum(exp(x))) over axes, stable: the max is subtracted first (it needs no gradient of its own). */
export declare function logSumExp(x: Operand, axes?: Axes, keepDims?: boolean): Tensor;
/** Index of the maximum along an axis (first one on ties), int32, no gradient. */
export declare function argmax(x: Operand, axis?: number): Tensor;
