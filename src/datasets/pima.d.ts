import { Tensor } from '../tensor/tensor.js';
export interface TabularDataset {
    /** Features (n, d), float32. */
    x: Tensor;
    /** Labels (n, 1), 0/1. */
    y: Tensor;
    featureNames: string[];
}
/** Pima Indians Diabetes (seed 003): 768 × 8 features, 268 positive; see data/README.md for provenance. */
export declare function loadPima(): TabularDataset;
