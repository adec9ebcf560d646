/**
 * The evaluation context: what gives a model's numbers their meaning (the task inferred from the
 * targets, the output head, the metrics resolved for that task, the setup findings), built once
 * per compile and targets and passed down to every loop, report and baseline.
 */
import type { Tensor } from '../tensor/tensor.js';
import { inferTask, type OutputInfo, type Task } from './task.js';
import { diagnoseSetup, type Finding } from './setup-rules.js';
import { resolveMetric, type ParsedMetric, type ResolvedMetric } from './metrics/resolve.js';

export interface EvaluationContext {
  readonly task: Task;
  /** The model's output head: units, effective activation, and whether the loss reads logits. */
  readonly output: Required<OutputInfo>;
  /** Columns of one sample's output (at least 1), as baselines and intervals read it. */
  readonly outputColumns: number;
  readonly fromLogits: boolean;
  /** The compiled metrics, resolved for the task; 'accuracy' on regression resolves to nothing (a finding says so). */
  readonly metrics: readonly ResolvedMetric[];
  /** Metrics Candor reports beside a misleading one (subset accuracy and micro F1 beside per-label accuracy on multi-label targets). */
  readonly companions: readonly ResolvedMetric[];
  /** Every setup finding, each rule run once. */
  readonly findings: readonly Finding[];
}

export interface ContextSetup {
  /** The loss's canonical name ('binary_crossentropy'). */
  loss: string;
  output: Required<OutputInfo>;
  metrics: readonly ParsedMetric[];
}

/** Infers the task from the targets, runs the setup rules and resolves the metrics: once. */
export function buildEvaluationContext(setup: ContextSetup, yTrue: Tensor): EvaluationContext {
  const { output } = setup;
  const task = inferTask(yTrue, output);
  const findings = diagnoseSetup({ loss: setup.loss, fromLogits: output.fromLogits, output, metrics: setup.metrics, yTrue, task });
  const resolveFor = { task, fromLogits: output.fromLogits };
  // null only for 'accuracy' on regression, reported as accuracy-on-regression above
  const metrics = setup.metrics.flatMap((m) => resolveMetric(m, resolveFor) ?? []);
  const perLabel = task.kind === 'multilabel' && metrics.some((m) => m.resolved === 'binary_accuracy');
  const companions = perLabel
    ? ['subset_accuracy', 'f1_micro'].filter((n) => !metrics.some((m) => m.resolved === n)).map((n) => resolveMetric(n, resolveFor)!)
    : [];
  return { task, output, outputColumns: output.units || 1, fromLogits: output.fromLogits, metrics, companions, findings };
}

/** Findings that stop training or evaluation: errors, and warnings in strict mode. */
export function blockingFindings(context: EvaluationContext, strict: boolean): Finding[] {
  return context.findings.filter((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
