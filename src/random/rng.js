/**
 * Seeded pseudo-random generator (xoshiro128**), 32-bit integer arithmetic only,
 * so a seed gives the same stream on every machine and Node version.
 */
export class Rng {
    s0 = 0;
    s1 = 0;
    s2 = 0;
    s3 = 0;
    spareNormal = null;
    constructor(seed) {
        this.reseed(seed);
    }
    /** Resets the stream; splitmix32 spreads the seed over the four state words. */
    reseed(seed) {
        if (!Number.isFinite(seed))
            throw new RangeError(`Rng: argument "seed" must be a finite number. Received: seed=${seed}`);
        let x = Math.trunc(seed) >>> 0;
        const next = () => {
            x = (x + 0x9e3779b9) | 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.s0 = next();
        this.s1 = next();
        this.s2 = next();
        this.s3 = next();
        this.spareNormal = null;
    }
    /** Next 32 random bits as an unsigned integer. */
    nextUint32() {
        const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
        const t = this.s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }
    /** Uniform in [0, 1) with 32 bits of resolution. */
    uniform() {
        return this.nextUint32() / 4294967296;
    }
    /** Standard normal by the Box-Muller transform (pairs cached). */
    normal() {
        if (this.spareNormal !== null) {
            const v = this.spareNormal;
            this.spareNormal = null;
            return v;
        }
        let u = 0;
        while (u === 0)
            u = this.uniform();
        const v = this.uniform();
        const r = Math.sqrt(-2 * Math.log(u));
        this.spareNormal = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    }
    /** Uniform integer in [0, n). */
    int(n) {
        return Math.floor(this.uniform() * n);
    }
    /** Poisson-distributed count with mean lambda (Knuth's product of uniforms; O(lambda), fine for the small means used here). */
    poisson(lambda) {
        if (!(lambda >= 0) || !Number.isFinite(lambda) || lambda > 700)
            throw new RangeError(`Rng.poisson: argument "lambda" must be in [0, 700]. Received: lambda=${lambda}`);
        const limit = Math.exp(-lambda);
        let k = 0;
        let p = this.uniform();
        while (p > limit) {
            k++;
            p *= this.uniform();
        }
        return k;
    }
    /** A new generator seeded from this one (for independent sub-streams). */
    fork() {
        return new Rng(this.nextUint32());
    }
    /** In-place Fisher-Yates shuffle. */
    shuffle(items) {
        for (let i = items.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            const tmp = items[i];
            items[i] = items[j];
            items[j] = tmp;
        }
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/** Seed of the global generator until setSeed is called: runs are reproducible by default. */
export const DEFAULT_SEED = 1337;
const globalGenerator = new Rng(DEFAULT_SEED);
/** Reseeds the library's global generator (used when no explicit seed is given). */
export function setSeed(seed) {
    globalGenerator.reseed(seed);
}
/** The generator for an explicit seed, or the global one. */
export function rngFor(seed) {
    return seed === undefined ? globalGenerator : new Rng(seed);
}
//# sourceMappingURL=rng.js.map