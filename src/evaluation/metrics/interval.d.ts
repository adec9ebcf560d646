/** 95% intervals of metrics: Wilson's for proportions, a seeded bootstrap otherwise. */
import { Tensor } from '../../tensor/tensor.js';
import type { ResolvedMetric } from './resolve.js';
/**
 * 95% confidence intervals for one evaluation: Wilson's score interval for metrics that are a
 * proportion of samples (accuracy of one decision per sample), a seeded percentile bootstrap over
 * samples for every other metric. They say how far the number could move on other data like this.
 */
export type IntervalMethod = 'wilson' | 'bootstrap';
/** Wilson's score interval for a proportion p of n trials. */
export declare function wilsonInterval(p: number, n: number, z?: number): [number, number];
/** Resolved metrics whose per-sample value is 0 or 1, so their mean is a proportion of samples. */
export declare function isProportion(m: Pick<ResolvedMetric, 'proportion'>, outputColumns: number): boolean;
/** Kish's effective sample size of weights: (Σw)² / Σw². */
export declare function effectiveSize(weights: ArrayLike<number> | undefined, n: number): number;
/**
 * Percentile bootstrap over samples, seeded: each resample is the same data with multinomial
 * counts as sample weights (resampling with replacement, without copying rows). Resamples where
 * the metric is undefined (e.g. a single-class AUC) are skipped; NaN when too many are.
 */
export declare function bootstrapInterval(metric: ResolvedMetric, yTrue: Tensor, yPred: Tensor, sampleWeight?: ArrayLike<number>, options?: {
    resamples?: number;
    seed?: number;
}): [number, number];
