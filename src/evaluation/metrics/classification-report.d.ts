/** scikit-learn's classification_report and confusion matrix, streamed or in one call. */
import type { Tensor } from '../../tensor/tensor.js';
import { type Average, type ZeroDivision } from './confusion.js';
import { type Metric } from './metric.js';
import type { Task } from '../task.js';
export interface PrecisionRecallF1 {
    precision: number[];
    recall: number[];
    f1: number[];
    /** Number of true samples of each class (weighted). */
    support: number[];
}
/**
 * scikit-learn's precision_recall_fscore_support (zero_division=0): per class with
 * average 'none', else one averaged value each. Predictions are probabilities (threshold 0.5)
 * or scores; the task is inferred from the targets and the prediction width.
 */
export declare function precisionRecallF1(yTrue: Tensor, yPred: Tensor, options?: {
    average?: Average | 'none';
    threshold?: number;
}): PrecisionRecallF1;
/** Precision, recall, F1 and support of one class or one average. */
export interface ClassRow {
    label: string;
    precision: number;
    recall: number;
    f1: number;
    support: number;
}
/**
 * scikit-learn's classification_report (output_dict) and confusion matrix on the evaluated data:
 * per class (the classes seen, for single-label targets; every label for multi-label), accuracy
 * (single-label), and the micro / macro / weighted / samples averages scikit-learn prints.
 */
export interface ClassificationReport {
    kind: 'binary' | 'multiclass' | 'multilabel';
    classes: ClassRow[];
    accuracy: number | null;
    averages: ClassRow[];
    /** Rows = true class, columns = predicted (single-label, the classes seen); per label [[tn, fp], [fn, tp]] (multi-label). */
    confusion: number[][] | number[][][];
    /** The class ids the rows stand for. */
    labels: number[];
    text: string;
}
/** Streaming state behind a classification report: confusion counts, the matrix, and per-row averages. */
export declare class ReportAccumulator implements Metric {
    private readonly task;
    private readonly threshold;
    private readonly zeroDivision;
    readonly name = "classification_report";
    private counts;
    private matrix;
    private samples;
    private total;
    constructor(task: Task, threshold: number, zeroDivision?: ZeroDivision);
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    resetState(): void;
    report(targetNames?: readonly string[]): ClassificationReport;
}
/** scikit-learn's classification_report on probabilities or scores (threshold 0.5, or argmax for single-label classes). */
export declare function classificationReport(yTrue: Tensor, yPred: Tensor, options?: {
    threshold?: number;
    sampleWeight?: Tensor;
    zeroDivision?: ZeroDivision;
    targetNames?: string[];
}): ClassificationReport;
/** scikit-learn's confusion_matrix (single-label: classes seen, rows true) or multilabel_confusion_matrix (per label [[tn, fp], [fn, tp]]). */
export declare function confusionMatrix(yTrue: Tensor, yPred: Tensor, options?: {
    threshold?: number;
    sampleWeight?: Tensor;
}): {
    labels: number[];
    matrix: number[][] | number[][][];
};
