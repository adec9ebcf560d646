/** Seed 003's demo: two equivalent Pima models compared by repeated k-fold runs. */
import { type ExperimentResult } from '../../experiment/experiment.js';
import type { ExperimentConfig } from '../../experiment/types.js';
export interface PimaOptions {
    seed: number;
    runs: number;
    epochs: number;
    batchSize: number;
    /** k of the stratified k-fold cross-validation inside each run. */
    folds: number;
    workers?: number;
    signal?: AbortSignal;
}
/** Seed 003's two models, exactly as posted: raw features, Adam, 150 epochs, batch 32. */
export declare const PIMA_CONFIGS: Record<string, ExperimentConfig>;
/**
 * Seed 003: two mathematically equivalent models (softmax over [0, z] is sigmoid(z)), each trained
 * in `runs` paired seeded runs of k-fold stratified cross-validation, then compared with the tests
 * in stats.ts, so the gap is weighed against the run-to-run spread instead of one lucky run.
 */
export declare function pimaDemo(o: PimaOptions): Promise<ExperimentResult>;
export declare function formatPima(r: ExperimentResult, o: PimaOptions, color: boolean): string;
