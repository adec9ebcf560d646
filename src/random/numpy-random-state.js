/**
 * NumPy's legacy np.random.RandomState(seed).shuffle, reproduced exactly (MT19937 seeded by
 * init_genrand, Fisher–Yates from the end with masked rejection sampling), so that loaders which
 * Keras defines through it (imdb, reuters: seed 113) give Keras' order sample for sample.
 * Candor's own randomness is Rng (xoshiro128**); this exists only to match Keras' data splits.
 */
const N = 624;
const M = 397;
export class NumpyRandomState {
    mt = new Uint32Array(N);
    index = N;
    constructor(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
            throw new RangeError(`NumpyRandomState: argument "seed" must be an integer in [0, 2^32 - 1]. Received: seed=${seed}`);
        this.mt[0] = seed >>> 0;
        for (let i = 1; i < N; i++) {
            const prev = this.mt[i - 1] ^ (this.mt[i - 1] >>> 30);
            this.mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
        }
    }
    /** The next 32-bit output (genrand_int32). */
    nextUint32() {
        const mt = this.mt;
        if (this.index >= N) {
            for (let k = 0; k < N; k++) {
                const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
            }
            this.index = 0;
        }
        let y = mt[this.index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y >>> 0;
    }
    /** A uniform integer in [0, max] (NumPy's random_interval for max < 2^32). */
    interval(max) {
        if (max === 0)
            return 0;
        let mask = max;
        for (let s = 1; s <= 16; s *= 2)
            mask |= mask >>> s;
        mask >>>= 0;
        let value;
        do
            value = (this.nextUint32() & mask) >>> 0;
        while (value > max);
        return value;
    }
    /** Shuffles `items` in place as RandomState.shuffle does a 1-D array. */
    shuffle(items) {
        for (let i = items.length - 1; i > 0; i--) {
            const j = this.interval(i);
            const t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return items;
    }
}
//# sourceMappingURL=numpy-random-state.js.map