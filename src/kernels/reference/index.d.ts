/** The reference backend: every kernel in plain TypeScript, the definition the native ones are checked against. */
import type { Kernels } from '../kernels.js';
/** The plain TypeScript backend: every kernel, written to be read; the oracle for faster backends. */
export declare const referenceKernels: Kernels;
