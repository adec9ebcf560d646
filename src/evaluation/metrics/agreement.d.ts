/** Balanced accuracy, Matthews correlation and Cohen's kappa from a weighted confusion matrix. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
import { type Metric } from './metric.js';
/**
 * Single-label scores from the weighted confusion matrix C[true][predicted], with scikit-learn's
 * definitions (labels = the classes seen in the targets or the predictions):
 * balanced_accuracy_score (mean recall over the classes present in the targets),
 * matthews_corrcoef (the multiclass R_K form; 0 when a marginal is constant) and
 * cohen_kappa_score (unweighted, or 'linear' / 'quadratic' disagreement weights).
 */
export type AgreementScore = 'balanced_accuracy' | 'matthews_corrcoef' | 'cohen_kappa';
/** Weighted confusion matrix over a fixed number of classes. */
export declare class ConfusionMatrix {
    readonly classes: number;
    readonly counts: Float64Array;
    constructor(classes: number);
    add(truth: Uint8Array, predicted: Uint8Array, rows: number, weights?: ArrayLike<number>): void;
    /** Rows as arrays, restricted to the classes seen (scikit-learn's labels). */
    seen(): {
        labels: number[];
        matrix: number[][];
    };
}
export declare function agreementScore(kind: AgreementScore, matrix: number[][], weights?: 'none' | 'linear' | 'quadratic'): number;
/** Streaming balanced accuracy, MCC or Cohen's kappa (binary or multiclass targets). */
export declare class AgreementMetric implements Metric {
    readonly name: string;
    private readonly kind;
    private readonly task;
    private readonly threshold;
    private readonly weights;
    private matrix;
    constructor(name: string, kind: AgreementScore, task: Task, threshold: number, weights?: 'none' | 'linear' | 'quadratic');
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    resetState(): void;
}
