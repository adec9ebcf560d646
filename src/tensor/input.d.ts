/** User data as tensors: float coercion with finiteness checks, rows, batches, sample weights. */
import { Tensor } from './tensor.js';
import { type TensorInput } from './creation.js';
export type DataInput = Tensor | TensorInput;
/** Converts user data to a float32 tensor and refuses NaN/Infinity, naming the argument and the sample. */
export declare function toFloatData(value: DataInput, where: string, arg: string): Tensor;
/** Checks x and y describe the same samples. */
export declare function checkSameSamples(x: Tensor, y: Tensor, where: string): void;
/** Copies the given rows (samples) of t into a new tensor; no gradient. */
export declare function takeRows(t: Tensor, rows: ArrayLike<number>, start?: number, end?: number): Tensor;
/** Contiguous rows [start, end) as a view-free copy. */
export declare function rowRange(t: Tensor, start: number, end: number): Tensor;
/** Checks a batch size argument. */
export declare function checkBatchSize(batchSize: unknown, where: string): number;
/**
 * Reads sample weights for n samples: (N,) and Keras' (N, 1) become (N,); per-element weights
 * (N, T, …) for sequence losses are kept. Negative weights and a wrong sample count are errors.
 */
export declare function sampleWeightData(value: DataInput, n: number, where: string): Tensor;
/** Joins batches (of predictions) along the batch axis. */
export declare function concatRows(parts: readonly Tensor[]): Tensor;
