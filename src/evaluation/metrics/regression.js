import { metricWeights } from './metric.js';
import { predictionColumns } from './labels.js';
/**
 * Streaming coefficient of determination, r2_score semantics: 1 - SS_res/SS_tot per output,
 * averaged uniformly over outputs; a constant target scores 1 if predicted exactly, else 0.
 * SS_tot is accumulated with Welford's update, so large target means do not cancel.
 */
export class R2Metric {
    name;
    weight = 0;
    mean = new Float64Array(0);
    m2 = new Float64Array(0);
    residual = new Float64Array(0);
    constructor(name) {
        this.name = name;
    }
    updateState(yTrue, yPred, sampleWeight) {
        const cols = predictionColumns(yPred);
        if (this.mean.length === 0)
            [this.mean, this.m2, this.residual] = [new Float64Array(cols), new Float64Array(cols), new Float64Array(cols)];
        const rows = yPred.size / cols;
        const weights = metricWeights(this.name, sampleWeight, rows);
        for (let r = 0; r < rows; r++) {
            const w = weights ? weights[r] : 1;
            if (w === 0)
                continue;
            this.weight += w;
            for (let c = 0; c < cols; c++) {
                const y = yTrue.data[r * cols + c];
                const d = y - yPred.data[r * cols + c];
                const before = y - this.mean[c];
                this.mean[c] += (w / this.weight) * before;
                this.m2[c] += w * before * (y - this.mean[c]);
                this.residual[c] += w * d * d;
            }
        }
    }
    result() {
        if (this.weight === 0)
            return NaN;
        let total = 0;
        for (let c = 0; c < this.mean.length; c++) {
            const ssTot = this.m2[c];
            const ssRes = this.residual[c];
            total += ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
        }
        return total / this.mean.length;
    }
    resetState() {
        this.weight = 0;
        this.mean = new Float64Array(0);
        this.m2 = new Float64Array(0);
        this.residual = new Float64Array(0);
    }
}
//# sourceMappingURL=regression.js.map