/** Fused bias + activation (relu or identity) over rows of a (rows, cols) buffer, and its gradient. */
export function biasActivation(x, bias, out, rows, cols, relu) {
    for (let r = 0; r < rows; r++) {
        const o = r * cols;
        for (let c = 0; c < cols; c++) {
            const z = Math.fround(x[o + c] + bias[c]); // the sum is a float32, as a separate add would store it
            out[o + c] = relu ? (z > 0 ? z : 0) : z;
        }
    }
}
export function biasActivationGrad(y, dy, dx, dbias, rows, cols, relu) {
    const acc = new Float64Array(cols);
    for (let r = 0; r < rows; r++) {
        const o = r * cols;
        for (let c = 0; c < cols; c++) {
            const g = relu && !(y[o + c] > 0) ? 0 : dy[o + c];
            dx[o + c] = g;
            acc[c] += g;
        }
    }
    for (let c = 0; c < cols; c++)
        dbias[c] = acc[c];
}
//# sourceMappingURL=bias.js.map