/** Predictions turned into decisions and rankings (argmax, thresholds, top-k order) for the metrics. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
/**
 * Targets and predictions of one batch as 0/1 indicator matrices (rows × classes), the common
 * ground of every classification metric:
 *  - binary, one column: classes [0, 1], the prediction thresholded;
 *  - one-hot or integer-id classes: argmax (first maximum on ties) vs the true class;
 *  - multilabel: every label thresholded.
 */
export interface Indicators {
    rows: number;
    classes: number;
    truth: Uint8Array;
    predicted: Uint8Array;
}
/** Index of the first maximum of data[offset .. offset+n) (ties go to the lower index, like argmax everywhere in Candor). */
export declare function argmaxRow(data: ArrayLike<number>, offset: number, n: number): number;
/** Number of prediction columns (1 for a (N,) or (N,1) output). */
export declare function predictionColumns(yPred: Tensor): number;
export declare function toIndicators(yTrue: Tensor, yPred: Tensor, task: Task, threshold: number, metric: string): Indicators;
/** Per-row scores for each class (for ranking metrics): binary one-column outputs become [1-p, p]. */
export declare function classScores(yPred: Tensor): {
    rows: number;
    classes: number;
    scores: Float32Array;
};
/**
 * Classes of one row ranked best first. Ties go to the higher class index first, the order
 * scikit-learn's top_k_accuracy_score gets from a reversed stable argsort.
 */
export declare function rankClasses(scores: ArrayLike<number>, offset: number, classes: number): number[];
