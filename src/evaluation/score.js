/** Scoring predictions made anywhere: label mapping, prediction kinds, metrics with baselines and findings. */
import { Tensor } from '../tensor/tensor.js';
import { inferTask } from './task.js';
import { parseMetric, resolveMetric } from './metrics/resolve.js';
import { bootstrapInterval, isProportion } from './metrics/interval.js';
import { ReportAccumulator } from './metrics/classification-report.js';
import { reportMetrics } from './metric-report.js';
/** Label order: numbers by value, strings alphabetically (scikit-learn's sorted unique labels). */
const byLabel = (a, b) => typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
/** Smallest and largest of many values (no spread: arrays can be long). */
function range(v) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
        if (x < lo)
            lo = x;
        if (x > hi)
            hi = x;
    }
    return [lo, hi];
}
/** Class labels of a 1-D target vector mapped to ids, scikit-learn style; null when the values are already 0/1 or ids. */
function labelMapping(values, o) {
    const strings = typeof values[0] === 'string';
    const numeric = values;
    const given = o.labels;
    if (!strings && !given && o.posLabel === undefined) {
        const distinct = [...new Set(numeric)].sort((a, b) => a - b);
        const ids = distinct.every((v) => Number.isInteger(v) && v >= 0);
        const binary01 = distinct.every((v) => v === 0 || v === 1);
        if (binary01 || (ids && distinct.length > 2) || !distinct.every(Number.isInteger))
            return null; // 0/1, class ids, or continuous: as given
    }
    const distinct = [...new Set(values)].sort(byLabel);
    let classes = given ? [...given] : distinct;
    const missing = distinct.filter((v) => !classes.includes(v));
    if (missing.length > 0)
        throw new RangeError(`score: the targets hold ${JSON.stringify(missing.slice(0, 5))}, which "labels" (${JSON.stringify(given)}) does not list`);
    let text;
    if (classes.length === 2) {
        const pos = o.posLabel ?? (classes.includes(1) ? 1 : classes[1]);
        if (!classes.includes(pos))
            throw new RangeError(`score: "posLabel" ${JSON.stringify(pos)} is not one of the labels ${JSON.stringify(classes)}`);
        classes = [classes.find((c) => c !== pos), pos];
        text = `labels ${JSON.stringify(classes[0])} → 0, ${JSON.stringify(classes[1])} → 1 (positive class: ${JSON.stringify(pos)}${o.posLabel === undefined ? ", scikit-learn's default" : ''})`;
    }
    else {
        if (o.posLabel !== undefined)
            throw new RangeError(`score: "posLabel" applies to binary targets; these hold ${classes.length} classes`);
        text = `labels ${classes
            .slice(0, 8)
            .map((c, i) => `${JSON.stringify(c)} → ${i}`)
            .join(', ')}${classes.length > 8 ? ', …' : ''}${given ? ' (as "labels" orders them)' : ' (sorted)'}`;
    }
    return { classes, ids: values.map((v) => classes.indexOf(v)), text };
}
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
function softmaxRows(v, cols) {
    const out = new Array(v.length);
    for (let r = 0; r < v.length / cols; r++) {
        let m = -Infinity;
        for (let c = 0; c < cols; c++)
            m = Math.max(m, v[r * cols + c]);
        let s = 0;
        for (let c = 0; c < cols; c++)
            s += out[r * cols + c] = Math.exp(v[r * cols + c] - m);
        for (let c = 0; c < cols; c++)
            out[r * cols + c] = out[r * cols + c] / s;
    }
    return out;
}
/** The metrics that tell the truth for each task (per-label accuracy only beside the ones that see through it). */
function defaultMetrics(task, kind) {
    const ranked = kind !== 'labels';
    switch (task.kind) {
        case 'binary':
            return [
                'accuracy',
                'balanced_accuracy',
                'precision',
                'recall',
                'f1',
                'matthews_corrcoef',
                ...(ranked ? ['auc', 'average_precision', 'log_loss'] : []),
            ];
        case 'multiclass':
            return [
                'accuracy',
                'balanced_accuracy',
                'f1_macro',
                'f1_weighted',
                'matthews_corrcoef',
                'cohen_kappa',
                ...(ranked ? [`top_${Math.min(3, task.numClasses - 1)}_accuracy`, 'log_loss'] : []),
            ];
        case 'multilabel':
            return [
                'binary_accuracy',
                'subset_accuracy',
                'hamming_loss',
                'f1_micro',
                'f1_macro',
                'f1_samples',
                ...(ranked ? ['precision_at_3', 'average_precision'] : []),
            ];
        case 'regression':
            return ['mse', 'mae', 'r2'];
        default:
            return task.kind;
    }
}
/**
 * Scores predictions against targets. Targets: 0/1, class ids, labels of any coding (mapped),
 * one-hot or multi-hot rows, or continuous values. Predictions: one value or one row per target.
 */
export function score(targets, predictions, o = {}) {
    const n = targets.shape[0] ?? 0;
    if (n === 0)
        throw new RangeError(`score: ${targets.source} holds no samples`);
    if (predictions.shape[0] !== n)
        throw new RangeError(`score: ${targets.source} has ${n} samples but ${predictions.source} has ${predictions.shape[0]} (shapes [${targets.shape}] and [${predictions.shape}])`);
    const tCols = targets.shape.length > 1 ? targets.shape.slice(1).reduce((a, b) => a * b, 1) : 1;
    const pCols = predictions.shape.length > 1 ? predictions.shape.slice(1).reduce((a, b) => a * b, 1) : 1;
    const findings = [];
    // Targets: a vector of labels may need mapping; rows (one-hot, multi-hot) are used as given.
    const mapped = tCols === 1 ? labelMapping(targets.values, o) : null;
    if (tCols > 1 && typeof targets.values[0] === 'string')
        throw new RangeError(`score: ${targets.source} holds string rows; string labels come one per sample`);
    const yValues = mapped ? mapped.ids : targets.values;
    const y = new Tensor(Float32Array.from(yValues), tCols === 1 ? [n] : [n, tCols], 'float32');
    const classes = mapped?.classes ?? null;
    // Predictions: labels (strings, or integers naming the classes), probabilities in [0, 1], or logits.
    let pValues;
    let kind;
    const stringPreds = typeof predictions.values[0] === 'string';
    if (stringPreds) {
        if (!classes)
            throw new RangeError(`score: ${predictions.source} holds string labels but the targets are numbers`);
        pValues = predictions.values.map((v, i) => {
            const id = classes.indexOf(v);
            if (id < 0)
                throw new RangeError(`score: prediction ${JSON.stringify(v)} (row ${i}) is not one of the target labels ${JSON.stringify(classes.slice(0, 8))}`);
            return id;
        });
        kind = 'labels';
    }
    else {
        const raw = predictions.values;
        const bad = raw.findIndex((v) => !Number.isFinite(v));
        if (bad >= 0)
            throw new RangeError(`score: ${predictions.source} must hold finite numbers. Received: ${raw[bad]} at flat index ${bad}`);
        pValues = classes && pCols === 1 ? raw.map((v) => (classes.includes(v) ? classes.indexOf(v) : v)) : raw;
        const [min, max] = range(raw);
        const integers = raw.every(Number.isInteger);
        // Integers that name the classes (or 0/1 decisions in the targets' shape) are labels; fractions in [0, 1] are probabilities.
        const namesClasses = classes ? raw.every((v) => classes.includes(v)) : pCols === tCols && (tCols === 1 || (min >= 0 && max <= 1));
        const inferred = integers && namesClasses ? 'labels' : min < 0 || max > 1 ? 'logits' : 'probabilities';
        kind = o.predictions ?? inferred;
    }
    const inferredKind = o.predictions === undefined;
    // Label predictions name classes: the task needs the class count, not the single prediction column.
    const classCount = classes?.length ?? (tCols > 1 ? tCols : Math.max(range(yValues)[1], range(pValues)[1]) + 1);
    const units = kind === 'labels' && pCols === 1 ? (classCount <= 2 ? 1 : classCount) : pCols;
    const task = inferTask(y, { units, activation: units === 1 ? 'sigmoid' : 'softmax', fromLogits: false });
    let note;
    let columns = pCols;
    if (task.kind === 'regression') {
        note = 'predictions are values (regression targets)';
    }
    else if (kind === 'labels') {
        // Hard decisions as scores: one-hot rows for classes, 0/1 for binary.
        const k = task.kind === 'binary' && task.encoding === 'binary' ? 1 : task.numClasses;
        if (pCols === 1 && k > 1) {
            const hot = new Array(n * k).fill(0);
            pValues.forEach((v, r) => {
                if (!(Number.isInteger(v) && v >= 0 && v < k))
                    throw new RangeError(`score: predicted label ${v} (row ${r}) is not a class of the targets (0..${k - 1})`);
                hot[r * k + v] = 1;
            });
            pValues = hot;
            columns = k;
        }
        note = `predictions are labels (hard decisions)${inferredKind ? (stringPreds ? ', read from string labels' : ', inferred from integer values that name the classes') : ''}; ranking metrics (AUC, average precision, log loss) need scores and are left out`;
    }
    else if (kind === 'logits') {
        const single = task.kind === 'multiclass' || (task.kind === 'binary' && task.encoding !== 'binary');
        pValues = single ? softmaxRows(pValues, pCols) : pValues.map(sigmoid);
        const [lo, hi] = range(predictions.values);
        note = `predictions are logits${inferredKind ? ` (inferred: values in [${lo.toFixed(3)}, ${hi.toFixed(3)}] leave [0, 1])` : ''}; ${single ? 'softmax' : 'sigmoid'} applied`;
        if (inferredKind) {
            findings.push({
                code: 'predictions-look-like-logits',
                severity: 'info',
                message: `Expected probabilities in [0, 1]. Received: values outside it in ${predictions.source}; they were read as logits and ${single ? 'softmax' : 'sigmoid'} was applied.`,
                fix: 'If these are not logits, check what the model outputs; say --predictions probabilities (or labels) to read them otherwise.',
            });
        }
    }
    else {
        const [min, max] = range(pValues);
        if (min < 0 || max > 1)
            throw new RangeError(`score: predictions read as probabilities must lie in [0, 1]. Received: values in [${min}, ${max}] in ${predictions.source}; pass --predictions logits (or --from-logits)`);
        note = 'predictions are probabilities';
    }
    // One score column is P(the larger label), scikit-learn's convention (predict_proba[:, 1]); a smaller positive label takes 1 − p.
    if (classes && classes.length === 2 && columns === 1 && kind !== 'labels' && task.kind === 'binary') {
        const sorted = [...classes].sort(byLabel);
        if (sorted[1] !== classes[1]) {
            pValues = pValues.map((v) => 1 - v);
            note += `; the scores are read as P(${JSON.stringify(sorted[1])}), so P(${JSON.stringify(classes[1])}) = 1 − score`;
        }
    }
    const yPred = new Tensor(Float32Array.from(pValues), [n, columns], 'float32');
    const weights = o.sampleWeight ? new Tensor(Float32Array.from(o.sampleWeight), [n], 'float32') : undefined;
    if (o.sampleWeight && o.sampleWeight.length !== n)
        throw new RangeError(`score: sampleWeight needs ${n} values. Received: ${o.sampleWeight.length}`);
    // --threshold goes to every metric whose record takes a decision threshold (one-column binary or multi-label targets only).
    const thresholded = o.threshold !== undefined && (task.kind === 'multilabel' || task.encoding === 'binary');
    const takesThreshold = (m) => 'threshold' in parseMetric(m).record.options;
    const specs = (o.metrics ?? defaultMetrics(task, kind)).map((m) => thresholded && typeof m === 'string' && takesThreshold(m) ? { name: m, threshold: o.threshold } : m);
    const resolved = specs.flatMap((spec) => {
        const r = resolveMetric(spec, { task, fromLogits: false });
        return r ? [r] : [];
    });
    const values = resolved.map((metric) => {
        metric.metric.updateState(y, yPred, weights);
        const value = metric.metric.result();
        const ci95 = isProportion(metric, columns)
            ? null
            : bootstrapInterval(metric, y, yPred, weights?.data, o.seed !== undefined ? { seed: o.seed } : {});
        return { metric, value, ci95 };
    });
    const { metrics, findings: numberFindings } = reportMetrics(values, { task, outputColumns: columns, fromLogits: false }, y);
    if (task.kind === 'multilabel' && resolved.some((m) => m.resolved === 'binary_accuracy')) {
        findings.push({
            code: 'per-label-accuracy-on-multilabel',
            severity: 'info',
            message: `binary_accuracy on multi-label targets is per-label accuracy: the fraction of all ${task.numClasses} yes/no decisions per row that are right; with rare labels it is near 1 for a model that predicts nothing (${task.description}).`,
            fix: 'Read it next to its all-zeros baseline; judge by subset accuracy, F1 and precision@k.',
        });
    }
    let classification = null;
    if (task.kind !== 'regression') {
        const acc = new ReportAccumulator(task, o.threshold ?? 0.5);
        acc.updateState(y, yPred, weights);
        classification = acc.report(classes?.map(String));
    }
    return {
        task,
        mapping: mapped?.text ?? null,
        classes,
        predictions: { kind, inferred: inferredKind, note },
        metrics,
        classification,
        findings: [...findings, ...numberFindings],
        samples: n,
    };
}
function asLoaded(x, source) {
    if (x instanceof Tensor)
        return { values: Array.from(x.data), shape: [...x.shape], source };
    if (!Array.isArray(x))
        return x;
    if (x.length > 0 && typeof x[0] === 'string')
        return { values: [...x], shape: [x.length], source };
    const rows = x;
    const cols = Array.isArray(rows[0]) ? rows[0].length : 0;
    if (cols > 0 && rows.some((r) => !Array.isArray(r) || r.length !== cols))
        throw new RangeError(`score: ${source} must be a vector or rows of equal length`);
    return {
        values: rows.flatMap((r) => (Array.isArray(r) ? [...r] : [r])),
        shape: cols > 0 ? [rows.length, cols] : [rows.length],
        source,
    };
}
/** candor.score(yTrue, yPred, options): tensors, arrays (string labels too) or loaded files. */
export function scorePredictions(yTrue, yPred, options = {}) {
    return score(asLoaded(yTrue, 'yTrue'), asLoaded(yPred, 'yPred'), options);
}
//# sourceMappingURL=score.js.map