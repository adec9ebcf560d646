import { metricWeights } from './metric.js';
import { classScores, toIndicators } from './labels.js';
/**
 * Ranking metrics from every score seen: ROC AUC (scikit-learn's roc_auc_score: 'ovr' or Hand &
 * Till's 'ovo' for multiclass; 'macro', 'micro' or 'weighted' over labels) and average precision
 * (average_precision_score: the step integral of the precision-recall curve).
 */
/** Sorted once, ascending; ties grouped. Shared by ROC AUC and average precision. */
function order(scores) {
    return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
}
/**
 * Area under the ROC curve from scores and 0/1 labels: the weighted Mann-Whitney form (each
 * positive-negative pair counts w_i·w_j, ties half), which equals scikit-learn's trapezoidal area
 * under the weighted ROC curve. `where` names the metric in the error for a single-class input.
 */
export function rocAuc(labels, scores, weights, where = 'auc') {
    const n = labels.length;
    const sorted = order(scores);
    let negativeBelow = 0;
    let positives = 0;
    let area = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && scores[sorted[j + 1]] === scores[sorted[i]])
            j++;
        let pos = 0;
        let neg = 0;
        for (let t = i; t <= j; t++) {
            const w = weights ? weights[sorted[t]] : 1;
            if (labels[sorted[t]])
                pos += w;
            else
                neg += w;
        }
        area += pos * (negativeBelow + 0.5 * neg);
        negativeBelow += neg;
        positives += pos;
        i = j + 1;
    }
    if (positives === 0 || negativeBelow === 0) {
        throw new RangeError(`${where}: ROC AUC is undefined when the targets hold one class only. Received: ${n} samples, ${positives === 0 ? 'none' : 'all'} of them positive${weights ? ' (by weight)' : ''} (scikit-learn's roc_auc_score refuses this too)`);
    }
    return area / (positives * negativeBelow);
}
/** Average precision: Σ (R_n − R_{n−1}) · P_n over the distinct thresholds, best score first; 0 without positives (scikit-learn 1.2). */
export function averagePrecision(labels, scores, weights) {
    const sorted = order(scores).reverse();
    let positives = 0;
    for (let i = 0; i < labels.length; i++)
        if (labels[i])
            positives += weights ? weights[i] : 1;
    if (positives === 0)
        return 0;
    let tp = 0;
    let fp = 0;
    let recallBefore = 0;
    let ap = 0;
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && scores[sorted[j + 1]] === scores[sorted[i]])
            j++;
        for (let t = i; t <= j; t++) {
            const w = weights ? weights[sorted[t]] : 1;
            if (labels[sorted[t]])
                tp += w;
            else
                fp += w;
        }
        const recall = tp / positives;
        if (tp + fp > 0)
            ap += (recall - recallBefore) * (tp / (tp + fp));
        recallBefore = recall;
        i = j + 1;
    }
    return ap;
}
/** Collects per-class labels and scores (and sample weights) across batches. */
class RankingMetric {
    name;
    task;
    average;
    labels = [];
    scores = [];
    weights = [];
    weighted = false;
    constructor(name, task, average) {
        this.name = name;
        this.task = task;
        this.average = average;
    }
    updateState(yTrue, yPred, sampleWeight) {
        const ind = toIndicators(yTrue, yPred, this.task, 0.5, this.name);
        const w = metricWeights(this.name, sampleWeight, ind.rows);
        if (w)
            this.weighted = true;
        const { scores, classes } = classScores(yPred);
        if (this.labels.length === 0) {
            this.labels = Array.from({ length: classes }, () => []);
            this.scores = Array.from({ length: classes }, () => []);
        }
        for (let r = 0; r < ind.rows; r++) {
            this.weights.push(w ? w[r] : 1);
            for (let c = 0; c < classes; c++) {
                this.labels[c].push(ind.truth[r * classes + c]);
                this.scores[c].push(scores[r * classes + c]);
            }
        }
    }
    /** Per-label scores averaged: macro (plain), weighted (by weighted positives), micro (all labels pooled). */
    averaged() {
        const w = this.weighted ? this.weights : undefined;
        if (this.average === 'micro') {
            const rows = this.weights.length;
            const labels = [];
            const scores = [];
            const weights = [];
            for (let r = 0; r < rows; r++) {
                for (let c = 0; c < this.labels.length; c++) {
                    labels.push(this.labels[c][r]);
                    scores.push(this.scores[c][r]);
                    weights.push(this.weights[r]);
                }
            }
            return this.score(labels, scores, w ? weights : undefined, `${this.name} (micro)`);
        }
        const per = this.labels.map((l, c) => this.score(l, this.scores[c], w, `${this.name} (class ${c})`));
        if (this.average === 'macro')
            return per.reduce((s, v) => s + v, 0) / per.length;
        const support = this.labels.map((l) => l.reduce((s, v, r) => s + v * this.weights[r], 0));
        const total = support.reduce((s, v) => s + v, 0);
        return per.reduce((s, v, c) => s + (v * support[c]) / total, 0);
    }
    resetState() {
        this.labels = [];
        this.scores = [];
        this.weights = [];
        this.weighted = false;
    }
}
/**
 * Streaming ROC AUC (keeps every score). Binary: AUC of the positive class; multiclass: one-vs-rest
 * ('ovr', macro or weighted) or Hand & Till's one-vs-one ('ovo'); multi-label: macro, micro or
 * weighted over labels. A class with only one label value is an error, as in scikit-learn.
 */
export class AucMetric extends RankingMetric {
    multiClass;
    constructor(name, task, average = 'macro', multiClass = 'ovr') {
        super(name, task, average);
        this.multiClass = multiClass;
    }
    score(labels, scores, weights, where) {
        return rocAuc(labels, scores, weights, where);
    }
    result() {
        if (this.labels.length === 0)
            return NaN;
        if (this.task.kind === 'binary')
            return rocAuc(this.labels[1], this.scores[1], this.weighted ? this.weights : undefined, this.name);
        if (this.task.kind === 'multiclass' && this.multiClass === 'ovo')
            return this.oneVsOne();
        return this.averaged();
    }
    /** Hand & Till (2001): the mean over class pairs of (AUC(a | a,b) + AUC(b | a,b)) / 2, on the samples of a or b. */
    oneVsOne() {
        if (this.weighted)
            throw new RangeError(`${this.name}: sample weights are not supported with multiClass 'ovo' (neither in scikit-learn); use 'ovr'`);
        const rows = this.weights.length;
        const truth = Array.from({ length: rows }, (_, r) => this.labels.findIndex((l) => l[r] === 1));
        const present = [...new Set(truth)].sort((a, b) => a - b);
        let total = 0;
        let weight = 0;
        for (let i = 0; i < present.length; i++) {
            for (let j = i + 1; j < present.length; j++) {
                const [a, b] = [present[i], present[j]];
                const rowsAB = truth.flatMap((t, r) => (t === a || t === b ? [r] : []));
                const aTrue = rowsAB.map((r) => (truth[r] === a ? 1 : 0));
                const bTrue = rowsAB.map((r) => (truth[r] === b ? 1 : 0));
                const pair = (rocAuc(aTrue, rowsAB.map((r) => this.scores[a][r])) +
                    rocAuc(bTrue, rowsAB.map((r) => this.scores[b][r]))) /
                    2;
                const prevalence = this.average === 'weighted' ? rowsAB.length / rows : 1;
                total += prevalence * pair;
                weight += prevalence;
            }
        }
        if (weight === 0)
            throw new RangeError(`${this.name}: ROC AUC is undefined when the targets hold one class only`);
        return total / weight;
    }
}
/** Streaming average precision (PR AUC): binary, or multi-label with a macro / micro / weighted average. */
export class AveragePrecisionMetric extends RankingMetric {
    score(labels, scores, weights) {
        return averagePrecision(labels, scores, weights);
    }
    result() {
        if (this.labels.length === 0)
            return NaN;
        if (this.task.kind === 'binary')
            return averagePrecision(this.labels[1], this.scores[1], this.weighted ? this.weights : undefined);
        return this.averaged();
    }
}
/**
 * Keras' streaming AUC (keras.metrics.AUC, curve 'ROC', summation 'interpolation'): confusion
 * counts at numThresholds fixed thresholds (−ε, 1/(n−1), …, (n−2)/(n−1), 1 + ε; ε = 1e-7), then
 * the trapezoidal area under (FPR, TPR). An approximation of the exact ROC AUC ('auc') that keeps
 * O(numThresholds) state. Labels are pooled (multiLabel false, Keras' default) or averaged.
 */
export class KerasAucMetric {
    name;
    task;
    multiLabel;
    tp = [];
    fp = [];
    positives = [];
    negatives = [];
    thresholds;
    constructor(name, task, numThresholds, multiLabel) {
        this.name = name;
        this.task = task;
        this.multiLabel = multiLabel;
        const eps = 1e-7;
        this.thresholds = [-eps, ...Array.from({ length: numThresholds - 2 }, (_, i) => (i + 1) / (numThresholds - 1)), 1 + eps];
    }
    updateState(yTrue, yPred, sampleWeight) {
        const ind = toIndicators(yTrue, yPred, this.task, 0.5, this.name);
        const w = metricWeights(this.name, sampleWeight, ind.rows);
        // One-column binary outputs score the positive class only, as Keras sees them.
        const binary = this.task.kind === 'binary' && this.task.encoding === 'binary';
        const columns = binary ? 1 : ind.classes;
        const slots = this.multiLabel ? columns : 1;
        if (this.tp.length === 0) {
            this.tp = Array.from({ length: slots }, () => new Float64Array(this.thresholds.length));
            this.fp = Array.from({ length: slots }, () => new Float64Array(this.thresholds.length));
            this.positives = new Array(slots).fill(0);
            this.negatives = new Array(slots).fill(0);
        }
        for (let r = 0; r < ind.rows; r++) {
            const weight = w ? w[r] : 1;
            for (let c = 0; c < columns; c++) {
                const label = binary ? ind.truth[r * 2 + 1] : ind.truth[r * ind.classes + c];
                const score = yPred.data[r * columns + c];
                const s = this.multiLabel ? c : 0;
                if (label)
                    this.positives[s] += weight;
                else
                    this.negatives[s] += weight;
                const tp = this.tp[s];
                const fp = this.fp[s];
                for (let t = 0; t < this.thresholds.length; t++) {
                    if (!(score > this.thresholds[t]))
                        break; // thresholds ascend: once below one, below the rest
                    if (label)
                        tp[t] += weight;
                    else
                        fp[t] += weight;
                }
            }
        }
    }
    result() {
        if (this.tp.length === 0)
            return NaN;
        const areas = this.tp.map((tp, s) => {
            const pos = this.positives[s];
            const neg = this.negatives[s];
            const tpr = Array.from(tp, (v) => (pos === 0 ? 0 : v / pos));
            const fpr = Array.from(this.fp[s], (v) => (neg === 0 ? 0 : v / neg));
            let area = 0;
            for (let i = 0; i + 1 < tpr.length; i++)
                area += (fpr[i] - fpr[i + 1]) * ((tpr[i] + tpr[i + 1]) / 2);
            return area;
        });
        return areas.reduce((a, b) => a + b, 0) / areas.length;
    }
    resetState() {
        this.tp = [];
        this.fp = [];
        this.positives = [];
        this.negatives = [];
    }
}
//# sourceMappingURL=ranking.js.map