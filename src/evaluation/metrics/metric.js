/**
 * The weights a metric applies to `rows` samples: one per sample ((N,) or (N, 1)); anything else
 * (another length, per-element weights) is an error naming the metric and both sizes.
 */
export function metricWeights(metric, sampleWeight, rows) {
    if (!sampleWeight)
        return undefined;
    const perSample = sampleWeight.rank === 1 || (sampleWeight.rank === 2 && sampleWeight.shape[1] === 1);
    if (!perSample || sampleWeight.shape[0] !== rows) {
        throw new RangeError(`${metric}: sampleWeight must hold one weight per sample, shape (${rows},). Received: sampleWeight.shape=[${sampleWeight.shape.join(',')}]` +
            (perSample ? '' : ' (per-element weights weight the loss only; metrics weight whole samples)'));
    }
    return sampleWeight.data;
}
/**
 * The weighted mean of per-sample values over every batch seen: a short last batch
 * counts for its real size, not as a full batch. NaN marks a sample where the metric is
 * undefined (e.g. recall@k of a row with no true labels); such samples are skipped.
 */
export class MeanMetricWrapper {
    name;
    fn;
    total = 0;
    count = 0;
    constructor(name, fn) {
        this.name = name;
        this.fn = fn;
    }
    /** The per-sample values this metric averages (NaN where undefined). */
    perSample(yTrue, yPred) {
        return this.fn(yTrue, yPred);
    }
    updateState(yTrue, yPred, sampleWeight) {
        const values = this.fn(yTrue, yPred);
        const weights = metricWeights(this.name, sampleWeight, values.length);
        for (let i = 0; i < values.length; i++) {
            if (Number.isNaN(values[i]))
                continue;
            const w = weights ? weights[i] : 1;
            this.total += values[i] * w;
            this.count += w;
        }
    }
    result() {
        return this.count === 0 ? 0 : this.total / this.count;
    }
    resetState() {
        this.total = 0;
        this.count = 0;
    }
}
/** Running weighted mean of scalar values (the loss shown during training). */
export class Mean {
    total = 0;
    count = 0;
    update(value, weight) {
        this.total += value * weight;
        this.count += weight;
    }
    result() {
        return this.count === 0 ? 0 : this.total / this.count;
    }
    reset() {
        this.total = 0;
        this.count = 0;
    }
}
//# sourceMappingURL=metric.js.map