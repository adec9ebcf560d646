/**
 * Tests for runs that re-split one data set. Their training sets overlap, so their scores are
 * correlated and the naive t-test's variance is too small (Dietterich 1998). Nadeau & Bengio (2003)
 * add n_test/n_train to the 1/J factor of the variance of the mean difference; Bouckaert & Frank
 * (2004) apply the same statistic to every fold of repeated k-fold cross-validation.
 */
export interface CorrectedTestResult {
    statistic: number;
    p: number;
    df: number;
    /** The corrected standard error over the naive one: sqrt(1 + J · n_test/n_train). */
    correction: number;
    testTrainRatio: number;
    /** Paired differences the test used (runs, or runs × folds). */
    n: number;
    note?: string;
}
/** Nadeau & Bengio's corrected resampled t-test over J paired differences (A − B, same seed and split). */
export declare function correctedResampledTTest(differences: readonly number[], options: {
    testTrainRatio: number;
}): CorrectedTestResult;
/**
 * Bouckaert & Frank's corrected repeated k-fold t-test: `differences[run][fold]` (A − B on the same
 * fold of the same run), r·k values, df = r·k − 1; the ratio defaults to 1/(k − 1).
 */
export declare function correctedRepeatedCvTTest(differences: readonly (readonly number[])[], options?: {
    testTrainRatio?: number;
}): CorrectedTestResult;
/**
 * Paired units (runs, or runs × folds) needed to detect `difference` at the given power when the
 * variance of the mean difference is (1/J + ratio)·sd² (normal approximation, two-sided); null when
 * no number of units can, because the ratio term does not shrink with J.
 */
export declare function unitsForPower(difference: number, sd: number, testTrainRatio: number, alpha?: number, power?: number): number | null;
/**
 * Standardized paired difference d_z = mean(d) / sd(d), with an approximate normal 95% CI whose
 * sampling variance uses the design's factor: (1/J + ratio) + d_z² / (2J).
 */
export declare function pairedEffectSize(differences: readonly number[], testTrainRatio?: number): {
    name: 'd_z';
    value: number;
    ci95: [number, number];
    note?: string;
};
