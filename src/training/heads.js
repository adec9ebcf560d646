/**
 * A model's output heads as compile sets them (Keras' CompileLoss / CompileMetrics): each output's
 * loss, loss weight and metrics, from one value for every output, a list in output order or a dict
 * keyed by output name. Logs name a head's numbers after it ('gender_loss', 'gender_accuracy');
 * a single-output model keeps Keras' plain names ('loss', 'accuracy').
 */
import { getLoss } from '../losses/losses.js';
import { parseMetric } from '../evaluation/metrics/resolve.js';
import { describe } from '../tensor/describe.js';
const isPlainObject = (v) => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
/** A dict keyed by output names (as opposed to a `{ name, ...options }` spec). */
const isOutputDict = (v) => isPlainObject(v) && typeof v.name !== 'string';
/** Checks a dict's keys against the outputs; `required` refuses missing ones. */
function checkKeys(dict, names, arg, required) {
    const unknown = Object.keys(dict).filter((k) => !names.includes(k));
    const missing = names.filter((n) => !(n in dict));
    if (unknown.length > 0 || (required && missing.length > 0)) {
        throw new RangeError(`compile: argument "${arg}" is keyed by output name (${names.join(', ')}). Received: ${unknown.length ? `unknown ${unknown.map((k) => `"${k}"`).join(', ')}` : ''}${unknown.length && required && missing.length ? '; ' : ''}${required && missing.length ? `no entry for ${missing.map((k) => `"${k}"`).join(', ')}` : ''}`);
    }
}
/** One loss per output. */
function lossesFor(value, names) {
    if (Array.isArray(value)) {
        if (value.length !== names.length)
            throw new RangeError(`compile: argument "loss" as a list needs one loss per output (${names.join(', ')}). Received: ${value.length} losses for ${names.length} outputs`);
        return value;
    }
    if (isOutputDict(value)) {
        checkKeys(value, names, 'loss', true);
        return names.map((n) => value[n]);
    }
    return names.map(() => value);
}
/** One weight per output (1 when not given; Keras' loss_weights). */
function weightsFor(value, names) {
    if (value === undefined)
        return names.map(() => 1);
    let weights;
    if (Array.isArray(value)) {
        if (value.length !== names.length)
            throw new RangeError(`compile: argument "lossWeights" as a list needs one weight per output (${names.join(', ')}). Received: ${value.length} weights`);
        weights = value;
    }
    else if (isPlainObject(value)) {
        checkKeys(value, names, 'lossWeights', false);
        weights = names.map((n) => value[n] ?? 1);
    }
    else {
        throw new TypeError(`compile: argument "lossWeights" must be a list of numbers or { outputName: number }. Received: ${describe(value)}`);
    }
    weights.forEach((w, i) => {
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
            throw new RangeError(`compile: lossWeights for output "${names[i]}" must be a finite number >= 0. Received: ${describe(w)}`);
    });
    return weights;
}
/** The metrics of each output: a flat list for every output, a list of lists in output order, or { outputName: metrics }. */
function metricsFor(value, names) {
    const shape = 'an array of metrics (for every output), an array of arrays (one per output) or { outputName: [metrics] }, each metric a name, { name, ...options }, a function or a Metric object';
    if (value === undefined)
        return names.map(() => []);
    if (isOutputDict(value)) {
        checkKeys(value, names, 'metrics', false);
        return names.map((n) => {
            const m = value[n];
            return m === undefined ? [] : Array.isArray(m) ? m : [m];
        });
    }
    if (!Array.isArray(value))
        throw new TypeError(`compile: argument "metrics" must be ${shape}. Received: metrics=${describe(value)}`);
    if (value.length > 0 && value.every((m) => Array.isArray(m))) {
        if (value.length !== names.length)
            throw new RangeError(`compile: argument "metrics" as a list of lists needs one list per output (${names.join(', ')}). Received: ${value.length} lists`);
        return value;
    }
    if (value.some((m) => Array.isArray(m)))
        throw new TypeError(`compile: argument "metrics" must be ${shape}. Received: a mix of metrics and lists`);
    return names.map(() => value);
}
/** The heads of a model with these outputs, from compile's loss, lossWeights and metrics. */
export function compileHeads(outputNames, args) {
    const losses = lossesFor(args.loss, outputNames);
    const weights = weightsFor(args.lossWeights, outputNames);
    const metrics = metricsFor(args.metrics, outputNames);
    const single = outputNames.length === 1;
    const heads = outputNames.map((name, index) => {
        // Unknown names and options are rejected now, before any data; the parsed form is kept for every later step.
        const parsedMetrics = metrics[index].map(parseMetric);
        const twice = parsedMetrics.map((m) => m.name).find((n, i, all) => all.indexOf(n) !== i);
        if (twice !== undefined)
            throw new RangeError(`compile: two metrics${single ? '' : ` of output "${name}"`} are named "${twice}"; each metric is logged under its name, so names must differ`);
        return { index, name, prefix: single ? '' : `${name}_`, loss: getLoss(losses[index]), weight: weights[index], parsedMetrics };
    });
    return heads;
}
/** The saved form of the heads' compile settings: single values for one output, dicts keyed by output name for several. */
export function headsConfig(heads) {
    if (heads.length === 1)
        return { loss: heads[0].loss.getConfig(), metrics: heads[0].parsedMetrics.map((m) => m.spec) };
    const byName = (f) => Object.fromEntries(heads.map((h) => [h.name, f(h)]));
    return {
        loss: byName((h) => h.loss.getConfig()),
        lossWeights: byName((h) => h.weight),
        metrics: byName((h) => h.parsedMetrics.map((m) => m.spec)),
    };
}
//# sourceMappingURL=heads.js.map