/** Verdicts of a comparison, worded for the design that made the runs. */
import { type TestResult } from './stats.js';
import { type Improvement } from './improvement.js';
/**
 * How the runs were made, which decides the valid test: runs that re-split one data set
 * ('resplit') overlap, runs on one shared split ('fixed') differ only by training randomness,
 * runs that draw new data ('fresh', a generated data set) are independent samples.
 */
export type Resampling = 'resplit' | 'fixed' | 'fresh';
export type TestName = 'corrected-resampled-t' | 'corrected-repeated-cv-t' | 'paired-t' | 'welch-t';
/** The test the verdict rests on. */
export interface DesignTest {
    name: TestName;
    statistic: number;
    df: number | null;
    p: number;
    /** Its standard error over the naive test's (1 for the plain paired and Welch tests). */
    correction: number;
    /** n_test / n_train used by a corrected test (0 otherwise). */
    testTrainRatio: number;
    note?: string;
}
export interface ComparisonInput {
    a: string;
    b: string;
    /** Each run's held-out values, one per fold (one under hold-out). Paired designs align runs by index. */
    foldsA: readonly (readonly number[])[];
    foldsB: readonly (readonly number[])[];
    paired: boolean;
    resampling: Resampling;
    /** Mean n_test / n_train over the fits. */
    testTrainRatio: number;
    /** Samples in the data set the runs split (train + test). */
    rows: number;
    /** What differed between runs, in words (e.g. 'split', 'initial weights'). */
    varied: readonly string[];
    alpha?: number;
    /** Seed of the bootstrap behind P(A > B). */
    seed?: number;
    resamples?: number;
}
export interface Comparison {
    a: string;
    b: string;
    /** Mean of a minus mean of b (over run values; a run's value is the mean over its folds). */
    difference: number;
    design: {
        resampling: Resampling;
        paired: boolean;
        unit: 'run' | 'fold';
        units: number;
        varied: string[];
    };
    test: DesignTest;
    /** Tests that treat runs as independent samples of new data: shown for reference, never used for the verdict. */
    naive: {
        pairedT: TestResult | null;
        welch: TestResult;
        mannWhitney: TestResult;
    };
    probabilityOfImprovement: Improvement;
    /** d_z (mean paired difference / sd of the differences) for paired designs; Hedges' g for unpaired runs. */
    effectSize: {
        name: 'd_z' | 'hedges_g';
        value: number;
        ci95: [number, number];
        note?: string;
    };
    /** Runs per configuration for 80% power at the observed difference, under the design's variance; null when more runs cannot resolve it. */
    power: {
        runs: number | null;
        reason?: string;
    };
    verdict: string;
}
export declare const TEST_LABELS: Record<TestName, string>;
/**
 * Compares the final metric of two configurations over repeated runs with the test that is valid
 * for how the runs were made, and says in plain words what the evidence supports and what it covers.
 */
export declare function compareRuns(o: ComparisonInput): Comparison;
