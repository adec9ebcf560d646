import { formatShape } from '../../tensor/shape.js';
import { argmaxRow } from './labels.js';
/** Per-sample metric functions on plain buffers. Rows are samples; the last axis holds classes/labels/outputs. */
function rowsOf(yPred) {
    const cols = yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1];
    return { rows: yPred.size / cols, cols };
}
function sameSize(yTrue, yPred, metric) {
    if (yTrue.size !== yPred.size) {
        throw new RangeError(`${metric}: targets and predictions must have the same number of values. Received: yTrue.shape=${formatShape(yTrue.shape)}, yPred.shape=${formatShape(yPred.shape)}`);
    }
}
/** Fraction of a row's entries whose thresholded prediction equals the target (Keras' binary_accuracy). */
export function binaryAccuracy(threshold) {
    return (yTrue, yPred) => {
        sameSize(yTrue, yPred, 'binary_accuracy');
        const { rows, cols } = rowsOf(yPred);
        const out = new Float32Array(rows);
        for (let r = 0; r < rows; r++) {
            let hits = 0;
            for (let c = 0; c < cols; c++) {
                const i = r * cols + c;
                if ((yPred.data[i] > threshold ? 1 : 0) === (yTrue.data[i] > 0.5 ? 1 : 0))
                    hits++;
            }
            out[r] = hits / cols;
        }
        return out;
    };
}
/** 1 where argmax(prediction) == argmax(one-hot target). */
export function categoricalAccuracy(yTrue, yPred) {
    if (yTrue.size * (yPred.shape[yPred.rank - 1] ?? 1) === yPred.size && yTrue.size !== yPred.size) {
        throw new RangeError(`categorical_accuracy: expected one-hot targets with one column per class. Received: integer class ids, yTrue.shape=${formatShape(yTrue.shape)}; use 'sparse_categorical_accuracy' or 'accuracy'`);
    }
    sameSize(yTrue, yPred, 'categorical_accuracy');
    const { rows, cols } = rowsOf(yPred);
    const out = new Float32Array(rows);
    for (let r = 0; r < rows; r++)
        out[r] = argmaxRow(yPred.data, r * cols, cols) === argmaxRow(yTrue.data, r * cols, cols) ? 1 : 0;
    return out;
}
/** 1 where argmax(prediction) == the integer class id. */
export function sparseCategoricalAccuracy(yTrue, yPred) {
    const { rows, cols } = rowsOf(yPred);
    if (yTrue.size !== rows) {
        throw new RangeError(`sparse_categorical_accuracy: expected one class id per prediction row. Received: yTrue.shape=${formatShape(yTrue.shape)}, yPred.shape=${formatShape(yPred.shape)}`);
    }
    const out = new Float32Array(rows);
    for (let r = 0; r < rows; r++) {
        const id = yTrue.data[r];
        if (id >= cols) {
            throw new RangeError(`sparse_categorical_accuracy: class id ${id} (sample ${r}) cannot be predicted by ${cols} output column(s): an argmax over them only gives ids 0..${cols - 1}. ` +
                `Expected predictions with one column per class. Received: yPred.shape=${formatShape(yPred.shape)}`);
        }
        out[r] = argmaxRow(yPred.data, r * cols, cols) === id ? 1 : 0;
    }
    return out;
}
/** 1 where every label of the row is predicted right at the threshold (exact match). */
export function subsetAccuracy(threshold) {
    const perLabel = binaryAccuracy(threshold);
    return (yTrue, yPred) => perLabel(yTrue, yPred).map((v) => (v === 1 ? 1 : 0));
}
function perRow(name, f) {
    return (yTrue, yPred) => {
        sameSize(yTrue, yPred, name);
        const { rows, cols } = rowsOf(yPred);
        const out = new Float32Array(rows);
        for (let r = 0; r < rows; r++) {
            let s = 0;
            for (let c = 0; c < cols; c++)
                s += f(yPred.data[r * cols + c] - yTrue.data[r * cols + c]);
            out[r] = s / cols;
        }
        return out;
    };
}
export const meanSquaredError = perRow('mse', (d) => d * d);
export const meanAbsoluteError = perRow('mae', (d) => Math.abs(d));
//# sourceMappingURL=functions.js.map