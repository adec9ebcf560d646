/** P(A > B) (ties count half) with a seeded percentile-bootstrap 95% CI. */
export interface Improvement {
    value: number;
    ci95: [number, number];
    /** What was compared: paired runs, paired folds (resampled by run), or every (A run, B run) pair. */
    unit: 'runs' | 'folds' | 'run pairs';
    resamples: number;
    seed: number;
}
export interface BootstrapOptions {
    resamples?: number;
    seed?: number;
}
/**
 * Paired: `differences[run]` holds A − B for each fold of a run (one value under hold-out). The
 * share of units where A beats B; the bootstrap resamples whole runs, because the folds of one run
 * share their data and are not independent of each other.
 */
export declare function probabilityOfImprovement(differences: readonly (readonly number[])[], options?: BootstrapOptions): Improvement;
/** Unpaired: P(a run of A scores above a run of B) over every pair (= Mann-Whitney U / (n_A · n_B)); each sample resampled on its own. */
export declare function probabilityOfImprovementUnpaired(a: readonly number[], b: readonly number[], options?: BootstrapOptions): Improvement;
