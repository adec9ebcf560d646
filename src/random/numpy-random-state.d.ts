export declare class NumpyRandomState {
    private readonly mt;
    private index;
    constructor(seed: number);
    /** The next 32-bit output (genrand_int32). */
    nextUint32(): number;
    /** A uniform integer in [0, max] (NumPy's random_interval for max < 2^32). */
    private interval;
    /** Shuffles `items` in place as RandomState.shuffle does a 1-D array. */
    shuffle<T>(items: T[]): T[];
}
