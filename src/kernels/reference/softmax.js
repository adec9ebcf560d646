/** Row-wise softmax family over (rows, cols); max-subtraction keeps exp from overflowing. */
import { sigmoid } from './math.js';
function rowMax(x, off, cols) {
    let m = -Infinity;
    for (let c = 0; c < cols; c++)
        if (x[off + c] > m)
            m = x[off + c];
    return m;
}
/** log(sum(exp(x - max))) + max for one row. */
function rowLogSumExp(x, off, cols) {
    const m = rowMax(x, off, cols);
    if (m === -Infinity)
        return -Infinity;
    let s = 0;
    for (let c = 0; c < cols; c++)
        s += Math.exp(x[off + c] - m);
    return m + Math.log(s);
}
export function softmax(x, rows, cols, out) {
    // Each exp once, kept in double until the division (the same numbers as computing it twice).
    const e = new Float64Array(cols);
    for (let r = 0; r < rows; r++) {
        const off = r * cols;
        const m = rowMax(x, off, cols);
        let s = 0;
        for (let c = 0; c < cols; c++)
            s += e[c] = Math.exp(x[off + c] - m);
        for (let c = 0; c < cols; c++)
            out[off + c] = e[c] / s;
    }
}
export function logSoftmax(x, rows, cols, out) {
    for (let r = 0; r < rows; r++) {
        const off = r * cols;
        const lse = rowLogSumExp(x, off, cols);
        for (let c = 0; c < cols; c++)
            out[off + c] = x[off + c] - lse;
    }
}
export function softmaxGrad(y, dy, rows, cols, dx) {
    for (let r = 0; r < rows; r++) {
        const off = r * cols;
        let dot = 0;
        for (let c = 0; c < cols; c++)
            dot += dy[off + c] * y[off + c];
        for (let c = 0; c < cols; c++)
            dx[off + c] = y[off + c] * (dy[off + c] - dot);
    }
}
export function logSoftmaxGrad(y, dy, rows, cols, dx) {
    for (let r = 0; r < rows; r++) {
        const off = r * cols;
        let total = 0;
        for (let c = 0; c < cols; c++)
            total += dy[off + c];
        for (let c = 0; c < cols; c++)
            dx[off + c] = dy[off + c] - Math.exp(y[off + c]) * total;
    }
}
export function softmaxCrossEntropy(logits, labels, rows, cols, loss, probs) {
    for (let r = 0; r < rows; r++) {
        const off = r * cols;
        const lse = rowLogSumExp(logits, off, cols);
        let l = 0;
        for (let c = 0; c < cols; c++) {
            const logp = logits[off + c] - lse;
            const t = labels[off + c];
            if (t !== 0)
                l -= t * logp;
            probs[off + c] = Math.exp(logp);
        }
        loss[r] = l;
    }
}
export function sigmoidCrossEntropy(logits, labels, loss) {
    for (let i = 0; i < logits.length; i++) {
        const x = logits[i];
        loss[i] = Math.max(x, 0) - x * labels[i] + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
/**
 * dx = (sigmoid(x) - z) * dy in one pass, each step rounded to float32 as the three ops it
 * replaces (sigmoid, sub, mul) rounded their results: the same numbers, one kernel call.
 */
export function sigmoidCrossEntropyGrad(logits, labels, dy, dx) {
    for (let i = 0; i < logits.length; i++)
        dx[i] = Math.fround(Math.fround(sigmoid(logits[i])) - labels[i]) * dy[i];
}
//# sourceMappingURL=softmax.js.map