/** Tensor creation: from nested arrays, constants, ranges, seeded random draws. */
import { allocate, checkDType } from './dtype.js';
import { checkShape, formatShape, sizeOf } from './shape.js';
import { Tensor } from './tensor.js';
import { rngFor } from '../random/rng.js';
/** Shape of a nested array; throws on ragged rows, naming where they differ. */
function inferShape(values) {
    const shape = [];
    let level = values;
    while (Array.isArray(level)) {
        shape.push(level.length);
        if (level.length === 0)
            break;
        level = level[0];
    }
    const check = (v, dim, path) => {
        if (dim === shape.length) {
            if (typeof v !== 'number')
                throw new TypeError(`tensor: values must be numbers. Received: ${typeof v} at ${path || 'the top level'}`);
            return;
        }
        if (!Array.isArray(v) || v.length !== shape[dim]) {
            const got = Array.isArray(v) ? `length ${v.length}` : typeof v;
            throw new RangeError(`tensor: nested arrays must be rectangular. Expected length ${shape[dim]} at ${path || 'the top level'}. Received: ${got}`);
        }
        v.forEach((item, i) => check(item, dim + 1, `${path}[${i}]`));
    };
    check(values, 0, '');
    return shape;
}
function flatten(values, out) {
    if (Array.isArray(values))
        for (const v of values)
            flatten(v, out);
    else
        out.push(values);
}
/** Creates a tensor from a number, (nested) arrays or a typed array; int32 values must be integers. */
export function tensor(values, shape, dtype) {
    const resolvedDType = dtype === undefined ? (values instanceof Int32Array ? 'int32' : 'float32') : checkDType(dtype, 'tensor');
    let flat;
    let inferred;
    if (values instanceof Float32Array || values instanceof Int32Array) {
        flat = values;
        inferred = [values.length];
    }
    else if (typeof values === 'number') {
        flat = [values];
        inferred = [];
    }
    else {
        const list = [];
        flatten(values, list);
        flat = list;
        inferred = inferShape(values);
    }
    const finalShape = shape ?? inferred;
    checkShape(finalShape, 'tensor');
    if (sizeOf(finalShape) !== flat.length) {
        throw new RangeError(`tensor: the shape must hold exactly the values given. Received: ${flat.length} values for shape=${formatShape(finalShape)}`);
    }
    const data = allocate(resolvedDType, flat.length);
    if (resolvedDType === 'int32') {
        for (let i = 0; i < flat.length; i++) {
            const v = flat[i];
            if (!Number.isInteger(v) || v > 2147483647 || v < -2147483648) {
                throw new TypeError(`tensor: int32 values must be 32-bit integers. Received: ${v} at flat index ${i}`);
            }
            data[i] = v;
        }
    }
    else {
        data.set(flat);
    }
    return new Tensor(data, finalShape, resolvedDType);
}
/** A tensor of the given shape filled with one value. */
export function full(shape, value, dtype = 'float32') {
    checkShape(shape, 'full');
    const data = allocate(checkDType(dtype, 'full'), sizeOf(shape));
    data.fill(value);
    return new Tensor(data, shape, dtype);
}
export function zeros(shape, dtype = 'float32') {
    return full(shape, 0, dtype);
}
export function ones(shape, dtype = 'float32') {
    return full(shape, 1, dtype);
}
export function scalar(value, dtype = 'float32') {
    return full([], value, dtype);
}
/** Values start, start+step, … below stop (like NumPy's arange). */
export function arange(start, stop, step = 1, dtype = 'float32') {
    const [from, to] = stop === undefined ? [0, start] : [start, stop];
    if (step === 0 || !Number.isFinite(step))
        throw new RangeError(`arange: argument "step" must be a non-zero finite number. Received: step=${step}`);
    const n = Math.max(0, Math.ceil((to - from) / step));
    const data = allocate(dtype, n);
    for (let i = 0; i < n; i++)
        data[i] = from + i * step;
    return new Tensor(data, [n], dtype);
}
/** Identity matrix (n, m). */
export function eye(n, m = n, dtype = 'float32') {
    const out = zeros([n, m], dtype);
    for (let i = 0; i < Math.min(n, m); i++)
        out.data[i * m + i] = 1;
    return out;
}
function randomTensor(shape, where, seed, draw) {
    checkShape(shape, where);
    const rng = rngFor(seed);
    const data = new Float32Array(sizeOf(shape));
    for (let i = 0; i < data.length; i++)
        data[i] = draw(rng);
    return new Tensor(data, shape, 'float32');
}
export function randomNormal(shape, options = {}) {
    const { mean = 0, stddev = 1 } = options;
    return randomTensor(shape, 'randomNormal', options.seed, (rng) => mean + stddev * rng.normal());
}
export function randomUniform(shape, options = {}) {
    const { minval = 0, maxval = 1 } = options;
    return randomTensor(shape, 'randomUniform', options.seed, (rng) => minval + (maxval - minval) * rng.uniform());
}
/** Normal values redrawn until within two standard deviations of the mean (TF and Keras semantics). */
export function truncatedNormal(shape, options = {}) {
    const { mean = 0, stddev = 1 } = options;
    return randomTensor(shape, 'truncatedNormal', options.seed, (rng) => {
        let z = rng.normal();
        while (Math.abs(z) > 2)
            z = rng.normal();
        return mean + stddev * z;
    });
}
//# sourceMappingURL=creation.js.map