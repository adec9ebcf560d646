/** Per-sample metric functions: binary, categorical, sparse and subset accuracy, squared and absolute error. */
import type { Tensor } from '../../tensor/tensor.js';
/** Fraction of a row's entries whose thresholded prediction equals the target (Keras' binary_accuracy). */
export declare function binaryAccuracy(threshold: number): (yTrue: Tensor, yPred: Tensor) => Float32Array;
/** 1 where argmax(prediction) == argmax(one-hot target). */
export declare function categoricalAccuracy(yTrue: Tensor, yPred: Tensor): Float32Array;
/** 1 where argmax(prediction) == the integer class id. */
export declare function sparseCategoricalAccuracy(yTrue: Tensor, yPred: Tensor): Float32Array;
/** 1 where every label of the row is predicted right at the threshold (exact match). */
export declare function subsetAccuracy(threshold: number): (yTrue: Tensor, yPred: Tensor) => Float32Array;
export declare const meanSquaredError: (yTrue: Tensor, yPred: Tensor) => Float32Array;
export declare const meanAbsoluteError: (yTrue: Tensor, yPred: Tensor) => Float32Array;
