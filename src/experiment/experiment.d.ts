import { type DataConfig } from '../config/data-config.js';
import { type Description } from './stats.js';
import { type Comparison, type Resampling } from './verdict.js';
import { type Outcome } from './pool.js';
import { type QueueOptions } from './queue.js';
import type { ExperimentConfig, ExperimentSplit, JobResult } from './types.js';
export type { Comparison } from './verdict.js';
export interface ExperimentOptions {
    /** Configurations by name; each is a Candor config document (layers, compile, fit, optional data overrides). */
    configs: Record<string, ExperimentConfig>;
    /** Data shared by every configuration (a built-in dataset, a CSV file, or { x, y } tensors). */
    data?: DataConfig;
    /** Runs per configuration (default 10). */
    runs?: number;
    /** Seed of each run (default: seed, seed + 1, …). */
    seeds?: number[];
    seed?: number;
    split?: ExperimentSplit;
    /** Configurations share seeds and splits run by run (default true): a paired test decides (corrected when runs re-split the data). */
    paired?: boolean;
    /** Worker threads (default: the number of cores); 0 runs everything on the calling thread. */
    workers?: number;
    /**
     * Run the fits as jobs on a BullMQ queue in Redis instead of local threads: `candor worker`
     * processes on any machines take them; finished fits (same job ID) are reused.
     */
    queue?: QueueOptions;
    epochs?: number;
    batchSize?: number;
    /** Caps data and epochs so each fit takes a moment. */
    quick?: boolean;
    /** Metric the configurations are compared on (default: the first compiled metric). */
    metric?: string;
    /** Directory that relative CSV paths are read from (default: the working directory). */
    dir?: string;
    /**
     * Keep runs whose training loss went NaN or infinite in the statistics (default false: they are
     * left out and counted, because their weights are garbage and their scores say nothing about the
     * configuration's typical run). Either way they are listed in `diverged`.
     */
    keepDiverged?: boolean;
    /** Abort (e.g. on Ctrl-C) to stop: what finished is kept and summarised. */
    signal?: AbortSignal;
    /** After each fit: fits done of total, failures, and runs (a configuration's run with all its folds) finished. */
    onProgress?: (p: {
        done: number;
        total: number;
        failed: number;
        runsDone: number;
        runsTotal: number;
        last: Outcome<JobResult>;
        /** With a queue: how many workers listened on it at the last look. */
        workers?: number;
    }) => void;
}
/** One fold of one run (the only one under a hold-out split): final metrics keyed like the run's, and the split's sizes. */
export interface FoldRecord {
    fold: number;
    test: Record<string, number>;
    train: Record<string, number>;
    nTrain: number;
    nTest: number;
}
/** One run of one configuration: its final metrics and curves (means over folds under k-fold), and every fold's values. */
export interface RunRecord {
    run: number;
    seed: number;
    test: Record<string, number>;
    train: Record<string, number>;
    folds: FoldRecord[];
    curves: Record<string, number[]>;
    seconds: number;
}
export interface MetricSummary {
    name: string;
    resolved: string;
    /** The trivial predictor's value on the same held-out data (mean over runs and folds). */
    baseline: {
        name: string;
        value: number;
    };
    test: Description | null;
    train: Description | null;
}
export interface ConfigResult {
    name: string;
    config: ExperimentConfig;
    epochs: number;
    runs: RunRecord[];
    failures: {
        run: number;
        seed: number;
        fold: number;
        error: string;
    }[];
    /** Runs with a fit whose loss went non-finite: why, and whether they were kept in the statistics (keepDiverged). */
    diverged: {
        run: number;
        seed: number;
        fold: number;
        reason: string;
        kept: boolean;
    }[];
    metrics: MetricSummary[];
    /** Diagnostics raised by the fits, one per code: the first fit's message and how many fits raised it. */
    findings: (JobResult['findings'][number] & {
        fits: number;
    })[];
    /** Fits that finished (runs × folds, minus failures). */
    fits: number;
    data: string;
}
export interface ExperimentResult {
    settings: {
        runs: number;
        seeds: number[];
        split: ExperimentSplit;
        paired: boolean;
        workers: number;
        backend: string;
        quick: boolean;
        keepDiverged: boolean;
        /** Fits run as jobs on this queue; `reused`: how many results were there already (same job ID). */
        queue?: {
            name: string;
            reused: number;
        };
    };
    /** How runs differed: whether the data was re-split (or drawn anew) per run, and what else varied. */
    design: {
        resampling: Resampling;
        varied: string[];
    };
    /** The compared metric, as asked for and as computed. */
    metric: {
        name: string;
        resolved: string;
    };
    configs: ConfigResult[];
    comparisons: (Comparison & {
        pHolm: number;
        runs: number;
    })[];
    /** Pairs that could not be compared, and why (fewer than two finished runs). */
    skipped: string[];
    interrupted: boolean;
    seconds: number;
}
/**
 * Trains every configuration `runs` times with seeded runs (in parallel on worker threads) and
 * compares them with the statistics in stats.ts. Any run can be reproduced alone with its seed.
 */
export declare function experiment(o: ExperimentOptions): Promise<ExperimentResult>;
