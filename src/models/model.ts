/**
 * What every model is (Keras 3's Model): layers, build, a forward pass, weights and the initial
 * weight stream, plus Keras' compile / fit / evaluate / predict, which hand over to the Trainer
 * that compile creates. Sequential is a Model; a functional Model will be another.
 */
import { sharedStepPool } from '../tensor/step-pool.js';
import { Tensor, type Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { rngFor, type Rng } from '../random/rng.js';
import { noGrad } from '../ops/graph.js';
import type { Layer } from '../layers/layer.js';
import type { SymbolicTensor } from '../layers/symbolic.js';
import { readOptions, type OptionSchema } from '../registry/options.js';
import { describe } from '../tensor/describe.js';
import { checkBatchSize, concatRows, type DataInput } from '../tensor/input.js';
import { Trainer, type CompileArgs, type EvaluateOptions, type ReportOptions } from '../training/trainer.js';
import type { ForwardOptions, ForwardResult, InputEncoder, Logs, OutputHead, TrainableModel } from '../training/trainable.js';
import { rowRanges, toFloatList, type ModelData } from '../training/model-data.js';
import { fit, type FitOptions } from '../training/fit.js';
import type { History } from '../training/history.js';
import type { EvaluationReport } from '../evaluation/metric-report.js';
import type { Task } from '../evaluation/task.js';
import type { Finding } from '../evaluation/setup-rules.js';
import type { ResolvedMetric } from '../evaluation/metrics/resolve.js';

export interface PredictOptions {
  batchSize?: number;
  /** Only 0: predict prints nothing. */
  verbose?: 0;
}

const PREDICT_SCHEMA: OptionSchema = {
  keys: { batchSize: 'any', verbose: { test: (v) => v === 0, expected: '0 (predict prints nothing)' } },
  refused: { steps: 'prediction uses every sample', callbacks: 'predict runs no callbacks' },
};

/** What predict returns: one tensor for one output; for several, a list or a dict as the model's outputs were given. */
export type Prediction = Tensor | Tensor[] | { [output: string]: Tensor };

export abstract class Model<P extends Prediction = Prediction> implements TrainableModel {
  readonly name: string;
  /** Seed for weight initialisation when the model is built (else fit's seed, else the global generator). */
  readonly seed: number | undefined;
  /** Set by callbacks to end fit after the current epoch. */
  stopTraining = false;
  /** What compile set, and the evaluation context; null until compile. */
  protected trainer: Trainer | null = null;
  /** The layer this model is when called on a symbolic tensor (made at the first apply). */
  private layerView: Layer | null = null;

  /**
   * Where the weights came from: drawn at build (a seeded fit may still redraw them, see
   * prepareForFit), set by the user or a load, or changed by training.
   */
  private initialWeights: 'drawn' | 'set' | 'trained' = 'drawn';
  /** The seed the drawn weights came from (undefined: the global generator). */
  private drawnWith: number | undefined;
  private weightStream: Rng | null = null;

  protected constructor(name: string, seed: number | undefined) {
    this.name = name;
    this.seed = seed;
  }

  abstract get layers(): readonly Layer[];
  abstract get built(): boolean;
  abstract build(inputShape?: readonly (number | null)[]): void;
  /** Builds every layer for one sample's shape (no batch axis; -1 for an unknown size). */
  protected abstract buildForSample(shape: Shape, rng: Rng): void;
  /** The sample shape the model expects (no batch axis), when declared. */
  abstract get inputShape(): Shape | undefined;
  /** The sample shape the model was built for (-1 where any size is accepted). */
  abstract builtSampleShape(): Shape;
  /** The inputs' names, in the order forward takes them. */
  abstract get inputNames(): readonly string[];
  /** The outputs' names, in the order forward returns them. */
  abstract get outputNames(): readonly string[];
  abstract inputEncoders(): readonly (InputEncoder | null)[];
  abstract forward(x: readonly Tensor[], options: ForwardOptions): ForwardResult;
  abstract outputHeads(): OutputHead[];
  /** predict's result from one tensor per output. */
  protected abstract packOutputs(outputs: Tensor[]): P;
  abstract getConfig(): object;
  abstract toJSON(): string;

  /** compile's result: loss, optimiser, metrics (null before compile). */
  get compiled(): Trainer | null {
    return this.trainer;
  }

  /** Metrics resolved from the first targets seen; fixed from then on. */
  get resolvedMetrics(): readonly ResolvedMetric[] | null {
    return this.trainer?.resolvedMetrics ?? null;
  }

  /** The task inferred from the first targets seen. */
  get task(): Task | null {
    return this.trainer?.evaluationContext?.task ?? null;
  }

  /** Findings of the setup checks run at the first fit/evaluate. */
  get findings(): readonly Finding[] {
    return this.trainer?.evaluationContext?.findings ?? [];
  }

  compile(args: CompileArgs): void {
    this.trainer = new Trainer(this, args);
  }

  protected requireTrainer(where: string): Trainer {
    if (!this.trainer) throw new Error(`${where}: the model must be compiled first: model.compile({ loss, optimizer, metrics }).`);
    return this.trainer;
  }

  /** The first (or only) output's width and effective activation. */
  outputHead(): OutputHead {
    return this.outputHeads()[0]!;
  }

  /** An output head with its compiled loss's fromLogits, for task inference and diagnostics. */
  outputInfo(head = 0): { units: number; activation: string; fromLogits: boolean } {
    return { ...this.outputHeads()[head]!, fromLogits: this.trainer?.heads[head]?.loss.options.fromLogits ?? false };
  }

  /** A layer by name or by index (negative counts from the end; graph order for functional models). */
  getLayer(nameOrIndex: string | number): Layer {
    const layer = typeof nameOrIndex === 'number' ? this.layers.at(nameOrIndex) : this.layers.find((l) => l.name === nameOrIndex);
    if (!layer || (typeof nameOrIndex === 'number' && !Number.isInteger(nameOrIndex))) {
      throw new RangeError(
        `getLayer: no layer ${JSON.stringify(nameOrIndex)}. Expected a name (${this.layers.map((l) => l.name).join(', ')}) or an index in [${-this.layers.length}, ${this.layers.length - 1}]`,
      );
    }
    return layer;
  }

  /** Number of weights (trainable and not), building the model if needed. */
  countParams(): number {
    if (!this.built) this.build();
    return this.layers.reduce((n, l) => n + l.countParams(), 0);
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
      throw new RangeError(
        `setWeights: the model has ${vars.length} weight tensors. Received: ${Array.isArray(weights) ? weights.length : describe(weights)}`,
      );
    }
    weights.forEach((w, i) => {
      const v = vars[i]!;
      if (!(w instanceof Tensor) || w.shape.join() !== v.shape.join()) {
        throw new RangeError(
          `setWeights: weight ${i} ("${v.name}") has shape [${v.shape}]. Received: ${w instanceof Tensor ? `shape [${w.shape}]` : describe(w)}`,
        );
      }
    });
    vars.forEach((v, i) => v.assign(weights[i]!));
    this.initialWeights = 'set';
  }

  markTrained(): void {
    this.initialWeights = 'trained';
  }

  /**
   * The generator initial weights come from: one stream per model (the model's seed, else the
   * global generator), so layers built one by one as they are added draw what one build would.
   */
  protected initRng(seed = this.seed): Rng {
    if (!this.weightStream) {
      this.weightStream = rngFor(seed);
      this.drawnWith = seed;
    }
    return this.weightStream;
  }

  ensureBuilt(x: readonly Tensor[], seed?: number): void {
    if (!this.built) this.buildForSample(this.inputShape ?? x[0]!.shape.slice(1), this.initRng(seed ?? this.seed));
  }

  /**
   * A seeded fit fixes the initial weights too: a model not built yet is built from fit's seed,
   * and weights drawn at build (never trained, set or loaded) are redrawn from it.
   */
  prepareForFit(x: readonly Tensor[], seed?: number): void {
    if (this.built && seed !== undefined && this.initialWeights === 'drawn' && seed !== this.drawnWith) {
      for (const layer of this.layers) layer.resetBuild();
      this.weightStream = null;
    }
    this.ensureBuilt(x, seed);
  }

  /** Builds every layer for one sample's shape from the given weight stream (a model nested in another builds from the outer one's). */
  buildAsLayer(shape: Shape, rng: Rng): void {
    this.buildForSample(shape, rng);
  }

  /** The layers whose output is the model's (first) output, in order (for reading its head when nested). */
  abstract outputChain(): readonly Layer[];

  /**
   * Calls this model as a layer of a functional model (Keras: a Model is a Layer): one symbolic
   * input, one output; the same layers and weights, however many times it is called.
   */
  apply(x: SymbolicTensor): SymbolicTensor {
    if (!Model.layerOf) throw new Error('Model.apply: models/nested.js is not loaded (import candor, not a deep path)');
    this.layerView ??= Model.layerOf(this as Model);
    return this.layerView.apply(x);
  }

  /** How a model becomes a layer: set by models/nested.ts, which sits above every kind of model (no import cycle). */
  static layerOf: ((model: Model) => Layer) | null = null;

  /**
   * Predictions for x (one array, or a list or { name: array } for several inputs), computed in
   * batches without recording gradients; `predict(x, 64)` is `predict(x, { batchSize: 64 })`.
   */
  predict(x: ModelData, raw: PredictOptions | number = {}): P {
    const options = readOptions<PredictOptions>(typeof raw === 'number' ? { batchSize: raw } : raw, 'predict', PREDICT_SCHEMA);
    const batchSize = checkBatchSize(options.batchSize ?? 32, 'predict');
    return this.predictData(this.inputData(x, 'predict'), batchSize);
  }

  predictOnBatch(x: ModelData): P {
    const data = this.inputData(x, 'predictOnBatch');
    return this.predictData(data, Math.max(1, data[0]!.shape[0]!));
  }

  /** The inputs of x, one checked tensor per model input, all with the same number of samples. */
  private inputData(x: ModelData, where: string): Tensor[] {
    const data = toFloatList(x, this.inputNames, where, 'x', 'inputs', this.inputEncoders());
    const n = data[0]!.shape[0]!;
    const other = data.findIndex((t) => t.shape[0] !== n);
    if (other >= 0)
      throw new RangeError(
        `${where}: every input must have the same number of samples. Received: ${this.inputNames.map((name, i) => `${name} ${data[i]!.shape[0]}`).join(', ')}`,
      );
    return data;
  }

  private predictData(data: Tensor[], batchSize: number): P {
    this.ensureBuilt(data);
    const n = data[0]!.shape[0]!;
    const parts: Tensor[][] = this.outputNames.map(() => []);
    const rng = rngFor(0);
    const pool = sharedStepPool(); // each batch's intermediates reuse the last one's memory; its outputs are kept
    noGrad(() => {
      for (let start = 0; start < n; start += batchSize) {
        const { outputs } = pool.run(
          () => this.forward(rowRanges(data, start, Math.min(start + batchSize, n)), { training: false, rng }),
          (r) => r.outputs,
        );
        outputs.forEach((o, h) => parts[h]!.push(o));
      }
    });
    return this.packOutputs(parts.map(concatRows));
  }

  /** Trains the model; see FitOptions. Resolves to the History of per-epoch losses and metrics. */
  fit(x: ModelData, y: ModelData, options: FitOptions = {}): Promise<History> {
    return fit(this.requireTrainer('fit'), x, y, options);
  }

  /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
  evaluate(x: ModelData, y: ModelData, options: EvaluateOptions | number = {}): Logs {
    return this.requireTrainer('evaluate').evaluate(x, y, options);
  }

  /**
   * Everything evaluate knows, with context: each metric with what it resolved to and what a
   * trivial predictor scores on the same data, and every finding about the setup and the numbers.
   */
  evaluateReport(x: ModelData, y: ModelData, options: ReportOptions | number = {}): EvaluationReport {
    return this.requireTrainer('evaluateReport').evaluateReport(x, y, options);
  }

  testOnBatch(x: ModelData, y: ModelData): Logs {
    return this.requireTrainer('evaluate').testOnBatch(x, y);
  }

  /** One optimisation step on a batch; returns the batch loss and the batch's metrics. */
  trainOnBatch(x: ModelData, y: ModelData, options: { sampleWeight?: DataInput; seed?: number } = {}): Logs {
    return this.requireTrainer('fit').trainOnBatch(x, y, options);
  }

  // Saving sits above models (it rebuilds them on load): reached lazily, as Keras' Model.save reaches saving_api.

  /** Writes the model (config, weights, optimizer state) to a directory, atomically per file; "file://" prefixes are accepted. */
  async save(dir: string): Promise<void> {
    const { saveModel } = await import('../saving/save.js');
    return saveModel(this, dir);
  }

  /** Writes only the weights (Keras' save_weights); loadWeights reads them into a model of the same architecture. */
  async saveWeights(dir: string): Promise<void> {
    const { saveWeights } = await import('../saving/save.js');
    return saveWeights(this, dir);
  }

  async loadWeights(dir: string): Promise<void> {
    const { loadWeights } = await import('../saving/save.js');
    return loadWeights(this, dir);
  }
}
