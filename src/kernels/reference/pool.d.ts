/** Reference pooling kernels (max with argmax, average) and their gradients. */
import type { PoolGeometry } from '../kernels.js';
export declare function maxPool2d(x: Float32Array, y: Float32Array, g: PoolGeometry, argmax: Int32Array): void;
/** Routes each dy to the first maximum the forward pass recorded (as PyTorch and TF do). */
export declare function maxPool2dGrad(argmax: Int32Array, dy: Float32Array, dx: Float32Array): void;
export declare function avgPool2d(x: Float32Array, y: Float32Array, g: PoolGeometry): void;
export declare function avgPool2dGrad(dy: Float32Array, dx: Float32Array, g: PoolGeometry): void;
