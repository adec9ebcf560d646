/** Number of elements of a shape (1 for a scalar). */
export function sizeOf(shape) {
    let n = 1;
    for (const d of shape)
        n *= d;
    return n;
}
/** Row-major strides of a shape. */
export function stridesOf(shape) {
    const strides = new Array(shape.length);
    let s = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        strides[i] = s;
        s *= shape[i];
    }
    return strides;
}
export function formatShape(shape) {
    return `[${shape.join(',')}]`;
}
export function shapesEqual(a, b) {
    return a.length === b.length && a.every((d, i) => d === b[i]);
}
/** Throws unless every dimension is a non-negative integer. */
export function checkShape(shape, where) {
    for (const d of shape) {
        if (!Number.isInteger(d) || d < 0) {
            throw new RangeError(`${where}: shape dimensions must be non-negative integers. Received: shape=${formatShape(shape)}`);
        }
    }
}
/** NumPy broadcasting of two shapes; the error names the op and both shapes. */
export function broadcastShapes(a, b, op) {
    const rank = Math.max(a.length, b.length);
    const out = new Array(rank);
    for (let i = 0; i < rank; i++) {
        const da = a[a.length - rank + i] ?? 1;
        const db = b[b.length - rank + i] ?? 1;
        if (da !== db && da !== 1 && db !== 1) {
            throw new RangeError(`${op}: shapes cannot be broadcast together (dimension ${i} of the result: ${da} vs ${db}). ` +
                `Received: a.shape=${formatShape(a)}, b.shape=${formatShape(b)}`);
        }
        out[i] = da === 1 ? db : da;
    }
    return out;
}
/**
 * Strides to read `shape` as if broadcast to `outShape`: broadcast dimensions get stride 0.
 * Used by kernels that walk the output and index the inputs.
 */
export function broadcastStrides(shape, outShape) {
    const own = stridesOf(shape);
    const offset = outShape.length - shape.length;
    return outShape.map((_, i) => {
        const j = i - offset;
        if (j < 0)
            return 0;
        return shape[j] === 1 ? 0 : own[j];
    });
}
/** Resolves a possibly negative axis; the error names the op and the rank. */
export function normalizeAxis(axis, rank, op) {
    if (!Number.isInteger(axis) || axis < -rank || axis >= Math.max(rank, 1)) {
        throw new RangeError(`${op}: argument "axis" must be an integer in [${-rank}, ${rank - 1}]. Received: axis=${axis} for a tensor of rank ${rank}`);
    }
    return axis < 0 ? axis + rank : axis;
}
/** Resolves an axis list (undefined = all axes), sorted and without repeats. */
export function normalizeAxes(axes, rank, op) {
    if (axes === undefined)
        return Array.from({ length: rank }, (_, i) => i);
    const list = typeof axes === 'number' ? [axes] : axes;
    const out = [...new Set(list.map((a) => normalizeAxis(a, rank, op)))];
    return out.sort((x, y) => x - y);
}
/** Splits a shape around `axis` into (outer, axis length, inner) for kernels that work along one axis. */
export function splitAtAxis(shape, axis) {
    return {
        outer: sizeOf(shape.slice(0, axis)),
        size: shape[axis],
        inner: sizeOf(shape.slice(axis + 1)),
    };
}
//# sourceMappingURL=shape.js.map