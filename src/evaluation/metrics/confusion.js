/**
 * Precision, recall and F-beta from weighted confusion counts, with scikit-learn's averages and
 * zero_division rule (precision_recall_fscore_support): an undefined ratio (0/0) takes the
 * zero_division value; F = (1 + β²)·P·R / (β²·P + R) from those values (0 when the denominator is
 * 0). 'nan' follows scikit-learn >= 1.3: undefined ratios are NaN and averages skip them.
 */
/** Weighted true-positive / false-positive / false-negative counts per class. */
export class ConfusionCounts {
    classes;
    tp;
    fp;
    fn;
    /** Whether a class occurred in the targets or the predictions (scikit-learn's unique_labels). */
    seen;
    constructor(classes) {
        this.classes = classes;
        this.tp = new Float64Array(classes);
        this.fp = new Float64Array(classes);
        this.fn = new Float64Array(classes);
        this.seen = new Uint8Array(classes);
    }
    add(truth, predicted, rows, weights) {
        const k = this.classes;
        for (let r = 0; r < rows; r++) {
            const w = weights ? weights[r] : 1;
            for (let c = 0; c < k; c++) {
                const t = truth[r * k + c];
                const p = predicted[r * k + c];
                if (t || p)
                    this.seen[c] = 1;
                if (t && p)
                    this.tp[c] += w;
                else if (p)
                    this.fp[c] += w;
                else if (t)
                    this.fn[c] += w;
            }
        }
    }
    support(c) {
        return this.tp[c] + this.fn[c];
    }
}
const undefinedValue = (z) => (z === 'nan' ? NaN : z);
/** P, R or F-beta of one set of counts. */
export function scoreOf(rule, tp, fp, fn) {
    const zd = undefinedValue(rule.zeroDivision);
    const p = tp + fp === 0 ? zd : tp / (tp + fp);
    const r = tp + fn === 0 ? zd : tp / (tp + fn);
    if (rule.kind === 'precision')
        return p;
    if (rule.kind === 'recall')
        return r;
    if (Number.isNaN(p) || Number.isNaN(r))
        return NaN;
    const b2 = rule.beta * rule.beta;
    const denominator = b2 * p + r;
    return denominator === 0 ? 0 : ((1 + b2) * p * r) / denominator;
}
/** Per-class scores (every class). */
export function perClass(rule, counts) {
    return Array.from({ length: counts.classes }, (_, c) => scoreOf(rule, counts.tp[c], counts.fp[c], counts.fn[c]));
}
/** Mean of the values, weighted, skipping NaN (scikit-learn's _nanaverage); NaN when nothing is left. */
function nanAverage(values, weights) {
    let total = 0;
    let weight = 0;
    values.forEach((v, i) => {
        if (Number.isNaN(v))
            return;
        const w = weights ? weights[i] : 1;
        total += w * v;
        weight += w;
    });
    return weight === 0 ? NaN : total / weight;
}
/**
 * One averaged score: 'binary' scores class 1; 'micro' pools the counts; 'macro' averages the
 * classes (every label for multi-label, the classes seen for single-label tasks); 'weighted'
 * weights them by support. ('samples' is computed per row by SamplesAverage.)
 */
export function averageScore(rule, counts, average, multilabel) {
    if (average === 'binary')
        return scoreOf(rule, counts.tp[1], counts.fp[1], counts.fn[1]);
    if (average === 'micro') {
        const sum = (a) => a.reduce((s, v) => s + v, 0);
        return scoreOf(rule, sum(counts.tp), sum(counts.fp), sum(counts.fn));
    }
    const classes = Array.from({ length: counts.classes }, (_, c) => c).filter((c) => multilabel || counts.seen[c]);
    if (classes.length === 0)
        return undefinedValue(rule.zeroDivision);
    const scores = classes.map((c) => scoreOf(rule, counts.tp[c], counts.fp[c], counts.fn[c]));
    if (average === 'macro')
        return nanAverage(scores);
    const supports = classes.map((c) => counts.support(c));
    if (supports.every((s) => s === 0)) {
        // scikit-learn: with no positive label at all, only precision with no positive prediction is defined as zero_division.
        const predicted = classes.some((c) => counts.fp[c] > 0);
        const zd = undefinedValue(rule.zeroDivision);
        return rule.kind === 'recall' || !predicted ? zd : 0;
    }
    return nanAverage(scores, supports);
}
/** scikit-learn's average='samples' (multi-label): the score of each row's label set, averaged over rows by sample weight. */
export class SamplesAverage {
    rule;
    total = 0;
    weight = 0;
    constructor(rule) {
        this.rule = rule;
    }
    add(truth, predicted, rows, classes, weights) {
        for (let r = 0; r < rows; r++) {
            let tp = 0;
            let fp = 0;
            let fn = 0;
            for (let c = 0; c < classes; c++) {
                const t = truth[r * classes + c];
                const p = predicted[r * classes + c];
                if (t && p)
                    tp++;
                else if (p)
                    fp++;
                else if (t)
                    fn++;
            }
            const v = scoreOf(this.rule, tp, fp, fn);
            if (Number.isNaN(v))
                continue;
            const w = weights ? weights[r] : 1;
            this.total += w * v;
            this.weight += w;
        }
    }
    result() {
        return this.weight === 0 ? undefinedValue(this.rule.zeroDivision) : this.total / this.weight;
    }
}
/** Classes whose precision (no positive prediction) or recall (no positive target) was undefined. */
export function undefinedRatios(counts, multilabel) {
    const out = [];
    for (let c = 0; c < counts.classes; c++) {
        if (!multilabel && !counts.seen[c])
            continue;
        if (counts.tp[c] + counts.fp[c] === 0)
            out.push({ class: c, ratio: 'precision' });
        if (counts.tp[c] + counts.fn[c] === 0)
            out.push({ class: c, ratio: 'recall' });
    }
    return out;
}
//# sourceMappingURL=confusion.js.map