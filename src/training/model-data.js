/**
 * Data for a model's inputs or outputs (Keras' x and y): one array for a model with one input
 * (output), a list in order or a dict keyed by name for several. Read into one checked float
 * tensor per input (output), all with the same number of samples.
 */
import { Tensor } from '../tensor/tensor.js';
import { formatShape } from '../tensor/shape.js';
import { describe } from '../tensor/describe.js';
import { rowRange, takeRows, toFloatData } from '../tensor/input.js';
const isDict = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Tensor) && !ArrayBuffer.isView(v);
/**
 * One float tensor per name, from one array (a single name), a list in the names' order or a dict
 * keyed by the names; `arg` is 'x' or 'y' and `what` says what the names are ('inputs', 'outputs').
 */
export function toFloatList(value, names, where, arg, what, encoders = []) {
    // A text input's strings are vectorized by its encoder; everything else is numbers.
    const read = (v, i, label) => encoders[i] ? encoders[i].vectorize(v, `${where} (${label})`) : toFloatData(v, where, label);
    if (isDict(value)) {
        const keys = Object.keys(value);
        const unknown = keys.filter((k) => !names.includes(k));
        const missing = names.filter((n) => !keys.includes(n));
        if (unknown.length > 0 || missing.length > 0) {
            throw new RangeError(`${where}: argument "${arg}" must have one entry per model ${what.replace(/s$/, '')} (${names.join(', ')}). Received: keys ${keys.join(', ') || '(none)'}${missing.length ? `; missing ${missing.join(', ')}` : ''}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}`);
        }
        return names.map((n, i) => read(value[n], i, `${arg}.${n}`));
    }
    // A list of one tensor for a single input is Keras' form too (a nested number array never holds a Tensor).
    if (names.length === 1 && Array.isArray(value) && value.length === 1 && value[0] instanceof Tensor)
        return [read(value[0], 0, arg)];
    if (names.length === 1)
        return [read(value, 0, arg)];
    if (!Array.isArray(value) ||
        value.length !== names.length ||
        !value.every((v) => v instanceof Tensor || Array.isArray(v) || ArrayBuffer.isView(v))) {
        throw new TypeError(`${where}: the model has ${names.length} ${what} (${names.join(', ')}): argument "${arg}" must be a list of ${names.length} arrays in that order or { ${names.map((n) => `${n}: …`).join(', ')} }. Received: ${describe(value)}`);
    }
    return value.map((v, i) => read(v, i, `${arg}[${i}] (${names[i]})`));
}
/** Checks that every input and target tensor describes the same samples; returns their count. */
export function checkSameSampleCount(x, y, where, names) {
    const all = [
        ...x.map((t, i) => ({ t, label: x.length > 1 ? `x.${names.x[i]}` : 'x' })),
        ...y.map((t, i) => ({ t, label: y.length > 1 ? `y.${names.y[i]}` : 'y' })),
    ];
    const n = all[0].t.shape[0];
    if (all.some(({ t }) => t.shape[0] !== n)) {
        throw new RangeError(`${where}: ${x.length + y.length > 2 ? 'every input and target' : 'x and y'} must have the same number of samples. Received: ${all.map(({ t, label }) => `${label}.shape=${formatShape(t.shape)} (${t.shape[0]} samples)`).join(', ')}`);
    }
    return n;
}
/** Rows [start, end) of every tensor. */
export const rowRanges = (ts, start, end) => ts.map((t) => rowRange(t, start, end));
/** The given rows of every tensor. */
export const takeRowsOf = (ts, rows, start, end) => ts.map((t) => takeRows(t, rows, start, end));
//# sourceMappingURL=model-data.js.map