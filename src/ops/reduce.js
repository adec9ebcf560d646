/** Reductions (sum, mean, max, min, logSumExp, argmax) over axes, as differentiable ops. */
import { Tensor } from '../tensor/tensor.js';
import { outputBuffer } from '../tensor/alloc.js';
import { normalizeAxes, normalizeAxis, sizeOf, splitAtAxis } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { floatOperand, floatResult } from './operand.js';
import { add, div, exp, log, sub } from './elementwise.js';
import { reshape, stopGradient } from './layout.js';
/** Shape after reducing `axes`: those dimensions become 1 (keepDims) or disappear. */
export function reducedShape(shape, axes, keepDims) {
    const out = [];
    shape.forEach((d, i) => {
        if (!axes.includes(i))
            out.push(d);
        else if (keepDims)
            out.push(1);
    });
    return out;
}
function reduceOp(kind, x, axesArg, keepDims) {
    const t = floatOperand(x, kind, 'x');
    const axes = normalizeAxes(axesArg, t.rank, kind);
    if (kind !== 'sum' && axes.some((a) => t.shape[a] === 0)) {
        throw new RangeError(`${kind}: cannot reduce over an empty axis. Received: shape=[${t.shape.join(',')}], axes=[${axes.join(',')}]`);
    }
    // Contiguous reduced axes reduce in place as (outer, size, inner); others are first moved last.
    const contiguous = axes.every((a, i) => i === 0 || a === axes[i - 1] + 1);
    let source = t.f32();
    let outer;
    let size;
    let inner;
    if (axes.length === 0) {
        [outer, size, inner] = [t.size, 1, 1];
    }
    else if (contiguous) {
        outer = sizeOf(t.shape.slice(0, axes[0]));
        size = sizeOf(axes.map((a) => t.shape[a]));
        inner = sizeOf(t.shape.slice(axes[axes.length - 1] + 1));
    }
    else {
        const kept = t.shape.map((_, i) => i).filter((i) => !axes.includes(i));
        const perm = [...kept, ...axes];
        source = outputBuffer(t.size);
        kernels().transpose(t.f32(), t.shape, perm, source);
        [outer, size, inner] = [sizeOf(kept.map((i) => t.shape[i])), sizeOf(axes.map((a) => t.shape[a])), 1];
    }
    const outShape = reducedShape(t.shape, axes, keepDims);
    const out = outputBuffer(outer * inner);
    kernels().reduce(kind, source, outer, size, inner, out);
    return record(kind, [t], floatResult(out, outShape), { axes, inShape: t.shape });
}
/** Sum over axes (all when omitted). */
export const sum = (x, axes, keepDims = false) => reduceOp('sum', x, axes, keepDims);
/** Maximum over axes; tied maxima share the gradient equally. */
export const max = (x, axes, keepDims = false) => reduceOp('max', x, axes, keepDims);
/** Minimum over axes; tied minima share the gradient equally. */
export const min = (x, axes, keepDims = false) => reduceOp('min', x, axes, keepDims);
/** Mean over axes (all when omitted). */
export function mean(x, axes, keepDims = false) {
    const t = floatOperand(x, 'mean', 'x');
    const resolved = normalizeAxes(axes, t.rank, 'mean');
    const count = sizeOf(resolved.map((a) => t.shape[a]));
    // Over axes of size 1 (a loss's last axis of one unit) the mean is the values themselves: x / 1 === x
    // exactly, so a reshape gives the same numbers without two ops forward and two backward.
    if (count === 1)
        return reshape(t, reducedShape(t.shape, resolved, keepDims));
    return div(sum(t, resolved, keepDims), count);
}
/** log(sum(exp(x))) over axes, stable: the max is subtracted first (it needs no gradient of its own). */
export function logSumExp(x, axes, keepDims = false) {
    const t = floatOperand(x, 'logSumExp', 'x');
    const resolved = normalizeAxes(axes, t.rank, 'logSumExp');
    const m = stopGradient(max(t, resolved, true));
    const finiteM = floatResult(m.f32().map((v) => (Number.isFinite(v) ? v : 0)), m.shape);
    const lse = add(log(sum(exp(sub(t, finiteM)), resolved, true)), finiteM);
    return keepDims ? lse : reshape(lse, reducedShape(t.shape, resolved, false));
}
/** Index of the maximum along an axis (first one on ties), int32, no gradient. */
export function argmax(x, axis = -1) {
    const t = floatOperand(x, 'argmax', 'x');
    const ax = normalizeAxis(axis, t.rank, 'argmax');
    const { outer, size, inner } = splitAtAxis(t.shape, ax);
    if (size === 0)
        throw new RangeError(`argmax: cannot take argmax over an empty axis. Received: shape=[${t.shape.join(',')}], axis=${axis}`);
    const out = new Int32Array(outer * inner);
    kernels().argmax(t.f32(), outer, size, inner, out);
    return new Tensor(out, reducedShape(t.shape, [ax], false), 'int32');
}
//# sourceMappingURL=reduce.js.map