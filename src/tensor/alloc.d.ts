/** A float32 array of n zeros (cheap for small n: see slabView). */
export declare function zeroBuffer(n: number): Float32Array;
export declare function outputBuffer(n: number): Float32Array;
