/**
 * Seeded pseudo-random generator (xoshiro128**), 32-bit integer arithmetic only,
 * so a seed gives the same stream on every machine and Node version.
 */
export declare class Rng {
    private s0;
    private s1;
    private s2;
    private s3;
    private spareNormal;
    constructor(seed: number);
    /** Resets the stream; splitmix32 spreads the seed over the four state words. */
    reseed(seed: number): void;
    /** Next 32 random bits as an unsigned integer. */
    nextUint32(): number;
    /** Uniform in [0, 1) with 32 bits of resolution. */
    uniform(): number;
    /** Standard normal by the Box-Muller transform (pairs cached). */
    normal(): number;
    /** Uniform integer in [0, n). */
    int(n: number): number;
    /** Poisson-distributed count with mean lambda (Knuth's product of uniforms; O(lambda), fine for the small means used here). */
    poisson(lambda: number): number;
    /** A new generator seeded from this one (for independent sub-streams). */
    fork(): Rng;
    /** In-place Fisher-Yates shuffle. */
    shuffle<T>(items: T[] | Int32Array): void;
}
/** Seed of the global generator until setSeed is called: runs are reproducible by default. */
export declare const DEFAULT_SEED = 1337;
/** Reseeds the library's global generator (used when no explicit seed is given). */
export declare function setSeed(seed: number): void;
/** The generator for an explicit seed, or the global one. */
export declare function rngFor(seed?: number): Rng;
