import { inferTask } from '../task.js';
import { toIndicators } from './labels.js';
import { ConfusionCounts, SamplesAverage, averageScore, perClass } from './confusion.js';
import { ConfusionMatrix } from './agreement.js';
import { metricWeights } from './metric.js';
/**
 * scikit-learn's precision_recall_fscore_support (zero_division=0): per class with
 * average 'none', else one averaged value each. Predictions are probabilities (threshold 0.5)
 * or scores; the task is inferred from the targets and the prediction width.
 */
export function precisionRecallF1(yTrue, yPred, options = {}) {
    const columns = yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1];
    const output = { units: columns, activation: columns === 1 ? 'sigmoid' : 'softmax' };
    const task = inferTask(yTrue, output);
    const ind = toIndicators(yTrue, yPred, task, options.threshold ?? 0.5, 'precisionRecallF1');
    const counts = new ConfusionCounts(ind.classes);
    counts.add(ind.truth, ind.predicted, ind.rows);
    const support = Array.from(counts.tp, (tp, c) => tp + counts.fn[c]);
    const average = options.average ?? 'none';
    const rule = (kind) => ({ kind, beta: 1, zeroDivision: 0 });
    if (average === 'none')
        return {
            precision: perClass(rule('precision'), counts),
            recall: perClass(rule('recall'), counts),
            f1: perClass(rule('fbeta'), counts),
            support,
        };
    if (average === 'samples')
        throw new RangeError("precisionRecallF1: average 'samples' needs the rows; use classificationReport or the 'f1_samples' metric");
    const multilabel = task.kind === 'multilabel';
    return {
        precision: [averageScore(rule('precision'), counts, average, multilabel)],
        recall: [averageScore(rule('recall'), counts, average, multilabel)],
        f1: [averageScore(rule('fbeta'), counts, average, multilabel)],
        support: [support.reduce((a, b) => a + b, 0)],
    };
}
/** Streaming state behind a classification report: confusion counts, the matrix, and per-row averages. */
export class ReportAccumulator {
    task;
    threshold;
    zeroDivision;
    name = 'classification_report';
    counts = null;
    matrix = null;
    samples = [];
    total = 0;
    constructor(task, threshold, zeroDivision = 0) {
        this.task = task;
        this.threshold = threshold;
        this.zeroDivision = zeroDivision;
    }
    updateState(yTrue, yPred, sampleWeight) {
        const ind = toIndicators(yTrue, yPred, this.task, this.threshold, this.name);
        const w = metricWeights(this.name, sampleWeight, ind.rows);
        (this.counts ??= new ConfusionCounts(ind.classes)).add(ind.truth, ind.predicted, ind.rows, w);
        if (this.task.kind === 'multilabel') {
            if (this.samples.length === 0)
                this.samples = ['precision', 'recall', 'fbeta'].map((kind) => new SamplesAverage({ kind, beta: 1, zeroDivision: this.zeroDivision }));
            for (const s of this.samples)
                s.add(ind.truth, ind.predicted, ind.rows, ind.classes, w);
        }
        else {
            (this.matrix ??= new ConfusionMatrix(ind.classes)).add(ind.truth, ind.predicted, ind.rows, w);
        }
        for (let r = 0; r < ind.rows; r++)
            this.total += w ? w[r] : 1;
    }
    result() {
        return this.report().accuracy ?? NaN;
    }
    resetState() {
        this.counts = null;
        this.matrix = null;
        this.samples = [];
        this.total = 0;
    }
    report(targetNames) {
        const counts = this.counts ?? new ConfusionCounts(0);
        const multilabel = this.task.kind === 'multilabel';
        const labels = Array.from({ length: counts.classes }, (_, c) => c).filter((c) => multilabel || counts.seen[c]);
        const rule = (kind) => ({ kind, beta: 1, zeroDivision: this.zeroDivision });
        const name = (c) => targetNames?.[c] ?? String(c);
        const [precision, recall, f1] = ['precision', 'recall', 'fbeta'].map((kind) => perClass(rule(kind), counts));
        const classes = labels.map((c) => ({
            label: name(c),
            support: counts.support(c),
            precision: precision[c],
            recall: recall[c],
            f1: f1[c],
        }));
        const support = classes.reduce((s, k) => s + k.support, 0);
        const average = (label, avg) => ({
            label,
            support,
            precision: averageScore(rule('precision'), counts, avg, multilabel),
            recall: averageScore(rule('recall'), counts, avg, multilabel),
            f1: averageScore(rule('fbeta'), counts, avg, multilabel),
        });
        const averages = [
            ...(multilabel ? [average('micro avg', 'micro')] : []),
            average('macro avg', 'macro'),
            average('weighted avg', 'weighted'),
            ...(multilabel
                ? [
                    {
                        label: 'samples avg',
                        support,
                        precision: this.samples[0]?.result() ?? 0,
                        recall: this.samples[1]?.result() ?? 0,
                        f1: this.samples[2]?.result() ?? 0,
                    },
                ]
                : []),
        ];
        let accuracy = null;
        let confusion;
        if (multilabel) {
            confusion = labels.map((c) => [
                [this.total - counts.tp[c] - counts.fp[c] - counts.fn[c], counts.fp[c]],
                [counts.fn[c], counts.tp[c]],
            ]);
        }
        else {
            const seen = this.matrix ? this.matrix.seen() : { labels: [], matrix: [] };
            confusion = seen.matrix;
            const correct = seen.matrix.reduce((s, row, i) => s + row[i], 0);
            accuracy = this.total === 0 ? 0 : correct / this.total;
        }
        const kind = this.task.kind === 'regression' ? 'binary' : this.task.kind;
        return { kind, classes, accuracy, averages, confusion, labels, text: reportText(classes, averages, accuracy, support) };
    }
}
/** The table scikit-learn's classification_report prints. */
function reportText(classes, averages, accuracy, support) {
    const width = Math.max(12, ...classes.map((c) => c.label.length));
    const n = (v) => v.toFixed(2).padStart(9);
    const s = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2)).padStart(9);
    const row = (r) => `${r.label.padStart(width)} ${n(r.precision)} ${n(r.recall)} ${n(r.f1)} ${s(r.support)}`;
    return [
        `${''.padStart(width)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'f1-score'.padStart(9)} ${'support'.padStart(9)}`,
        '',
        ...classes.map(row),
        '',
        ...(accuracy === null ? [] : [`${'accuracy'.padStart(width)} ${''.padStart(9)} ${''.padStart(9)} ${n(accuracy)} ${s(support)}`]),
        ...averages.map(row),
    ].join('\n');
}
function taskFor(yTrue, yPred) {
    const columns = yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1];
    return inferTask(yTrue, { units: columns, activation: columns === 1 ? 'sigmoid' : 'softmax' });
}
/** scikit-learn's classification_report on probabilities or scores (threshold 0.5, or argmax for single-label classes). */
export function classificationReport(yTrue, yPred, options = {}) {
    const acc = new ReportAccumulator(taskFor(yTrue, yPred), options.threshold ?? 0.5, options.zeroDivision ?? 0);
    acc.updateState(yTrue, yPred, options.sampleWeight);
    return acc.report(options.targetNames);
}
/** scikit-learn's confusion_matrix (single-label: classes seen, rows true) or multilabel_confusion_matrix (per label [[tn, fp], [fn, tp]]). */
export function confusionMatrix(yTrue, yPred, options = {}) {
    const { labels, confusion } = classificationReport(yTrue, yPred, options);
    return { labels, matrix: confusion };
}
//# sourceMappingURL=classification-report.js.map