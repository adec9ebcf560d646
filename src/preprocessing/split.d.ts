/** Seeded splits (train/test, k-fold, stratified) and StandardScaler. */
import { Tensor } from '../tensor/tensor.js';
import { type DataInput } from '../tensor/input.js';
export interface SplitOptions {
    /** Fraction (0, 1) or number of samples held out. */
    testSize?: number;
    /** Keep each class's share in both parts (default true). */
    stratify?: boolean;
    seed?: number;
}
/** Seeded (stratified) train/test split, like scikit-learn's train_test_split. */
export declare function trainTestSplit(x: DataInput, y: DataInput, options?: SplitOptions): {
    xTrain: Tensor;
    xTest: Tensor;
    yTrain: Tensor;
    yTest: Tensor;
};
/** Seeded stratified k-fold: for each fold, the train and test sample indices. */
export declare function stratifiedKFold(y: DataInput, k: number, seed?: number): {
    train: number[];
    test: number[];
}[];
/** Seeded (shuffled, unstratified) k-fold over n samples. */
export declare function kFold(n: number, k: number, seed?: number): {
    train: number[];
    test: number[];
}[];
/** Fold `fold` of a seeded k-fold split of (x, y), in trainTestSplit's shape. */
export declare function foldSplit(x: DataInput, y: DataInput, options: {
    k: number;
    fold: number;
    stratified?: boolean;
    seed?: number;
}): {
    xTrain: Tensor;
    xTest: Tensor;
    yTrain: Tensor;
    yTest: Tensor;
};
/** Standardises each feature to mean 0 and standard deviation 1 (population sd, as scikit-learn). */
export declare class StandardScaler {
    mean: Float64Array | null;
    scale: Float64Array | null;
    fit(x: DataInput): this;
    transform(x: DataInput): Tensor;
    fitTransform(x: DataInput): Tensor;
}
