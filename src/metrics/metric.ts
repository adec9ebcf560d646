import type { Tensor } from '../tensor/tensor.js';

/** Per-sample values of a metric for one batch (e.g. 1/0 for correct/incorrect). */
export type SampleMetricFn = (yTrue: Tensor, yPred: Tensor) => Float32Array;

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
export class MeanMetricWrapper implements Metric {
  private total = 0;
  private count = 0;
  constructor(readonly name: string, private readonly fn: SampleMetricFn) {}

  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const values = this.fn(yTrue, yPred);
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i]!)) continue;
      const w = sampleWeight ? sampleWeight.data[i]! : 1;
      this.total += values[i]! * w;
      this.count += w;
    }
  }

  result(): number {
    return this.count === 0 ? 0 : this.total / this.count;
  }

  resetState(): void {
    this.total = 0;
    this.count = 0;
  }
}

/** Running weighted mean of scalar values (the loss shown during training). */
export class Mean {
  private total = 0;
  private count = 0;
  update(value: number, weight: number): void {
    this.total += value * weight;
    this.count += weight;
  }
  result(): number {
    return this.count === 0 ? 0 : this.total / this.count;
  }
  reset(): void {
    this.total = 0;
    this.count = 0;
  }
}
