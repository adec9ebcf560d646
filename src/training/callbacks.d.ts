import type { Model } from '../models/model.js';
import type { Logs } from './trainable.js';
import type { History } from './history.js';
/** Hooks into fit. `model` and `history` are set before onTrainBegin. */
export declare abstract class Callback {
    model: Model;
    history: History;
    onTrainBegin(_logs: Logs): void | Promise<void>;
    onEpochBegin(_epoch: number): void | Promise<void>;
    onBatchEnd(_batch: number, _logs: Logs): void | Promise<void>;
    onEpochEnd(_epoch: number, _logs: Logs): void | Promise<void>;
    onTrainEnd(_logs: Logs): void | Promise<void>;
}
type Mode = 'auto' | 'min' | 'max';
export interface EarlyStoppingOptions {
    monitor?: string;
    minDelta?: number;
    patience?: number;
    mode?: Mode;
    restoreBestWeights?: boolean;
}
/** Stops when the monitored value has not improved for `patience` epochs; can restore the best weights. */
export declare class EarlyStopping extends Callback {
    private readonly monitor;
    private wait;
    private bestWeights;
    stoppedEpoch: number | null;
    private readonly options;
    constructor(raw?: EarlyStoppingOptions);
    onEpochEnd(epoch: number, logs: Logs): void;
    onTrainEnd(): void;
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
export declare function expandFilepath(template: string, values: Readonly<Record<string, number>>): string;
/** Saves the model (or its weights) after each epoch, or only when the monitored value improves. */
export declare class ModelCheckpoint extends Callback {
    private readonly monitor;
    private readonly options;
    constructor(raw: ModelCheckpointOptions);
    onEpochEnd(epoch: number, logs: Logs): Promise<void>;
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
export declare class ReduceLROnPlateau extends Callback {
    private readonly monitor;
    private wait;
    private cooldownLeft;
    private readonly options;
    constructor(raw?: ReduceLROnPlateauOptions);
    onEpochEnd(_epoch: number, logs: Logs): void;
}
/** Stops training when the loss becomes NaN or infinite (fit also does this by default). */
export declare class TerminateOnNaN extends Callback {
    onBatchEnd(batch: number, logs: Logs): void;
}
/** Appends one CSV row of logs per epoch. */
export declare class CSVLogger extends Callback {
    private readonly filename;
    private keys;
    private readonly options;
    constructor(filename: string, raw?: {
        separator?: string;
        append?: boolean;
    });
    onTrainBegin(): void;
    onEpochEnd(epoch: number, logs: Logs): void;
}
/** Sets the learning rate at the start of each epoch from schedule(epoch, currentLr). */
export declare class LearningRateScheduler extends Callback {
    private readonly schedule;
    constructor(schedule: (epoch: number, lr: number) => number);
    onEpochBegin(epoch: number): void;
}
export interface LambdaCallbackHooks {
    onTrainBegin?: (logs: Logs) => void | Promise<void>;
    onEpochBegin?: (epoch: number) => void | Promise<void>;
    onBatchEnd?: (batch: number, logs: Logs) => void | Promise<void>;
    onEpochEnd?: (epoch: number, logs: Logs) => void | Promise<void>;
    onTrainEnd?: (logs: Logs) => void | Promise<void>;
}
/** A callback from plain functions. */
export declare class LambdaCallback extends Callback {
    private readonly hooks;
    constructor(raw: LambdaCallbackHooks);
    onTrainBegin(logs: Logs): void | Promise<void> | undefined;
    onEpochBegin(epoch: number): void | Promise<void> | undefined;
    onBatchEnd(batch: number, logs: Logs): void | Promise<void> | undefined;
    onEpochEnd(epoch: number, logs: Logs): void | Promise<void> | undefined;
    onTrainEnd(logs: Logs): void | Promise<void> | undefined;
}
export declare const callbacks: {
    earlyStopping: (o?: EarlyStoppingOptions) => EarlyStopping;
    modelCheckpoint: (o: ModelCheckpointOptions) => ModelCheckpoint;
    reduceLROnPlateau: (o?: ReduceLROnPlateauOptions) => ReduceLROnPlateau;
    terminateOnNaN: () => TerminateOnNaN;
    csvLogger: (filename: string, o?: {
        separator?: string;
        append?: boolean;
    }) => CSVLogger;
    learningRateScheduler: (schedule: (epoch: number, lr: number) => number) => LearningRateScheduler;
    lambda: (hooks: LambdaCallbackHooks) => LambdaCallback;
};
export {};
