/** Keras' streaming metric contract, the mean of per-sample values, and metric sample weights. */
import type { Tensor } from '../../tensor/tensor.js';

/** Per-sample values of a metric for one batch (e.g. 1/0 for correct/incorrect). */
export type SampleMetricFn = (yTrue: Tensor, yPred: Tensor) => Float32Array;

/**
 * The weights a metric applies to `rows` samples: one per sample ((N,) or (N, 1)); anything else
 * (another length, per-element weights) is an error naming the metric and both sizes.
 */
export function metricWeights(metric: string, sampleWeight: Tensor | undefined, rows: number): ArrayLike<number> | undefined {
  if (!sampleWeight) return undefined;
  const perSample = sampleWeight.rank === 1 || (sampleWeight.rank === 2 && sampleWeight.shape[1] === 1);
  if (!perSample || sampleWeight.shape[0] !== rows) {
    throw new RangeError(
      `${metric}: sampleWeight must hold one weight per sample, shape (${rows},). Received: sampleWeight.shape=[${sampleWeight.shape.join(',')}]` +
        (perSample ? '' : ' (per-element weights weight the loss only; metrics weight whole samples)'),
    );
  }
  return sampleWeight.data;
}

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
  constructor(
    readonly name: string,
    private readonly fn: SampleMetricFn,
  ) {}

  /** The per-sample values this metric averages (NaN where undefined). */
  perSample(yTrue: Tensor, yPred: Tensor): Float32Array {
    return this.fn(yTrue, yPred);
  }

  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const values = this.fn(yTrue, yPred);
    const weights = metricWeights(this.name, sampleWeight, values.length);
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i]!)) continue;
      const w = weights ? weights[i]! : 1;
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
