/** Scores of probabilities: log loss, Brier score, the losses as metrics. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
/** Per-sample values of the metrics that score probabilities, averaged (with sample weights) by MeanMetricWrapper. */
/**
 * scikit-learn's log_loss: probabilities clipped to [ε, 1 − ε] (ε = 2.2e-16, its 'auto' for
 * float64), each row renormalised, then −Σ y·log p; one-column binary outputs are [1 − p, p].
 */
export declare function logLoss(task: Task): (yTrue: Tensor, yPred: Tensor) => Float32Array;
/** scikit-learn's brier_score_loss (binary targets): (p − y)² per sample. */
export declare function brierScore(yTrue: Tensor, yPred: Tensor): Float32Array;
/** A loss as a Keras metric: its per-sample values (fromLogits and labelSmoothing as the loss takes them). */
export declare function lossAsMetric(loss: string, options: {
    fromLogits?: boolean;
    labelSmoothing?: number;
}): (yTrue: Tensor, yPred: Tensor) => Float32Array;
