/** toCategorical: class ids to one-hot rows. */
import { Tensor } from '../tensor/tensor.js';
import type { DataInput } from '../tensor/input.js';
/** One-hot rows from integer class ids (Keras' to_categorical); numClasses defaults to max id + 1. */
export declare function toCategorical(y: DataInput, numClasses?: number): Tensor;
