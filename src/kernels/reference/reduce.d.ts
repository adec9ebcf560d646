/** Reference reductions along one axis. */
import type { ReduceKind } from '../kernels.js';
/** (outer, size, inner) -> (outer, inner); sums accumulate in float64. NaN propagates through max/min. */
export declare function reduce(kind: ReduceKind, x: Float32Array, outer: number, size: number, inner: number, out: Float32Array): void;
export declare function argmax(x: Float32Array, outer: number, size: number, inner: number, out: Int32Array): void;
