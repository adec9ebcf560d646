/** Reference convolution kernels (im2col and direct forms) and their gradients. */
import type { ConvGeometry } from '../kernels.js';
export declare function conv2d(x: Float32Array, w: Float32Array, y: Float32Array, g: ConvGeometry): void;
export declare function conv2dBackpropInput(dy: Float32Array, w: Float32Array, dx: Float32Array, g: ConvGeometry): void;
export declare function conv2dBackpropFilter(x: Float32Array, dy: Float32Array, dw: Float32Array, g: ConvGeometry): void;
export declare function conv2dBiasActivation(x: Float32Array, w: Float32Array, bias: Float32Array, y: Float32Array, g: ConvGeometry, relu: boolean): void;
