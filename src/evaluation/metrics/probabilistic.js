import { Loss } from '../../losses/losses.js';
import { noGrad } from '../../ops/graph.js';
import { classScores } from './labels.js';
import { formatShape } from '../../tensor/shape.js';
/** Per-sample values of the metrics that score probabilities, averaged (with sample weights) by MeanMetricWrapper. */
/**
 * scikit-learn's log_loss: probabilities clipped to [ε, 1 − ε] (ε = 2.2e-16, its 'auto' for
 * float64), each row renormalised, then −Σ y·log p; one-column binary outputs are [1 − p, p].
 */
export function logLoss(task) {
    return (yTrue, yPred) => {
        const { rows, classes, scores } = classScores(yPred);
        const out = new Float32Array(rows);
        const eps = Number.EPSILON;
        for (let r = 0; r < rows; r++) {
            let total = 0;
            const p = Array.from({ length: classes }, (_, c) => Math.min(Math.max(scores[r * classes + c], eps), 1 - eps));
            const norm = p.reduce((a, b) => a + b, 0);
            const t = task.encoding === 'sparse' ? yTrue.data[r] : task.encoding === 'binary' ? (yTrue.data[r] > 0.5 ? 1 : 0) : -1;
            for (let c = 0; c < classes; c++) {
                const y = t >= 0 ? (c === t ? 1 : 0) : yTrue.data[r * classes + c];
                if (y)
                    total -= y * Math.log(p[c] / norm);
            }
            out[r] = total;
        }
        return out;
    };
}
/** scikit-learn's brier_score_loss (binary targets): (p − y)² per sample. */
export function brierScore(yTrue, yPred) {
    if (yPred.size !== yTrue.size)
        throw new RangeError(`brier_score: expected one probability per binary target. Received: yTrue.shape=${formatShape(yTrue.shape)}, yPred.shape=${formatShape(yPred.shape)}`);
    return Float32Array.from(yPred.data, (p, i) => (p - (yTrue.data[i] > 0.5 ? 1 : 0)) ** 2);
}
/** A loss as a Keras metric: its per-sample values (fromLogits and labelSmoothing as the loss takes them). */
export function lossAsMetric(loss, options) {
    const l = new Loss(loss, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
    return (yTrue, yPred) => noGrad(() => Float32Array.from(l.perSample(yTrue, yPred).data));
}
//# sourceMappingURL=probabilistic.js.map