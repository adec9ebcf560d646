/** Summary of one configuration's runs: mean, sample sd, range and a Student-t 95% CI of the mean. */
export interface Description {
    n: number;
    mean: number;
    sd: number;
    min: number;
    max: number;
    ci95: [number, number];
}
/** A test's result; `note` explains degenerate cases (n < 2, zero variance) instead of returning NaN. */
export interface TestResult {
    statistic: number;
    p: number;
    df?: number;
    note?: string;
}
export declare function checkSample(x: readonly number[], name: string, min: number): void;
export declare const mean: (x: readonly number[]) => number;
/** Sample variance (ddof 1); exactly 0 for a constant sample. */
export declare function variance(x: readonly number[]): number;
export declare function describe(x: readonly number[]): Description;
export declare const twoSidedT: (t: number, df: number) => number;
/** Welch's unequal-variance t-test, two-sided (scipy.stats.ttest_ind(a, b, equal_var=False)). */
export declare function welchTTest(a: readonly number[], b: readonly number[]): TestResult;
/** Paired t-test on run-by-run differences, two-sided (scipy.stats.ttest_rel). */
export declare function pairedTTest(a: readonly number[], b: readonly number[]): TestResult;
/**
 * Mann-Whitney U, two-sided, as scipy.stats.mannwhitneyu (U of sample a; method 'auto': exact
 * unless both samples have more than 8 values or there are ties, else the normal approximation
 * with tie correction and continuity correction).
 */
export declare function mannWhitneyU(a: readonly number[], b: readonly number[], method?: 'auto' | 'exact' | 'asymptotic'): TestResult & {
    method: 'exact' | 'asymptotic';
};
/** Hedges' g (bias-corrected standardized mean difference a - b) with an approximate 95% CI. */
export declare function hedgesG(a: readonly number[], b: readonly number[]): {
    g: number;
    ci95: [number, number];
    note?: string;
};
/** Holm's step-down adjustment of p-values (for several pairwise comparisons). */
export declare function holm(pValues: readonly number[]): number[];
/** Runs per configuration to detect `difference` at the given power (normal approximation, two-sided). */
export declare function runsForPower(difference: number, sd: number, alpha?: number, power?: number): number;
