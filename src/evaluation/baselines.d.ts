/** What a trivial predictor scores with each metric on the same targets. */
import { Tensor } from '../tensor/tensor.js';
import type { Task } from './task.js';
import type { ResolvedMetric } from './metrics/resolve.js';
export interface Baseline {
    /** Which trivial predictor: 'majority class (0)', 'all zeros', 'most frequent label set', 'mean predictor', … */
    name: string;
    value: number;
}
/**
 * The output a trivial predictor would give, shaped like the model's output, and its name.
 * Single-label tasks: every row gets the class frequencies (argmax = the majority class,
 * top-k = the k most frequent). Multi-label: per-label majority (all zeros when labels are rare),
 * the most frequent label set for subset accuracy, label frequencies for ranking metrics.
 * Regression: the column means.
 */
export declare function trivialPrediction(metric: Pick<ResolvedMetric, 'trivial'>, task: Task, yTrue: Tensor, outputColumns: number, fromLogits: boolean): {
    name: string;
    output: Tensor;
};
/** What the trivial predictor scores on the same targets with the same metric. */
export declare function baselineFor(metric: ResolvedMetric, task: Task, yTrue: Tensor, outputColumns: number, fromLogits: boolean): Baseline;
