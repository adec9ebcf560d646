/** Statistics of runs: descriptions, t tests, Mann-Whitney U, Hedges' g, Holm's correction, power. */
import { standardNormalCdf, standardNormalQuantile, studentCdf, studentQuantile } from './distributions.js';
export function checkSample(x, name, min) {
    if (x.length < min)
        throw new RangeError(`${name}: expected at least ${min} values. Received: ${x.length}`);
    const bad = x.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
        throw new RangeError(`${name}: values must be finite. Received: ${x[bad]} at position ${bad}`);
}
/** A constant sample's mean is its value and its variance exactly 0 (summing in floats can be off in the last bit). */
const constant = (x) => x.every((v) => v === x[0]);
export const mean = (x) => (constant(x) ? x[0] : x.reduce((a, b) => a + b, 0) / x.length);
/** Sample variance (ddof 1); exactly 0 for a constant sample. */
export function variance(x) {
    if (constant(x))
        return 0;
    const m = mean(x);
    return x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1);
}
export function describe(x) {
    checkSample(x, 'describe', 1);
    const m = mean(x);
    const sd = x.length > 1 ? Math.sqrt(variance(x)) : 0;
    const half = x.length > 1 ? studentQuantile(0.975, x.length - 1) * (sd / Math.sqrt(x.length)) : Infinity;
    return { n: x.length, mean: m, sd, min: Math.min(...x), max: Math.max(...x), ci95: [m - half, m + half] };
}
export const twoSidedT = (t, df) => 2 * studentCdf(-Math.abs(t), df);
/** Welch's unequal-variance t-test, two-sided (scipy.stats.ttest_ind(a, b, equal_var=False)). */
export function welchTTest(a, b) {
    checkSample(a, 'welchTTest (a)', 2);
    checkSample(b, 'welchTTest (b)', 2);
    const va = variance(a) / a.length;
    const vb = variance(b) / b.length;
    const diff = mean(a) - mean(b);
    if (va + vb === 0) {
        return diff === 0
            ? { statistic: 0, p: 1, note: 'both samples are constant and equal: no difference' }
            : {
                statistic: Math.sign(diff) * Infinity,
                p: 0,
                note: 'both samples are constant and differ: the difference has no run-to-run noise',
            };
    }
    const t = diff / Math.sqrt(va + vb);
    const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
    return { statistic: t, p: twoSidedT(t, df), df };
}
/** Paired t-test on run-by-run differences, two-sided (scipy.stats.ttest_rel). */
export function pairedTTest(a, b) {
    if (a.length !== b.length)
        throw new RangeError(`pairedTTest: samples must pair up. Received: ${a.length} and ${b.length} values`);
    checkSample(a, 'pairedTTest (a)', 2);
    checkSample(b, 'pairedTTest (b)', 2);
    const d = a.map((v, i) => v - b[i]);
    const vd = variance(d);
    const md = mean(d);
    if (vd === 0) {
        return md === 0
            ? { statistic: 0, p: 1, note: 'every paired difference is 0' }
            : { statistic: Math.sign(md) * Infinity, p: 0, note: 'every paired difference is the same non-zero value' };
    }
    const t = md / Math.sqrt(vd / d.length);
    return { statistic: t, p: twoSidedT(t, d.length - 1), df: d.length - 1 };
}
/** Mid-ranks of the pooled sample (ties share their average rank). */
function ranks(values) {
    const order = values.map((v, i) => [v, i]).sort((x, y) => x[0] - y[0]);
    const r = new Array(values.length);
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        for (let k = i; k <= j; k++)
            r[order[k][1]] = (i + j) / 2 + 1;
        i = j + 1;
    }
    return r;
}
/** Exact two-sided p of U (no ties): counts of rank-sum arrangements by dynamic programming. */
function exactMannWhitneyP(u, n1, n2) {
    // ways[k][s]: subsets of size k from 1..(items seen) whose U-contribution is s.
    const maxU = n1 * n2;
    let ways = Array.from({ length: n1 + 1 }, () => new Array(maxU + 1).fill(0));
    ways[0][0] = 1;
    for (let item = 0; item < n1 + n2; item++) {
        const next = ways.map((row) => row.slice());
        for (let k = 0; k < n1; k++) {
            // Placing one of sample 1 after `item - k` elements of sample 2 adds that many to U.
            const add = item - k;
            if (add < 0 || add > n2)
                continue;
            for (let s = 0; s + add <= maxU; s++)
                if (ways[k][s])
                    next[k + 1][s + add] += ways[k][s];
        }
        ways = next;
    }
    const counts = ways[n1];
    const total = counts.reduce((a, b) => a + b, 0);
    const uMin = Math.min(u, maxU - u);
    let tail = 0;
    for (let s = 0; s <= uMin; s++)
        tail += counts[s];
    return Math.min(1, (2 * tail) / total);
}
/**
 * Mann-Whitney U, two-sided, as scipy.stats.mannwhitneyu (U of sample a; method 'auto': exact
 * unless both samples have more than 8 values or there are ties, else the normal approximation
 * with tie correction and continuity correction).
 */
export function mannWhitneyU(a, b, method = 'auto') {
    checkSample(a, 'mannWhitneyU (a)', 1);
    checkSample(b, 'mannWhitneyU (b)', 1);
    const n1 = a.length;
    const n2 = b.length;
    const r = ranks([...a, ...b]);
    const u = r.slice(0, n1).reduce((s, v) => s + v, 0) - (n1 * (n1 + 1)) / 2;
    const ties = new Set([...a, ...b]).size !== n1 + n2;
    const exact = method === 'exact' || (method === 'auto' && (n1 <= 8 || n2 <= 8) && !ties);
    if (exact)
        return { statistic: u, p: exactMannWhitneyP(u, n1, n2), method: 'exact' };
    const n = n1 + n2;
    const counts = new Map();
    for (const v of r)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const tieTerm = [...counts.values()].reduce((s, t) => s + (t ** 3 - t), 0);
    const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    if (sigma === 0)
        return { statistic: u, p: 1, method: 'asymptotic', note: 'every value is the same: no difference' };
    const z = (Math.abs(u - (n1 * n2) / 2) - 0.5) / sigma;
    return { statistic: u, p: Math.min(1, 2 * standardNormalCdf(-z)), method: 'asymptotic' };
}
/** Hedges' g (bias-corrected standardized mean difference a - b) with an approximate 95% CI. */
export function hedgesG(a, b) {
    checkSample(a, 'hedgesG (a)', 2);
    checkSample(b, 'hedgesG (b)', 2);
    const n1 = a.length;
    const n2 = b.length;
    const pooled = Math.sqrt(((n1 - 1) * variance(a) + (n2 - 1) * variance(b)) / (n1 + n2 - 2));
    const diff = mean(a) - mean(b);
    if (pooled === 0)
        return { g: diff === 0 ? 0 : Math.sign(diff) * Infinity, ci95: [NaN, NaN], note: 'zero pooled variance: the effect size is undefined' };
    const correction = 1 - 3 / (4 * (n1 + n2) - 9);
    const g = (diff / pooled) * correction;
    const se = Math.sqrt((n1 + n2) / (n1 * n2) + (g * g) / (2 * (n1 + n2)));
    const z = standardNormalQuantile(0.975);
    return { g, ci95: [g - z * se, g + z * se] };
}
/** Holm's step-down adjustment of p-values (for several pairwise comparisons). */
export function holm(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, i) => [p, i]).sort((x, y) => x[0] - y[0]);
    const adjusted = new Array(m);
    let running = 0;
    order.forEach(([p, i], k) => {
        running = Math.max(running, Math.min(1, (m - k) * p));
        adjusted[i] = running;
    });
    return adjusted;
}
/** Runs per configuration to detect `difference` at the given power (normal approximation, two-sided). */
export function runsForPower(difference, sd, alpha = 0.05, power = 0.8) {
    if (difference === 0)
        return Infinity;
    const z = standardNormalQuantile(1 - alpha / 2) + standardNormalQuantile(power);
    return Math.ceil(2 * ((z * sd) / Math.abs(difference)) ** 2);
}
//# sourceMappingURL=stats.js.map