/** Keras' fit loop: epochs of shuffled mini-batches, validation, callbacks, progress, the final report. */
import { sharedStepPool } from '../tensor/step-pool.js';
import { Tensor } from '../tensor/tensor.js';
import { rngFor } from '../random/rng.js';
import type { Model } from '../models/model.js';
import type { EvaluationContext } from '../evaluation/context.js';
import { Mean } from '../evaluation/metrics/metric.js';
import { argmaxRow } from '../evaluation/metrics/labels.js';
import { warnOnce } from '../registry/warnings.js';
import { readOptions, type OptionSchema } from '../registry/options.js';
import { checkBatchSize, rowRange, sampleWeightData, takeRows, type DataInput } from '../tensor/input.js';
import { checkSameSampleCount, rowRanges, takeRowsOf, toFloatList, type ModelData } from './model-data.js';
import { History } from './history.js';
import { formatReport, reportMetrics } from '../evaluation/metric-report.js';
import { Callback, LambdaCallback, type LambdaCallbackHooks } from './callbacks.js';
import { ProgressReporter, type Verbosity } from './progress.js';
import { unwritablePath } from '../io/atomic.js';
import { describe } from '../tensor/describe.js';
import type { Trainer } from './trainer.js';
import type { Logs } from './trainable.js';

export interface FitOptions {
  epochs?: number;
  batchSize?: number;
  shuffle?: boolean;
  /** Fraction of the samples, taken from the end before shuffling (as Keras), held out for validation. */
  validationSplit?: number;
  validationData?: [ModelData, ModelData];
  /** Weight per class id (argmax for one-hot targets), multiplied into the sample weights. */
  classWeight?: Record<number, number>;
  sampleWeight?: DataInput;
  callbacks?: Callback[];
  /** 0 silent, 1 progress bar (one line per epoch without a terminal), 2 one line per epoch. */
  verbose?: Verbosity;
  /** Seeds shuffling and dropout, and the initial weights when the model is not built yet. */
  seed?: number;
  initialEpoch?: number;
  /** Write a self-contained HTML report (learning curves, final metrics with baselines, findings) to this path. */
  report?: string;
}

/** fit's options; Keras / TF.js spellings (batch_size, validation_split, class_weight, nb_epoch, …) are mapped. */
const FIT_SCHEMA: OptionSchema = {
  keys: {
    epochs: 'any',
    batchSize: 'any',
    shuffle: 'boolean',
    validationSplit: 'any',
    validationData: 'any',
    classWeight: 'any',
    sampleWeight: 'any',
    callbacks: 'any',
    verbose: 'any',
    seed: 'any',
    initialEpoch: 'any',
    report: 'any',
  },
  refused: {
    stepsPerEpoch: 'fit trains on every sample each epoch; pass fewer samples or fewer epochs',
    validationSteps: 'validation uses every validation sample',
    validationBatchSize: 'validation uses batchSize',
    validationFreq: 'validation runs after every epoch',
    yieldEvery: 'fit yields to the event loop once per epoch',
    workers: 'data are in memory; experiments run on worker threads (candor.experiment)',
    useMultiprocessing: 'data are in memory; experiments run on worker threads (candor.experiment)',
    maxQueueSize: 'data are in memory',
  },
};

function checkOptions(
  o: FitOptions,
): Required<Pick<FitOptions, 'epochs' | 'batchSize' | 'shuffle' | 'validationSplit' | 'verbose' | 'initialEpoch'>> {
  const epochs = o.epochs ?? 1;
  if (!Number.isInteger(epochs) || epochs < 1)
    throw new RangeError(`fit: argument "epochs" must be a positive integer. Received: epochs=${JSON.stringify(o.epochs)}`);
  const validationSplit = o.validationSplit ?? 0;
  if (!(validationSplit >= 0 && validationSplit < 1))
    throw new RangeError(
      `fit: argument "validationSplit" must be in [0, 1). Received: validationSplit=${JSON.stringify(o.validationSplit)}`,
    );
  const verbose = o.verbose ?? 1;
  if (![0, 1, 2].includes(verbose))
    throw new RangeError(`fit: argument "verbose" must be 0, 1 or 2. Received: verbose=${JSON.stringify(o.verbose)}`);
  const initialEpoch = o.initialEpoch ?? 0;
  if (!Number.isInteger(initialEpoch) || initialEpoch < 0 || initialEpoch >= epochs) {
    throw new RangeError(
      `fit: argument "initialEpoch" must be an integer in [0, epochs). Received: initialEpoch=${JSON.stringify(o.initialEpoch)}, epochs=${epochs}`,
    );
  }
  if (o.report !== undefined && (typeof o.report !== 'string' || o.report === ''))
    throw new RangeError(`fit: argument "report" must be a file path. Received: report=${JSON.stringify(o.report)}`);
  const unwritable = o.report ? unwritablePath(o.report, 'fit: argument "report"') : null;
  if (unwritable) throw new RangeError(unwritable);
  if (o.seed !== undefined && !Number.isFinite(o.seed))
    throw new RangeError(`fit: argument "seed" must be a finite number. Received: seed=${JSON.stringify(o.seed)}`);
  return {
    epochs,
    batchSize: checkBatchSize(o.batchSize ?? 32, 'fit'),
    shuffle: o.shuffle ?? true,
    validationSplit,
    verbose,
    initialEpoch,
  };
}

/** Per-sample weights from sampleWeight and classWeight (undefined when neither is given). */
function sampleWeights(ys: readonly Tensor[], options: FitOptions): Tensor | undefined {
  const y = ys[0]!;
  const n = y.shape[0]!;
  let w: Float32Array | undefined;
  let shape: number[] = [n];
  if (options.sampleWeight !== undefined) {
    const sw = sampleWeightData(options.sampleWeight, n, 'fit');
    w = Float32Array.from(sw.data);
    shape = [...sw.shape];
  }
  if (options.classWeight !== undefined) {
    if (ys.length > 1)
      throw new RangeError(
        `fit: argument "classWeight" weighs one output's classes, and the model has ${ys.length} outputs. Pass per-sample weights as sampleWeight instead`,
      );
    w ??= new Float32Array(n).fill(1);
    const cols = y.size / n;
    for (let i = 0; i < n; i++) {
      const cls = cols === 1 ? Math.round(y.data[i]!) : argmaxRow(y.data, i * cols, cols);
      const cw = options.classWeight[cls];
      if (cw !== undefined && !(typeof cw === 'number' && Number.isFinite(cw) && cw >= 0))
        throw new RangeError(
          `fit: argument "classWeight" must map classes to finite weights >= 0. Received: classWeight[${cls}]=${JSON.stringify(cw)}`,
        );
      if (cw === undefined)
        throw new RangeError(
          `fit: argument "classWeight" has no weight for class ${cls} (sample ${i}). Received: classWeight keys ${Object.keys(options.classWeight).join(', ')}`,
        );
      const per = w.length / n; // per-element weights: every element of the sample
      for (let j = i * per; j < (i + 1) * per; j++) w[j]! *= cw;
    }
  }
  return w && new Tensor(w, shape, 'float32');
}

/**
 * Keeps, in the History, the last epoch's metrics with their trivial baselines (training and
 * validation targets, output by output), and prints them with any finding they raise.
 */
function summarize(
  contexts: readonly EvaluationContext[],
  history: History,
  yTrain: readonly Tensor[],
  yVal: readonly Tensor[] | null,
  reporter: ProgressReporter,
): void {
  const first = contexts.find((c) => c.metrics.length > 0)?.metrics[0];
  if (!first || history.epoch.length === 0) return;
  const last = (key: string): number => history.history[key]![history.history[key]!.length - 1]!;
  const side = (prefix: string, ys: readonly Tensor[]): ReturnType<typeof reportMetrics> => {
    const parts = contexts.map((context, h) =>
      reportMetrics(
        context.metrics.map((metric) => ({ metric, value: last(`${prefix}${metric.name}`) })),
        context,
        ys[h]!,
      ),
    );
    return { metrics: parts.flatMap((p) => p.metrics), findings: parts.flatMap((p) => p.findings) };
  };
  const train = side('', yTrain);
  history.report = { train: train.metrics, findings: train.findings };
  let shown = { title: 'training (last epoch)', ...train };
  if (yVal && history.history[`val_${first.name}`]) {
    const val = side('val_', yVal);
    history.report = { train: train.metrics, validation: val.metrics, findings: [...train.findings, ...val.findings] };
    shown = { title: 'validation (last epoch)', ...val };
  }
  reporter.note(formatReport(shown.title, shown.metrics, shown.findings));
}

const HOOKS = ['onTrainBegin', 'onEpochBegin', 'onBatchEnd', 'onEpochEnd', 'onTrainEnd'];

/** Callbacks as given: Callback objects, or plain objects of hooks as TF.js users write them ({ onEpochEnd }), wrapped. */
function callbackList(value: unknown): Callback[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new TypeError(
      `fit: argument "callbacks" must be an array of callbacks (candor.callbacks.* or { onEpochEnd, … }). Received: ${JSON.stringify(value)?.slice(0, 60) ?? typeof value}`,
    );
  return value.map((cb, i) => {
    if (cb instanceof Callback) return cb;
    if (
      cb &&
      typeof cb === 'object' &&
      Object.keys(cb).length > 0 &&
      Object.keys(cb).every((k) => HOOKS.includes(k) && typeof (cb as Record<string, unknown>)[k] === 'function')
    )
      return new LambdaCallback(cb as LambdaCallbackHooks);
    throw new TypeError(
      `fit: callbacks[${i}] must be a callback (candor.callbacks.*) or an object of hook functions (${HOOKS.join(', ')}). Received: ${JSON.stringify(cb)?.slice(0, 60) ?? typeof cb}`,
    );
  });
}

/** Trains `trainer.model` (the Model the trainer was compiled for); see FitOptions. */
export async function fit(trainer: Trainer, x: ModelData, y: ModelData, raw: FitOptions = {}): Promise<History> {
  const model = trainer.model as Model;
  const options = readOptions<FitOptions>(raw, 'fit', FIT_SCHEMA);
  const o = checkOptions(options);
  const started = performance.now();
  const names = { x: model.inputNames, y: model.outputNames };
  const encoders = model.inputEncoders();
  let xs = toFloatList(x, names.x, 'fit', 'x', 'inputs', encoders);
  let ys = toFloatList(y, names.y, 'fit', 'y', 'outputs');
  checkSameSampleCount(xs, ys, 'fit', names);
  let weights = sampleWeights(ys, options);
  let validation: [Tensor[], Tensor[]] | null = null;
  if (options.validationData) {
    if (!Array.isArray(options.validationData) || options.validationData.length !== 2)
      throw new TypeError(`fit: argument "validationData" must be [x, y]. Received: ${describe(options.validationData)}`);
    // Checked here once; every epoch's validation reuses the checked tensors.
    validation = [
      toFloatList(options.validationData[0], names.x, 'fit', 'validationData[0]', 'inputs', encoders),
      toFloatList(options.validationData[1], names.y, 'fit', 'validationData[1]', 'outputs'),
    ];
    checkSameSampleCount(validation[0], validation[1], 'fit (validationData)', names);
  } else if (o.validationSplit > 0) {
    const n = xs[0]!.shape[0]!;
    const split = Math.floor(n * (1 - o.validationSplit));
    if (split === 0 || split === n)
      throw new RangeError(
        `fit: validationSplit=${o.validationSplit} leaves no ${split === 0 ? 'training' : 'validation'} samples out of ${n}`,
      );
    validation = [rowRanges(xs, split, n), rowRanges(ys, split, n)];
    weights = weights && rowRange(weights, 0, split);
    [xs, ys] = [rowRanges(xs, 0, split), rowRanges(ys, 0, split)];
  }
  const n = xs[0]!.shape[0]!;
  if (n === 0) throw new RangeError('fit: x holds no samples. Received: x.shape[0]=0');
  model.prepareForFit(xs, options.seed);
  const contexts = trainer.contextsFor(ys);
  // Every compiled metric of every output, with the output it reads.
  const tracked = contexts.flatMap((c, head) => c.metrics.map((metric) => ({ metric, head })));
  const metrics = tracked.map((t) => t.metric);
  const rng = rngFor(options.seed);
  const steps = Math.ceil(n / o.batchSize);
  const history = new History({ epochs: o.epochs, steps, batchSize: o.batchSize, samples: n });
  history.setMetrics(metrics);
  const callbacks = callbackList(options.callbacks);
  if (options.report) {
    // The HTML report is a callback of the report module, which sits above training: reached lazily.
    const { FitReport } = await import('../report/fit-report.js');
    callbacks.push(new FitReport(options.report, options.seed !== undefined ? { seed: options.seed } : {}));
  }
  for (const cb of callbacks) {
    cb.model = model;
    cb.history = history;
  }
  const reporter = new ProgressReporter(o.verbose, o.epochs, steps);
  const lossMeans = trainer.heads.map(() => new Mean());
  const lossMean = new Mean();
  const lossLogs = (): Logs =>
    trainer.lossLogs(
      lossMean.result(),
      lossMeans.map((m) => m.result()),
    );
  model.stopTraining = false;
  for (const cb of callbacks) await cb.onTrainBegin({});

  const labels = metrics.map((m) => m.display); // e.g. 'accuracy[categorical]', fixed for the whole fit
  const validationData = validation && {
    x: validation[0],
    y: validation[1],
    sampleWeight: undefined,
    batchSize: o.batchSize,
    samples: validation[0][0]!.shape[0]!,
  };
  const order = Int32Array.from({ length: n }, (_, i) => i);
  // The steps' intermediates reuse one another's memory, and the last call's (tensor/step-pool.ts).
  const pool = sharedStepPool();
  for (let epoch = o.initialEpoch; epoch < o.epochs && !model.stopTraining; epoch++) {
    for (const cb of callbacks) await cb.onEpochBegin(epoch);
    reporter.epochBegin(epoch);
    if (o.shuffle) rng.shuffle(order);
    lossMean.reset();
    lossMeans.forEach((m) => m.reset());
    metrics.forEach((m) => m.metric.resetState());
    for (let step = 0; step < steps && !model.stopTraining; step++) {
      const start = step * o.batchSize;
      const end = Math.min(start + o.batchSize, n);
      const xb = takeRowsOf(xs, order, start, end);
      const yb = takeRowsOf(ys, order, start, end);
      const wb = weights && takeRows(weights, order, start, end);
      const { loss, headLosses, outputs } = trainer.trainStep(xb, yb, wb, rng, pool);
      if (!Number.isFinite(loss)) {
        model.stopTraining = true;
        history.diverged ??= `the training loss became ${loss} at epoch ${epoch + 1}, batch ${step + 1}`;
        history.stopReason = `the loss became ${loss} at epoch ${epoch + 1}, batch ${step + 1}; training stopped. Expected a finite loss. Try a lower learning rate, clipNorm, or check the inputs for extreme values.`;
        warnOnce(`nan:${history.stopReason}`, history.stopReason);
      }
      lossMean.update(loss, end - start);
      headLosses.forEach((l, h) => lossMeans[h]!.update(l, end - start));
      for (const { metric, head } of tracked) metric.metric.updateState(yb[head]!, outputs[head]!, wb);
      reporter.batchEnd(step, () => ({
        ...lossLogs(),
        ...Object.fromEntries(metrics.map((m, i) => [labels[i]!, m.metric.result()])),
      }));
      for (const cb of callbacks) await cb.onBatchEnd(step, { loss });
    }
    const logs: Logs = { ...lossLogs(), ...Object.fromEntries(metrics.map((m) => [m.name, m.metric.result()])) };
    const shown: Logs = { ...lossLogs(), ...Object.fromEntries(metrics.map((m, i) => [labels[i]!, m.metric.result()])) };
    if (validationData) {
      // The last validation is the full report (baselines, findings, per-class table), kept in the History so callers need not evaluate again.
      const final = epoch === o.epochs - 1 || model.stopTraining;
      const report = final ? trainer.reportValidated(validationData, false) : null;
      history.validationReport = report;
      const val = report ? trainer.reportLogs(report) : trainer.evaluateValidated(validationData);
      for (const [k, v] of Object.entries(val)) logs[`val_${k}`] = v;
      for (const k of Object.keys(lossLogs())) shown[`val_${k}`] = val[k]!;
      metrics.forEach((m, i) => {
        shown[`val_${labels[i]}`] = val[m.name]!;
      });
    }
    for (const cb of callbacks) await cb.onEpochEnd(epoch, logs);
    history.record(epoch, logs);
    reporter.epochEnd(epoch, shown);
    // Yield to the event loop between epochs so output flushes and signals are handled.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (history.stopReason) reporter.note(`Training stopped early: ${history.stopReason}`);
  summarize(contexts, history, ys, validation?.[1] ?? null, reporter);
  history.seconds = (performance.now() - started) / 1000;
  for (const cb of callbacks) await cb.onTrainEnd({});
  if (options.report) reporter.note(`report written to ${options.report}`);
  return history;
}
