import { appendFileSync, writeFileSync } from 'node:fs';
import type { Tensor } from '../tensor/tensor.js';
import type { Sequential, Logs } from '../models/sequential.js';
import type { History } from './history.js';

/** Hooks into fit. `model` and `history` are set before onTrainBegin. */
export abstract class Callback {
  model!: Sequential;
  history!: History;
  onTrainBegin(_logs: Logs): void | Promise<void> {}
  onEpochBegin(_epoch: number): void | Promise<void> {}
  onBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}
  onEpochEnd(_epoch: number, _logs: Logs): void | Promise<void> {}
  onTrainEnd(_logs: Logs): void | Promise<void> {}
}

type Mode = 'auto' | 'min' | 'max';

/** Tracks whether a monitored value improved ('auto': accuracies/AUC go up, everything else down). */
class Monitor {
  readonly higherIsBetter: boolean;
  best: number;
  constructor(readonly key: string, mode: Mode, private readonly minDelta: number) {
    this.higherIsBetter = mode === 'max' || (mode === 'auto' && /acc|auc|precision|recall|f1|r2/.test(key));
    this.best = this.higherIsBetter ? -Infinity : Infinity;
  }
  read(logs: Logs, owner: string): number | undefined {
    const v = logs[this.key];
    if (v === undefined) {
      process.stderr.write(`candor: warning: ${owner} monitors "${this.key}", which is not in the logs (available: ${Object.keys(logs).join(', ')}).\n`);
    }
    return v;
  }
  improved(value: number): boolean {
    return this.higherIsBetter ? value > this.best + this.minDelta : value < this.best - this.minDelta;
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
  constructor(private readonly options: EarlyStoppingOptions = {}) {
    super();
    this.monitor = new Monitor(options.monitor ?? 'val_loss', options.mode ?? 'auto', Math.abs(options.minDelta ?? 0));
  }
  override onEpochEnd(epoch: number, logs: Logs): void {
    const value = this.monitor.read(logs, 'EarlyStopping');
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
  /** Directory to save to; "{epoch}" is replaced by the 1-based epoch number. */
  filepath: string;
  monitor?: string;
  mode?: Mode;
  saveBestOnly?: boolean;
}

/** Saves the model after each epoch, or only when the monitored value improves. */
export class ModelCheckpoint extends Callback {
  private readonly monitor: Monitor;
  constructor(private readonly options: ModelCheckpointOptions) {
    super();
    if (typeof options?.filepath !== 'string' || options.filepath === '') {
      throw new TypeError(`ModelCheckpoint: argument "filepath" must be a non-empty string. Received: filepath=${JSON.stringify(options?.filepath)}`);
    }
    this.monitor = new Monitor(options.monitor ?? 'val_loss', options.mode ?? 'auto', 0);
  }
  override async onEpochEnd(epoch: number, logs: Logs): Promise<void> {
    if (this.options.saveBestOnly) {
      const value = this.monitor.read(logs, 'ModelCheckpoint');
      if (value === undefined || !this.monitor.improved(value)) return;
      this.monitor.best = value;
    }
    await this.model.save(this.options.filepath.replace('{epoch}', String(epoch + 1)));
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
  constructor(private readonly options: ReduceLROnPlateauOptions = {}) {
    super();
    const factor = options.factor ?? 0.1;
    if (!(factor > 0 && factor < 1)) throw new RangeError(`ReduceLROnPlateau: argument "factor" must be in (0, 1). Received: factor=${factor}`);
    this.monitor = new Monitor(options.monitor ?? 'val_loss', options.mode ?? 'auto', options.minDelta ?? 1e-4);
  }
  override onEpochEnd(_epoch: number, logs: Logs): void {
    const optimizer = this.model.compiled!.optimizer;
    logs.learning_rate = optimizer.currentLearningRate();
    const value = this.monitor.read(logs, 'ReduceLROnPlateau');
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
      if (typeof optimizer.learningRate !== 'number') throw new Error('ReduceLROnPlateau: the optimizer uses a learning-rate schedule; use a constant learningRate with this callback.');
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
    }
  }
}

/** Appends one CSV row of logs per epoch. */
export class CSVLogger extends Callback {
  private keys: string[] = [];
  constructor(private readonly filename: string, private readonly options: { separator?: string; append?: boolean } = {}) {
    super();
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
  }
  override onEpochBegin(epoch: number): void {
    const optimizer = this.model.compiled!.optimizer;
    const lr = this.schedule(epoch, optimizer.currentLearningRate());
    if (!(Number.isFinite(lr) && lr >= 0)) throw new RangeError(`LearningRateScheduler: the schedule must return a finite number >= 0. Received: ${lr} for epoch ${epoch}`);
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
  constructor(private readonly hooks: LambdaCallbackHooks) {
    super();
  }
  override onTrainBegin(logs: Logs) { return this.hooks.onTrainBegin?.(logs); }
  override onEpochBegin(epoch: number) { return this.hooks.onEpochBegin?.(epoch); }
  override onBatchEnd(batch: number, logs: Logs) { return this.hooks.onBatchEnd?.(batch, logs); }
  override onEpochEnd(epoch: number, logs: Logs) { return this.hooks.onEpochEnd?.(epoch, logs); }
  override onTrainEnd(logs: Logs) { return this.hooks.onTrainEnd?.(logs); }
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
