/** 95% intervals of metrics: Wilson's for proportions, a seeded bootstrap otherwise. */
import { Tensor } from '../../tensor/tensor.js';
import { Rng } from '../../random/rng.js';
import { MeanMetricWrapper } from './metric.js';
const Z95 = 1.959963984540054;
/** Wilson's score interval for a proportion p of n trials. */
export function wilsonInterval(p, n, z = Z95) {
    if (!(n > 0) || !Number.isFinite(p))
        return [NaN, NaN];
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/** Resolved metrics whose per-sample value is 0 or 1, so their mean is a proportion of samples. */
export function isProportion(m, outputColumns) {
    return m.proportion === 'yes' || (m.proportion === 'one-column' && outputColumns === 1);
}
/** Kish's effective sample size of weights: (Σw)² / Σw². */
export function effectiveSize(weights, n) {
    if (!weights)
        return n;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < weights.length; i++) {
        s += weights[i];
        s2 += weights[i] * weights[i];
    }
    return s2 === 0 ? 0 : (s * s) / s2;
}
/**
 * Percentile bootstrap over samples, seeded: each resample is the same data with multinomial
 * counts as sample weights (resampling with replacement, without copying rows). Resamples where
 * the metric is undefined (e.g. a single-class AUC) are skipped; NaN when too many are.
 */
export function bootstrapInterval(metric, yTrue, yPred, sampleWeight, options = {}) {
    const n = yPred.shape[0];
    // 1,000 resamples; metrics recomputed in full on wide outputs (hundreds of labels) get fewer, at least 200, so a report stays quick.
    const resamples = options.resamples ?? Math.max(200, Math.min(1000, Math.floor(2e6 / Math.max(1, yPred.size))));
    const rng = new Rng(options.seed ?? 0);
    const counts = new Float32Array(n);
    const values = [];
    const fresh = metric.fresh();
    // A mean of per-sample values is resampled from those values: O(n) per resample instead of a full pass.
    const perSample = fresh instanceof MeanMetricWrapper ? fresh.perSample(yTrue, yPred) : null;
    for (let b = 0; b < resamples; b++) {
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[rng.int(n)] += 1;
        if (sampleWeight)
            for (let i = 0; i < n; i++)
                counts[i] *= sampleWeight[i];
        if (perSample) {
            let total = 0;
            let weight = 0;
            for (let i = 0; i < n; i++) {
                if (counts[i] === 0 || Number.isNaN(perSample[i]))
                    continue;
                total += counts[i] * perSample[i];
                weight += counts[i];
            }
            if (weight > 0)
                values.push(total / weight);
            continue;
        }
        fresh.resetState();
        try {
            fresh.updateState(yTrue, yPred, new Tensor(counts, [n], 'float32'));
            const v = fresh.result();
            if (Number.isFinite(v))
                values.push(v);
        }
        catch {
            // An undefined resample (e.g. one class only) says nothing about the interval.
        }
    }
    if (values.length < 0.9 * resamples)
        return [NaN, NaN];
    values.sort((a, b) => a - b);
    const at = (q) => {
        const h = (values.length - 1) * q;
        const lo = Math.floor(h);
        return values[lo] + (h - lo) * (values[Math.min(lo + 1, values.length - 1)] - values[lo]);
    };
    return [at(0.025), at(0.975)];
}
//# sourceMappingURL=interval.js.map