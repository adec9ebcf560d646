/** What a trivial predictor scores with each metric on the same targets. */
import { Tensor } from '../tensor/tensor.js';
/** Targets as rows × columns of 0/1 (one-hot for sparse ids), or raw values for regression. */
function targetMatrix(yTrue, task) {
    if (task.encoding === 'sparse') {
        const rows = yTrue.size;
        const data = new Float32Array(rows * task.numClasses);
        for (let r = 0; r < rows; r++)
            data[r * task.numClasses + yTrue.data[r]] = 1;
        return { rows, cols: task.numClasses, data };
    }
    const cols = task.columns;
    return { rows: yTrue.size / cols, cols, data: Float32Array.from(yTrue.data) };
}
function columnMeans(m) {
    const means = new Float64Array(m.cols);
    for (let r = 0; r < m.rows; r++)
        for (let c = 0; c < m.cols; c++)
            means[c] += m.data[r * m.cols + c];
    return means.map((v) => v / Math.max(m.rows, 1));
}
function repeatRow(row, rows) {
    const out = new Float32Array(rows * row.length);
    for (let r = 0; r < rows; r++)
        out.set(Array.from(row), r * row.length);
    return out;
}
/** Probabilities in (0,1) as logits, for models whose outputs are logits. */
function asLogits(p) {
    return p.map((v) => {
        const q = Math.min(Math.max(v, 1e-6), 1 - 1e-6);
        return Math.log(q / (1 - q));
    });
}
/**
 * The output a trivial predictor would give, shaped like the model's output, and its name.
 * Single-label tasks: every row gets the class frequencies (argmax = the majority class,
 * top-k = the k most frequent). Multi-label: per-label majority (all zeros when labels are rare),
 * the most frequent label set for subset accuracy, label frequencies for ranking metrics.
 * Regression: the column means.
 */
export function trivialPrediction(metric, task, yTrue, outputColumns, fromLogits) {
    const y = targetMatrix(yTrue, task);
    const freq = columnMeans(y);
    const shape = [y.rows, outputColumns];
    let row;
    let name;
    if (task.kind === 'regression') {
        return { name: 'mean predictor', output: new Tensor(repeatRow(freq, y.rows), shape, 'float32') };
    }
    // The metric's record says how a trivial predictor answers it.
    const perLabel = metric.trivial === 'per-label' && y.cols > 1;
    // Scores of probabilities (log loss, Brier, cross-entropies) are judged against the class frequencies, the best constant probabilities.
    if (metric.trivial === 'probabilities') {
        const probabilities = repeatRow(Array.from(freq), y.rows);
        return {
            name: task.kind === 'multilabel' ? 'label frequencies' : 'class frequencies',
            output: new Tensor(fromLogits ? asLogits(probabilities) : probabilities, shape, 'float32'),
        };
    }
    if (task.kind !== 'multilabel' && !perLabel) {
        const majority = freq.indexOf(Math.max(...freq));
        name = `majority class (${task.encoding === 'binary' ? (freq[0] >= 0.5 ? 1 : 0) : majority})`;
        row = task.encoding === 'binary' ? [freq[0] >= 0.5 ? 1 : 0] : Array.from(freq);
    }
    else if (metric.trivial === 'label-set') {
        const counts = new Map();
        let best = '';
        for (let r = 0; r < y.rows; r++) {
            const key = Array.from(y.data.subarray(r * y.cols, (r + 1) * y.cols)).join(',');
            const n = (counts.get(key) ?? 0) + 1;
            counts.set(key, n);
            if (n > (counts.get(best) ?? 0))
                best = key;
        }
        row = best.split(',').map(Number);
        name = row.every((v) => v === 0) ? 'most frequent label set (no labels)' : 'most frequent label set';
    }
    else if (metric.trivial === 'scores') {
        row = Array.from(freq);
        name = 'most frequent labels';
    }
    else {
        row = Array.from(freq, (f) => (f > 0.5 ? 1 : 0));
        name = row.every((v) => v === 0) ? 'all zeros' : 'per-label majority';
    }
    const probabilities = repeatRow(row, y.rows);
    return { name, output: new Tensor(fromLogits ? asLogits(probabilities) : probabilities, shape, 'float32') };
}
/** What the trivial predictor scores on the same targets with the same metric. */
export function baselineFor(metric, task, yTrue, outputColumns, fromLogits) {
    const { name, output } = trivialPrediction(metric, task, yTrue, outputColumns, fromLogits);
    const fresh = metric.fresh();
    fresh.updateState(yTrue, output);
    return { name, value: fresh.result() };
}
//# sourceMappingURL=baselines.js.map