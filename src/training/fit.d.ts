import { type DataInput } from '../tensor/input.js';
import { type ModelData } from './model-data.js';
import { History } from './history.js';
import { Callback } from './callbacks.js';
import { type Verbosity } from './progress.js';
import type { Trainer } from './trainer.js';
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
/** Trains `trainer.model` (the Model the trainer was compiled for); see FitOptions. */
export declare function fit(trainer: Trainer, x: ModelData, y: ModelData, raw?: FitOptions): Promise<History>;
