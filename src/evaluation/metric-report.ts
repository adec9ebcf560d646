/** Metric values with their baselines and intervals, the findings they raise, and their terminal lines. */
import type { Tensor } from '../tensor/tensor.js';
import type { ResolvedMetric } from './metrics/resolve.js';
import type { EvaluationContext } from './context.js';
import { baselineFor, type Baseline } from './baselines.js';
import { isProportion, wilsonInterval, type IntervalMethod } from './metrics/interval.js';
import { nearBaseline, undefinedRatio, type Finding } from './setup-rules.js';
import { ConfusionMetric } from './metrics/classification.js';
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
export function reportMetrics(
  values: readonly { metric: ResolvedMetric; value: number; added?: boolean; ci95?: [number, number] | null }[],
  context: Pick<EvaluationContext, 'task' | 'outputColumns' | 'fromLogits'>,
  yTrue: Tensor,
  effectiveSamples?: number,
): { metrics: MetricReport[]; findings: Finding[] } {
  const { task, outputColumns, fromLogits } = context;
  const samples = effectiveSamples ?? yTrue.shape[0] ?? 0;
  const metrics: MetricReport[] = values.map(({ metric, value, added, ci95 }) => {
    // Proportions get Wilson's interval from the value and the sample count; others keep what the caller bootstrapped.
    const wilson = isProportion(metric, outputColumns) ? wilsonInterval(value, samples) : null;
    const interval = wilson ?? ci95 ?? null;
    return {
      name: metric.name,
      resolved: metric.resolved,
      display: metric.display,
      value,
      baseline: baselineFor(metric, task, yTrue, outputColumns, fromLogits),
      ci95: interval && Number.isFinite(interval[0]) ? interval : null,
      ciMethod: wilson ? 'wilson' : interval ? 'bootstrap' : null,
      ...(added ? { added } : {}),
    };
  });
  const findings = metrics.flatMap(
    (m, i) => nearBaseline({ ...m, nearBaseline: values[i]!.metric.nearBaseline }, m.baseline, samples, m.ci95) ?? [],
  );
  values.forEach(({ metric }, i) => {
    if (!(metric.metric instanceof ConfusionMetric)) return;
    const zeroDivision = typeof metric.spec === 'object' ? String(metric.spec.zeroDivision ?? 0) : '0';
    const f = undefinedRatio(metrics[i]!, metric.metric.undefinedRatios(), zeroDivision);
    if (f) findings.push(f);
  });
  return { metrics, findings };
}

/** Terminal lines: one per metric with its baseline, then the findings. */
export function formatReport(title: string, metrics: readonly MetricReport[], findings: readonly Finding[]): string {
  if (metrics.length === 0 && findings.length === 0) return '';
  const width = Math.max(6, ...metrics.map((m) => m.display.length));
  const lines = [`${title}:`];
  for (const m of metrics) {
    const what = m.display === m.resolved ? '' : ` (${m.resolved})`;
    const ci = m.ci95 ? ` [${m.ci95[0].toFixed(4)}, ${m.ci95[1].toFixed(4)}]` : '';
    lines.push(
      `  ${m.display.padEnd(width)}  ${m.value.toFixed(4)}${ci}${what}   trivial baseline ${m.baseline.value.toFixed(4)} = ${m.baseline.name}${m.added ? '   [added by Candor]' : ''}`,
    );
  }
  for (const f of findings) lines.push(`  ${f.severity} ${f.code}: ${f.message}\n    fix: ${f.fix}`);
  return lines.join('\n');
}
