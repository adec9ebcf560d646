/**
 * Optimizer steps over one parameter buffer. The order of operations is the contract: the native
 * kernels (src/native/optimizers.c) repeat it in double precision, so both backends agree bit for bit.
 */
import type { Kernels } from '../kernels.js';
export declare const adamUpdate: Kernels['adamUpdate'];
export declare const sgdUpdate: Kernels['sgdUpdate'];
export declare const rmspropUpdate: Kernels['rmspropUpdate'];
