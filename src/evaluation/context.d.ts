/**
 * The evaluation context: what gives a model's numbers their meaning (the task inferred from the
 * targets, the output head, the metrics resolved for that task, the setup findings), built once
 * per compile and targets and passed down to every loop, report and baseline.
 */
import type { Tensor } from '../tensor/tensor.js';
import { type OutputInfo, type Task } from './task.js';
import { type Finding } from './setup-rules.js';
import { type ParsedMetric, type ResolvedMetric } from './metrics/resolve.js';
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
export declare function buildEvaluationContext(setup: ContextSetup, yTrue: Tensor): EvaluationContext;
/** Findings that stop training or evaluation: errors, and warnings in strict mode. */
export declare function blockingFindings(context: EvaluationContext, strict: boolean): Finding[];
