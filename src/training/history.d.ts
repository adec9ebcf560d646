/** History: what fit returns (per-epoch logs, resolved metric names, the final report). */
import type { ResolvedMetric } from '../evaluation/metrics/resolve.js';
import type { EvaluationReport, MetricReport } from '../evaluation/metric-report.js';
import type { Finding } from '../evaluation/setup-rules.js';
/** What fit returns: per-epoch values keyed by the names given to compile ('loss', 'accuracy', 'val_loss', …). */
export declare class History {
    readonly params: {
        epochs: number;
        steps: number;
        batchSize: number;
        samples: number;
    };
    readonly epoch: number[];
    readonly history: Record<string, number[]>;
    /** For each metric: the name the user wrote and what was computed (e.g. accuracy -> categorical_accuracy). */
    metrics: {
        name: string;
        resolved: string;
    }[];
    /** Why training ended early, if it did (early stopping, NaN loss, …). */
    stopReason: string | null;
    /** Set when the training loss became NaN or infinite (the weights are then garbage): when and what it became. */
    diverged: string | null;
    /** The last epoch's metrics with their trivial baselines, and the findings they raised. */
    report: {
        train: MetricReport[];
        validation?: MetricReport[];
        findings: Finding[];
    } | null;
    /**
     * The validation data's full report at the last epoch (no intervals), when fit had validation
     * data; it describes the weights as the last epoch left them, before any callback restored others.
     */
    validationReport: EvaluationReport | null;
    /** Wall time of the fit in seconds (set when training ends, before onTrainEnd). */
    seconds: number;
    constructor(params: {
        epochs: number;
        steps: number;
        batchSize: number;
        samples: number;
    });
    record(epoch: number, logs: Record<string, number>): void;
    setMetrics(resolved: readonly ResolvedMetric[]): void;
}
