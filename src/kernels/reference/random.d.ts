/** splitmix32's output function: a well-mixed 32-bit hash of the Weyl sequence key + (i + 1)·golden ratio. */
export declare function counterHash(key: number, i: number): number;
/** Dropout mask from the counter-based stream of `key` (see Kernels.dropoutMask). */
export declare function dropoutMask(key: number, rate: number, scale: number, mask: Float32Array): void;
