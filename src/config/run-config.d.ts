import type { MetricSpec } from '../evaluation/metrics/resolve.js';
import { Sequential } from '../models/sequential.js';
import type { DataConfig } from './data-config.js';
/** A training run described in JSON: data, layers, compile and fit settings. */
export interface TrainConfig {
    name?: string;
    data: DataConfig;
    layers: {
        className: string;
        config: Record<string, unknown>;
    }[];
    compile: {
        loss: string | {
            name: string;
            [k: string]: unknown;
        };
        optimizer?: string | {
            name: string;
            [k: string]: unknown;
        };
        metrics?: MetricSpec[];
        strict?: boolean;
    };
    fit?: {
        epochs?: number;
        batchSize?: number;
        validationSplit?: number;
        seed?: number;
        shuffle?: boolean;
    };
}
/**
 * Checks a config document's keys (Keras snake_case and aliases mapped, anything unknown refused)
 * and returns it in Candor's spelling. Errors are usage errors naming the file.
 */
export declare function checkConfigDocument(doc: Record<string, unknown>, where: string): Partial<TrainConfig>;
/** Reads and checks a config file; relative CSV paths are taken from the config's directory. */
export declare function readTrainConfig(path: string): TrainConfig & {
    dir: string;
};
/** The model a config describes (uncompiled); errors start with `where` (the config file's path in the CLI). */
export declare function buildModel(cfg: TrainConfig, seed?: number, where?: string): Sequential;
/** Compiles a model as its config says; a bad loss/optimizer/metric is the config's fault (a usage error). */
export declare function compileFromConfig(model: Sequential, compile: TrainConfig['compile'], where?: string): void;
