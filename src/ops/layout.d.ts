/** Layout ops: reshape, transpose, concat, stack, slice, gather, one-hot, broadcast, cast. */
import { Tensor } from '../tensor/tensor.js';
import { type DType } from '../tensor/dtype.js';
/** A tensor with the same values that gradients do not flow through. */
export declare function stopGradient(x: Tensor): Tensor;
/** Converts between float32 and int32 (float -> int truncates toward zero); no gradient. */
export declare function cast(x: Tensor, dtype: DType): Tensor;
/** Same values, new shape; one dimension may be -1 (inferred). */
export declare function reshape(x: Tensor, shape: readonly number[]): Tensor;
/** Inserts a dimension of size 1 at `axis`. */
export declare function expandDims(x: Tensor, axis?: number): Tensor;
/** Removes dimensions of size 1 (all of them, or the listed axes, which must be 1). */
export declare function squeeze(x: Tensor, axes?: readonly number[]): Tensor;
/** Permutes axes (reverses them when perm is omitted). */
export declare function transpose(x: Tensor, perm?: readonly number[]): Tensor;
/** Alias of transpose with an explicit permutation (PyTorch's name). */
export declare const permute: (x: Tensor, perm: readonly number[]) => Tensor;
/** Repeats x along broadcast dimensions to `shape`. */
export declare function broadcastTo(x: Tensor, shape: readonly number[]): Tensor;
/** Joins tensors along an existing axis; all other dimensions must match. */
export declare function concat(tensors: readonly Tensor[], axis?: number): Tensor;
/** Stacks same-shaped tensors along a new axis. */
export declare function stack(tensors: readonly Tensor[], axis?: number): Tensor;
/** The box starting at `begin` with extent `size` (-1 = to the end of that axis). */
export declare function slice(x: Tensor, begin: readonly number[], size?: readonly number[]): Tensor;
/** Validates indices against an axis length and returns them as int32 values. */
export declare function checkIndices(indices: Tensor | readonly number[], limit: number, op: string): Tensor;
/** Picks slices of x along `axis` by index (an embedding lookup is gather on axis 0). */
export declare function gather(x: Tensor, indices: Tensor | readonly number[], axis?: number): Tensor;
/** One-hot rows (float32) for integer class ids in [0, depth). */
export declare function oneHot(indices: Tensor | readonly number[], depth: number): Tensor;
