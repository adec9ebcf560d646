/**
 * Precision, recall and F-beta from weighted confusion counts, with scikit-learn's averages and
 * zero_division rule (precision_recall_fscore_support): an undefined ratio (0/0) takes the
 * zero_division value; F = (1 + β²)·P·R / (β²·P + R) from those values (0 when the denominator is
 * 0). 'nan' follows scikit-learn >= 1.3: undefined ratios are NaN and averages skip them.
 */
export type Average = 'binary' | 'micro' | 'macro' | 'weighted' | 'samples';
export type ConfusionScore = 'precision' | 'recall' | 'fbeta';
export type ZeroDivision = 0 | 1 | 'nan';
/** Weighted true-positive / false-positive / false-negative counts per class. */
export declare class ConfusionCounts {
    readonly classes: number;
    tp: Float64Array;
    fp: Float64Array;
    fn: Float64Array;
    /** Whether a class occurred in the targets or the predictions (scikit-learn's unique_labels). */
    seen: Uint8Array;
    constructor(classes: number);
    add(truth: Uint8Array, predicted: Uint8Array, rows: number, weights?: ArrayLike<number>): void;
    support(c: number): number;
}
export interface ScoreRule {
    kind: ConfusionScore;
    /** β of F-beta (1 for F1); ignored by precision and recall. */
    beta: number;
    zeroDivision: ZeroDivision;
}
/** P, R or F-beta of one set of counts. */
export declare function scoreOf(rule: ScoreRule, tp: number, fp: number, fn: number): number;
/** Per-class scores (every class). */
export declare function perClass(rule: ScoreRule, counts: ConfusionCounts): number[];
/**
 * One averaged score: 'binary' scores class 1; 'micro' pools the counts; 'macro' averages the
 * classes (every label for multi-label, the classes seen for single-label tasks); 'weighted'
 * weights them by support. ('samples' is computed per row by SamplesAverage.)
 */
export declare function averageScore(rule: ScoreRule, counts: ConfusionCounts, average: Exclude<Average, 'samples'>, multilabel: boolean): number;
/** scikit-learn's average='samples' (multi-label): the score of each row's label set, averaged over rows by sample weight. */
export declare class SamplesAverage {
    private readonly rule;
    private total;
    private weight;
    constructor(rule: ScoreRule);
    add(truth: Uint8Array, predicted: Uint8Array, rows: number, classes: number, weights?: ArrayLike<number>): void;
    result(): number;
}
/** Classes whose precision (no positive prediction) or recall (no positive target) was undefined. */
export declare function undefinedRatios(counts: ConfusionCounts, multilabel: boolean): {
    class: number;
    ratio: 'precision' | 'recall';
}[];
