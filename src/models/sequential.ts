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
import { Mean, type Metric } from '../metrics/metric.js';
import { ReportAccumulator } from '../metrics/report.js';
import { bootstrapInterval, effectiveSize, isProportion } from '../metrics/interval.js';
import { metricKey, parseMetric, resolveMetric, type MetricSpec, type ResolvedMetric } from '../metrics/resolve.js';
import { inferTask, type OutputInfo, type Task } from '../truth/task.js';
import { diagnoseSetup, type Finding } from '../truth/diagnostics.js';
import { outputOfLayers } from '../truth/output.js';
import { formatReport, reportMetrics, type EvaluationReport } from '../truth/report.js';
import { warnOnce } from '../registry/warnings.js';
import { readOptions, type OptionSchema } from '../registry/options.js';
import { describe } from '../ops/operand.js';
import { checkBatchSize, checkSameSamples, rowRange, sampleWeightData, toFloatData, type DataInput } from '../training/data.js';
import { summaryText } from './summary.js';
import { layerFromConfig } from '../layers/index.js';
import { VERSION } from '../version.js';
import { fit, type FitOptions } from '../training/fit.js';
import type { History } from '../training/history.js';
import { loadWeights, saveModel, saveWeights } from '../saving/save.js';

export interface CompileArgs {
  loss: LossSpec;
  optimizer?: OptimizerSpec;
  /** Metric names or { name, ...options } (e.g. { name: 'precision', threshold: 0.7 }). */
  metrics?: MetricSpec[];
  /** Turn warnings about the setup (e.g. 'accuracy' on regression) into errors. */
  strict?: boolean;
}

interface Compiled {
  loss: Loss;
  optimizer: Optimizer;
  /** The names metrics are logged under (one per spec, unique). */
  metricNames: string[];
  metricSpecs: MetricSpec[];
  strict: boolean;
}

/** What one forward pass yields: the output, and the logits when the loss can use them directly. */
export interface ForwardResult {
  output: Tensor;
  logits: Tensor | null;
  /** Activity-regularizer penalties of this pass (training only). */
  penalties: Tensor[];
}

export type Logs = Record<string, number>;

export interface PredictOptions {
  batchSize?: number;
  /** Only 0: predict prints nothing. */
  verbose?: 0;
}

export interface EvaluateOptions {
  batchSize?: number;
  sampleWeight?: DataInput;
  /** 1 (default) prints each metric with its trivial baseline; 0 is silent. */
  verbose?: 0 | 1;
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

const NOT_IN_EVALUATE = { steps: 'evaluation uses every sample', callbacks: 'evaluate runs no callbacks', returnDict: 'evaluate always returns { loss, metric: value }' };
const PREDICT_SCHEMA: OptionSchema = {
  keys: { batchSize: 'any', verbose: { test: (v) => v === 0, expected: '0 (predict prints nothing)' } },
  refused: { steps: 'prediction uses every sample', callbacks: 'predict runs no callbacks' },
};
const EVALUATE_SCHEMA: OptionSchema = { keys: { batchSize: 'any', sampleWeight: 'any', verbose: { test: (v) => v === 0 || v === 1, expected: '0 or 1' } }, refused: NOT_IN_EVALUATE };
const REPORT_SCHEMA: OptionSchema = { keys: { batchSize: 'any', sampleWeight: 'any', confidence: 'boolean' }, refused: NOT_IN_EVALUATE };

export interface ReportOptions {
  batchSize?: number;
  sampleWeight?: DataInput;
  /** 95% intervals for every metric (default true): Wilson for proportions, a seeded bootstrap (1,000 resamples) otherwise. */
  confidence?: boolean;
}

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

  /**
   * Where the weights came from: drawn at build (a seeded fit may still redraw them, see
   * prepareForFit), set by the user or a load, or changed by training.
   */
  private initialWeights: 'drawn' | 'set' | 'trained' = 'drawn';
  /** The seed the drawn weights came from (undefined: the global generator). */
  private drawnWith: number | undefined;
  private weightStream: Rng | null = null;

  constructor(layers: Layer[] = [], options: { name?: string; seed?: number } = {}) {
    this.name = options.name ?? (modelCounter++ === 0 ? 'sequential' : `sequential_${modelCounter - 1}`);
    this.seed = options.seed;
    for (const layer of layers) this.add(layer);
  }

  /** Appends a layer; once the input shape is known, the model (and so this layer) is built at once, as in Keras. */
  add(layer: Layer): void {
    if (!(layer instanceof Layer)) throw new TypeError(`Sequential.add: expected a layer (e.g. candor.layers.dense({ units: 8 })). Received: ${describe(layer)}`);
    if (this.layers.some((l) => l.name === layer.name)) throw new RangeError(`Sequential.add: layer names must be unique. Received: a second layer named "${layer.name}"`);
    if (this.layers.length > 0 && layer.declaredInputShape && !(layer instanceof InputLayer)) {
      warnOnce(`inputShape:${layer.name}`, `Sequential.add: inputShape on layer "${layer.name}" is ignored; only the first layer's input shape is used.`);
    }
    this.layers.push(layer);
    this.resolvedMetrics = null;
    const shape = this.inputShape ?? (this.layers.length > 1 && this.builtInputShape.length > 0 ? this.builtInputShape : undefined);
    if (shape && !layer.built) {
      try {
        this.buildForSample(shape, this.initRng());
      } catch (err) {
        this.layers.pop(); // a layer that cannot follow the previous ones is not added
        throw err;
      }
    }
  }

  /** Removes the last layer (Keras' pop) and returns it. */
  pop(): Layer {
    const layer = this.layers.pop();
    if (!layer) throw new RangeError(`Sequential "${this.name}": pop() on a model with no layers`);
    this.resolvedMetrics = null;
    return layer;
  }

  /** A layer by name or by index (negative counts from the end). */
  getLayer(nameOrIndex: string | number): Layer {
    const layer = typeof nameOrIndex === 'number' ? this.layers.at(nameOrIndex) : this.layers.find((l) => l.name === nameOrIndex);
    if (!layer || (typeof nameOrIndex === 'number' && !Number.isInteger(nameOrIndex))) {
      throw new RangeError(`getLayer: no layer ${JSON.stringify(nameOrIndex)}. Expected a name (${this.layers.map((l) => l.name).join(', ')}) or an index in [${-this.layers.length}, ${this.layers.length - 1}]`);
    }
    return layer;
  }

  /** Number of weights (trainable and not), building the model if needed. */
  countParams(): number {
    if (!this.built) this.build();
    return this.layers.reduce((n, l) => n + l.countParams(), 0);
  }

  get built(): boolean {
    return this.layers.length > 0 && this.layers.every((l) => l.built);
  }

  /** The sample shape the model expects (no batch axis), from the first layer. */
  get inputShape(): Shape | undefined {
    return this.layers[0]?.declaredInputShape;
  }

  /**
   * Creates every layer's weights. `inputShape` is Keras' full shape with the batch axis first
   * ([null, 4]); the sample shape alone ([4]) is accepted when the first layer declares it.
   * Without an argument, the first layer's inputShape is used.
   */
  build(inputShape?: readonly (number | null)[]): void {
    if (inputShape === undefined) {
      const declared = this.inputShape;
      if (this.layers.length > 0 && !declared) throw new RangeError(`Sequential "${this.name}": the input shape is unknown. Pass inputShape to the first layer (e.g. dense({ units: 8, inputShape: [4] })), call build([null, 4]), or call fit/predict first.`);
      this.buildForSample(declared ?? [], this.initRng());
      return;
    }
    this.buildForSample(sampleShapeOf(inputShape, this.inputShape, this.name), this.initRng());
  }

  /**
   * The generator initial weights come from: one stream per model (the model's seed, else the
   * global generator), so layers built one by one as they are added draw what one build would.
   */
  private initRng(seed = this.seed): Rng {
    if (!this.weightStream) {
      this.weightStream = rngFor(seed);
      this.drawnWith = seed;
    }
    return this.weightStream;
  }

  /** Builds for one sample's shape (no batch axis; -1 for an unknown size). */
  private buildForSample(shape: Shape, rng: Rng): void {
    if (this.layers.length === 0) throw new RangeError(`Sequential "${this.name}": the model has no layers. Add layers before building, training or predicting.`);
    this.builtInputShape = [...shape];
    let current: Shape = shape;
    for (const layer of this.layers) {
      if (!layer.built) layer.build(current, rng);
      current = layer.computeOutputShape(current);
    }
  }

  /** Builds from the data when the input shape was not declared; a seed given here starts the weight stream. */
  private ensureBuilt(x: Tensor, seed?: number): void {
    if (!this.built) this.buildForSample(this.inputShape ?? x.shape.slice(1), this.initRng(seed ?? this.seed));
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

  compile(raw: CompileArgs): void {
    if (typeof raw !== 'object' || raw === null) throw new TypeError(`compile: expected { loss, optimizer, metrics }. Received: ${describe(raw)}`);
    const args = readOptions<CompileArgs>(raw, 'compile', COMPILE_SCHEMA);
    if (args.loss === undefined) throw new RangeError('compile: argument "loss" is required (e.g. loss: \'categorical_crossentropy\'). Received: loss=undefined');
    const metricSpecs = args.metrics ?? [];
    if (!Array.isArray(metricSpecs)) throw new TypeError(`compile: argument "metrics" must be an array of metric names or { name, ...options }. Received: metrics=${JSON.stringify(args.metrics)}`);
    for (const m of metricSpecs) parseMetric(m); // unknown names and options are rejected now, before any data
    const metricNames = metricSpecs.map(metricKey);
    const twice = metricNames.find((n, i) => metricNames.indexOf(n) !== i);
    if (twice !== undefined) throw new RangeError(`compile: two metrics are named "${twice}"; each metric is logged under its name, so names must differ`);
    this.compiled = { loss: getLoss(args.loss), optimizer: getOptimizer(args.optimizer ?? 'rmsprop'), metricNames, metricSpecs, strict: args.strict ?? false };
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
    const penalties: Tensor[] = [];
    const penalise = (layer: Layer, output: Tensor): void => {
      const p = options.training ? layer.activityPenalty(output) : null;
      if (p) penalties.push(p);
    };
    this.layers.forEach((layer, i) => {
      if (i < last) penalise(layer, (h = layer.apply(h, options)));
    });
    const final = this.layers[last]!;
    let result: ForwardResult;
    if (final instanceof ActivatedLayer && this.usesFusedLoss(final.activation)) {
      final.checkInput(h);
      const logits = final.callPreActivation(h, options);
      result = { output: ACTIVATIONS[final.activation](logits), logits, penalties };
    } else {
      result = { output: final.apply(h, options), logits: null, penalties };
    }
    penalise(final, result.output);
    return result;
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
      for (const p of result.penalties) total = add(total, p);
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
    for (const spec of compiled.metricSpecs) {
      const r = resolveMetric(spec, { task, fromLogits: compiled.loss.options.fromLogits });
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

  /** Sets every weight, in the order getWeights returns them; shapes must match tensor by tensor. */
  setWeights(weights: readonly Tensor[]): void {
    if (!this.built) this.build();
    const vars = this.weights;
    if (!Array.isArray(weights) || weights.length !== vars.length) {
      throw new RangeError(`setWeights: the model has ${vars.length} weight tensors. Received: ${Array.isArray(weights) ? weights.length : describe(weights)}`);
    }
    weights.forEach((w, i) => {
      const v = vars[i]!;
      if (!(w instanceof Tensor) || w.shape.join() !== v.shape.join()) {
        throw new RangeError(`setWeights: weight ${i} ("${v.name}") has shape [${v.shape}]. Received: ${w instanceof Tensor ? `shape [${w.shape}]` : describe(w)}`);
      }
    });
    vars.forEach((v, i) => v.assign(weights[i]!));
    this.initialWeights = 'set';
  }

  /** Predictions for x, computed in batches without recording gradients; `predict(x, 64)` is `predict(x, { batchSize: 64 })`. */
  predict(x: DataInput, raw: PredictOptions | number = {}): Tensor {
    const options = readOptions<PredictOptions>(typeof raw === 'number' ? { batchSize: raw } : raw, 'predict', PREDICT_SCHEMA);
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
  private measure(x: DataInput, y: DataInput, options: { batchSize?: number; sampleWeight?: DataInput }, where: string, extra: ResolvedMetric[] = [], observers: Metric[] = []) {
    this.requireCompiled(where);
    const xs = toFloatData(x, where, 'x');
    const ys = toFloatData(y, where, 'y');
    checkSameSamples(xs, ys, where);
    const sw = options.sampleWeight === undefined ? undefined : sampleWeightData(options.sampleWeight, ys.shape[0]!, where);
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
        for (const o of observers) o.updateState(yb, result.output, swb && swb.rank === 1 ? swb : undefined);
      }
    });
    return { ys, loss: lossMean.result(), sampleWeight: sw, values: metrics.map((metric) => ({ metric, value: metric.metric.result(), added: extra.includes(metric) })) };
  }

  /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
  evaluate(x: DataInput, y: DataInput, raw: EvaluateOptions | number = {}): Logs {
    const options = readOptions<EvaluateOptions>(typeof raw === 'number' ? { batchSize: raw } : raw, 'evaluate', EVALUATE_SCHEMA);
    if ((options.verbose ?? 1) > 0) {
      const { verbose: _, ...rest } = options;
      const report = this.evaluateReport(x, y, rest);
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
  evaluateReport(x: DataInput, y: DataInput, raw: ReportOptions | number = {}): EvaluationReport {
    const { confidence = true, ...options } = readOptions<ReportOptions>(typeof raw === 'number' ? { batchSize: raw } : raw, 'evaluateReport', REPORT_SCHEMA);
    const ys = toFloatData(y, 'evaluateReport', 'y');
    this.ensureBuilt(toFloatData(x, 'evaluateReport', 'x'));
    this.ensureMetricsResolved(ys);
    const task = this.task!;
    const fromLogits = this.compiled!.loss.options.fromLogits;
    // The per-class report and confusion matrix at the default decision (0.5, or 0 on logits; argmax for classes).
    const report = task.kind === 'regression' ? null : new ReportAccumulator(task, fromLogits ? 0 : 0.5);
    const outputs = confidence ? new OutputCollector() : null;
    const { loss, values, sampleWeight } = this.measure(x, ys, options, 'evaluateReport', this.companionMetrics(), [...(report ? [report] : []), ...(outputs ? [outputs] : [])]);
    const outputColumns = this.outputInfo().units || 1;
    const perSample = sampleWeight && sampleWeight.rank === 1 ? sampleWeight.data : undefined;
    // Proportions get Wilson's interval in reportMetrics; every other metric a seeded bootstrap over these samples.
    const withIntervals = values.map((v) => ({
      ...v, ci95: outputs && !isProportion(v.metric, outputColumns) ? bootstrapInterval(v.metric, { task, fromLogits }, ys, outputs.all(), perSample) : null,
    }));
    const { metrics, findings } = reportMetrics(withIntervals, task, ys, outputColumns, fromLogits, effectiveSize(perSample, ys.shape[0]!));
    return { loss, metrics, findings: [...this.findings, ...findings], samples: ys.shape[0]!, ...(report ? { classification: report.report() } : {}) };
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
    if (Number.isFinite(loss)) {
      optimizer.applyGradients(grads.map((g, i) => [g, params[i]!] as [Tensor, Variable]));
      for (const layer of this.layers) layer.applyConstraints();
      this.initialWeights = 'trained';
    }
    return { loss, output: output! };
  }

  trainOnBatch(x: DataInput, y: DataInput, raw: { sampleWeight?: DataInput; seed?: number } = {}): Logs {
    const options = readOptions<{ sampleWeight?: DataInput; seed?: number }>(raw, 'trainOnBatch', {
      keys: { sampleWeight: 'any', seed: 'number' }, refused: { classWeight: 'pass per-sample weights as sampleWeight' },
    });
    const xs = toFloatData(x, 'trainOnBatch', 'x');
    const ys = toFloatData(y, 'trainOnBatch', 'y');
    checkSameSamples(xs, ys, 'trainOnBatch');
    this.ensureBuilt(xs, options.seed);
    const metrics = this.ensureMetricsResolved(ys);
    const sw = options.sampleWeight === undefined ? undefined : sampleWeightData(options.sampleWeight, ys.shape[0]!, 'trainOnBatch');
    const { loss, output } = this.trainStep(xs, ys, sw, rngFor(options.seed));
    return { loss, ...Object.fromEntries(metrics.map((m) => { m.metric.resetState(); m.metric.updateState(ys, output, sw); return [m.name, m.metric.result()]; })) };
  }

  /** Trains the model; see FitOptions. Resolves to the History of per-epoch losses and metrics. */
  fit(x: DataInput, y: DataInput, options: FitOptions = {}): Promise<History> {
    return fit(this, x, y, options);
  }

  /** The architecture as plain data (Keras' get_config): the name and each layer's { className, config }. */
  getConfig(): SequentialConfig {
    return { name: this.name, layers: this.layers.map((l) => ({ className: l.className, config: l.getConfig() })) };
  }

  /** A new, untrained model with this architecture (Keras' Sequential.from_config). */
  static fromConfig(config: SequentialConfig): Sequential {
    if (typeof config !== 'object' || config === null || !Array.isArray(config.layers)) {
      throw new TypeError(`Sequential.fromConfig: expected { name?, layers: [{ className, config }] }. Received: ${describe(config)}`);
    }
    return new Sequential(config.layers.map(layerFromConfig), config.name !== undefined ? { name: config.name } : {});
  }

  /** The architecture as a JSON string (Keras' to_json, TF.js' toJSON); candor.modelFromJSON reads it back. */
  toJSON(): string {
    return JSON.stringify({ className: 'Sequential', config: this.getConfig(), candorVersion: VERSION });
  }

  /** Writes the model (config, weights, optimizer state) to a directory, atomically per file; "file://" prefixes are accepted. */
  save(dir: string): Promise<void> {
    return saveModel(this, dir);
  }

  /** Writes only the weights (Keras' save_weights); loadWeights reads them into a model of the same architecture. */
  saveWeights(dir: string): Promise<void> {
    return saveWeights(this, dir);
  }

  loadWeights(dir: string): Promise<void> {
    return loadWeights(this, dir);
  }

  /** The sample shape the model was built for (-1 where any size is accepted). */
  builtSampleShape(): Shape {
    if (!this.built) this.build();
    return this.builtInputShape;
  }

  /**
   * A seeded fit fixes the initial weights too: a model not built yet is built from fit's seed,
   * and weights drawn at build (never trained, set or loaded) are redrawn from it.
   */
  prepareForFit(x: Tensor, seed?: number): void {
    if (this.built && seed !== undefined && this.initialWeights === 'drawn' && seed !== this.drawnWith) {
      for (const layer of this.layers) layer.resetBuild();
      this.weightStream = null;
    }
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

export interface SequentialConfig {
  name?: string;
  layers: { className: string; config: Record<string, unknown> }[];
}

/** A model from the JSON of model.toJSON() (a string or the parsed object): the architecture, untrained. */
export function modelFromJSON(json: string | { className?: string; config?: SequentialConfig }): Sequential {
  let doc: unknown = json;
  if (typeof json === 'string') {
    try {
      doc = JSON.parse(json);
    } catch (err) {
      throw new SyntaxError(`modelFromJSON: the text is not valid JSON (${(err as Error).message})`);
    }
  }
  const d = doc as { className?: unknown; config?: SequentialConfig };
  if (typeof d !== 'object' || d === null || d.className !== 'Sequential' || typeof d.config !== 'object') {
    throw new TypeError(`modelFromJSON: expected { className: 'Sequential', config: { layers } } as written by model.toJSON(). Received: ${describe(doc)}`);
  }
  return Sequential.fromConfig(d.config);
}

/** Creates a Sequential model: candor.sequential([...layers]). */
export function sequential(layers: Layer[] = [], options: { name?: string; seed?: number } = {}): Sequential {
  return new Sequential(layers, options);
}

/**
 * One sample's shape from what build() was given: Keras' full shape with a leading null batch
 * axis, or (when the first layer declares it) the sample shape itself; anything else is ambiguous.
 */
function sampleShapeOf(shape: readonly (number | null)[], declared: Shape | undefined, model: string): Shape {
  const valid = Array.isArray(shape) && shape.every((d) => d === null || (Number.isInteger(d) && d > 0));
  if (!valid) throw new RangeError(`Sequential "${model}": build() takes a shape of positive integers with a leading null batch axis, e.g. [null, 4]. Received: ${JSON.stringify(shape)}`);
  const fits = (sample: readonly (number | null)[]): boolean => !declared || (sample.length === declared.length && sample.every((d, i) => declared[i] === -1 || d === null || d === declared[i]));
  if (shape[0] === null) {
    const sample = shape.slice(1);
    if (!fits(sample)) throw new RangeError(`Sequential "${model}": build(${JSON.stringify(shape)}) does not match the first layer's inputShape [${declared!.join(', ')}]`);
    return sample.map((d) => d ?? -1);
  }
  if (declared && fits(shape)) return shape.map((d) => d ?? -1);
  if (declared && fits(shape.slice(1))) return shape.slice(1).map((d) => d ?? -1);
  throw new RangeError(`Sequential "${model}": build(${JSON.stringify(shape)}) is ambiguous: give Keras' full shape with a null batch axis first, e.g. build([null, ${shape.join(', ')}])` +
    (declared ? `, matching the first layer's inputShape [${declared.join(', ')}]` : ''));
}
