/**
 * The trainer (Keras 3's Trainer + CompileMetrics): what compile sets (loss, optimiser, metrics
 * parsed once), the evaluation context built at the first targets, and the step and evaluation
 * loops. A model holds one after compile; fit lives in fit.ts and drives it.
 */
import { Tensor, type Variable } from '../tensor/tensor.js';
import { rngFor, type Rng } from '../random/rng.js';
import { add } from '../ops/elementwise.js';
import { noGrad } from '../ops/graph.js';
import { variableGrads } from '../autograd/functional.js';
import { getLoss, type Loss, type LossSpec } from '../losses/losses.js';
import { getOptimizer, type OptimizerSpec } from '../optimizers/optimizers.js';
import type { Optimizer } from '../optimizers/optimizer.js';
import { Mean, type Metric } from '../evaluation/metrics/metric.js';
import { ReportAccumulator } from '../evaluation/metrics/classification-report.js';
import { bootstrapInterval, effectiveSize, isProportion } from '../evaluation/metrics/interval.js';
import { parseMetric, type MetricInput, type MetricSpec, type ParsedMetric, type ResolvedMetric } from '../evaluation/metrics/resolve.js';
import { METRIC_RECORDS } from '../evaluation/metrics/record.js';
import { blockingFindings, buildEvaluationContext, type EvaluationContext } from '../evaluation/context.js';
import { formatReport, reportMetrics, type EvaluationReport } from '../evaluation/metric-report.js';
import { warnOnce } from '../registry/warnings.js';
import { readOptions, type OptionSchema } from '../registry/options.js';
import { describe } from '../tensor/describe.js';
import { checkBatchSize, checkSameSamples, concatRows, rowRange, sampleWeightData, toFloatData, type DataInput } from '../tensor/input.js';
import type { ForwardResult, Logs, TrainableModel } from './trainable.js';

export interface CompileArgs {
  loss: LossSpec;
  optimizer?: OptimizerSpec;
  /**
   * Metric names or { name, ...options } (e.g. { name: 'precision', threshold: 0.7 }), metric
   * functions (yTrue, yPred) => per-sample values, or Metric objects.
   */
  metrics?: MetricInput[];
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
  keys: { loss: 'any', optimizer: 'any', metrics: 'any', strict: 'boolean' },
  refused: {
    lossWeights: 'one output, one loss (several outputs come with the functional API)',
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
  x: Tensor;
  y: Tensor;
  sampleWeight: Tensor | undefined;
  batchSize: number;
}

export class Trainer {
  readonly loss: Loss;
  readonly optimizer: Optimizer;
  /** The metrics as a saved model records them (functions and Metric objects by name). */
  readonly metricSpecs: MetricSpec[];
  /** The names metrics are logged under (one per spec, unique). */
  readonly metricNames: string[];
  readonly strict: boolean;
  /** The metric specs, parsed once at compile. */
  readonly parsedMetrics: readonly ParsedMetric[];
  private context: EvaluationContext | null = null;
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
    const metricSpecs = args.metrics ?? [];
    if (!Array.isArray(metricSpecs))
      throw new TypeError(
        `compile: argument "metrics" must be an array of metric names, { name, ...options }, metric functions or Metric objects. Received: metrics=${JSON.stringify(args.metrics)}`,
      );
    // Unknown names and options are rejected now, before any data; the parsed form is kept for every later step.
    this.parsedMetrics = metricSpecs.map(parseMetric);
    this.metricNames = this.parsedMetrics.map((m) => m.name);
    const twice = this.metricNames.find((n, i) => this.metricNames.indexOf(n) !== i);
    if (twice !== undefined)
      throw new RangeError(`compile: two metrics are named "${twice}"; each metric is logged under its name, so names must differ`);
    this.loss = getLoss(args.loss);
    this.optimizer = getOptimizer(args.optimizer ?? 'rmsprop');
    this.metricSpecs = this.parsedMetrics.map((m) => m.spec);
    this.strict = args.strict ?? false;
  }

  /**
   * Names a saved model records but loadModel could not find again: a loss function or metric
   * given to compile without registerLoss / registerMetric under its name.
   */
  unregisteredNames(): string[] {
    const losses = this.loss.registered ? [] : [`loss "${this.loss.name}" (candor.registerLoss('${this.loss.name}', fn))`];
    const metrics = this.parsedMetrics
      .filter((m) => METRIC_RECORDS.find(m.record.family) !== m.record)
      .map((m) => `metric "${m.name}" (candor.registerMetric('${m.name}', …))`);
    return [...losses, ...metrics];
  }

  /** The layers changed (add, pop): the task and the metrics are resolved again at the next targets. */
  invalidate(): void {
    this.context = null;
  }

  /** The metrics as resolved for the task, once targets were seen (null before). */
  get resolvedMetrics(): readonly ResolvedMetric[] | null {
    return this.context?.metrics ?? null;
  }

  /** The evaluation context, once targets were seen (null before). */
  get evaluationContext(): EvaluationContext | null {
    return this.context;
  }

  /** The output head as task inference and the setup rules read it. */
  outputInfo(): { units: number; activation: string; fromLogits: boolean } {
    return { ...this.model.outputHead(), fromLogits: this.loss.options.fromLogits };
  }

  /**
   * The evaluation context, built once from the first targets seen: infers the task, runs the
   * setup rules (errors throw; warnings print once, or throw with strict) and resolves the metrics.
   * It stays fixed from then on (until the layers change or the model is compiled again); the
   * blocking findings are checked at every call, so a refused setup stays refused.
   */
  contextFor(y: Tensor): EvaluationContext {
    const context = this.ensureContext(y);
    const blocking = blockingFindings(context, this.strict);
    if (blocking.length > 0) {
      throw new RangeError(
        `${this.model.name}: the setup cannot give trustworthy numbers${this.strict ? ' (strict mode)' : ''}:\n${blocking.map((f) => `  ${f.code}: ${f.message}\n    fix: ${f.fix}`).join('\n')}`,
      );
    }
    if (!this.warned)
      for (const f of context.findings)
        if (f.severity !== 'info') warnOnce(`${f.code}:${this.model.name}`, `${f.code}: ${f.message} Fix: ${f.fix}`);
    this.warned = true;
    return context;
  }

  /** The context, built at the first targets (kept until compile or a layer change). */
  private ensureContext(y: Tensor): EvaluationContext {
    if (!this.context) {
      this.context = this.buildContext(y);
      this.warned = false;
    }
    return this.context;
  }

  /** A new context for these targets, not kept (diagnose judges the targets it is given). */
  buildContext(y: Tensor): EvaluationContext {
    if (!this.model.built) this.model.build(); // the output layer's units are part of the task
    return buildEvaluationContext({ loss: this.loss.name, output: this.outputInfo(), metrics: this.parsedMetrics }, y);
  }

  /** Returns the logits beside the output when the last activation and the loss make the fused, stable form possible. */
  readonly logitsFor = (activation: string): boolean => {
    const loss = this.loss;
    if (loss.options.fromLogits) return false;
    if (activation === 'softmax') return loss.name === 'categorical_crossentropy' || loss.name === 'sparse_categorical_crossentropy';
    return activation === 'sigmoid' && loss.name === 'binary_crossentropy';
  };

  /** Mean loss of a batch, plus weight penalties when training. */
  batchLoss(y: Tensor, result: ForwardResult, sampleWeight: Tensor | undefined, training: boolean): Tensor {
    let total = result.logits ? this.loss.call(y, result.logits, sampleWeight, true) : this.loss.call(y, result.output, sampleWeight);
    if (training) {
      for (const layer of this.model.layers) {
        const penalty = layer.regularizationLoss();
        if (penalty) total = add(total, penalty);
      }
      for (const p of result.penalties) total = add(total, p);
    }
    return total;
  }

  /** One optimisation step on a batch; returns the batch loss and the output (metric states are the caller's). */
  trainStep(x: Tensor, y: Tensor, sampleWeight: Tensor | undefined, rng: Rng): { loss: number; output: Tensor } {
    const params = this.model.trainableWeights;
    let output: Tensor | null = null;
    const { value, grads } = variableGrads(() => {
      const result = this.model.forward(x, { training: true, rng, logitsFor: this.logitsFor });
      output = result.output;
      return this.batchLoss(y, result, sampleWeight, true);
    }, params);
    const loss = value.item();
    if (Number.isFinite(loss)) {
      this.optimizer.applyGradients(grads.map((g, i) => [g, params[i]!] as [Tensor, Variable]));
      for (const layer of this.model.layers) layer.applyConstraints();
      this.model.markTrained();
    }
    return { loss, output: output! };
  }

  /** Checks a public call's (x, y, sampleWeight, batchSize) once; what it returns is passed down unchecked. */
  validate(x: DataInput, y: DataInput, options: { batchSize?: number; sampleWeight?: DataInput }, where: string): Batchable {
    const xs = toFloatData(x, where, 'x');
    const ys = toFloatData(y, where, 'y');
    checkSameSamples(xs, ys, where);
    const sampleWeight = options.sampleWeight === undefined ? undefined : sampleWeightData(options.sampleWeight, ys.shape[0]!, where);
    return { x: xs, y: ys, sampleWeight, batchSize: checkBatchSize(options.batchSize ?? 32, where) };
  }

  /** Loss and metric values on validated data (the model built by the caller), in batches without gradients; `observers` see every batch too. */
  measure(data: Batchable, metrics: readonly ResolvedMetric[], observers: Metric[] = []): { loss: number; values: number[] } {
    const { x, y, sampleWeight: sw, batchSize } = data;
    metrics.forEach((m) => m.metric.resetState());
    const lossMean = new Mean();
    const rng = rngFor(0);
    noGrad(() => {
      for (let start = 0; start < x.shape[0]!; start += batchSize) {
        const end = Math.min(start + batchSize, x.shape[0]!);
        const yb = rowRange(y, start, end);
        const swb = sw && rowRange(sw, start, end);
        const result = this.model.forward(rowRange(x, start, end), { training: false, rng, logitsFor: this.logitsFor });
        lossMean.update(this.batchLoss(yb, result, swb, false).item(), end - start);
        for (const m of metrics) m.metric.updateState(yb, result.output, swb);
        for (const o of observers) o.updateState(yb, result.output, swb && swb.rank === 1 ? swb : undefined);
      }
    });
    return { loss: lossMean.result(), values: metrics.map((m) => m.metric.result()) };
  }

  /** Loss and the compiled metrics on validated data, keyed by their names (fit's validation uses this each epoch). */
  evaluateValidated(data: Batchable): Logs {
    this.model.ensureBuilt(data.x);
    const { metrics } = this.contextFor(data.y);
    const { loss, values } = this.measure(data, metrics);
    return { loss, ...Object.fromEntries(metrics.map((m, i) => [m.name, values[i]!])) };
  }

  /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
  evaluate(x: DataInput, y: DataInput, raw: EvaluateOptions | number = {}): Logs {
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
    return { loss: report.loss, ...Object.fromEntries(report.metrics.filter((m) => !m.added).map((m) => [m.name, m.value])) };
  }

  /**
   * Everything evaluate knows, with context: each metric with what it resolved to and what a
   * trivial predictor scores on the same data, and every finding about the setup and the numbers.
   */
  evaluateReport(x: DataInput, y: DataInput, raw: ReportOptions | number = {}): EvaluationReport {
    const { confidence = true, ...options } = readOptions<ReportOptions>(
      typeof raw === 'number' ? { batchSize: raw } : raw,
      'evaluateReport',
      REPORT_SCHEMA,
    );
    return this.reportValidated(this.validate(x, y, options, 'evaluateReport'), confidence);
  }

  /** evaluateReport on validated data, in the model's context or the one given. */
  reportValidated(data: Batchable, confidence: boolean, given?: EvaluationContext): EvaluationReport {
    this.model.ensureBuilt(data.x);
    const context = given ?? this.contextFor(data.y);
    const { task, fromLogits, outputColumns } = context;
    const ys = data.y;
    // The per-class report and confusion matrix at the default decision (0.5, or 0 on logits; argmax for classes).
    const report = task.kind === 'regression' ? null : new ReportAccumulator(task, fromLogits ? 0 : 0.5);
    const outputs = confidence ? new OutputCollector() : null;
    const metrics = [...context.metrics, ...context.companions];
    const { loss, values } = this.measure(data, metrics, [...(report ? [report] : []), ...(outputs ? [outputs] : [])]);
    const perSample = data.sampleWeight && data.sampleWeight.rank === 1 ? data.sampleWeight.data : undefined;
    // Proportions get Wilson's interval in reportMetrics; every other metric a seeded bootstrap over these samples.
    const withIntervals = metrics.map((metric, i) => ({
      metric,
      value: values[i]!,
      added: i >= context.metrics.length,
      ci95: outputs && !isProportion(metric, outputColumns) ? bootstrapInterval(metric, ys, outputs.all(), perSample) : null,
    }));
    const numbers = reportMetrics(withIntervals, context, ys, effectiveSize(perSample, ys.shape[0]!));
    return {
      loss,
      metrics: numbers.metrics,
      findings: [...context.findings, ...numbers.findings],
      samples: ys.shape[0]!,
      ...(report ? { classification: report.report() } : {}),
    };
  }

  testOnBatch(x: DataInput, y: DataInput): Logs {
    const xs = toFloatData(x, 'testOnBatch', 'x');
    return this.evaluate(xs, y, { batchSize: Math.max(1, xs.shape[0]!), verbose: 0 });
  }

  trainOnBatch(x: DataInput, y: DataInput, raw: { sampleWeight?: DataInput; seed?: number } = {}): Logs {
    const options = readOptions<{ sampleWeight?: DataInput; seed?: number }>(raw, 'trainOnBatch', {
      keys: { sampleWeight: 'any', seed: 'number' },
      refused: { classWeight: 'pass per-sample weights as sampleWeight' },
    });
    const data = this.validate(x, y, { sampleWeight: options.sampleWeight }, 'trainOnBatch');
    this.model.ensureBuilt(data.x, options.seed);
    const { metrics } = this.contextFor(data.y);
    const { loss, output } = this.trainStep(data.x, data.y, data.sampleWeight, rngFor(options.seed));
    return {
      loss,
      ...Object.fromEntries(
        metrics.map((m) => {
          m.metric.resetState();
          m.metric.updateState(data.y, output, data.sampleWeight);
          return [m.name, m.metric.result()];
        }),
      ),
    };
  }
}
