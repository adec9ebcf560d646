import { type ExperimentResult } from '../experiment/experiment.js';
import type { ExperimentConfig } from '../experiment/types.js';
export interface ExperimentCliOptions {
    runs: number;
    seed: number;
    epochs?: number;
    batchSize?: number;
    quick?: boolean;
    metric?: string;
    workers?: number;
    kfold?: number;
    fixedSplit?: boolean;
    keepDiverged?: boolean;
    report?: string;
    json?: boolean;
    /** redis://…: run the fits as jobs on this BullMQ queue (taken by `candor worker` processes). */
    queue?: string;
    /** The queue's name (default 'candor'). */
    name?: string;
    /** With --queue: print the named queue's job counts instead of running anything. */
    status?: string;
}
/** Config files by a short unique name (the file name without .json), with CSV paths made absolute. */
export declare function configsFromFiles(paths: string[]): Record<string, ExperimentConfig>;
/**
 * `candor experiment a.json b.json`: seeded paired runs on worker threads with one progress bar.
 * Ctrl-C stops the runs and still reports (and writes) what finished.
 */
export declare function runExperimentCli(paths: string[], o: ExperimentCliOptions): Promise<{
    result: ExperimentResult;
    text: string;
}>;
/** `candor experiment --queue URL --status NAME`: the queue's job counts. */
export declare function queueStatusCli(o: ExperimentCliOptions): Promise<{
    result: Record<string, number>;
    text: string;
}>;
