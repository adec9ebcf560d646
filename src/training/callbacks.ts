/** Keras' callbacks: EarlyStopping, ModelCheckpoint, ReduceLROnPlateau, TerminateOnNaN, CSVLogger, schedules, lambdas. */
import { appendFileSync, writeFileSync } from 'node:fs';
import type { Tensor } from '../tensor/tensor.js';
import type { Model } from '../models/model.js';
import type { Logs } from './trainable.js';
import type { History } from './history.js';
import { KINDS, readOptions, type OptionKind } from '../registry/options.js';

/** Hooks into fit. `model` and `history` are set before onTrainBegin. */
export abstract class Callback {
  model!: Model;
  history!: History;
  onTrainBegin(_logs: Logs): void | Promise<void> {}
  onEpochBegin(_epoch: number): void | Promise<void> {}
  onBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}
  onEpochEnd(_epoch: number, _logs: Logs): void | Promise<void> {}
  onTrainEnd(_logs: Logs): void | Promise<void> {}
}

type Mode = 'auto' | 'min' | 'max';

const MODE: OptionKind = { test: (v) => v === 'auto' || v === 'min' || v === 'max', expected: "'auto', 'min' or 'max'" };
const MONITORED = { monitor: 'string', mode: MODE } as const;
const NO_VERBOSE = { verbose: "Candor's callbacks print only warnings; stopReason and the logs say what they did" };

/**
 * Tracks whether a monitored value improved. 'auto' asks the monitored metric's record which way
 * is better (an MCC or kappa goes up, a Hamming or log loss down); the loss and any other key go down.
 */
class Monitor {
  private higher: boolean | null;
  best = NaN;
  constructor(
    readonly key: string,
    mode: Mode,
    private readonly minDelta: number,
  ) {
    this.higher = mode === 'auto' ? null : mode === 'max';
    if (this.higher !== null) this.best = this.higher ? -Infinity : Infinity;
  }
  read(logs: Logs, owner: string, model: Model): number | undefined {
    if (this.higher === null) {
      const name = this.key.replace(/^val_/, '');
      this.higher = model.resolvedMetrics?.find((m) => m.name === name)?.direction === 'higher';
      this.best = this.higher ? -Infinity : Infinity;
    }
    const v = logs[this.key];
    if (v === undefined) {
      process.stderr.write(
        `candor: warning: ${owner} monitors "${this.key}", which is not in the logs (available: ${Object.keys(logs).join(', ')}).\n`,
      );
    }
    return v;
  }
  improved(value: number): boolean {
    return this.higher ? value > this.best + this.minDelta : value < this.best - this.minDelta;
  }
}

export interface EarlyStoppingOptions {
  monitor?: string;
  minDelta?: number;
  patience?: number;
  mode?: Mode;
  restoreBestWeights?: boolean;
}

/** Stops when the monitored value has not improved for `patience` epochs; can restore the best weights. */
export class EarlyStopping extends Callback {
  private readonly monitor: Monitor;
  private wait = 0;
  private bestWeights: Tensor[] | null = null;
  stoppedEpoch: number | null = null;
  private readonly options: EarlyStoppingOptions;
  constructor(raw: EarlyStoppingOptions = {}) {
    super();
    this.options = readOptions<EarlyStoppingOptions>(raw, 'EarlyStopping', {
      keys: { ...MONITORED, minDelta: 'number', patience: KINDS.nonNegativeInt, restoreBestWeights: 'boolean' },
      refused: {
        ...NO_VERBOSE,
        baseline: 'a baseline threshold is not implemented; use patience',
        startFromEpoch: 'not implemented; every epoch counts',
      },
    });
    const options = this.options;
    this.monitor = new Monitor(options.monitor ?? 'val_loss', options.mode ?? 'auto', Math.abs(options.minDelta ?? 0));
  }
  override onEpochEnd(epoch: number, logs: Logs): void {
    const value = this.monitor.read(logs, 'EarlyStopping', this.model);
    if (value === undefined) return;
    if (this.monitor.improved(value)) {
      this.monitor.best = value;
      this.wait = 0;
      if (this.options.restoreBestWeights) this.bestWeights = this.model.getWeights();
      return;
    }
    this.wait++;
    // Keras: stop once `patience` epochs in a row brought no improvement (patience 0 stops at the first).
    if (this.wait >= (this.options.patience ?? 0)) {
      this.stoppedEpoch = epoch;
      this.model.stopTraining = true;
      this.history.stopReason = `EarlyStopping: ${this.monitor.key} did not improve for ${this.wait} epochs (best ${this.monitor.best.toFixed(4)})`;
    }
  }
  override onTrainEnd(): void {
    if (this.bestWeights && this.stoppedEpoch !== null) this.model.setWeights(this.bestWeights);
  }
}

export interface ModelCheckpointOptions {
  /**
   * Directory to save to, a Keras template: "{epoch}" or "{epoch:02d}" is the 1-based epoch,
   * "{val_loss:.4f}" (any logged value) its value; a "file://" prefix is accepted.
   */
  filepath: string;
  monitor?: string;
  mode?: Mode;
  saveBestOnly?: boolean;
  /** Save only the weights (model.saveWeights) instead of the whole model. */
  saveWeightsOnly?: boolean;
}

/** Expands Keras' filepath template: {key}, {key:02d} (zero-padded integer), {key:.4f}, {key:.2e}; an unknown key is an error. */
export function expandFilepath(template: string, values: Readonly<Record<string, number>>): string {
  return template.replace(/\{([A-Za-z_][\w]*)(?::([^}]*))?\}/g, (_, key: string, spec: string | undefined) => {
    const v = values[key];
    if (v === undefined)
      throw new RangeError(
        `ModelCheckpoint: filepath "${template}" names {${key}}, which is not in the logs. Available: ${Object.keys(values).join(', ')}`,
      );
    if (spec === undefined || spec === '') return String(v);
    const int = /^(0?)(\d*)d$/.exec(spec);
    if (int)
      return Math.round(v)
        .toString()
        .padStart(Number(int[2] || 0), int[1] ? '0' : ' ');
    const fixed = /^\.(\d+)([fe])$/.exec(spec);
    if (fixed) return fixed[2] === 'f' ? v.toFixed(Number(fixed[1])) : v.toExponential(Number(fixed[1])).replace(/e([+-])(\d)$/, 'e$10$2');
    throw new RangeError(`ModelCheckpoint: filepath "${template}": unsupported format "{${key}:${spec}}". Expected d, 0Nd, .Nf or .Ne`);
  });
}

/** Saves the model (or its weights) after each epoch, or only when the monitored value improves. */
export class ModelCheckpoint extends Callback {
  private readonly monitor: Monitor;
  private readonly options: ModelCheckpointOptions;
  constructor(raw: ModelCheckpointOptions) {
    super();
    this.options = readOptions<ModelCheckpointOptions>(raw, 'ModelCheckpoint', {
      keys: {
        filepath: 'string',
        ...MONITORED,
        saveBestOnly: 'boolean',
        saveWeightsOnly: 'boolean',
        saveFreq: { test: (v) => v === 'epoch', expected: "'epoch' (checkpoints are written at the end of an epoch)" },
      },
      refused: { ...NO_VERBOSE, initialValueThreshold: 'not implemented; the first epoch sets the best value' },
    });
    const { filepath } = this.options;
    if (typeof filepath !== 'string' || filepath === '') {
      throw new TypeError(
        `ModelCheckpoint: argument "filepath" must be a non-empty string. Received: filepath=${JSON.stringify(filepath)}`,
      );
    }
    this.monitor = new Monitor(this.options.monitor ?? 'val_loss', this.options.mode ?? 'auto', 0);
  }
  override async onEpochEnd(epoch: number, logs: Logs): Promise<void> {
    if (this.options.saveBestOnly) {
      const value = this.monitor.read(logs, 'ModelCheckpoint', this.model);
      if (value === undefined || !this.monitor.improved(value)) return;
      this.monitor.best = value;
    }
    const path = expandFilepath(this.options.filepath, { ...logs, epoch: epoch + 1 });
    await (this.options.saveWeightsOnly ? this.model.saveWeights(path) : this.model.save(path));
  }
}

export interface ReduceLROnPlateauOptions {
  monitor?: string;
  factor?: number;
  patience?: number;
  minDelta?: number;
  cooldown?: number;
  minLr?: number;
  mode?: Mode;
}

/** Multiplies the learning rate by `factor` after `patience` epochs without improvement. */
export class ReduceLROnPlateau extends Callback {
  private readonly monitor: Monitor;
  private wait = 0;
  private cooldownLeft = 0;
  private readonly options: ReduceLROnPlateauOptions;
  constructor(raw: ReduceLROnPlateauOptions = {}) {
    super();
    this.options = readOptions<ReduceLROnPlateauOptions>(raw, 'ReduceLROnPlateau', {
      keys: {
        ...MONITORED,
        factor: 'number',
        patience: KINDS.nonNegativeInt,
        minDelta: 'number',
        cooldown: KINDS.nonNegativeInt,
        minLr: KINDS.nonNegative,
      },
      refused: { ...NO_VERBOSE, epsilon: "Keras 1's name of minDelta; use minDelta" },
    });
    const options = this.options;
    const factor = options.factor ?? 0.1;
    if (!(factor > 0 && factor < 1))
      throw new RangeError(`ReduceLROnPlateau: argument "factor" must be in (0, 1). Received: factor=${factor}`);
    this.monitor = new Monitor(options.monitor ?? 'val_loss', options.mode ?? 'auto', options.minDelta ?? 1e-4);
  }
  override onEpochEnd(_epoch: number, logs: Logs): void {
    const optimizer = this.model.compiled!.optimizer;
    logs.learning_rate = optimizer.currentLearningRate();
    const value = this.monitor.read(logs, 'ReduceLROnPlateau', this.model);
    if (value === undefined) return;
    if (this.cooldownLeft > 0) this.cooldownLeft--;
    if (this.monitor.improved(value)) {
      this.monitor.best = value;
      this.wait = 0;
      return;
    }
    if (this.cooldownLeft > 0) return;
    this.wait++;
    if (this.wait >= (this.options.patience ?? 10)) {
      if (typeof optimizer.learningRate !== 'number')
        throw new Error('ReduceLROnPlateau: the optimizer uses a learning-rate schedule; use a constant learningRate with this callback.');
      optimizer.learningRate = Math.max(optimizer.learningRate * (this.options.factor ?? 0.1), this.options.minLr ?? 0);
      this.cooldownLeft = this.options.cooldown ?? 0;
      this.wait = 0;
    }
  }
}

/** Stops training when the loss becomes NaN or infinite (fit also does this by default). */
export class TerminateOnNaN extends Callback {
  override onBatchEnd(batch: number, logs: Logs): void {
    if (logs.loss !== undefined && !Number.isFinite(logs.loss)) {
      this.model.stopTraining = true;
      this.history.stopReason ??= `TerminateOnNaN: loss became ${logs.loss} at batch ${batch}`;
      this.history.diverged ??= `the training loss became ${logs.loss} at batch ${batch}`;
    }
  }
}

/** Appends one CSV row of logs per epoch. */
export class CSVLogger extends Callback {
  private keys: string[] = [];
  private readonly options: { separator?: string; append?: boolean };
  constructor(
    private readonly filename: string,
    raw: { separator?: string; append?: boolean } = {},
  ) {
    super();
    if (typeof filename !== 'string' || filename === '')
      throw new TypeError(`CSVLogger: argument "filename" must be a non-empty string. Received: ${JSON.stringify(filename)}`);
    this.options = readOptions(raw, 'CSVLogger', { keys: { separator: 'string', append: 'boolean' } });
  }
  override onTrainBegin(): void {
    this.keys = [];
    if (!this.options.append) writeFileSync(this.filename, '');
  }
  override onEpochEnd(epoch: number, logs: Logs): void {
    const sep = this.options.separator ?? ',';
    if (this.keys.length === 0) {
      this.keys = Object.keys(logs).sort();
      appendFileSync(this.filename, ['epoch', ...this.keys].join(sep) + '\n');
    }
    appendFileSync(this.filename, [epoch, ...this.keys.map((k) => logs[k] ?? '')].join(sep) + '\n');
  }
}

/** Sets the learning rate at the start of each epoch from schedule(epoch, currentLr). */
export class LearningRateScheduler extends Callback {
  constructor(private readonly schedule: (epoch: number, lr: number) => number) {
    super();
    if (typeof schedule !== 'function')
      throw new TypeError(
        `LearningRateScheduler: argument "schedule" must be a function (epoch, lr) => lr. Received: ${JSON.stringify(schedule)}`,
      );
  }
  override onEpochBegin(epoch: number): void {
    const optimizer = this.model.compiled!.optimizer;
    const lr = this.schedule(epoch, optimizer.currentLearningRate());
    if (!(Number.isFinite(lr) && lr >= 0))
      throw new RangeError(`LearningRateScheduler: the schedule must return a finite number >= 0. Received: ${lr} for epoch ${epoch}`);
    optimizer.learningRate = lr;
  }
}

export interface LambdaCallbackHooks {
  onTrainBegin?: (logs: Logs) => void | Promise<void>;
  onEpochBegin?: (epoch: number) => void | Promise<void>;
  onBatchEnd?: (batch: number, logs: Logs) => void | Promise<void>;
  onEpochEnd?: (epoch: number, logs: Logs) => void | Promise<void>;
  onTrainEnd?: (logs: Logs) => void | Promise<void>;
}

/** A callback from plain functions. */
export class LambdaCallback extends Callback {
  private readonly hooks: LambdaCallbackHooks;
  constructor(raw: LambdaCallbackHooks) {
    super();
    const fn = KINDS.function;
    this.hooks = readOptions<LambdaCallbackHooks>(raw, 'LambdaCallback', {
      keys: { onTrainBegin: fn, onEpochBegin: fn, onBatchEnd: fn, onEpochEnd: fn, onTrainEnd: fn },
      refused: {
        onBatchBegin: 'not implemented; use onBatchEnd',
        onTrainBatchBegin: 'not implemented; use onBatchEnd',
        onTrainBatchEnd: 'use onBatchEnd',
      },
    });
  }
  override onTrainBegin(logs: Logs) {
    return this.hooks.onTrainBegin?.(logs);
  }
  override onEpochBegin(epoch: number) {
    return this.hooks.onEpochBegin?.(epoch);
  }
  override onBatchEnd(batch: number, logs: Logs) {
    return this.hooks.onBatchEnd?.(batch, logs);
  }
  override onEpochEnd(epoch: number, logs: Logs) {
    return this.hooks.onEpochEnd?.(epoch, logs);
  }
  override onTrainEnd(logs: Logs) {
    return this.hooks.onTrainEnd?.(logs);
  }
}

export const callbacks = {
  earlyStopping: (o?: EarlyStoppingOptions) => new EarlyStopping(o),
  modelCheckpoint: (o: ModelCheckpointOptions) => new ModelCheckpoint(o),
  reduceLROnPlateau: (o?: ReduceLROnPlateauOptions) => new ReduceLROnPlateau(o),
  terminateOnNaN: () => new TerminateOnNaN(),
  csvLogger: (filename: string, o?: { separator?: string; append?: boolean }) => new CSVLogger(filename, o),
  learningRateScheduler: (schedule: (epoch: number, lr: number) => number) => new LearningRateScheduler(schedule),
  lambda: (hooks: LambdaCallbackHooks) => new LambdaCallback(hooks),
};
