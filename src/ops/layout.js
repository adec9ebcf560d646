/** Layout ops: reshape, transpose, concat, stack, slice, gather, one-hot, broadcast, cast. */
import { Tensor, Variable } from '../tensor/tensor.js';
import { outputBuffer } from '../tensor/alloc.js';
import { allocate, checkDType } from '../tensor/dtype.js';
import { formatShape, normalizeAxis, shapesEqual, sizeOf, splitAtAxis } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { floatOperand, floatResult, tensorArg } from './operand.js';
import { broadcastData } from './elementwise.js';
/** A tensor with the same values that gradients do not flow through. */
export function stopGradient(x) {
    return new Tensor(x.data, x.shape, x.dtype);
}
/** Converts between float32 and int32 (float -> int truncates toward zero); no gradient. */
export function cast(x, dtype) {
    tensorArg(x, 'cast', 'x');
    checkDType(dtype, 'cast');
    if (x.dtype === dtype)
        return x;
    const out = allocate(dtype, x.size);
    out.set(dtype === 'int32' ? Array.from(x.data, Math.trunc) : x.data);
    return new Tensor(out, x.shape, dtype);
}
/** Same values, new shape; one dimension may be -1 (inferred). */
export function reshape(x, shape) {
    tensorArg(x, 'reshape', 'x');
    const unknown = shape.filter((d) => d === -1).length;
    const known = sizeOf(shape.filter((d) => d !== -1));
    const bad = shape.some((d) => !Number.isInteger(d) || d < -1) || unknown > 1;
    const resolved = shape.map((d) => (d === -1 ? (known === 0 ? 0 : x.size / known) : d));
    if (bad || !resolved.every(Number.isInteger) || sizeOf(resolved) !== x.size) {
        throw new RangeError(`reshape: the new shape must hold the same number of values (at most one -1). Received: x.shape=${formatShape(x.shape)} (${x.size} values), shape=${formatShape(shape)}`);
    }
    if (shapesEqual(resolved, x.shape) && !(x instanceof Variable))
        return x;
    // Buffers are shared because tensors are immutable; a Variable's buffer changes, so it is copied.
    const data = x instanceof Variable ? x.data.slice() : x.data;
    return record('reshape', [x], new Tensor(data, resolved, x.dtype), { inShape: x.shape });
}
/** Inserts a dimension of size 1 at `axis`. */
export function expandDims(x, axis = 0) {
    const ax = normalizeAxis(axis, x.rank + 1, 'expandDims');
    const shape = [...x.shape];
    shape.splice(ax, 0, 1);
    return reshape(x, shape);
}
/** Removes dimensions of size 1 (all of them, or the listed axes, which must be 1). */
export function squeeze(x, axes) {
    const drop = axes === undefined
        ? x.shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0)
        : axes.map((a) => normalizeAxis(a, x.rank, 'squeeze'));
    for (const a of drop) {
        if (x.shape[a] !== 1)
            throw new RangeError(`squeeze: axis ${a} must have size 1. Received: x.shape=${formatShape(x.shape)}`);
    }
    return reshape(x, x.shape.filter((_, i) => !drop.includes(i)));
}
/** Permutes axes (reverses them when perm is omitted). */
export function transpose(x, perm) {
    const t = floatOperand(x, 'transpose', 'x');
    const p = perm ? [...perm] : t.shape.map((_, i) => t.rank - 1 - i);
    const valid = p.length === t.rank && [...p].sort((a, b) => a - b).every((v, i) => v === i);
    if (!valid)
        throw new RangeError(`transpose: argument "perm" must be a permutation of 0..${t.rank - 1}. Received: perm=${formatShape(p)} for x.shape=${formatShape(t.shape)}`);
    if (p.every((v, i) => v === i))
        return t;
    const out = outputBuffer(t.size);
    kernels().transpose(t.f32(), t.shape, p, out);
    return record('transpose', [t], floatResult(out, p.map((i) => t.shape[i])), { perm: p });
}
/** Alias of transpose with an explicit permutation (PyTorch's name). */
export const permute = (x, perm) => transpose(x, perm);
/** Repeats x along broadcast dimensions to `shape`. */
export function broadcastTo(x, shape) {
    const t = floatOperand(x, 'broadcastTo', 'x');
    if (shapesEqual(t.shape, shape))
        return t;
    const ok = shape.length >= t.rank && t.shape.every((d, i) => d === 1 || d === shape[shape.length - t.rank + i]);
    if (!ok)
        throw new RangeError(`broadcastTo: x cannot be broadcast to the target shape. Received: x.shape=${formatShape(t.shape)}, shape=${formatShape(shape)}`);
    return record('broadcastTo', [t], floatResult(broadcastData(t, shape), shape), { inShape: t.shape });
}
/** Joins tensors along an existing axis; all other dimensions must match. */
export function concat(tensors, axis = 0) {
    if (!Array.isArray(tensors) || tensors.length === 0)
        throw new RangeError(`concat: argument "tensors" must be a non-empty array of tensors. Received: ${tensors?.length ?? tensors}`);
    const parts = tensors.map((t, i) => floatOperand(t, 'concat', `tensors[${i}]`));
    const first = parts[0];
    const ax = normalizeAxis(axis, first.rank, 'concat');
    parts.forEach((t, i) => {
        const same = t.rank === first.rank && t.shape.every((d, j) => j === ax || d === first.shape[j]);
        if (!same)
            throw new RangeError(`concat: all dimensions except axis ${ax} must match. Received: tensors[0].shape=${formatShape(first.shape)}, tensors[${i}].shape=${formatShape(t.shape)}`);
    });
    const sizes = parts.map((t) => t.shape[ax]);
    const outShape = [...first.shape];
    outShape[ax] = sizes.reduce((a, b) => a + b, 0);
    const { outer, inner } = splitAtAxis(first.shape, ax);
    const out = outputBuffer(sizeOf(outShape));
    kernels().concat(parts.map((t) => t.f32()), outer, sizes, inner, out);
    return record('concat', parts, floatResult(out, outShape), { axis: ax, sizes });
}
/** Stacks same-shaped tensors along a new axis. */
export function stack(tensors, axis = 0) {
    if (!Array.isArray(tensors) || tensors.length === 0)
        throw new RangeError(`stack: argument "tensors" must be a non-empty array of tensors. Received: ${tensors?.length ?? tensors}`);
    const first = tensors[0];
    tensors.forEach((t, i) => {
        if (!shapesEqual(t.shape, first.shape))
            throw new RangeError(`stack: all tensors must have the same shape. Received: tensors[0].shape=${formatShape(first.shape)}, tensors[${i}].shape=${formatShape(t.shape)}`);
    });
    const ax = normalizeAxis(axis, first.rank + 1, 'stack');
    return concat(tensors.map((t) => expandDims(t, ax)), ax);
}
/** The box starting at `begin` with extent `size` (-1 = to the end of that axis). */
export function slice(x, begin, size) {
    const t = floatOperand(x, 'slice', 'x');
    if (begin.length !== t.rank || (size && size.length !== t.rank)) {
        throw new RangeError(`slice: "begin" and "size" need one entry per dimension of x. Received: x.shape=${formatShape(t.shape)}, begin=${formatShape(begin)}, size=${size ? formatShape(size) : 'undefined'}`);
    }
    const extent = t.shape.map((d, i) => (size === undefined || size[i] === -1 ? d - begin[i] : size[i]));
    const ok = t.shape.every((d, i) => Number.isInteger(begin[i]) && begin[i] >= 0 && extent[i] >= 0 && begin[i] + extent[i] <= d);
    if (!ok)
        throw new RangeError(`slice: the box must lie inside x. Received: x.shape=${formatShape(t.shape)}, begin=${formatShape(begin)}, size=${formatShape(extent)}`);
    const out = outputBuffer(sizeOf(extent));
    kernels().slice(t.f32(), t.shape, begin, extent, out);
    return record('slice', [t], floatResult(out, extent), { begin: [...begin], inShape: t.shape });
}
/** Validates indices against an axis length and returns them as int32 values. */
export function checkIndices(indices, limit, op) {
    const t = indices instanceof Tensor ? indices : new Tensor(Int32Array.from(indices), [indices.length], 'int32');
    for (let i = 0; i < t.size; i++) {
        const v = t.data[i];
        if (!Number.isInteger(v) || v < 0 || v >= limit) {
            throw new RangeError(`${op}: indices must be integers in [0, ${limit - 1}]. Received: ${v} at position ${i}`);
        }
    }
    return t.dtype === 'int32' ? t : new Tensor(Int32Array.from(t.data), t.shape, 'int32');
}
/** Picks slices of x along `axis` by index (an embedding lookup is gather on axis 0). */
export function gather(x, indices, axis = 0) {
    const t = floatOperand(x, 'gather', 'x');
    const ax = normalizeAxis(axis, t.rank, 'gather');
    const idx = checkIndices(indices, t.shape[ax], 'gather');
    const { outer, size, inner } = splitAtAxis(t.shape, ax);
    const outShape = [...t.shape.slice(0, ax), ...idx.shape, ...t.shape.slice(ax + 1)];
    const out = outputBuffer(sizeOf(outShape));
    kernels().gather(t.f32(), outer, size, inner, idx.i32(), out);
    return record('gather', [t], floatResult(out, outShape), { indices: idx, axis: ax, inShape: t.shape });
}
/** One-hot rows (float32) for integer class ids in [0, depth). */
export function oneHot(indices, depth) {
    if (!Number.isInteger(depth) || depth < 1)
        throw new RangeError(`oneHot: argument "depth" must be a positive integer. Received: depth=${depth}`);
    const idx = checkIndices(indices, depth, 'oneHot');
    const out = new Float32Array(idx.size * depth);
    for (let i = 0; i < idx.size; i++)
        out[i * depth + idx.data[i]] = 1;
    return floatResult(out, [...idx.shape, depth]);
}
//# sourceMappingURL=layout.js.map