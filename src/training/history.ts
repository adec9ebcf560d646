/** History: what fit returns (per-epoch logs, resolved metric names, the final report). */
import type { ResolvedMetric } from '../evaluation/metrics/resolve.js';
import type { EvaluationReport, MetricReport } from '../evaluation/metric-report.js';
import type { Finding } from '../evaluation/setup-rules.js';

/** What fit returns: per-epoch values keyed by the names given to compile ('loss', 'accuracy', 'val_loss', …). */
export class History {
  readonly epoch: number[] = [];
  readonly history: Record<string, number[]> = {};
  /** For each metric: the name the user wrote and what was computed (e.g. accuracy -> categorical_accuracy). */
  metrics: { name: string; resolved: string }[] = [];
  /** Why training ended early, if it did (early stopping, NaN loss, …). */
  stopReason: string | null = null;
  /** Set when the training loss became NaN or infinite (the weights are then garbage): when and what it became. */
  diverged: string | null = null;
  /** The last epoch's metrics with their trivial baselines, and the findings they raised. */
  report: { train: MetricReport[]; validation?: MetricReport[]; findings: Finding[] } | null = null;
  /**
   * The validation data's full report at the last epoch (no intervals), when fit had validation
   * data; it describes the weights as the last epoch left them, before any callback restored others.
   */
  validationReport: EvaluationReport | null = null;
  /** Wall time of the fit in seconds (set when training ends, before onTrainEnd). */
  seconds = NaN;

  constructor(readonly params: { epochs: number; steps: number; batchSize: number; samples: number }) {}

  record(epoch: number, logs: Record<string, number>): void {
    this.epoch.push(epoch);
    for (const [key, value] of Object.entries(logs)) (this.history[key] ??= []).push(value);
  }

  setMetrics(resolved: readonly ResolvedMetric[]): void {
    this.metrics = resolved.map(({ name, resolved: r }) => ({ name, resolved: r }));
  }
}
