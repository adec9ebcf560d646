/** Ranking metrics: exact ROC AUC (ovr, ovo), Keras' thresholded AUC, average precision. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
import { type Metric } from './metric.js';
/**
 * Area under the ROC curve from scores and 0/1 labels: the weighted Mann-Whitney form (each
 * positive-negative pair counts w_i·w_j, ties half), which equals scikit-learn's trapezoidal area
 * under the weighted ROC curve. `where` names the metric in the error for a single-class input.
 */
export declare function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, weights?: ArrayLike<number>, where?: string): number;
/** Average precision: Σ (R_n − R_{n−1}) · P_n over the distinct thresholds, best score first; 0 without positives (scikit-learn 1.2). */
export declare function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>, weights?: ArrayLike<number>): number;
export type RankingAverage = 'macro' | 'micro' | 'weighted';
/** Collects per-class labels and scores (and sample weights) across batches. */
declare abstract class RankingMetric implements Metric {
    readonly name: string;
    protected readonly task: Task;
    protected readonly average: RankingAverage;
    protected labels: number[][];
    protected scores: number[][];
    protected weights: number[];
    protected weighted: boolean;
    constructor(name: string, task: Task, average: RankingAverage);
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    abstract result(): number;
    protected abstract score(labels: number[], scores: number[], weights: number[] | undefined, where: string): number;
    /** Per-label scores averaged: macro (plain), weighted (by weighted positives), micro (all labels pooled). */
    protected averaged(): number;
    resetState(): void;
}
/**
 * Streaming ROC AUC (keeps every score). Binary: AUC of the positive class; multiclass: one-vs-rest
 * ('ovr', macro or weighted) or Hand & Till's one-vs-one ('ovo'); multi-label: macro, micro or
 * weighted over labels. A class with only one label value is an error, as in scikit-learn.
 */
export declare class AucMetric extends RankingMetric {
    private readonly multiClass;
    constructor(name: string, task: Task, average?: RankingAverage, multiClass?: 'ovr' | 'ovo');
    protected score(labels: number[], scores: number[], weights: number[] | undefined, where: string): number;
    result(): number;
    /** Hand & Till (2001): the mean over class pairs of (AUC(a | a,b) + AUC(b | a,b)) / 2, on the samples of a or b. */
    private oneVsOne;
}
/** Streaming average precision (PR AUC): binary, or multi-label with a macro / micro / weighted average. */
export declare class AveragePrecisionMetric extends RankingMetric {
    protected score(labels: number[], scores: number[], weights: number[] | undefined): number;
    result(): number;
}
/**
 * Keras' streaming AUC (keras.metrics.AUC, curve 'ROC', summation 'interpolation'): confusion
 * counts at numThresholds fixed thresholds (−ε, 1/(n−1), …, (n−2)/(n−1), 1 + ε; ε = 1e-7), then
 * the trapezoidal area under (FPR, TPR). An approximation of the exact ROC AUC ('auc') that keeps
 * O(numThresholds) state. Labels are pooled (multiLabel false, Keras' default) or averaged.
 */
export declare class KerasAucMetric implements Metric {
    readonly name: string;
    private readonly task;
    private readonly multiLabel;
    private tp;
    private fp;
    private positives;
    private negatives;
    private readonly thresholds;
    constructor(name: string, task: Task, numThresholds: number, multiLabel: boolean);
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    resetState(): void;
}
export {};
