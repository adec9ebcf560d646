/**
 * What every model is (Keras 3's Model): layers, build, a forward pass, weights and the initial
 * weight stream, plus Keras' compile / fit / evaluate / predict, which hand over to the Trainer
 * that compile creates. Sequential is a Model; a functional Model will be another.
 */
import { Tensor, type Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { type Rng } from '../random/rng.js';
import type { Layer } from '../layers/layer.js';
import type { SymbolicTensor } from '../layers/symbolic.js';
import { type DataInput } from '../tensor/input.js';
import { Trainer, type CompileArgs, type EvaluateOptions, type ReportOptions } from '../training/trainer.js';
import type { ForwardOptions, ForwardResult, InputEncoder, Logs, OutputHead, TrainableModel } from '../training/trainable.js';
import { type ModelData } from '../training/model-data.js';
import { type FitOptions } from '../training/fit.js';
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
/** What predict returns: one tensor for one output; for several, a list or a dict as the model's outputs were given. */
export type Prediction = Tensor | Tensor[] | {
    [output: string]: Tensor;
};
export declare abstract class Model<P extends Prediction = Prediction> implements TrainableModel {
    readonly name: string;
    /** Seed for weight initialisation when the model is built (else fit's seed, else the global generator). */
    readonly seed: number | undefined;
    /** Set by callbacks to end fit after the current epoch. */
    stopTraining: boolean;
    /** What compile set, and the evaluation context; null until compile. */
    protected trainer: Trainer | null;
    /** The layer this model is when called on a symbolic tensor (made at the first apply). */
    private layerView;
    /**
     * Where the weights came from: drawn at build (a seeded fit may still redraw them, see
     * prepareForFit), set by the user or a load, or changed by training.
     */
    private initialWeights;
    /** The seed the drawn weights came from (undefined: the global generator). */
    private drawnWith;
    private weightStream;
    protected constructor(name: string, seed: number | undefined);
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
    get compiled(): Trainer | null;
    /** Metrics resolved from the first targets seen; fixed from then on. */
    get resolvedMetrics(): readonly ResolvedMetric[] | null;
    /** The task inferred from the first targets seen. */
    get task(): Task | null;
    /** Findings of the setup checks run at the first fit/evaluate. */
    get findings(): readonly Finding[];
    compile(args: CompileArgs): void;
    protected requireTrainer(where: string): Trainer;
    /** The first (or only) output's width and effective activation. */
    outputHead(): OutputHead;
    /** An output head with its compiled loss's fromLogits, for task inference and diagnostics. */
    outputInfo(head?: number): {
        units: number;
        activation: string;
        fromLogits: boolean;
    };
    /** A layer by name or by index (negative counts from the end; graph order for functional models). */
    getLayer(nameOrIndex: string | number): Layer;
    /** Number of weights (trainable and not), building the model if needed. */
    countParams(): number;
    get weights(): Variable[];
    get trainableWeights(): Variable[];
    /** Copies of every weight, in layer order. */
    getWeights(): Tensor[];
    /** Sets every weight, in the order getWeights returns them; shapes must match tensor by tensor. */
    setWeights(weights: readonly Tensor[]): void;
    markTrained(): void;
    /**
     * The generator initial weights come from: one stream per model (the model's seed, else the
     * global generator), so layers built one by one as they are added draw what one build would.
     */
    protected initRng(seed?: number | undefined): Rng;
    ensureBuilt(x: readonly Tensor[], seed?: number): void;
    /**
     * A seeded fit fixes the initial weights too: a model not built yet is built from fit's seed,
     * and weights drawn at build (never trained, set or loaded) are redrawn from it.
     */
    prepareForFit(x: readonly Tensor[], seed?: number): void;
    /** Builds every layer for one sample's shape from the given weight stream (a model nested in another builds from the outer one's). */
    buildAsLayer(shape: Shape, rng: Rng): void;
    /** The layers whose output is the model's (first) output, in order (for reading its head when nested). */
    abstract outputChain(): readonly Layer[];
    /**
     * Calls this model as a layer of a functional model (Keras: a Model is a Layer): one symbolic
     * input, one output; the same layers and weights, however many times it is called.
     */
    apply(x: SymbolicTensor): SymbolicTensor;
    /** How a model becomes a layer: set by models/nested.ts, which sits above every kind of model (no import cycle). */
    static layerOf: ((model: Model) => Layer) | null;
    /**
     * Predictions for x (one array, or a list or { name: array } for several inputs), computed in
     * batches without recording gradients; `predict(x, 64)` is `predict(x, { batchSize: 64 })`.
     */
    predict(x: ModelData, raw?: PredictOptions | number): P;
    predictOnBatch(x: ModelData): P;
    /** The inputs of x, one checked tensor per model input, all with the same number of samples. */
    private inputData;
    private predictData;
    /** Trains the model; see FitOptions. Resolves to the History of per-epoch losses and metrics. */
    fit(x: ModelData, y: ModelData, options?: FitOptions): Promise<History>;
    /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
    evaluate(x: ModelData, y: ModelData, options?: EvaluateOptions | number): Logs;
    /**
     * Everything evaluate knows, with context: each metric with what it resolved to and what a
     * trivial predictor scores on the same data, and every finding about the setup and the numbers.
     */
    evaluateReport(x: ModelData, y: ModelData, options?: ReportOptions | number): EvaluationReport;
    testOnBatch(x: ModelData, y: ModelData): Logs;
    /** One optimisation step on a batch; returns the batch loss and the batch's metrics. */
    trainOnBatch(x: ModelData, y: ModelData, options?: {
        sampleWeight?: DataInput;
        seed?: number;
    }): Logs;
    /** Writes the model (config, weights, optimizer state) to a directory, atomically per file; "file://" prefixes are accepted. */
    save(dir: string): Promise<void>;
    /** Writes only the weights (Keras' save_weights); loadWeights reads them into a model of the same architecture. */
    saveWeights(dir: string): Promise<void>;
    loadWeights(dir: string): Promise<void>;
}
