/**
 * Batched GEMM, plain loops: C[b] (M,N) = op(A[b]) (M,K) @ op(B[b]) (K,N).
 * The i-p-j loop order streams rows of B and C for the common untransposed case.
 */
export declare function matmul(a: Float32Array, b: Float32Array, out: Float32Array, batch: number, m: number, n: number, k: number, transposeA: boolean, transposeB: boolean, aBatchStride: number, bBatchStride: number): void;
