/** One output row accumulated in float64; kept between calls because small products are called often. */
let scratch = new Float64Array(64);
/**
 * Batched GEMM, plain loops: C[b] (M,N) = op(A[b]) (M,K) @ op(B[b]) (K,N).
 * The i-p-j loop order streams rows of B and C for the common untransposed case.
 */
export function matmul(a, b, out, batch, m, n, k, transposeA, transposeB, aBatchStride, bBatchStride) {
    if (scratch.length < n)
        scratch = new Float64Array(n);
    const row = scratch;
    for (let bi = 0; bi < batch; bi++) {
        const aOff = bi * aBatchStride;
        const bOff = bi * bBatchStride;
        const cOff = bi * m * n;
        for (let i = 0; i < m; i++) {
            row.fill(0, 0, n);
            for (let p = 0; p < k; p++) {
                const av = transposeA ? a[aOff + p * m + i] : a[aOff + i * k + p];
                if (transposeB) {
                    for (let j = 0; j < n; j++)
                        row[j] += av * b[bOff + j * k + p];
                }
                else {
                    const bRow = bOff + p * n;
                    for (let j = 0; j < n; j++)
                        row[j] += av * b[bRow + j];
                }
            }
            for (let j = 0; j < n; j++)
                out[cOff + i * n + j] = row[j];
        }
    }
}
//# sourceMappingURL=matmul.js.map