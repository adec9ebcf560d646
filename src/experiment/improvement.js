/** P(A > B) over paired or unpaired runs, with its interval. */
import { Rng } from '../random/rng.js';
import { checkSample } from './stats.js';
const wins = (d) => (d > 0 ? 1 : d === 0 ? 0.5 : 0);
/** The q-quantile of sorted values with linear interpolation (NumPy's default). */
function quantile(sorted, q) {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function settings(o) {
    const resamples = o.resamples ?? 10_000;
    const seed = o.seed ?? 0;
    if (!Number.isInteger(resamples) || resamples < 100)
        throw new RangeError(`probabilityOfImprovement: "resamples" must be an integer >= 100. Received: ${o.resamples}`);
    if (!Number.isInteger(seed) || seed < 0)
        throw new RangeError(`probabilityOfImprovement: "seed" must be a non-negative integer. Received: ${o.seed}`);
    return { resamples, seed };
}
function interval(draws) {
    draws.sort();
    return [quantile(draws, 0.025), quantile(draws, 0.975)];
}
/**
 * Paired: `differences[run]` holds A − B for each fold of a run (one value under hold-out). The
 * share of units where A beats B; the bootstrap resamples whole runs, because the folds of one run
 * share their data and are not independent of each other.
 */
export function probabilityOfImprovement(differences, options = {}) {
    const { resamples, seed } = settings(options);
    if (!Array.isArray(differences) || differences.length === 0)
        throw new RangeError('probabilityOfImprovement: expected at least one run of paired differences');
    differences.forEach((run, r) => checkSample(run, `probabilityOfImprovement (run ${r})`, 1));
    const perRun = differences.map((run) => ({
        score: run.reduce((s, d) => s + wins(d), 0),
        units: run.length,
    }));
    const units = perRun.reduce((s, r) => s + r.units, 0);
    const value = perRun.reduce((s, r) => s + r.score, 0) / units;
    const rng = new Rng(seed);
    const draws = new Float64Array(resamples);
    for (let b = 0; b < resamples; b++) {
        let score = 0;
        let n = 0;
        for (let i = 0; i < perRun.length; i++) {
            const run = perRun[rng.int(perRun.length)];
            score += run.score;
            n += run.units;
        }
        draws[b] = score / n;
    }
    return { value, ci95: interval(draws), unit: differences.some((run) => run.length > 1) ? 'folds' : 'runs', resamples, seed };
}
/** Unpaired: P(a run of A scores above a run of B) over every pair (= Mann-Whitney U / (n_A · n_B)); each sample resampled on its own. */
export function probabilityOfImprovementUnpaired(a, b, options = {}) {
    const { resamples, seed } = settings(options);
    checkSample(a, 'probabilityOfImprovementUnpaired (a)', 1);
    checkSample(b, 'probabilityOfImprovementUnpaired (b)', 1);
    const share = (xa, xb) => {
        let s = 0;
        for (let i = 0; i < xa.length; i++)
            for (let j = 0; j < xb.length; j++)
                s += wins(xa[i] - xb[j]);
        return s / (xa.length * xb.length);
    };
    const rng = new Rng(seed);
    const ra = new Float64Array(a.length);
    const rb = new Float64Array(b.length);
    const draws = new Float64Array(resamples);
    for (let k = 0; k < resamples; k++) {
        for (let i = 0; i < a.length; i++)
            ra[i] = a[rng.int(a.length)];
        for (let j = 0; j < b.length; j++)
            rb[j] = b[rng.int(b.length)];
        draws[k] = share(ra, rb);
    }
    return { value: share(a, b), ci95: interval(draws), unit: 'run pairs', resamples, seed };
}
//# sourceMappingURL=improvement.js.map