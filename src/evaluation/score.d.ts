/** Scoring predictions made anywhere: label mapping, prediction kinds, metrics with baselines and findings. */
import { Tensor } from '../tensor/tensor.js';
import { type Task } from './task.js';
import { type MetricSpec } from './metrics/resolve.js';
import { type ClassificationReport } from './metrics/classification-report.js';
import { type MetricReport } from './metric-report.js';
import type { Finding } from './setup-rules.js';
import type { LoadedArray } from '../io/readers/arrays.js';
/**
 * Honest metrics for predictions made anywhere (Keras, PyTorch, scikit-learn): the task is
 * inferred from the targets, labels coded as {−1, 1}, {1, 2} or strings are mapped (and the
 * mapping said), predictions are read as labels, probabilities or logits (inferred and said,
 * or as told), and every metric comes with its trivial baseline and a 95% interval.
 */
export type PredictionKind = 'labels' | 'probabilities' | 'logits';
export interface ScoreOptions {
    /** Metric names or specs (default: the honest set for the task). */
    metrics?: MetricSpec[];
    /** How to read the predictions (default: inferred). */
    predictions?: PredictionKind;
    /** Decision threshold on probabilities (binary and multi-label). */
    threshold?: number;
    /** The positive class of binary targets coded other than 0/1 (scikit-learn's pos_label; default 1 when present, else the larger label). */
    posLabel?: number | string;
    /** The class labels in order (scikit-learn's labels): class id i is labels[i]. */
    labels?: (number | string)[];
    sampleWeight?: number[];
    /** Seed of the bootstrap intervals. */
    seed?: number;
}
export interface ScoreResult {
    task: Task;
    /** How targets were read: 'labels -1 → 0, 1 → 1 (positive: 1)'; null when they were used as given. */
    mapping: string | null;
    classes: (number | string)[] | null;
    predictions: {
        kind: PredictionKind;
        inferred: boolean;
        note: string;
    };
    metrics: MetricReport[];
    classification: ClassificationReport | null;
    findings: Finding[];
    samples: number;
}
/**
 * Scores predictions against targets. Targets: 0/1, class ids, labels of any coding (mapped),
 * one-hot or multi-hot rows, or continuous values. Predictions: one value or one row per target.
 */
export declare function score(targets: LoadedArray, predictions: LoadedArray, o?: ScoreOptions): ScoreResult;
type ScoreInput = Tensor | readonly string[] | readonly number[] | readonly (readonly number[])[] | LoadedArray;
/** candor.score(yTrue, yPred, options): tensors, arrays (string labels too) or loaded files. */
export declare function scorePredictions(yTrue: ScoreInput, yPred: ScoreInput, options?: ScoreOptions): ScoreResult;
export {};
