/**
 * The trainer (Keras 3's Trainer + CompileMetrics): what compile sets (loss, optimiser, metrics
 * parsed once), the evaluation context built at the first targets, and the step and evaluation
 * loops. A model holds one after compile; fit lives in fit.ts and drives it.
 */
import { Tensor, type Variable } from '../tensor/tensor.js';
import { StepPool, sharedStepPool } from '../tensor/step-pool.js';
import { rngFor, type Rng } from '../random/rng.js';
import { noGrad } from '../ops/graph.js';
import { variableGrads } from '../autograd/functional.js';
import type { Loss, LossSpec } from '../losses/losses.js';
import { getOptimizer, type OptimizerSpec } from '../optimizers/optimizers.js';
import type { Optimizer } from '../optimizers/optimizer.js';
import { Mean, type Metric } from '../evaluation/metrics/metric.js';
import { ReportAccumulator } from '../evaluation/metrics/classification-report.js';
import { bootstrapInterval, effectiveSize, isProportion } from '../evaluation/metrics/interval.js';
import type { MetricInput, ParsedMetric, ResolvedMetric } from '../evaluation/metrics/resolve.js';
import { METRIC_RECORDS } from '../evaluation/metrics/record.js';
import { blockingFindings, buildEvaluationContext, type EvaluationContext } from '../evaluation/context.js';
import { formatReport, reportMetrics, type EvaluationReport } from '../evaluation/metric-report.js';
import { warnOnce } from '../registry/warnings.js';
import { readOptions, type OptionSchema } from '../registry/options.js';
import { describe } from '../tensor/describe.js';
import { checkBatchSize, concatRows, rowRange, sampleWeightData, type DataInput } from '../tensor/input.js';
import { add, mul } from '../ops/elementwise.js';
import type { ForwardResult, Logs, TrainableModel } from './trainable.js';
import { compileHeads, headsConfig, type Head, type PerOutput } from './heads.js';
import { checkSameSampleCount, rowRanges, toFloatList, type ModelData } from './model-data.js';

export interface CompileArgs {
  /** One loss for every output, a list in output order, or { outputName: loss }. */
  loss: PerOutput<LossSpec>;
  optimizer?: OptimizerSpec;
  /**
   * Metric names or { name, ...options } (e.g. { name: 'precision', threshold: 0.7 }), metric
   * functions (yTrue, yPred) => per-sample values, or Metric objects; for several outputs, a flat
   * list applies to every output, a list of lists or { outputName: [...] } to each.
   */
  metrics?: MetricInput[] | MetricInput[][] | { [output: string]: MetricInput | MetricInput[] };
  /** Several outputs: the total loss is the weighted sum of the outputs' losses (Keras' loss_weights; 1 each by default). */
  lossWeights?: number[] | { [output: string]: number };
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

const COMPILE_SCHEMA: OptionSchema = {
  keys: { loss: 'any', optimizer: 'any', metrics: 'any', lossWeights: 'any', strict: 'boolean' },
  refused: {
    weightedMetrics: 'metrics are weighted by the sampleWeight given to fit/evaluate',
    runEagerly: 'Candor always runs eagerly',
    stepsPerExecution: 'one step per batch',
    jitCompile: 'there is no JIT in Candor',
    autoScaleLossForModel: 'no loss scaling (float32 only)',
  },
};
const NOT_IN_EVALUATE = {
  steps: 'evaluation uses every sample',
  callbacks: 'evaluate runs no callbacks',
  returnDict: 'evaluate always returns { loss, metric: value }',
};
const EVALUATE_SCHEMA: OptionSchema = {
  keys: { batchSize: 'any', sampleWeight: 'any', verbose: { test: (v) => v === 0 || v === 1, expected: '0 or 1' } },
  refused: NOT_IN_EVALUATE,
};
const REPORT_SCHEMA: OptionSchema = { keys: { batchSize: 'any', sampleWeight: 'any', confidence: 'boolean' }, refused: NOT_IN_EVALUATE };

/** Keeps every output batch of an evaluation, for the bootstrap. */
class OutputCollector implements Metric {
  readonly name = 'outputs';
  private parts: Tensor[] = [];
  updateState(_y: Tensor, yPred: Tensor): void {
    this.parts.push(yPred);
  }
  result(): number {
    return NaN;
  }
  resetState(): void {
    this.parts = [];
  }
  all(): Tensor {
    return concatRows(this.parts);
  }
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

/** A head's context with its numbers and findings named after its output (several outputs only). */
function namedFor(context: EvaluationContext, head: Head): EvaluationContext {
  if (head.prefix === '') return context;
  const rename = (m: ResolvedMetric): ResolvedMetric => ({ ...m, name: head.prefix + m.name, display: head.prefix + m.display });
  return {
    ...context,
    metrics: context.metrics.map(rename),
    companions: context.companions.map(rename),
    findings: context.findings.map((f) => ({ ...f, message: `output "${head.name}": ${f.message}` })),
  };
}

export class Trainer {
  /** Each output's loss, loss weight and metrics, in output order. */
  readonly heads: readonly Head[];
  readonly optimizer: Optimizer;
  /** The names metrics are logged under (one per spec and output, unique). */
  readonly metricNames: string[];
  readonly strict: boolean;
  private contexts: EvaluationContext[] | null = null;
  private warned = false;

  constructor(
    readonly model: TrainableModel,
    raw: CompileArgs,
  ) {
    if (typeof raw !== 'object' || raw === null)
      throw new TypeError(`compile: expected { loss, optimizer, metrics }. Received: ${describe(raw)}`);
    const args = readOptions<CompileArgs>(raw, 'compile', COMPILE_SCHEMA);
    if (args.loss === undefined)
      throw new RangeError('compile: argument "loss" is required (e.g. loss: \'categorical_crossentropy\'). Received: loss=undefined');
    if (args.metrics !== undefined && (typeof args.metrics !== 'object' || args.metrics === null))
      throw new TypeError(
        `compile: argument "metrics" must be an array of metric names, { name, ...options }, metric functions or Metric objects. Received: metrics=${JSON.stringify(args.metrics)}`,
      );
    if (
      args.lossWeights !== undefined &&
      model.outputNames.length === 1 &&
      !(Array.isArray(args.lossWeights) || typeof args.lossWeights === 'object')
    )
      throw new TypeError(
        `compile: argument "lossWeights" must be a list or { outputName: number }. Received: ${describe(args.lossWeights)}`,
      );
    this.heads = compileHeads(model.outputNames, args);
    this.metricNames = this.heads.flatMap((h) => h.parsedMetrics.map((m) => h.prefix + m.name));
    const twice = this.metricNames.find(
      (n, i) => this.metricNames.indexOf(n) !== i || n === 'loss' || this.heads.some((h) => n === `${h.name}_loss`),
    );
    if (twice !== undefined)
      throw new RangeError(
        `compile: two logged values would be named "${twice}"; each metric is logged under its name, so names must differ`,
      );
    this.optimizer = getOptimizer(args.optimizer ?? 'rmsprop');
    this.strict = args.strict ?? false;
  }

  /** The loss of the first output (the only one of a single-output model). */
  get loss(): Loss {
    return this.heads[0]!.loss;
  }

  /** The first output's metrics as parsed at compile. */
  get parsedMetrics(): readonly ParsedMetric[] {
    return this.heads[0]!.parsedMetrics;
  }

  /** The compile settings as a saved model records them (functions and Metric objects by name). */
  compileConfig(): ReturnType<typeof headsConfig> & { optimizer: Record<string, unknown>; strict: boolean } {
    return { ...headsConfig(this.heads), optimizer: this.optimizer.getConfig(), strict: this.strict };
  }

  /**
   * Names a saved model records but loadModel could not find again: a loss function or metric
   * given to compile without registerLoss / registerMetric under its name.
   */
  unregisteredNames(): string[] {
    return this.heads.flatMap((head) => [
      ...(head.loss.registered ? [] : [`loss "${head.loss.name}" (candor.registerLoss('${head.loss.name}', fn))`]),
      ...head.parsedMetrics
        .filter((m) => METRIC_RECORDS.find(m.record.family) !== m.record)
        .map((m) => `metric "${m.name}" (candor.registerMetric('${m.name}', …))`),
    ]);
  }

  /** The layers changed (add, pop): the task and the metrics are resolved again at the next targets. */
  invalidate(): void {
    this.contexts = null;
  }

  /** Every output's metrics as resolved for its task, once targets were seen (null before). */
  get resolvedMetrics(): readonly ResolvedMetric[] | null {
    return this.contexts?.flatMap((c) => c.metrics) ?? null;
  }

  /** The first output's evaluation context (the only one of a single-output model), once targets were seen. */
  get evaluationContext(): EvaluationContext | null {
    return this.contexts?.[0] ?? null;
  }

  /** One evaluation context per output, once targets were seen (null before). */
  get evaluationContexts(): readonly EvaluationContext[] | null {
    return this.contexts;
  }

  /** An output head as task inference and the setup rules read it. */
  outputInfo(head = 0): { units: number; activation: string; fromLogits: boolean } {
    return { ...this.model.outputHeads()[head]!, fromLogits: this.heads[head]!.loss.options.fromLogits };
  }

  /**
   * The evaluation contexts, built once from the first targets seen: infers each output's task,
   * runs the setup rules (errors throw; warnings print once, or throw with strict) and resolves the
   * metrics. They stay fixed from then on (until the layers change or the model is compiled
   * again); the blocking findings are checked at every call, so a refused setup stays refused.
   */
  contextsFor(y: readonly Tensor[]): EvaluationContext[] {
    if (!this.contexts) {
      this.contexts = this.buildContexts(y);
      this.warned = false;
    }
    const contexts = this.contexts;
    const blocking = contexts.flatMap((c) => blockingFindings(c, this.strict));
    if (blocking.length > 0) {
      throw new RangeError(
        `${this.model.name}: the setup cannot give trustworthy numbers${this.strict ? ' (strict mode)' : ''}:\n${blocking.map((f) => `  ${f.code}: ${f.message}\n    fix: ${f.fix}`).join('\n')}`,
      );
    }
    if (!this.warned)
      contexts.forEach((context, h) => {
        for (const f of context.findings)
          if (f.severity !== 'info') warnOnce(`${f.code}:${this.model.name}:${h}`, `${f.code}: ${f.message} Fix: ${f.fix}`);
      });
    this.warned = true;
    return contexts;
  }

  /** New contexts for these targets (one per output), not kept (diagnose judges the targets it is given). */
  buildContexts(y: readonly Tensor[]): EvaluationContext[] {
    if (!this.model.built) this.model.build(); // the output layer's units are part of the task
    return this.heads.map((head) =>
      namedFor(
        buildEvaluationContext({ loss: head.loss.name, output: this.outputInfo(head.index), metrics: head.parsedMetrics }, y[head.index]!),
        head,
      ),
    );
  }

  /** Returns an output's logits beside it when its last activation and its loss make the fused, stable form possible. */
  readonly logitsFor = (activation: string, head: number): boolean => {
    const loss = this.heads[head]!.loss;
    if (loss.options.fromLogits) return false;
    if (activation === 'softmax') return loss.name === 'categorical_crossentropy' || loss.name === 'sparse_categorical_crossentropy';
    return activation === 'sigmoid' && loss.name === 'binary_crossentropy';
  };

  /** Each output's mean loss on a batch, and their weighted sum plus weight penalties when training. */
  batchLoss(
    y: readonly Tensor[],
    result: ForwardResult,
    sampleWeight: Tensor | undefined,
    training: boolean,
  ): { total: Tensor; perHead: Tensor[] } {
    const perHead = this.heads.map((head, h) => {
      const logits = result.logits[h];
      return logits ? head.loss.call(y[h]!, logits, sampleWeight, true) : head.loss.call(y[h]!, result.outputs[h]!, sampleWeight);
    });
    // One output of weight 1 is its loss itself (no extra op: the single-output numbers stay as they were).
    let total =
      perHead.length === 1 && this.heads[0]!.weight === 1
        ? perHead[0]!
        : this.heads.map((head, h) => mul(perHead[h]!, head.weight)).reduce((a, b) => add(a, b));
    if (training) {
      for (const layer of this.model.layers) {
        const penalty = layer.regularizationLoss();
        if (penalty) total = add(total, penalty);
      }
      for (const p of result.penalties) total = add(total, p);
    }
    return { total, perHead };
  }

  /**
   * One optimisation step on a batch; returns the batch loss, each output's loss and the outputs
   * (metric states are the caller's). With a pool, the step's intermediates come from it and go
   * back to it when the step ends (tensor/step-pool.ts); the outputs returned stay valid.
   */
  trainStep(
    x: readonly Tensor[],
    y: readonly Tensor[],
    sampleWeight: Tensor | undefined,
    rng: Rng,
    pool?: StepPool,
  ): { loss: number; headLosses: number[]; outputs: Tensor[] } {
    if (pool)
      return pool.run(
        () => this.trainStep(x, y, sampleWeight, rng),
        (r) => r.outputs,
      );
    const params = this.model.trainableWeights;
    let outputs: Tensor[] = [];
    let perHead: Tensor[] = [];
    const { value, grads } = variableGrads(() => {
      const result = this.model.forward(x, { training: true, rng, logitsFor: this.logitsFor });
      outputs = result.outputs;
      const losses = this.batchLoss(y, result, sampleWeight, true);
      perHead = losses.perHead;
      return losses.total;
    }, params);
    const loss = value.item();
    if (Number.isFinite(loss)) {
      this.optimizer.applyGradients(grads.map((g, i) => [g, params[i]!] as [Tensor, Variable]));
      for (const layer of this.model.layers) layer.applyConstraints();
      this.model.markTrained();
    }
    return { loss, headLosses: this.heads.length > 1 ? perHead.map((l) => l.item()) : [loss], outputs };
  }

  /** The loss entries of the logs: 'loss', and each output's '<name>_loss' when there are several (Keras' names). */
  lossLogs(loss: number, headLosses: readonly number[]): Logs {
    if (this.heads.length === 1) return { loss };
    return { loss, ...Object.fromEntries(this.heads.map((h, i) => [`${h.name}_loss`, headLosses[i]!])) };
  }

  /** Checks a public call's (x, y, sampleWeight, batchSize) once; what it returns is passed down unchecked. */
  validate(x: ModelData, y: ModelData, options: { batchSize?: number; sampleWeight?: DataInput }, where: string): Batchable {
    const { inputNames, outputNames } = this.model;
    const xs = toFloatList(x, inputNames, where, 'x', 'inputs', this.model.inputEncoders());
    const ys = toFloatList(y, outputNames, where, 'y', 'outputs');
    const samples = checkSameSampleCount(xs, ys, where, { x: inputNames, y: outputNames });
    const sampleWeight = options.sampleWeight === undefined ? undefined : sampleWeightData(options.sampleWeight, samples, where);
    return { x: xs, y: ys, sampleWeight, batchSize: checkBatchSize(options.batchSize ?? 32, where), samples };
  }

  /**
   * Loss and metric values on validated data (the model built by the caller), in batches without
   * gradients: `metrics[h]` and `observers[h]` see output h of every batch.
   */
  measure(
    data: Batchable,
    metrics: readonly (readonly ResolvedMetric[])[],
    observers: readonly (readonly Metric[])[] = [],
  ): { loss: number; headLosses: number[]; values: number[][] } {
    const { x, y, sampleWeight: sw, batchSize, samples } = data;
    for (const m of metrics.flat()) m.metric.resetState();
    const lossMean = new Mean();
    const headMeans = this.heads.map(() => new Mean());
    const rng = rngFor(0);
    const pool = sharedStepPool(); // each batch's intermediates reuse the last one's memory
    noGrad(() => {
      for (let start = 0; start < samples; start += batchSize) {
        const end = Math.min(start + batchSize, samples);
        const yb = rowRanges(y, start, end);
        const swb = sw && rowRange(sw, start, end);
        const outputs = pool.run(
          () => {
            const result = this.model.forward(rowRanges(x, start, end), { training: false, rng, logitsFor: this.logitsFor });
            const { total, perHead } = this.batchLoss(yb, result, swb, false);
            lossMean.update(total.item(), end - start);
            if (this.heads.length > 1) perHead.forEach((l, h) => headMeans[h]!.update(l.item(), end - start));
            return result.outputs;
          },
          (outputs) => outputs, // metrics and observers (the bootstrap's collector) may keep them
        );
        metrics.forEach((ms, h) => {
          for (const m of ms) m.metric.updateState(yb[h]!, outputs[h]!, swb);
        });
        observers.forEach((os, h) => {
          for (const o of os) o.updateState(yb[h]!, outputs[h]!, swb && swb.rank === 1 ? swb : undefined);
        });
      }
    });
    const loss = lossMean.result();
    return {
      loss,
      headLosses: this.heads.length > 1 ? headMeans.map((m) => m.result()) : [loss],
      values: metrics.map((ms) => ms.map((m) => m.metric.result())),
    };
  }

  /** Loss and the compiled metrics on validated data, keyed by their names (fit's validation uses this each epoch). */
  evaluateValidated(data: Batchable): Logs {
    this.model.ensureBuilt(data.x);
    const contexts = this.contextsFor(data.y);
    const { loss, headLosses, values } = this.measure(
      data,
      contexts.map((c) => c.metrics),
    );
    return {
      ...this.lossLogs(loss, headLosses),
      ...Object.fromEntries(contexts.flatMap((c, h) => c.metrics.map((m, i) => [m.name, values[h]![i]!]))),
    };
  }

  /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
  evaluate(x: ModelData, y: ModelData, raw: EvaluateOptions | number = {}): Logs {
    const options = readOptions<EvaluateOptions>(typeof raw === 'number' ? { batchSize: raw } : raw, 'evaluate', EVALUATE_SCHEMA);
    const data = this.validate(x, y, options, 'evaluate');
    if ((options.verbose ?? 1) === 0) return this.evaluateValidated(data);
    const report = this.reportValidated(data, true);
    const text = formatReport(
      'evaluate',
      report.metrics,
      report.findings.filter((f) => f.code === 'accuracy-near-baseline' || f.severity === 'info'),
    );
    if (text) process.stdout.write(`${text}\n`);
    return this.reportLogs(report);
  }

  /** A report's numbers as logs: the losses and the compiled metrics (not those Candor added beside them). */
  reportLogs(report: EvaluationReport): Logs {
    return {
      ...this.lossLogs(report.loss, report.outputs ? this.heads.map((h) => report.outputs![h.name]!.loss) : [report.loss]),
      ...Object.fromEntries(report.metrics.filter((m) => !m.added).map((m) => [m.name, m.value])),
    };
  }

  /**
   * Everything evaluate knows, with context: each metric with what it resolved to and what a
   * trivial predictor scores on the same data, and every finding about the setup and the numbers.
   */
  evaluateReport(x: ModelData, y: ModelData, raw: ReportOptions | number = {}): EvaluationReport {
    const { confidence = true, ...options } = readOptions<ReportOptions>(
      typeof raw === 'number' ? { batchSize: raw } : raw,
      'evaluateReport',
      REPORT_SCHEMA,
    );
    return this.reportValidated(this.validate(x, y, options, 'evaluateReport'), confidence);
  }

  /**
   * evaluateReport on validated data, in the model's contexts or the ones given. A model with
   * several outputs gets each output's report under `outputs` (by name) and all of them joined.
   */
  reportValidated(data: Batchable, confidence: boolean, given?: readonly EvaluationContext[]): EvaluationReport {
    this.model.ensureBuilt(data.x);
    const contexts = given ?? this.contextsFor(data.y);
    // The per-class report and confusion matrix at the default decision (0.5, or 0 on logits; argmax for classes).
    const reports = contexts.map(({ task, fromLogits }) =>
      task.kind === 'regression' ? null : new ReportAccumulator(task, fromLogits ? 0 : 0.5),
    );
    const collectors = contexts.map(() => (confidence ? new OutputCollector() : null));
    const metrics = contexts.map((c) => [...c.metrics, ...c.companions]);
    const { loss, headLosses, values } = this.measure(
      data,
      metrics,
      contexts.map((_, h) => [reports[h], collectors[h]].filter((o): o is ReportAccumulator | OutputCollector => o !== null)),
    );
    const perSample = data.sampleWeight && data.sampleWeight.rank === 1 ? data.sampleWeight.data : undefined;
    const perHead = contexts.map((context, h): EvaluationReport => {
      const ys = data.y[h]!;
      const outputs = collectors[h];
      // Proportions get Wilson's interval in reportMetrics; every other metric a seeded bootstrap over these samples.
      const withIntervals = metrics[h]!.map((metric, i) => ({
        metric,
        value: values[h]![i]!,
        added: i >= context.metrics.length,
        ci95: outputs && !isProportion(metric, context.outputColumns) ? bootstrapInterval(metric, ys, outputs.all(), perSample) : null,
      }));
      const numbers = reportMetrics(withIntervals, context, ys, effectiveSize(perSample, data.samples));
      const report = reports[h];
      return {
        loss: headLosses[h]!,
        metrics: numbers.metrics,
        findings: [...context.findings, ...numbers.findings],
        samples: data.samples,
        ...(report ? { classification: report.report() } : {}),
      };
    });
    if (perHead.length === 1) return perHead[0]!;
    return {
      loss,
      metrics: perHead.flatMap((r) => r.metrics),
      findings: perHead.flatMap((r) => r.findings),
      samples: data.samples,
      outputs: Object.fromEntries(this.heads.map((head, h) => [head.name, perHead[h]!])),
    };
  }

  testOnBatch(x: ModelData, y: ModelData): Logs {
    const data = this.validate(x, y, {}, 'testOnBatch');
    return this.evaluateValidated({ ...data, batchSize: Math.max(1, data.samples) });
  }

  trainOnBatch(x: ModelData, y: ModelData, raw: { sampleWeight?: DataInput; seed?: number } = {}): Logs {
    const options = readOptions<{ sampleWeight?: DataInput; seed?: number }>(raw, 'trainOnBatch', {
      keys: { sampleWeight: 'any', seed: 'number' },
      refused: { classWeight: 'pass per-sample weights as sampleWeight' },
    });
    const data = this.validate(x, y, { sampleWeight: options.sampleWeight }, 'trainOnBatch');
    this.model.ensureBuilt(data.x, options.seed);
    const contexts = this.contextsFor(data.y);
    const { loss, headLosses, outputs } = this.trainStep(data.x, data.y, data.sampleWeight, rngFor(options.seed));
    return {
      ...this.lossLogs(loss, headLosses),
      ...Object.fromEntries(
        contexts.flatMap((c, h) =>
          c.metrics.map((m) => {
            m.metric.resetState();
            m.metric.updateState(data.y[h]!, outputs[h]!, data.sampleWeight);
            return [m.name, m.metric.result()];
          }),
        ),
      ),
    };
  }
}
