import { SELU_ALPHA, SELU_SCALE, gelu, geluGrad, sigmoid, softplus } from './math.js';
/** f(x) for one unary kind. */
export function unaryScalar(kind, x, alpha) {
    switch (kind) {
        case 'neg':
            return -x;
        case 'exp':
            return Math.exp(x);
        case 'log':
            return Math.log(x);
        case 'sqrt':
            return Math.sqrt(x);
        case 'square':
            return x * x;
        case 'abs':
            return Math.abs(x);
        case 'relu':
            return x > 0 ? x : 0;
        case 'leakyRelu':
            return x > 0 ? x : alpha * x;
        case 'elu':
            return x > 0 ? x : alpha * Math.expm1(x);
        case 'selu':
            return x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * Math.expm1(x);
        case 'gelu':
            return gelu(x);
        case 'sigmoid':
            return sigmoid(x);
        case 'tanh':
            return Math.tanh(x);
        case 'softplus':
            return softplus(x);
        case 'softsign':
            return x / (1 + Math.abs(x));
        case 'swish':
            return x * sigmoid(x);
        default:
            return kind;
    }
}
/** f'(x) for one unary kind, given y = f(x). */
export function unaryDerivative(kind, x, y, alpha) {
    switch (kind) {
        case 'neg':
            return -1;
        case 'exp':
            return y;
        case 'log':
            return 1 / x;
        case 'sqrt':
            return 0.5 / y;
        case 'square':
            return 2 * x;
        case 'abs':
            return x > 0 ? 1 : x < 0 ? -1 : 0;
        case 'relu':
            return x > 0 ? 1 : 0;
        case 'leakyRelu':
            return x > 0 ? 1 : alpha;
        case 'elu':
            return x > 0 ? 1 : y + alpha;
        case 'selu':
            return x > 0 ? SELU_SCALE : y + SELU_SCALE * SELU_ALPHA;
        case 'gelu':
            return geluGrad(x);
        case 'sigmoid':
            return y * (1 - y);
        case 'tanh':
            return 1 - y * y;
        case 'softplus':
            return sigmoid(x);
        case 'softsign': {
            const d = 1 + Math.abs(x);
            return 1 / (d * d);
        }
        case 'swish': {
            const s = sigmoid(x);
            return s + x * s * (1 - s);
        }
        default:
            return kind;
    }
}
export function unary(kind, x, out, alpha) {
    // Hot activations get their own loop; the rest go through the scalar switch.
    if (kind === 'relu') {
        for (let i = 0; i < x.length; i++)
            out[i] = x[i] > 0 ? x[i] : 0;
        return;
    }
    // neg and square run in the gradients of sub and in every variance (LayerNormalization).
    if (kind === 'neg') {
        for (let i = 0; i < x.length; i++)
            out[i] = -x[i];
        return;
    }
    if (kind === 'square') {
        for (let i = 0; i < x.length; i++)
            out[i] = x[i] * x[i];
        return;
    }
    for (let i = 0; i < x.length; i++)
        out[i] = unaryScalar(kind, x[i], alpha);
}
export function unaryGrad(kind, x, y, dy, dx, alpha) {
    if (kind === 'relu') {
        for (let i = 0; i < x.length; i++)
            dx[i] = x[i] > 0 ? dy[i] : 0;
        return;
    }
    if (kind === 'square') {
        for (let i = 0; i < x.length; i++)
            dx[i] = dy[i] * (2 * x[i]);
        return;
    }
    for (let i = 0; i < x.length; i++)
        dx[i] = dy[i] * unaryDerivative(kind, x[i], y[i], alpha);
}
export function clip(x, min, max, out) {
    for (let i = 0; i < x.length; i++) {
        const v = x[i];
        out[i] = v < min ? min : v > max ? max : v;
    }
}
function binaryScalar(kind, a, b) {
    switch (kind) {
        case 'add':
            return a + b;
        case 'sub':
            return a - b;
        case 'mul':
            return a * b;
        case 'div':
            return a / b;
        case 'pow':
            return Math.pow(a, b);
        case 'maximum':
            return a >= b || Number.isNaN(a) ? a : b;
        case 'minimum':
            return a <= b || Number.isNaN(a) ? a : b;
        case 'equal':
            return a === b ? 1 : 0;
        case 'greater':
            return a > b ? 1 : 0;
        case 'greaterEqual':
            return a >= b ? 1 : 0;
        case 'less':
            return a < b ? 1 : 0;
        case 'lessEqual':
            return a <= b ? 1 : 0;
        default:
            return kind;
    }
}
/** A loop over `n` elements of a and b with the kind chosen once, outside the loop (the hot arithmetic kinds). */
function arithmeticLoop(kind) {
    switch (kind) {
        case 'add':
            return (a, ai, b, bi, out, oi, n, bStep) => {
                for (let i = 0; i < n; i++)
                    out[oi + i] = a[ai + i] + b[bi + i * bStep];
            };
        case 'sub':
            return (a, ai, b, bi, out, oi, n, bStep) => {
                for (let i = 0; i < n; i++)
                    out[oi + i] = a[ai + i] - b[bi + i * bStep];
            };
        case 'mul':
            return (a, ai, b, bi, out, oi, n, bStep) => {
                for (let i = 0; i < n; i++)
                    out[oi + i] = a[ai + i] * b[bi + i * bStep];
            };
        case 'div':
            return (a, ai, b, bi, out, oi, n, bStep) => {
                for (let i = 0; i < n; i++)
                    out[oi + i] = a[ai + i] / b[bi + i * bStep];
            };
        default:
            return null;
    }
}
export function binary(kind, a, aStrides, b, bStrides, out, outShape) {
    const n = out.length;
    const loop = arithmeticLoop(kind);
    if (loop && a.length === n && (b.length === n || b.length === 1)) {
        loop(a, 0, b, 0, out, 0, n, b.length === 1 ? 0 : 1);
        return;
    }
    // b repeats along the leading axes (a bias over the last axis): one pass per row.
    const last = outShape[outShape.length - 1] ?? 1;
    if (loop &&
        a.length === n &&
        b.length === last &&
        last > 1 &&
        bStrides[bStrides.length - 1] === 1 &&
        bStrides.slice(0, -1).every((s) => s === 0)) {
        for (let row = 0; row < n; row += last)
            loop(a, row, b, 0, out, row, last, 1);
        return;
    }
    if (a.length === n && b.length === n) {
        for (let i = 0; i < n; i++)
            out[i] = binaryScalar(kind, a[i], b[i]);
        return;
    }
    if (b.length === 1 && a.length === n) {
        const bv = b[0];
        for (let i = 0; i < n; i++)
            out[i] = binaryScalar(kind, a[i], bv);
        return;
    }
    // General broadcast: walk the output with an odometer over its index.
    const rank = outShape.length;
    const index = new Array(rank).fill(0);
    let ai = 0;
    let bi = 0;
    for (let i = 0; i < n; i++) {
        out[i] = binaryScalar(kind, a[ai], b[bi]);
        for (let d = rank - 1; d >= 0; d--) {
            index[d]++;
            ai += aStrides[d];
            bi += bStrides[d];
            if (index[d] < outShape[d])
                break;
            ai -= aStrides[d] * outShape[d];
            bi -= bStrides[d] * outShape[d];
            index[d] = 0;
        }
    }
}
export function select(cond, a, b, out) {
    for (let i = 0; i < out.length; i++)
        out[i] = cond[i] !== 0 ? a[i] : b[i];
}
//# sourceMappingURL=elementwise.js.map