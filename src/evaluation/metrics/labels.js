import { formatShape } from '../../tensor/shape.js';
/** Index of the first maximum of data[offset .. offset+n) (ties go to the lower index, like argmax everywhere in Candor). */
export function argmaxRow(data, offset, n) {
    let best = 0;
    for (let c = 1; c < n; c++)
        if (data[offset + c] > data[offset + best])
            best = c;
    return best;
}
/** Number of prediction columns (1 for a (N,) or (N,1) output). */
export function predictionColumns(yPred) {
    return yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1];
}
export function toIndicators(yTrue, yPred, task, threshold, metric) {
    const cols = predictionColumns(yPred);
    const rows = yPred.size / cols;
    const expectedTrue = task.encoding === 'sparse' || task.encoding === 'binary' ? rows : rows * cols;
    if (yTrue.size !== expectedTrue || (task.encoding === 'binary' && cols !== 1)) {
        throw new RangeError(`${metric}: targets (${task.description}) do not fit predictions of shape ${formatShape(yPred.shape)}. Received: yTrue.shape=${formatShape(yTrue.shape)}`);
    }
    if (task.encoding === 'binary') {
        const truth = new Uint8Array(rows * 2);
        const predicted = new Uint8Array(rows * 2);
        for (let r = 0; r < rows; r++) {
            truth[r * 2 + (yTrue.data[r] > 0.5 ? 1 : 0)] = 1;
            predicted[r * 2 + (yPred.data[r] > threshold ? 1 : 0)] = 1;
        }
        return { rows, classes: 2, truth, predicted };
    }
    const truth = new Uint8Array(rows * cols);
    const predicted = new Uint8Array(rows * cols);
    for (let r = 0; r < rows; r++) {
        const off = r * cols;
        if (task.kind === 'multilabel') {
            for (let c = 0; c < cols; c++) {
                truth[off + c] = yTrue.data[off + c] > 0.5 ? 1 : 0;
                predicted[off + c] = yPred.data[off + c] > threshold ? 1 : 0;
            }
            continue;
        }
        const t = task.encoding === 'sparse' ? yTrue.data[r] : argmaxRow(yTrue.data, off, cols);
        if (t < 0 || t >= cols || !Number.isInteger(t))
            throw new RangeError(`${metric}: class id ${t} at row ${r} is outside the ${cols} predicted classes`);
        truth[off + t] = 1;
        predicted[off + argmaxRow(yPred.data, off, cols)] = 1;
    }
    return { rows, classes: cols, truth, predicted };
}
/** Per-row scores for each class (for ranking metrics): binary one-column outputs become [1-p, p]. */
export function classScores(yPred) {
    const cols = predictionColumns(yPred);
    const rows = yPred.size / cols;
    if (cols !== 1)
        return { rows, classes: cols, scores: yPred.f32() };
    const scores = new Float32Array(rows * 2);
    for (let r = 0; r < rows; r++) {
        scores[r * 2] = 1 - yPred.data[r];
        scores[r * 2 + 1] = yPred.data[r];
    }
    return { rows, classes: 2, scores };
}
/**
 * Classes of one row ranked best first. Ties go to the higher class index first, the order
 * scikit-learn's top_k_accuracy_score gets from a reversed stable argsort.
 */
export function rankClasses(scores, offset, classes) {
    const order = Array.from({ length: classes }, (_, c) => c);
    return order.sort((a, b) => scores[offset + b] - scores[offset + a] || b - a);
}
//# sourceMappingURL=labels.js.map