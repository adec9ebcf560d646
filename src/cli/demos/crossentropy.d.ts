/** Seeds 000/001: the same model trained with BCE and with CCE, measured the way Keras reports and the way Candor does. */
import type { Baseline } from '../../evaluation/baselines.js';
import { Sequential } from '../../models/sequential.js';
import { Tensor } from '../../tensor/tensor.js';
export interface DemoOptions {
    seed: number;
    epochs: number;
    batchSize: number;
    trainSize: number;
    testSize: number;
    /** Seed 001's third setup too: mean_squared_error on the one-hot targets. */
    withMse?: boolean;
}
export interface CrossentropyRun {
    loss: string;
    testLoss: number;
    /** What Keras 2.0.4 and TF.js print as 'accuracy' for this loss (picked from the loss name). */
    kerasAccuracy: {
        resolved: string;
        value: number;
    };
    /** Candor's 'accuracy', resolved from the targets. */
    accuracy: {
        resolved: string;
        value: number;
    };
    binaryAccuracy: number;
    baselines: {
        accuracy: Baseline;
        binaryAccuracy: Baseline;
    };
    findings: string[];
    seconds: number;
}
/** The MNIST CNN of DESIGN.md (Keras' mnist_cnn example). */
export declare function mnistCnn(seed: number): Sequential;
/** The data a cross-entropy comparison trains and tests on (one-hot targets). */
export interface ComparisonData {
    xTrain: Tensor;
    yTrain: Tensor;
    xTest: Tensor;
    yTest: Tensor;
    /** What the rows are, for the table's title ('MNIST CNN, 6000 training images, …'). */
    title: string;
    classes: number;
}
/**
 * The core of seeds 000/001: the same model, seed and data, trained once with
 * binary_crossentropy and once with categorical_crossentropy, then measured the way
 * Keras 2.0.4 / TF.js report it and the way Candor does.
 */
export declare function compareCrossentropies(makeModel: (seed: number) => Sequential, data: ComparisonData, o: Pick<DemoOptions, 'seed' | 'epochs' | 'batchSize'>, log: (line: string) => void, losses?: readonly string[]): Promise<{
    runs: CrossentropyRun[];
    title: string;
    classes: number;
}>;
/** Seeds 000/001 on MNIST. */
export declare function crossentropyDemo(o: DemoOptions, log: (line: string) => void): Promise<{
    runs: CrossentropyRun[];
    title: string;
    classes: number;
}>;
/** The side-by-side table (a column per loss) and the story in a sentence or two. */
export declare function formatCrossentropy(result: Awaited<ReturnType<typeof compareCrossentropies>>): string;
