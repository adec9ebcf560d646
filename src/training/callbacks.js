/** Keras' callbacks: EarlyStopping, ModelCheckpoint, ReduceLROnPlateau, TerminateOnNaN, CSVLogger, schedules, lambdas. */
import { appendFileSync, writeFileSync } from 'node:fs';
import { KINDS, readOptions } from '../registry/options.js';
/** Hooks into fit. `model` and `history` are set before onTrainBegin. */
export class Callback {
    model;
    history;
    onTrainBegin(_logs) { }
    onEpochBegin(_epoch) { }
    onBatchEnd(_batch, _logs) { }
    onEpochEnd(_epoch, _logs) { }
    onTrainEnd(_logs) { }
}
const MODE = { test: (v) => v === 'auto' || v === 'min' || v === 'max', expected: "'auto', 'min' or 'max'" };
const MONITORED = { monitor: 'string', mode: MODE };
const NO_VERBOSE = { verbose: "Candor's callbacks print only warnings; stopReason and the logs say what they did" };
/**
 * Tracks whether a monitored value improved. 'auto' asks the monitored metric's record which way
 * is better (an MCC or kappa goes up, a Hamming or log loss down); the loss and any other key go down.
 */
class Monitor {
    key;
    minDelta;
    higher;
    best = NaN;
    constructor(key, mode, minDelta) {
        this.key = key;
        this.minDelta = minDelta;
        this.higher = mode === 'auto' ? null : mode === 'max';
        if (this.higher !== null)
            this.best = this.higher ? -Infinity : Infinity;
    }
    read(logs, owner, model) {
        if (this.higher === null) {
            const name = this.key.replace(/^val_/, '');
            this.higher = model.resolvedMetrics?.find((m) => m.name === name)?.direction === 'higher';
            this.best = this.higher ? -Infinity : Infinity;
        }
        const v = logs[this.key];
        if (v === undefined) {
            process.stderr.write(`candor: warning: ${owner} monitors "${this.key}", which is not in the logs (available: ${Object.keys(logs).join(', ')}).\n`);
        }
        return v;
    }
    improved(value) {
        return this.higher ? value > this.best + this.minDelta : value < this.best - this.minDelta;
    }
}
/** Stops when the monitored value has not improved for `patience` epochs; can restore the best weights. */
export class EarlyStopping extends Callback {
    monitor;
    wait = 0;
    bestWeights = null;
    stoppedEpoch = null;
    options;
    constructor(raw = {}) {
        super();
        this.options = readOptions(raw, 'EarlyStopping', {
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
    onEpochEnd(epoch, logs) {
        const value = this.monitor.read(logs, 'EarlyStopping', this.model);
        if (value === undefined)
            return;
        if (this.monitor.improved(value)) {
            this.monitor.best = value;
            this.wait = 0;
            if (this.options.restoreBestWeights)
                this.bestWeights = this.model.getWeights();
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
    onTrainEnd() {
        if (this.bestWeights && this.stoppedEpoch !== null)
            this.model.setWeights(this.bestWeights);
    }
}
/** Expands Keras' filepath template: {key}, {key:02d} (zero-padded integer), {key:.4f}, {key:.2e}; an unknown key is an error. */
export function expandFilepath(template, values) {
    return template.replace(/\{([A-Za-z_][\w]*)(?::([^}]*))?\}/g, (_, key, spec) => {
        const v = values[key];
        if (v === undefined)
            throw new RangeError(`ModelCheckpoint: filepath "${template}" names {${key}}, which is not in the logs. Available: ${Object.keys(values).join(', ')}`);
        if (spec === undefined || spec === '')
            return String(v);
        const int = /^(0?)(\d*)d$/.exec(spec);
        if (int)
            return Math.round(v)
                .toString()
                .padStart(Number(int[2] || 0), int[1] ? '0' : ' ');
        const fixed = /^\.(\d+)([fe])$/.exec(spec);
        if (fixed)
            return fixed[2] === 'f' ? v.toFixed(Number(fixed[1])) : v.toExponential(Number(fixed[1])).replace(/e([+-])(\d)$/, 'e$10$2');
        throw new RangeError(`ModelCheckpoint: filepath "${template}": unsupported format "{${key}:${spec}}". Expected d, 0Nd, .Nf or .Ne`);
    });
}
/** Saves the model (or its weights) after each epoch, or only when the monitored value improves. */
export class ModelCheckpoint extends Callback {
    monitor;
    options;
    constructor(raw) {
        super();
        this.options = readOptions(raw, 'ModelCheckpoint', {
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
            throw new TypeError(`ModelCheckpoint: argument "filepath" must be a non-empty string. Received: filepath=${JSON.stringify(filepath)}`);
        }
        this.monitor = new Monitor(this.options.monitor ?? 'val_loss', this.options.mode ?? 'auto', 0);
    }
    async onEpochEnd(epoch, logs) {
        if (this.options.saveBestOnly) {
            const value = this.monitor.read(logs, 'ModelCheckpoint', this.model);
            if (value === undefined || !this.monitor.improved(value))
                return;
            this.monitor.best = value;
        }
        const path = expandFilepath(this.options.filepath, { ...logs, epoch: epoch + 1 });
        await (this.options.saveWeightsOnly ? this.model.saveWeights(path) : this.model.save(path));
    }
}
/** Multiplies the learning rate by `factor` after `patience` epochs without improvement. */
export class ReduceLROnPlateau extends Callback {
    monitor;
    wait = 0;
    cooldownLeft = 0;
    options;
    constructor(raw = {}) {
        super();
        this.options = readOptions(raw, 'ReduceLROnPlateau', {
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
    onEpochEnd(_epoch, logs) {
        const optimizer = this.model.compiled.optimizer;
        logs.learning_rate = optimizer.currentLearningRate();
        const value = this.monitor.read(logs, 'ReduceLROnPlateau', this.model);
        if (value === undefined)
            return;
        if (this.cooldownLeft > 0)
            this.cooldownLeft--;
        if (this.monitor.improved(value)) {
            this.monitor.best = value;
            this.wait = 0;
            return;
        }
        if (this.cooldownLeft > 0)
            return;
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
    onBatchEnd(batch, logs) {
        if (logs.loss !== undefined && !Number.isFinite(logs.loss)) {
            this.model.stopTraining = true;
            this.history.stopReason ??= `TerminateOnNaN: loss became ${logs.loss} at batch ${batch}`;
            this.history.diverged ??= `the training loss became ${logs.loss} at batch ${batch}`;
        }
    }
}
/** Appends one CSV row of logs per epoch. */
export class CSVLogger extends Callback {
    filename;
    keys = [];
    options;
    constructor(filename, raw = {}) {
        super();
        this.filename = filename;
        if (typeof filename !== 'string' || filename === '')
            throw new TypeError(`CSVLogger: argument "filename" must be a non-empty string. Received: ${JSON.stringify(filename)}`);
        this.options = readOptions(raw, 'CSVLogger', { keys: { separator: 'string', append: 'boolean' } });
    }
    onTrainBegin() {
        this.keys = [];
        if (!this.options.append)
            writeFileSync(this.filename, '');
    }
    onEpochEnd(epoch, logs) {
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
    schedule;
    constructor(schedule) {
        super();
        this.schedule = schedule;
        if (typeof schedule !== 'function')
            throw new TypeError(`LearningRateScheduler: argument "schedule" must be a function (epoch, lr) => lr. Received: ${JSON.stringify(schedule)}`);
    }
    onEpochBegin(epoch) {
        const optimizer = this.model.compiled.optimizer;
        const lr = this.schedule(epoch, optimizer.currentLearningRate());
        if (!(Number.isFinite(lr) && lr >= 0))
            throw new RangeError(`LearningRateScheduler: the schedule must return a finite number >= 0. Received: ${lr} for epoch ${epoch}`);
        optimizer.learningRate = lr;
    }
}
/** A callback from plain functions. */
export class LambdaCallback extends Callback {
    hooks;
    constructor(raw) {
        super();
        const fn = KINDS.function;
        this.hooks = readOptions(raw, 'LambdaCallback', {
            keys: { onTrainBegin: fn, onEpochBegin: fn, onBatchEnd: fn, onEpochEnd: fn, onTrainEnd: fn },
            refused: {
                onBatchBegin: 'not implemented; use onBatchEnd',
                onTrainBatchBegin: 'not implemented; use onBatchEnd',
                onTrainBatchEnd: 'use onBatchEnd',
            },
        });
    }
    onTrainBegin(logs) {
        return this.hooks.onTrainBegin?.(logs);
    }
    onEpochBegin(epoch) {
        return this.hooks.onEpochBegin?.(epoch);
    }
    onBatchEnd(batch, logs) {
        return this.hooks.onBatchEnd?.(batch, logs);
    }
    onEpochEnd(epoch, logs) {
        return this.hooks.onEpochEnd?.(epoch, logs);
    }
    onTrainEnd(logs) {
        return this.hooks.onTrainEnd?.(logs);
    }
}
export const callbacks = {
    earlyStopping: (o) => new EarlyStopping(o),
    modelCheckpoint: (o) => new ModelCheckpoint(o),
    reduceLROnPlateau: (o) => new ReduceLROnPlateau(o),
    terminateOnNaN: () => new TerminateOnNaN(),
    csvLogger: (filename, o) => new CSVLogger(filename, o),
    learningRateScheduler: (schedule) => new LearningRateScheduler(schedule),
    lambda: (hooks) => new LambdaCallback(hooks),
};
//# sourceMappingURL=callbacks.js.map