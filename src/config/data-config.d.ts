import { Tensor } from '../tensor/tensor.js';
import '../datasets/index.js';
import { type SplitPlan, type Splits } from '../datasets/source.js';
/** Where a training config takes its data from. */
export type DataConfig = {
    dataset: 'mnist';
    trainSize?: number;
    testSize?: number;
    oneHot?: boolean;
}
/** From the cache `candor download cifar10` fills, or `path`. */
 | {
    dataset: 'cifar10';
    trainSize?: number;
    testSize?: number;
    oneHot?: boolean;
    path?: string;
} | {
    dataset: 'pima';
    testSize?: number;
    oneHot?: boolean;
    scale?: boolean;
} | {
    dataset: 'multilabel';
    samples?: number;
    testSize?: number;
    nFeatures?: number;
    nClasses?: number;
    nLabels?: number;
    tfidf?: boolean;
} | {
    dataset: 'spamAssassin';
    task?: 'topic' | 'binary';
    samples?: number;
    testSize?: number;
    numWords?: number;
    maxlen?: number;
    oneHot?: boolean;
} | {
    csv: string;
    labels?: number;
    header?: boolean | 'auto';
    testSize?: number;
    oneHot?: boolean;
    scale?: boolean;
} | InMemoryData
/** A dataset given to registerDataset, with the options its source declares. */
 | {
    dataset: string;
    [option: string]: unknown;
};
/** Type guards for the config's own sources (a registered dataset may take any option names). */
export declare const isInMemory: (d: DataConfig) => d is InMemoryData;
export declare const isCsv: (d: DataConfig) => d is Extract<DataConfig, {
    csv: string;
}>;
/** Samples already in memory (the JS API): class ids or one-hot rows in y. */
export interface InMemoryData {
    x: Tensor;
    y: Tensor;
    testSize?: number;
    /** One-hot encode class ids for this configuration (e.g. softmax + categorical_crossentropy). */
    oneHot?: boolean;
    scale?: boolean;
}
export type { SplitPlan, Splits } from '../datasets/source.js';
/**
 * Loads and splits the data a config names (relative CSV paths from `dir`); --quick caps the sizes
 * so a run finishes in seconds. The seed fixes the split, so configurations sharing a seed share it.
 */
export declare function loadData(raw: DataConfig, dir: string, seed: number, quick: boolean, plan?: SplitPlan): Splits;
