import { metricWeights } from './metric.js';
import { classScores, rankClasses, toIndicators } from './labels.js';
import { ConfusionCounts, SamplesAverage, averageScore, undefinedRatios } from './confusion.js';
export { ConfusionCounts, averageScore, perClass } from './confusion.js';
/** Streaming precision / recall / F-beta with scikit-learn's averages and zero_division rule. */
export class ConfusionMetric {
    name;
    rule;
    average;
    task;
    threshold;
    counts = null;
    samples = null;
    constructor(name, rule, average, task, threshold) {
        this.name = name;
        this.rule = rule;
        this.average = average;
        this.task = task;
        this.threshold = threshold;
    }
    updateState(yTrue, yPred, sampleWeight) {
        const ind = toIndicators(yTrue, yPred, this.task, this.threshold, this.name);
        const weights = metricWeights(this.name, sampleWeight, ind.rows);
        this.counts ??= new ConfusionCounts(ind.classes);
        this.counts.add(ind.truth, ind.predicted, ind.rows, weights);
        if (this.average === 'samples')
            (this.samples ??= new SamplesAverage(this.rule)).add(ind.truth, ind.predicted, ind.rows, ind.classes, weights);
    }
    result() {
        if (this.average === 'samples')
            return this.samples ? this.samples.result() : 0;
        return this.counts ? averageScore(this.rule, this.counts, this.average, this.task.kind === 'multilabel') : 0;
    }
    /** Classes whose precision or recall was 0/0 on the data seen (the value then came from zeroDivision). */
    undefinedRatios() {
        if (!this.counts)
            return [];
        const all = undefinedRatios(this.counts, this.task.kind === 'multilabel');
        const relevant = this.rule.kind === 'precision' ? ['precision'] : this.rule.kind === 'recall' ? ['recall'] : ['precision', 'recall'];
        return all.filter((u) => relevant.includes(u.ratio) && (this.average !== 'binary' || u.class === 1));
    }
    resetState() {
        this.counts = null;
        this.samples = null;
    }
}
/** 1 where the true class is among the k best-scored (multiclass). */
export function topKAccuracy(k, task) {
    return (yTrue, yPred) => {
        const ind = toIndicators(yTrue, yPred, task, 0.5, `top_${k}_accuracy`);
        const { scores, classes } = classScores(yPred);
        const out = new Float32Array(ind.rows);
        for (let r = 0; r < ind.rows; r++) {
            const top = rankClasses(scores, r * classes, classes).slice(0, k);
            out[r] = top.some((c) => ind.truth[r * ind.classes + c]) ? 1 : 0;
        }
        return out;
    };
}
/**
 * Keras' top_k_categorical_accuracy / sparse_top_k_categorical_accuracy (tf.math.in_top_k): a hit
 * when fewer than k classes score strictly above the true class, so a tie at the cut-off counts.
 */
export function kerasTopK(k, task, name) {
    return (yTrue, yPred) => {
        const ind = toIndicators(yTrue, yPred, task, 0.5, name);
        const { scores, classes } = classScores(yPred);
        const out = new Float32Array(ind.rows);
        for (let r = 0; r < ind.rows; r++) {
            let t = 0;
            while (!ind.truth[r * ind.classes + t])
                t++;
            const target = scores[r * classes + t];
            let above = 0;
            for (let c = 0; c < classes; c++)
                if (scores[r * classes + c] > target)
                    above++;
            out[r] = above < k ? 1 : 0;
        }
        return out;
    };
}
/** Fraction of the k best-scored labels that are true (multilabel), per row. */
export function precisionAtK(k, task) {
    return (yTrue, yPred) => {
        const ind = toIndicators(yTrue, yPred, task, 0.5, `precision_at_${k}`);
        const out = new Float32Array(ind.rows);
        for (let r = 0; r < ind.rows; r++) {
            const top = rankClasses(yPred.data, r * ind.classes, ind.classes).slice(0, k);
            out[r] = top.filter((c) => ind.truth[r * ind.classes + c]).length / k;
        }
        return out;
    };
}
/** Fraction of a row's true labels found among its k best-scored, per row; rows without true labels are NaN (skipped). */
export function recallAtK(k, task) {
    return (yTrue, yPred) => {
        const ind = toIndicators(yTrue, yPred, task, 0.5, `recall_at_${k}`);
        const out = new Float32Array(ind.rows);
        for (let r = 0; r < ind.rows; r++) {
            let positives = 0;
            for (let c = 0; c < ind.classes; c++)
                positives += ind.truth[r * ind.classes + c];
            const top = rankClasses(yPred.data, r * ind.classes, ind.classes).slice(0, k);
            out[r] = positives === 0 ? NaN : top.filter((c) => ind.truth[r * ind.classes + c]).length / positives;
        }
        return out;
    };
}
/** Fraction of wrong labels (multilabel) or wrong rows (single-label), per row. */
export function hammingLoss(task, threshold) {
    return (yTrue, yPred) => {
        const ind = toIndicators(yTrue, yPred, task, threshold, 'hamming_loss');
        const out = new Float32Array(ind.rows);
        for (let r = 0; r < ind.rows; r++) {
            let wrong = 0;
            for (let c = 0; c < ind.classes; c++)
                wrong += ind.truth[r * ind.classes + c] === ind.predicted[r * ind.classes + c] ? 0 : 1;
            out[r] = task.kind === 'multilabel' ? wrong / ind.classes : wrong > 0 ? 1 : 0;
        }
        return out;
    };
}
//# sourceMappingURL=classification.js.map