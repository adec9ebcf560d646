/** The documents an experiment passes around: configurations, jobs and their results. */
import type { Tensor } from '../tensor/tensor.js';
import type { DataConfig, SplitPlan } from '../config/data-config.js';
import type { TrainConfig } from '../config/run-config.js';
import type { MetricReport } from '../evaluation/metric-report.js';
/** One configuration of an experiment: a Candor config document; its `data` (optional) is merged over the experiment's. */
export type ExperimentConfig = Omit<TrainConfig, 'data'> & {
    data?: Partial<DataConfig> & Record<string, unknown>;
};
/**
 * How each run divides the data: a new seeded hold-out split per run ('holdout'), one seeded split
 * shared by every run ('fixed': only training randomness varies), or k-fold cross-validation per run
 * (the run's value is the mean over its folds).
 */
export type ExperimentSplit = 'holdout' | 'fixed' | {
    kfold: number;
    stratified?: boolean;
};
/** A tensor as plain data, so it can cross to a worker thread. */
export interface PlainTensor {
    data: Float32Array | Int32Array;
    shape: number[];
    dtype: Tensor['dtype'];
}
/** One fit: a configuration trained on one run's seed and one fold. Plain data, so a worker can run it. */
export interface Job {
    id: number;
    config: string;
    run: number;
    /** Seed of initial weights, shuffling and dropout. */
    seed: number;
    /** Seed of the data split (the run's seed, or the experiment's first seed under a fixed split). */
    splitSeed: number;
    plan: SplitPlan;
    /** The config's data with `{ shared: true }` when the samples travel once per worker instead of per job. */
    spec: Omit<TrainConfig, 'data'> & {
        data: DataConfig | ({
            shared: true;
        } & Record<string, unknown>);
    };
    dir: string;
    epochs: number;
    batchSize: number;
    quick: boolean;
}
/** What one fit measured: per-epoch curves (train and held-out), and the final metrics with baselines. */
export interface JobResult {
    id: number;
    config: string;
    run: number;
    seed: number;
    fold: number;
    history: Record<string, number[]>;
    test: MetricReport[];
    train: MetricReport[];
    testLoss: number;
    trainLoss: number;
    findings: {
        code: string;
        severity: string;
        message: string;
    }[];
    stopReason: string | null;
    /** Why the fit counts as diverged (its training loss, or its final loss, went non-finite), or null. */
    diverged: string | null;
    data: string;
    /** Samples the fit trained on and was measured on. */
    nTrain: number;
    nTest: number;
    resampling: 'resplit' | 'fixed' | 'fresh';
    seconds: number;
}
