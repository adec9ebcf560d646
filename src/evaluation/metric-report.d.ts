/** Metric values with their baselines and intervals, the findings they raise, and their terminal lines. */
import type { Tensor } from '../tensor/tensor.js';
import type { ResolvedMetric } from './metrics/resolve.js';
import type { EvaluationContext } from './context.js';
import { type Baseline } from './baselines.js';
import { type IntervalMethod } from './metrics/interval.js';
import { type Finding } from './setup-rules.js';
import type { ClassificationReport } from './metrics/classification-report.js';
/** One reported number: what the user asked for, what was computed, its value, and the trivial baseline. */
export interface MetricReport {
    name: string;
    resolved: string;
    /** Label used in logs, e.g. 'accuracy[categorical]'. */
    display: string;
    value: number;
    baseline: Baseline;
    /** 95% confidence interval on the evaluated data (Wilson for proportions, a seeded bootstrap otherwise); null when not computed. */
    ci95: [number, number] | null;
    ciMethod: IntervalMethod | null;
    /** True for metrics Candor added beside a misleading one (subset accuracy and F1 beside per-label accuracy). */
    added?: boolean;
}
export interface EvaluationReport {
    loss: number;
    metrics: MetricReport[];
    findings: Finding[];
    samples: number;
    /** Classification targets: the per-class report and confusion matrix (scikit-learn's classification_report). */
    classification?: ClassificationReport;
    /** A model with several outputs: each output's report by name (the fields above join them; loss is the weighted total). */
    outputs?: Record<string, EvaluationReport>;
}
/** Attaches baselines to metric values and adds the findings that need both (accuracy near its baseline). */
export declare function reportMetrics(values: readonly {
    metric: ResolvedMetric;
    value: number;
    added?: boolean;
    ci95?: [number, number] | null;
}[], context: Pick<EvaluationContext, 'task' | 'outputColumns' | 'fromLogits'>, yTrue: Tensor, effectiveSamples?: number): {
    metrics: MetricReport[];
    findings: Finding[];
};
/** Terminal lines: one per metric with its baseline, then the findings. */
export declare function formatReport(title: string, metrics: readonly MetricReport[], findings: readonly Finding[]): string;
