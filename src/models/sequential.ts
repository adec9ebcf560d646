import { Tensor, type Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { rngFor, type Rng } from '../random/rng.js';
import { add } from '../ops/elementwise.js';
import { noGrad } from '../autograd/graph.js';
import { variableGrads } from '../autograd/functional.js';
import { Layer, type CallOptions } from '../layers/layer.js';
import { ACTIVATIONS } from '../layers/activations.js';
import { ActivatedLayer, InputLayer } from '../layers/core.js';
import { getLoss, type Loss, type LossSpec } from '../losses/losses.js';
import { getOptimizer, type OptimizerSpec } from '../optimizers/optimizers.js';
import type { Optimizer } from '../optimizers/optimizer.js';
import { Mean } from '../metrics/metric.js';
import { parseMetricName, resolveMetric, type ResolvedMetric } from '../metrics/resolve.js';
import { inferTask, type OutputInfo, type Task } from '../truth/task.js';
import { diagnoseSetup, type Finding } from '../truth/diagnostics.js';
import { outputOfLayers } from '../truth/output.js';
import { formatReport, reportMetrics, type EvaluationReport } from '../truth/report.js';
import { warnOnce } from '../registry/warnings.js';
import { describe } from '../ops/operand.js';
import { checkBatchSize, checkSameSamples, rowRange, toFloatData, type DataInput } from '../training/data.js';
import { summaryText } from './summary.js';
import { fit, type FitOptions } from '../training/fit.js';
import type { History } from '../training/history.js';
import { saveModel } from '../saving/save.js';

export interface CompileArgs {
  loss: LossSpec;
  optimizer?: OptimizerSpec;
  metrics?: string[];
  /** Turn warnings about the setup (e.g. 'accuracy' on regression) into errors. */
  strict?: boolean;
}

interface Compiled {
  loss: Loss;
  optimizer: Optimizer;
  metricNames: string[];
  strict: boolean;
}

/** What one forward pass yields: the output, and the logits when the loss can use them directly. */
export interface ForwardResult {
  output: Tensor;
  logits: Tensor | null;
}

export type Logs = Record<string, number>;

let modelCounter = 0;

/** A linear stack of layers, with Keras' compile / fit / evaluate / predict. */
export class Sequential {
  readonly layers: Layer[] = [];
  readonly name: string;
  /** Seed for weight initialisation when the model is built (else fit's seed, else the global generator). */
  readonly seed: number | undefined;
  compiled: Compiled | null = null;
  /** Metrics resolved from the first targets seen; fixed from then on. */
  resolvedMetrics: ResolvedMetric[] | null = null;
  task: Task | null = null;
  /** Findings of the setup checks run at the first fit/evaluate. */
  findings: Finding[] = [];
  /** Set by callbacks to end fit after the current epoch. */
  stopTraining = false;
  private builtInputShape: Shape = [];

  constructor(layers: Layer[] = [], options: { name?: string; seed?: number } = {}) {
    this.name = options.name ?? (modelCounter++ === 0 ? 'sequential' : `sequential_${modelCounter - 1}`);
    this.seed = options.seed;
    for (const layer of layers) this.add(layer);
  }

  add(layer: Layer): void {
    if (!(layer instanceof Layer)) throw new TypeError(`Sequential.add: expected a layer (e.g. candor.layers.dense({ units: 8 })). Received: ${describe(layer)}`);
    if (this.layers.some((l) => l.name === layer.name)) throw new RangeError(`Sequential.add: layer names must be unique. Received: a second layer named "${layer.name}"`);
    if (this.layers.length > 0 && layer.declaredInputShape && !(layer instanceof InputLayer)) {
      warnOnce(`inputShape:${layer.name}`, `Sequential.add: inputShape on layer "${layer.name}" is ignored; only the first layer's input shape is used.`);
    }
    this.layers.push(layer);
    this.resolvedMetrics = null;
  }

  get built(): boolean {
    return this.layers.length > 0 && this.layers.every((l) => l.built);
  }

  /** The sample shape the model expects (no batch axis), from the first layer. */
  get inputShape(): Shape | undefined {
    return this.layers[0]?.declaredInputShape;
  }

  /** Creates every layer's weights for inputs of this sample shape. */
  build(inputShape?: Shape, seed?: number): void {
    const shape = inputShape ?? this.inputShape;
    if (this.layers.length === 0) throw new RangeError(`Sequential "${this.name}": the model has no layers. Add layers before building, training or predicting.`);
    if (!shape) throw new RangeError(`Sequential "${this.name}": the input shape is unknown. Pass inputShape to the first layer (e.g. dense({ units: 8, inputShape: [4] })) or call fit/predict first.`);
    const rng = rngFor(seed ?? this.seed);
    this.builtInputShape = [...shape];
    let current: Shape = shape;
    for (const layer of this.layers) {
      if (!layer.built) layer.build(current, rng);
      current = layer.computeOutputShape(current);
    }
  }

  private ensureBuilt(x: Tensor, seed?: number): void {
    if (!this.built) this.build(this.inputShape ?? x.shape.slice(1), seed);
  }

  /** Output shape of each layer for one sample. */
  outputShapes(): Shape[] {
    if (!this.built) this.build();
    let current: Shape = this.builtInputShape;
    return this.layers.map((layer) => (current = layer.computeOutputShape(current)));
  }

  /** Prints (and returns) a Keras-like table of layers, output shapes and parameter counts. */
  summary(print: (text: string) => void = console.log): string {
    if (!this.built) this.build();
    const text = summaryText(this.name, this.layers, this.outputShapes());
    print(text);
    return text;
  }

  compile(args: CompileArgs): void {
    if (typeof args !== 'object' || args === null) throw new TypeError(`compile: expected { loss, optimizer, metrics }. Received: ${describe(args)}`);
    if (args.loss === undefined) throw new RangeError('compile: argument "loss" is required (e.g. loss: \'categorical_crossentropy\'). Received: loss=undefined');
    const metricNames = args.metrics ?? [];
    if (!Array.isArray(metricNames) || !metricNames.every((m) => typeof m === 'string')) {
      throw new TypeError(`compile: argument "metrics" must be an array of metric names. Received: metrics=${JSON.stringify(args.metrics)}`);
    }
    for (const m of metricNames) parseMetricName(m); // unknown names are rejected now, before any data
    this.compiled = { loss: getLoss(args.loss), optimizer: getOptimizer(args.optimizer ?? 'rmsprop'), metricNames, strict: args.strict ?? false };
    this.resolvedMetrics = null;
  }

  private requireCompiled(where: string): Compiled {
    if (!this.compiled) throw new Error(`${where}: the model must be compiled first: model.compile({ loss, optimizer, metrics }).`);
    return this.compiled;
  }

  /** The last layer's units and activation, for task inference and diagnostics. */
  outputInfo(): OutputInfo {
    const shapes = this.built ? this.outputShapes() : [];
    const outShape = shapes[shapes.length - 1] ?? [];
    const { units, activation } = outputOfLayers(this.layers);
    return { units: outShape[outShape.length - 1] ?? units, activation, fromLogits: this.compiled?.loss.options.fromLogits ?? false };
  }

  /**
   * Runs the layers. When the last layer ends in softmax/sigmoid and the loss is the matching
   * cross-entropy on probabilities, also returns the pre-activation logits so the loss can use
   * the fused, stable form (as Keras' TensorFlow backend does).
   */
  forward(x: Tensor, options: CallOptions): ForwardResult {
    let h = x;
    const last = this.layers.length - 1;
    this.layers.forEach((layer, i) => {
      if (i < last) h = layer.apply(h, options);
    });
    const final = this.layers[last]!;
    if (final instanceof ActivatedLayer && this.usesFusedLoss(final.activation)) {
      final.checkInput(h);
      const logits = final.callPreActivation(h, options);
      return { output: ACTIVATIONS[final.activation](logits), logits };
    }
    return { output: final.apply(h, options), logits: null };
  }

  private usesFusedLoss(activation: string): boolean {
    const loss = this.compiled?.loss;
    if (!loss || loss.options.fromLogits) return false;
    if (activation === 'softmax') return loss.name === 'categorical_crossentropy' || loss.name === 'sparse_categorical_crossentropy';
    return activation === 'sigmoid' && loss.name === 'binary_crossentropy';
  }

  /** Mean loss of a batch, plus weight penalties when training. */
  batchLoss(y: Tensor, result: ForwardResult, sampleWeight: Tensor | undefined, training: boolean): Tensor {
    const { loss } = this.requireCompiled('loss');
    let total = result.logits ? loss.call(y, result.logits, sampleWeight, true) : loss.call(y, result.output, sampleWeight);
    if (training) {
      for (const layer of this.layers) {
        const penalty = layer.regularizationLoss();
        if (penalty) total = add(total, penalty);
      }
    }
    return total;
  }

  /**
   * Once, from the first targets seen: infers the task, checks the setup (errors throw; warnings
   * are printed once, or thrown with strict), and resolves the compiled metric names.
   */
  ensureMetricsResolved(y: Tensor): ResolvedMetric[] {
    if (this.resolvedMetrics) return this.resolvedMetrics;
    const compiled = this.requireCompiled('metrics');
    if (!this.built) this.build(); // the output layer's units are part of the task
    const output = this.outputInfo();
    const task = inferTask(y, output);
    const findings = diagnoseSetup({
      loss: compiled.loss.name, fromLogits: compiled.loss.options.fromLogits, output, metrics: compiled.metricNames, yTrue: y, task,
    });
    const blocking = findings.filter((f) => f.severity === 'error' || (compiled.strict && f.severity === 'warning'));
    if (blocking.length > 0) {
      throw new RangeError(`${this.name}: the setup cannot give trustworthy numbers${compiled.strict ? ' (strict mode)' : ''}:\n${blocking.map((f) => `  ${f.code}: ${f.message}\n    fix: ${f.fix}`).join('\n')}`);
    }
    for (const f of findings) if (f.severity !== 'info') warnOnce(`${f.code}:${this.name}`, `${f.code}: ${f.message} Fix: ${f.fix}`);
    const resolved: ResolvedMetric[] = [];
    for (const name of compiled.metricNames) {
      const r = resolveMetric(name, { task, fromLogits: compiled.loss.options.fromLogits });
      if (r) resolved.push(r); // null only for 'accuracy' on regression, reported above as accuracy-on-regression
    }
    this.task = task;
    this.findings = findings;
    this.resolvedMetrics = resolved;
    return resolved;
  }

  /** Per-label accuracy on multi-label targets hides in the majority: report subset accuracy and F1 beside it. */
  private companionMetrics(): ResolvedMetric[] {
    const task = this.task;
    const metrics = this.resolvedMetrics ?? [];
    if (task?.kind !== 'multilabel' || !metrics.some((m) => m.resolved === 'binary_accuracy')) return [];
    const fromLogits = this.compiled!.loss.options.fromLogits;
    return ['subset_accuracy', 'f1_micro'].filter((n) => !metrics.some((m) => m.resolved === n)).map((n) => resolveMetric(n, { task, fromLogits })!);
  }

  get weights(): Variable[] {
    return this.layers.flatMap((l) => l.weights);
  }

  get trainableWeights(): Variable[] {
    return this.layers.flatMap((l) => l.trainableWeights);
  }

  /** Copies of every weight, in layer order. */
  getWeights(): Tensor[] {
    return this.weights.map((v) => new Tensor(v.data.slice(), v.shape, v.dtype));
  }

  /** Sets every weight, in the order getWeights returns them. */
  setWeights(weights: readonly Tensor[]): void {
    const vars = this.weights;
    if (weights.length !== vars.length) {
      throw new RangeError(`setWeights: the model has ${vars.length} weight tensors. Received: ${weights.length}`);
    }
    vars.forEach((v, i) => v.assign(weights[i]!));
  }

  /** Predictions for x, computed in batches without recording gradients. */
  predict(x: DataInput, options: { batchSize?: number } = {}): Tensor {
    const data = toFloatData(x, 'predict', 'x');
    const batchSize = checkBatchSize(options.batchSize ?? 32, 'predict');
    this.ensureBuilt(data);
    const parts: Tensor[] = [];
    const rng = rngFor(0);
    noGrad(() => {
      for (let start = 0; start < data.shape[0]!; start += batchSize) {
        parts.push(this.forward(rowRange(data, start, Math.min(start + batchSize, data.shape[0]!)), { training: false, rng }).output);
      }
    });
    return concatRows(parts);
  }

  predictOnBatch(x: DataInput): Tensor {
    const data = toFloatData(x, 'predictOnBatch', 'x');
    return this.predict(data, { batchSize: Math.max(1, data.shape[0]!) });
  }

  /** Loss and metric values on (x, y), computed in batches; `extra` metrics are streamed alongside. */
  private measure(x: DataInput, y: DataInput, options: { batchSize?: number; sampleWeight?: DataInput }, where: string, extra: ResolvedMetric[] = []) {
    this.requireCompiled(where);
    const xs = toFloatData(x, where, 'x');
    const ys = toFloatData(y, where, 'y');
    checkSameSamples(xs, ys, where);
    const sw = options.sampleWeight === undefined ? undefined : toFloatData(options.sampleWeight, where, 'sampleWeight');
    const batchSize = checkBatchSize(options.batchSize ?? 32, where);
    this.ensureBuilt(xs);
    const metrics = [...this.ensureMetricsResolved(ys), ...extra];
    metrics.forEach((m) => m.metric.resetState());
    const lossMean = new Mean();
    const rng = rngFor(0);
    noGrad(() => {
      for (let start = 0; start < xs.shape[0]!; start += batchSize) {
        const end = Math.min(start + batchSize, xs.shape[0]!);
        const yb = rowRange(ys, start, end);
        const swb = sw && rowRange(sw, start, end);
        const result = this.forward(rowRange(xs, start, end), { training: false, rng });
        lossMean.update(this.batchLoss(yb, result, swb, false).item(), end - start);
        for (const m of metrics) m.metric.updateState(yb, result.output, swb);
      }
    });
    return { ys, loss: lossMean.result(), values: metrics.map((metric) => ({ metric, value: metric.metric.result(), added: extra.includes(metric) })) };
  }

  /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
  evaluate(x: DataInput, y: DataInput, options: { batchSize?: number; sampleWeight?: DataInput; verbose?: 0 | 1 } = {}): Logs {
    if ((options.verbose ?? 1) > 0) {
      const report = this.evaluateReport(x, y, options);
      const text = formatReport('evaluate', report.metrics, report.findings.filter((f) => f.code === 'accuracy-near-baseline' || f.severity === 'info'));
      if (text) process.stdout.write(`${text}\n`);
      return { loss: report.loss, ...Object.fromEntries(report.metrics.filter((m) => !m.added).map((m) => [m.name, m.value])) };
    }
    const { loss, values } = this.measure(x, y, options, 'evaluate');
    return { loss, ...Object.fromEntries(values.map(({ metric, value }) => [metric.name, value])) };
  }

  /**
   * Everything evaluate knows, with context: each metric with what it resolved to and what a
   * trivial predictor scores on the same data, and every finding about the setup and the numbers.
   */
  evaluateReport(x: DataInput, y: DataInput, options: { batchSize?: number; sampleWeight?: DataInput } = {}): EvaluationReport {
    const ys = toFloatData(y, 'evaluateReport', 'y');
    this.ensureBuilt(toFloatData(x, 'evaluateReport', 'x'));
    this.ensureMetricsResolved(ys);
    const { loss, values } = this.measure(x, ys, options, 'evaluateReport', this.companionMetrics());
    const outputColumns = this.outputInfo().units || 1;
    const { metrics, findings } = reportMetrics(values, this.task!, ys, outputColumns, this.compiled!.loss.options.fromLogits);
    return { loss, metrics, findings: [...this.findings, ...findings], samples: ys.shape[0]! };
  }

  testOnBatch(x: DataInput, y: DataInput): Logs {
    const xs = toFloatData(x, 'testOnBatch', 'x');
    return this.evaluate(xs, y, { batchSize: Math.max(1, xs.shape[0]!), verbose: 0 });
  }

  /**
   * One optimisation step on a batch; returns the batch loss and the batch's metrics.
   * Metric states are updated (fit resets them each epoch).
   */
  trainStep(x: Tensor, y: Tensor, sampleWeight: Tensor | undefined, rng: Rng): { loss: number; output: Tensor } {
    const { optimizer } = this.requireCompiled('fit');
    const params = this.trainableWeights;
    let output: Tensor | null = null;
    const { value, grads } = variableGrads(() => {
      const result = this.forward(x, { training: true, rng });
      output = result.output;
      return this.batchLoss(y, result, sampleWeight, true);
    }, params);
    const loss = value.item();
    if (Number.isFinite(loss)) optimizer.applyGradients(grads.map((g, i) => [g, params[i]!] as [Tensor, Variable]));
    return { loss, output: output! };
  }

  trainOnBatch(x: DataInput, y: DataInput, options: { sampleWeight?: DataInput; seed?: number } = {}): Logs {
    const xs = toFloatData(x, 'trainOnBatch', 'x');
    const ys = toFloatData(y, 'trainOnBatch', 'y');
    checkSameSamples(xs, ys, 'trainOnBatch');
    this.ensureBuilt(xs, options.seed);
    const metrics = this.ensureMetricsResolved(ys);
    const sw = options.sampleWeight === undefined ? undefined : toFloatData(options.sampleWeight, 'trainOnBatch', 'sampleWeight');
    const { loss, output } = this.trainStep(xs, ys, sw, rngFor(options.seed));
    return { loss, ...Object.fromEntries(metrics.map((m) => { m.metric.resetState(); m.metric.updateState(ys, output, sw); return [m.name, m.metric.result()]; })) };
  }

  /** Trains the model; see FitOptions. Resolves to the History of per-epoch losses and metrics. */
  fit(x: DataInput, y: DataInput, options: FitOptions = {}): Promise<History> {
    return fit(this, x, y, options);
  }

  /** Writes the model (config, weights, optimizer state) to a directory, atomically per file. */
  save(dir: string): Promise<void> {
    return saveModel(this, dir);
  }

  /** The sample shape the model was built for. */
  builtSampleShape(): Shape {
    if (!this.built) this.build();
    return this.builtInputShape;
  }

  /** Builds with fit's seed when the model has no weights yet (so a seeded fit fixes the initial weights too). */
  prepareForFit(x: Tensor, seed?: number): void {
    this.ensureBuilt(x, seed);
  }
}

/** Joins batches of predictions along the batch axis. */
function concatRows(parts: Tensor[]): Tensor {
  const first = parts[0];
  if (!first) return new Tensor(new Float32Array(0), [0], 'float32');
  const total = parts.reduce((n, p) => n + p.shape[0]!, 0);
  const out = new Float32Array(parts.reduce((n, p) => n + p.size, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p.data, offset);
    offset += p.size;
  }
  return new Tensor(out, [total, ...first.shape.slice(1)], 'float32');
}

/** Creates a Sequential model: candor.sequential([...layers]). */
export function sequential(layers: Layer[] = [], options: { name?: string; seed?: number } = {}): Sequential {
  return new Sequential(layers, options);
}
