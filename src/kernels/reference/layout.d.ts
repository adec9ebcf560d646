/** Kernels that move data without arithmetic: transpose, slice, concat, gather. */
export declare function transpose(x: Float32Array, shape: readonly number[], perm: readonly number[], out: Float32Array): void;
export declare function slice(x: Float32Array, shape: readonly number[], begin: readonly number[], size: readonly number[], out: Float32Array): void;
export declare function sliceAddInto(dy: Float32Array, shape: readonly number[], begin: readonly number[], size: readonly number[], dx: Float32Array): void;
export declare function concat(parts: readonly Float32Array[], outer: number, sizes: readonly number[], inner: number, out: Float32Array): void;
export declare function gather(x: Float32Array, outer: number, size: number, inner: number, indices: Int32Array, out: Float32Array): void;
export declare function scatterAdd(dy: Float32Array, outer: number, size: number, inner: number, indices: Int32Array, dx: Float32Array): void;
