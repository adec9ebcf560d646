/** Operand checks shared by the ops: numbers as scalars, float32 and tensor arguments. */
import { Tensor } from '../tensor/tensor.js';
/** What arithmetic ops accept: a tensor or a plain number (a float32 scalar). */
export type Operand = Tensor | number;
/** Converts a number to a scalar tensor; checks a tensor argument is float32. */
export declare function floatOperand(value: Operand, op: string, arg: string): Tensor;
/** Checks an argument is a Tensor (any dtype). */
export declare function tensorArg(value: unknown, op: string, arg: string): Tensor;
/** Allocates the float32 result of an op. */
export declare function floatResult(data: Float32Array, shape: readonly number[]): Tensor;
