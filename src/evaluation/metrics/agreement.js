import { metricWeights } from './metric.js';
import { toIndicators } from './labels.js';
/** Weighted confusion matrix over a fixed number of classes. */
export class ConfusionMatrix {
    classes;
    counts;
    constructor(classes) {
        this.classes = classes;
        this.counts = new Float64Array(classes * classes);
    }
    add(truth, predicted, rows, weights) {
        const k = this.classes;
        for (let r = 0; r < rows; r++) {
            let t = 0;
            let p = 0;
            for (let c = 0; c < k; c++) {
                if (truth[r * k + c])
                    t = c;
                if (predicted[r * k + c])
                    p = c;
            }
            this.counts[t * k + p] += weights ? weights[r] : 1;
        }
    }
    /** Rows as arrays, restricted to the classes seen (scikit-learn's labels). */
    seen() {
        const k = this.classes;
        const labels = Array.from({ length: k }, (_, c) => c).filter((c) => {
            let s = 0;
            for (let j = 0; j < k; j++)
                s += this.counts[c * k + j] + this.counts[j * k + c];
            return s > 0;
        });
        return { labels, matrix: labels.map((i) => labels.map((j) => this.counts[i * k + j])) };
    }
}
const sum = (v) => v.reduce((a, b) => a + b, 0);
export function agreementScore(kind, matrix, weights = 'none') {
    const n = matrix.length;
    const rowSums = matrix.map(sum);
    const colSums = matrix[0] ? matrix[0].map((_, j) => sum(matrix.map((row) => row[j]))) : [];
    const total = sum(rowSums);
    if (kind === 'balanced_accuracy') {
        const recalls = matrix.flatMap((row, i) => (rowSums[i] > 0 ? [row[i] / rowSums[i]] : []));
        return recalls.length === 0 ? 0 : sum(recalls) / recalls.length;
    }
    if (kind === 'matthews_corrcoef') {
        const correct = sum(matrix.map((row, i) => row[i]));
        const covTP = correct * total - sum(rowSums.map((t, i) => t * colSums[i]));
        const covPP = total * total - sum(colSums.map((p) => p * p));
        const covTT = total * total - sum(rowSums.map((t) => t * t));
        return covPP * covTT === 0 ? 0 : covTP / Math.sqrt(covTT * covPP);
    }
    // Cohen's kappa: 1 − Σ w·observed / Σ w·expected, expected = outer(row sums, column sums) / total.
    const w = (i, j) => weights === 'none' ? (i === j ? 0 : 1) : weights === 'linear' ? Math.abs(i - j) : (i - j) ** 2;
    let observed = 0;
    let expected = 0;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
            observed += w(i, j) * matrix[i][j];
            expected += (w(i, j) * rowSums[i] * colSums[j]) / total;
        }
    }
    return expected === 0 ? NaN : 1 - observed / expected;
}
/** Streaming balanced accuracy, MCC or Cohen's kappa (binary or multiclass targets). */
export class AgreementMetric {
    name;
    kind;
    task;
    threshold;
    weights;
    matrix = null;
    constructor(name, kind, task, threshold, weights = 'none') {
        this.name = name;
        this.kind = kind;
        this.task = task;
        this.threshold = threshold;
        this.weights = weights;
    }
    updateState(yTrue, yPred, sampleWeight) {
        const ind = toIndicators(yTrue, yPred, this.task, this.threshold, this.name);
        (this.matrix ??= new ConfusionMatrix(ind.classes)).add(ind.truth, ind.predicted, ind.rows, metricWeights(this.name, sampleWeight, ind.rows));
    }
    result() {
        return this.matrix ? agreementScore(this.kind, this.matrix.seen().matrix, this.weights) : 0;
    }
    resetState() {
        this.matrix = null;
    }
}
//# sourceMappingURL=agreement.js.map