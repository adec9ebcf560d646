/** Keras' streaming metric contract, the mean of per-sample values, and metric sample weights. */
import type { Tensor } from '../../tensor/tensor.js';
/** Per-sample values of a metric for one batch (e.g. 1/0 for correct/incorrect). */
export type SampleMetricFn = (yTrue: Tensor, yPred: Tensor) => Float32Array;
/**
 * The weights a metric applies to `rows` samples: one per sample ((N,) or (N, 1)); anything else
 * (another length, per-element weights) is an error naming the metric and both sizes.
 */
export declare function metricWeights(metric: string, sampleWeight: Tensor | undefined, rows: number): ArrayLike<number> | undefined;
/** Keras' streaming metric contract. */
export interface Metric {
    readonly name: string;
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    resetState(): void;
}
/**
 * The weighted mean of per-sample values over every batch seen: a short last batch
 * counts for its real size, not as a full batch. NaN marks a sample where the metric is
 * undefined (e.g. recall@k of a row with no true labels); such samples are skipped.
 */
export declare class MeanMetricWrapper implements Metric {
    readonly name: string;
    private readonly fn;
    private total;
    private count;
    constructor(name: string, fn: SampleMetricFn);
    /** The per-sample values this metric averages (NaN where undefined). */
    perSample(yTrue: Tensor, yPred: Tensor): Float32Array;
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    resetState(): void;
}
/** Running weighted mean of scalar values (the loss shown during training). */
export declare class Mean {
    private total;
    private count;
    update(value: number, weight: number): void;
    result(): number;
    reset(): void;
}
