/** Streaming classification metrics: confusion-based scores, top-k, precision/recall at k, Hamming loss. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
import { type Metric } from './metric.js';
import { type Average, type ScoreRule } from './confusion.js';
export { ConfusionCounts, averageScore, perClass, type Average, type ConfusionScore } from './confusion.js';
/** Streaming precision / recall / F-beta with scikit-learn's averages and zero_division rule. */
export declare class ConfusionMetric implements Metric {
    readonly name: string;
    private readonly rule;
    private readonly average;
    private readonly task;
    private readonly threshold;
    private counts;
    private samples;
    constructor(name: string, rule: ScoreRule, average: Average, task: Task, threshold: number);
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    /** Classes whose precision or recall was 0/0 on the data seen (the value then came from zeroDivision). */
    undefinedRatios(): {
        class: number;
        ratio: 'precision' | 'recall';
    }[];
    resetState(): void;
}
/** 1 where the true class is among the k best-scored (multiclass). */
export declare function topKAccuracy(k: number, task: Task): (yTrue: Tensor, yPred: Tensor) => Float32Array;
/**
 * Keras' top_k_categorical_accuracy / sparse_top_k_categorical_accuracy (tf.math.in_top_k): a hit
 * when fewer than k classes score strictly above the true class, so a tie at the cut-off counts.
 */
export declare function kerasTopK(k: number, task: Task, name: string): (yTrue: Tensor, yPred: Tensor) => Float32Array;
/** Fraction of the k best-scored labels that are true (multilabel), per row. */
export declare function precisionAtK(k: number, task: Task): (yTrue: Tensor, yPred: Tensor) => Float32Array;
/** Fraction of a row's true labels found among its k best-scored, per row; rows without true labels are NaN (skipped). */
export declare function recallAtK(k: number, task: Task): (yTrue: Tensor, yPred: Tensor) => Float32Array;
/** Fraction of wrong labels (multilabel) or wrong rows (single-label), per row. */
export declare function hammingLoss(task: Task, threshold: number): (yTrue: Tensor, yPred: Tensor) => Float32Array;
