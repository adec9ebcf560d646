/** toCategorical: class ids to one-hot rows. */
import { Tensor } from '../tensor/tensor.js';
import { toFloatData } from '../tensor/input.js';
/** One-hot rows from integer class ids (Keras' to_categorical); numClasses defaults to max id + 1. */
export function toCategorical(y, numClasses) {
    const ids = toFloatData(y, 'toCategorical', 'y');
    let max = -1;
    for (let i = 0; i < ids.size; i++) {
        const v = ids.data[i];
        if (!Number.isInteger(v) || v < 0)
            throw new RangeError(`toCategorical: class ids must be integers >= 0. Received: ${v} at position ${i}`);
        if (v > max)
            max = v;
    }
    const k = numClasses ?? max + 1;
    if (!Number.isInteger(k) || k <= max)
        throw new RangeError(`toCategorical: argument "numClasses" must exceed the largest id (${max}). Received: numClasses=${numClasses}`);
    const out = new Float32Array(ids.size * k);
    for (let i = 0; i < ids.size; i++)
        out[i * k + ids.data[i]] = 1;
    const shape = ids.rank > 1 && ids.shape[ids.rank - 1] === 1 ? ids.shape.slice(0, -1) : ids.shape;
    return new Tensor(out, [...shape, k], 'float32');
}
//# sourceMappingURL=categorical.js.map