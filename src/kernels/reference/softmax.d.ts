export declare function softmax(x: Float32Array, rows: number, cols: number, out: Float32Array): void;
export declare function logSoftmax(x: Float32Array, rows: number, cols: number, out: Float32Array): void;
export declare function softmaxGrad(y: Float32Array, dy: Float32Array, rows: number, cols: number, dx: Float32Array): void;
export declare function logSoftmaxGrad(y: Float32Array, dy: Float32Array, rows: number, cols: number, dx: Float32Array): void;
export declare function softmaxCrossEntropy(logits: Float32Array, labels: Float32Array, rows: number, cols: number, loss: Float32Array, probs: Float32Array): void;
export declare function sigmoidCrossEntropy(logits: Float32Array, labels: Float32Array, loss: Float32Array): void;
/**
 * dx = (sigmoid(x) - z) * dy in one pass, each step rounded to float32 as the three ops it
 * replaces (sigmoid, sub, mul) rounded their results: the same numbers, one kernel call.
 */
export declare function sigmoidCrossEntropyGrad(logits: Float32Array, labels: Float32Array, dy: Float32Array, dx: Float32Array): void;
