/**
 * The trainer (Keras 3's Trainer + CompileMetrics): what compile sets (loss, optimiser, metrics
 * parsed once), the evaluation context built at the first targets, and the step and evaluation
 * loops. A model holds one after compile; fit lives in fit.ts and drives it.
 */
import { Tensor } from '../tensor/tensor.js';
import { type Rng } from '../random/rng.js';
import type { Loss, LossSpec } from '../losses/losses.js';
import { type OptimizerSpec } from '../optimizers/optimizers.js';
import type { Optimizer } from '../optimizers/optimizer.js';
import { type Metric } from '../evaluation/metrics/metric.js';
import type { MetricInput, ParsedMetric, ResolvedMetric } from '../evaluation/metrics/resolve.js';
import { type EvaluationContext } from '../evaluation/context.js';
import { type EvaluationReport } from '../evaluation/metric-report.js';
import { type DataInput } from '../tensor/input.js';
import type { ForwardResult, Logs, TrainableModel } from './trainable.js';
import { headsConfig, type Head, type PerOutput } from './heads.js';
import { type ModelData } from './model-data.js';
export interface CompileArgs {
    /** One loss for every output, a list in output order, or { outputName: loss }. */
    loss: PerOutput<LossSpec>;
    optimizer?: OptimizerSpec;
    /**
     * Metric names or { name, ...options } (e.g. { name: 'precision', threshold: 0.7 }), metric
     * functions (yTrue, yPred) => per-sample values, or Metric objects; for several outputs, a flat
     * list applies to every output, a list of lists or { outputName: [...] } to each.
     */
    metrics?: MetricInput[] | MetricInput[][] | {
        [output: string]: MetricInput | MetricInput[];
    };
    /** Several outputs: the total loss is the weighted sum of the outputs' losses (Keras' loss_weights; 1 each by default). */
    lossWeights?: number[] | {
        [output: string]: number;
    };
    /** Turn warnings about the setup (e.g. 'accuracy' on regression) into errors. */
    strict?: boolean;
}
export interface EvaluateOptions {
    batchSize?: number;
    sampleWeight?: DataInput;
    /** 1 (default) prints each metric with its trivial baseline; 0 is silent. */
    verbose?: 0 | 1;
}
export interface ReportOptions {
    batchSize?: number;
    sampleWeight?: DataInput;
    /** 95% intervals for every metric (default true): Wilson for proportions, a seeded bootstrap (1,000 resamples) otherwise. */
    confidence?: boolean;
}
/** Validated inputs of one public call: checked for shape and finiteness once, then passed down. */
export interface Batchable {
    /** One tensor per model input. */
    x: Tensor[];
    /** One tensor of targets per model output. */
    y: Tensor[];
    sampleWeight: Tensor | undefined;
    batchSize: number;
    samples: number;
}
export declare class Trainer {
    readonly model: TrainableModel;
    /** Each output's loss, loss weight and metrics, in output order. */
    readonly heads: readonly Head[];
    readonly optimizer: Optimizer;
    /** The names metrics are logged under (one per spec and output, unique). */
    readonly metricNames: string[];
    readonly strict: boolean;
    private contexts;
    private warned;
    constructor(model: TrainableModel, raw: CompileArgs);
    /** The loss of the first output (the only one of a single-output model). */
    get loss(): Loss;
    /** The first output's metrics as parsed at compile. */
    get parsedMetrics(): readonly ParsedMetric[];
    /** The compile settings as a saved model records them (functions and Metric objects by name). */
    compileConfig(): ReturnType<typeof headsConfig> & {
        optimizer: Record<string, unknown>;
        strict: boolean;
    };
    /**
     * Names a saved model records but loadModel could not find again: a loss function or metric
     * given to compile without registerLoss / registerMetric under its name.
     */
    unregisteredNames(): string[];
    /** The layers changed (add, pop): the task and the metrics are resolved again at the next targets. */
    invalidate(): void;
    /** Every output's metrics as resolved for its task, once targets were seen (null before). */
    get resolvedMetrics(): readonly ResolvedMetric[] | null;
    /** The first output's evaluation context (the only one of a single-output model), once targets were seen. */
    get evaluationContext(): EvaluationContext | null;
    /** One evaluation context per output, once targets were seen (null before). */
    get evaluationContexts(): readonly EvaluationContext[] | null;
    /** An output head as task inference and the setup rules read it. */
    outputInfo(head?: number): {
        units: number;
        activation: string;
        fromLogits: boolean;
    };
    /**
     * The evaluation contexts, built once from the first targets seen: infers each output's task,
     * runs the setup rules (errors throw; warnings print once, or throw with strict) and resolves the
     * metrics. They stay fixed from then on (until the layers change or the model is compiled
     * again); the blocking findings are checked at every call, so a refused setup stays refused.
     */
    contextsFor(y: readonly Tensor[]): EvaluationContext[];
    /** New contexts for these targets (one per output), not kept (diagnose judges the targets it is given). */
    buildContexts(y: readonly Tensor[]): EvaluationContext[];
    /** Returns an output's logits beside it when its last activation and its loss make the fused, stable form possible. */
    readonly logitsFor: (activation: string, head: number) => boolean;
    /** Each output's mean loss on a batch, and their weighted sum plus weight penalties when training. */
    batchLoss(y: readonly Tensor[], result: ForwardResult, sampleWeight: Tensor | undefined, training: boolean): {
        total: Tensor;
        perHead: Tensor[];
    };
    /** One optimisation step on a batch; returns the batch loss, each output's loss and the outputs (metric states are the caller's). */
    trainStep(x: readonly Tensor[], y: readonly Tensor[], sampleWeight: Tensor | undefined, rng: Rng): {
        loss: number;
        headLosses: number[];
        outputs: Tensor[];
    };
    /** The loss entries of the logs: 'loss', and each output's '<name>_loss' when there are several (Keras' names). */
    lossLogs(loss: number, headLosses: readonly number[]): Logs;
    /** Checks a public call's (x, y, sampleWeight, batchSize) once; what it returns is passed down unchecked. */
    validate(x: ModelData, y: ModelData, options: {
        batchSize?: number;
        sampleWeight?: DataInput;
    }, where: string): Batchable;
    /**
     * Loss and metric values on validated data (the model built by the caller), in batches without
     * gradients: `metrics[h]` and `observers[h]` see output h of every batch.
     */
    measure(data: Batchable, metrics: readonly (readonly ResolvedMetric[])[], observers?: readonly (readonly Metric[])[]): {
        loss: number;
        headLosses: number[];
        values: number[][];
    };
    /** Loss and the compiled metrics on validated data, keyed by their names (fit's validation uses this each epoch). */
    evaluateValidated(data: Batchable): Logs;
    /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
    evaluate(x: ModelData, y: ModelData, raw?: EvaluateOptions | number): Logs;
    /** A report's numbers as logs: the losses and the compiled metrics (not those Candor added beside them). */
    reportLogs(report: EvaluationReport): Logs;
    /**
     * Everything evaluate knows, with context: each metric with what it resolved to and what a
     * trivial predictor scores on the same data, and every finding about the setup and the numbers.
     */
    evaluateReport(x: ModelData, y: ModelData, raw?: ReportOptions | number): EvaluationReport;
    /**
     * evaluateReport on validated data, in the model's contexts or the ones given. A model with
     * several outputs gets each output's report under `outputs` (by name) and all of them joined.
     */
    reportValidated(data: Batchable, confidence: boolean, given?: readonly EvaluationContext[]): EvaluationReport;
    testOnBatch(x: ModelData, y: ModelData): Logs;
    trainOnBatch(x: ModelData, y: ModelData, raw?: {
        sampleWeight?: DataInput;
        seed?: number;
    }): Logs;
}
