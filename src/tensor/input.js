/** User data as tensors: float coercion with finiteness checks, rows, batches, sample weights. */
import { Tensor } from './tensor.js';
import { formatShape, sizeOf } from './shape.js';
import { tensor } from './creation.js';
import { describe } from '../tensor/describe.js';
/** Converts user data to a float32 tensor and refuses NaN/Infinity, naming the argument and the sample. */
export function toFloatData(value, where, arg) {
    let t;
    if (value instanceof Tensor)
        t = value;
    else if (Array.isArray(value) || value instanceof Float32Array || value instanceof Int32Array)
        t = tensor(value);
    else
        throw new TypeError(`${where}: argument "${arg}" must be a Tensor or a (nested) array of numbers. Received: ${describe(value)}`);
    if (t.rank === 0)
        throw new RangeError(`${where}: argument "${arg}" must have a batch axis. Received: ${arg}.shape=[]`);
    const perSample = sizeOf(t.shape.slice(1));
    for (let i = 0; i < t.size; i++) {
        if (!Number.isFinite(t.data[i])) {
            throw new RangeError(`${where}: argument "${arg}" must hold finite numbers. Received: ${t.data[i]} in sample ${Math.floor(i / Math.max(perSample, 1))} (flat index ${i})`);
        }
    }
    return t.dtype === 'float32' ? t : new Tensor(Float32Array.from(t.data), t.shape, 'float32');
}
/** Checks x and y describe the same samples. */
export function checkSameSamples(x, y, where) {
    if (x.shape[0] !== y.shape[0]) {
        throw new RangeError(`${where}: x and y must have the same number of samples. Received: x.shape=${formatShape(x.shape)} (${x.shape[0]} samples), y.shape=${formatShape(y.shape)} (${y.shape[0]} samples)`);
    }
}
/** Copies the given rows (samples) of t into a new tensor; no gradient. */
export function takeRows(t, rows, start = 0, end = rows.length) {
    const per = sizeOf(t.shape.slice(1));
    const out = new Float32Array((end - start) * per);
    const data = t.data;
    for (let i = start; i < end; i++) {
        const from = rows[i] * per;
        const to = (i - start) * per;
        // Short rows (tabular samples) copy faster element by element than through a subarray view.
        if (per < 64)
            for (let j = 0; j < per; j++)
                out[to + j] = data[from + j];
        else
            out.set(data.subarray(from, from + per), to);
    }
    return new Tensor(out, [end - start, ...t.shape.slice(1)], 'float32');
}
/** Contiguous rows [start, end) as a view-free copy. */
export function rowRange(t, start, end) {
    const per = sizeOf(t.shape.slice(1));
    return new Tensor(Float32Array.from(t.data.subarray(start * per, end * per)), [end - start, ...t.shape.slice(1)], 'float32');
}
/** Checks a batch size argument. */
export function checkBatchSize(batchSize, where) {
    if (typeof batchSize !== 'number' || !Number.isInteger(batchSize) || batchSize < 1) {
        throw new RangeError(`${where}: argument "batchSize" must be a positive integer. Received: batchSize=${JSON.stringify(batchSize)}`);
    }
    return batchSize;
}
/**
 * Reads sample weights for n samples: (N,) and Keras' (N, 1) become (N,); per-element weights
 * (N, T, …) for sequence losses are kept. Negative weights and a wrong sample count are errors.
 */
export function sampleWeightData(value, n, where) {
    const w = toFloatData(value, where, 'sampleWeight');
    if (w.shape[0] !== n)
        throw new RangeError(`${where}: argument "sampleWeight" needs one weight per sample (shape (${n},) or (${n}, 1)). Received: sampleWeight.shape=${formatShape(w.shape)} for ${n} samples`);
    for (let i = 0; i < w.size; i++) {
        if (w.data[i] < 0)
            throw new RangeError(`${where}: argument "sampleWeight" must hold weights >= 0. Received: ${w.data[i]} at flat index ${i}`);
    }
    return w.rank === 2 && w.shape[1] === 1 ? new Tensor(w.data, [n], 'float32') : w;
}
/** Joins batches (of predictions) along the batch axis. */
export function concatRows(parts) {
    const first = parts[0];
    if (!first)
        return new Tensor(new Float32Array(0), [0], 'float32');
    const total = parts.reduce((n, p) => n + p.shape[0], 0);
    const out = new Float32Array(parts.reduce((n, p) => n + p.size, 0));
    let offset = 0;
    for (const p of parts) {
        out.set(p.data, offset);
        offset += p.size;
    }
    return new Tensor(out, [total, ...first.shape.slice(1)], 'float32');
}
//# sourceMappingURL=input.js.map