import { outputBuffer } from '../tensor/alloc.js';
import { broadcastShapes, broadcastStrides, formatShape, shapesEqual, sizeOf } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { floatOperand, floatResult } from './operand.js';
function broadcastBinary(kind, a, b, op) {
    const outShape = broadcastShapes(a.shape, b.shape, op);
    const out = outputBuffer(sizeOf(outShape));
    kernels().binary(kind, a.f32(), broadcastStrides(a.shape, outShape), b.f32(), broadcastStrides(b.shape, outShape), out, outShape);
    return floatResult(out, outShape);
}
function arithmetic(kind, a, b) {
    const ta = floatOperand(a, kind, 'a');
    const tb = floatOperand(b, kind, 'b');
    return record(kind, [ta, tb], broadcastBinary(kind, ta, tb, kind), { aShape: ta.shape, bShape: tb.shape });
}
/** a + b with NumPy broadcasting. */
export const add = (a, b) => arithmetic('add', a, b);
/** a - b with NumPy broadcasting. */
export const sub = (a, b) => arithmetic('sub', a, b);
/** a * b with NumPy broadcasting. */
export const mul = (a, b) => arithmetic('mul', a, b);
/** a / b with NumPy broadcasting. */
export const div = (a, b) => arithmetic('div', a, b);
/** a ** b with NumPy broadcasting. */
export const pow = (a, b) => arithmetic('pow', a, b);
/** Elementwise maximum (ties send the gradient to a). */
export const maximum = (a, b) => arithmetic('maximum', a, b);
/** Elementwise minimum (ties send the gradient to a). */
export const minimum = (a, b) => arithmetic('minimum', a, b);
function comparison(kind, a, b) {
    return broadcastBinary(kind, floatOperand(a, kind, 'a'), floatOperand(b, kind, 'b'), kind);
}
/** 1 where a == b, else 0 (float32, no gradient). */
export const equal = (a, b) => comparison('equal', a, b);
export const greater = (a, b) => comparison('greater', a, b);
export const greaterEqual = (a, b) => comparison('greaterEqual', a, b);
export const less = (a, b) => comparison('less', a, b);
export const lessEqual = (a, b) => comparison('lessEqual', a, b);
/** Applies one elementwise function; `alpha` parameterises leakyRelu and elu. */
export function unaryOp(kind, x, alpha = 0) {
    const t = floatOperand(x, kind, 'x');
    const out = outputBuffer(t.size);
    kernels().unary(kind, t.f32(), out, alpha);
    return record('unary', [t], floatResult(out, t.shape), { kind, alpha });
}
export const neg = (x) => unaryOp('neg', x);
export const exp = (x) => unaryOp('exp', x);
export const log = (x) => unaryOp('log', x);
export const sqrt = (x) => unaryOp('sqrt', x);
export const square = (x) => unaryOp('square', x);
export const abs = (x) => unaryOp('abs', x);
export const relu = (x) => unaryOp('relu', x);
/** max(x, alpha·x); alpha defaults to 0.2 like Keras 3 and TF.js. */
export const leakyRelu = (x, alpha = 0.2) => unaryOp('leakyRelu', x, alpha);
export const elu = (x, alpha = 1) => unaryOp('elu', x, alpha);
export const selu = (x) => unaryOp('selu', x);
/** Exact GELU, x·Φ(x) (Keras and PyTorch default, not the tanh approximation). */
export const gelu = (x) => unaryOp('gelu', x);
export const sigmoid = (x) => unaryOp('sigmoid', x);
export const tanh = (x) => unaryOp('tanh', x);
export const softplus = (x) => unaryOp('softplus', x);
export const softsign = (x) => unaryOp('softsign', x);
/** x·sigmoid(x), also known as SiLU. */
export const swish = (x) => unaryOp('swish', x);
/** Clamps values to [min, max]; the gradient passes where min <= x <= max. */
export function clip(x, min, max) {
    const t = floatOperand(x, 'clip', 'x');
    if (!(min <= max))
        throw new RangeError(`clip: argument "min" must not exceed "max". Received: min=${min}, max=${max}`);
    const out = outputBuffer(t.size);
    kernels().clip(t.f32(), min, max, out);
    return record('clip', [t], floatResult(out, t.shape), { min, max });
}
/** Elementwise choice: a where cond is non-zero, else b; all three broadcast together. */
export function where(cond, a, b) {
    const c = floatOperand(cond, 'where', 'cond');
    const ta = floatOperand(a, 'where', 'a');
    const tb = floatOperand(b, 'where', 'b');
    const outShape = broadcastShapes(broadcastShapes(c.shape, ta.shape, 'where'), tb.shape, 'where');
    const condFull = floatResult(broadcastData(c, outShape), outShape);
    const out = outputBuffer(sizeOf(outShape));
    kernels().select(condFull.f32(), broadcastData(ta, outShape), broadcastData(tb, outShape), out);
    return record('where', [ta, tb], floatResult(out, outShape), { cond: condFull, aShape: ta.shape, bShape: tb.shape });
}
const ZERO = new Float32Array(1);
/** The values of t repeated to outShape (t's own buffer when no broadcasting is needed). */
/**
 * A broadcast along one run of axes as plain copies: (…, 1) statistics repeated along trailing
 * axes (the gradient of a mean), a block repeated along leading axes (a bias, position
 * embeddings), or rows repeated along middle axes (the gradient of a pooled sum). False when the
 * broadcast axes are not one run.
 */
function repeatCopy(x, shape, outShape, out) {
    const padded = [...new Array(outShape.length - shape.length).fill(1), ...shape];
    const broadcast = padded.map((d, i) => d === 1 && outShape[i] !== 1);
    const first = broadcast.indexOf(true);
    const last = broadcast.lastIndexOf(true);
    if (first < 0 || padded.slice(first, last + 1).some((d) => d !== 1))
        return false;
    const inner = sizeOf(outShape.slice(last + 1));
    const repeat = sizeOf(outShape.slice(first, last + 1));
    if (inner === 1) {
        for (let r = 0; r < x.length; r++)
            out.fill(x[r], r * repeat, (r + 1) * repeat);
        return true;
    }
    for (let o = 0; o < x.length / inner; o++) {
        const block = x.subarray(o * inner, (o + 1) * inner);
        for (let k = 0; k < repeat; k++)
            out.set(block, (o * repeat + k) * inner);
    }
    return true;
}
export function broadcastData(t, outShape) {
    if (shapesEqual(t.shape, outShape))
        return t.f32();
    broadcastShapes(t.shape, outShape, 'broadcastTo');
    const out = outputBuffer(sizeOf(outShape));
    if (repeatCopy(t.f32(), t.shape, outShape, out))
        return out;
    kernels().binary('add', t.f32(), broadcastStrides(t.shape, outShape), ZERO, outShape.map(() => 0), out, outShape);
    return out;
}
/** Checks two tensors have the same shape, naming the op and both shapes. */
export function expectSameShape(a, b, op, names = ['a', 'b']) {
    if (!shapesEqual(a.shape, b.shape)) {
        throw new RangeError(`${op}: ${names[0]} and ${names[1]} must have the same shape. Received: ${names[0]}.shape=${formatShape(a.shape)}, ${names[1]}.shape=${formatShape(b.shape)}`);
    }
}
//# sourceMappingURL=elementwise.js.map