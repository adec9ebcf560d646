/**
 * The distributions the statistics need — Student's t and the standard normal, cdf and quantile —
 * computed here rather than taken from a package (stdlib's four came with 230 packages, 27 MB, half
 * of an app's node_modules). Checked against SciPy to ~1e-12 relative over integer and fractional
 * degrees of freedom and far tails (test/distributions.test.ts, scripts/make_distribution_fixtures.py).
 * Each tail is computed directly, never as 1 − (the other side), so small p-values keep their digits.
 */
import { lnBeta, regularizedBeta } from './special-functions.js';
const SQRT2PI = Math.sqrt(2 * Math.PI);
const density = (x) => Math.exp(-0.5 * x * x) / SQRT2PI;
/** P(Z <= x) for x <= 0: Marsaglia's all-positive series near 0, a continued fraction in the tail (Lentz). */
function lowerNormalTail(x) {
    if (x === -Infinity)
        return 0;
    if (x > -3) {
        // Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + …); terms keep one sign, so no cancellation.
        let term = x;
        let sum = x;
        for (let k = 3; Math.abs(term) > 1e-17 * Math.abs(sum); k += 2) {
            term *= (x * x) / k;
            sum += term;
        }
        return 0.5 + density(x) * sum;
    }
    // Q(t) = φ(t) / (t + 1/(t + 2/(t + 3/(t + …)))) for t = −x ≥ 3.
    const t = -x;
    const tiny = 1e-300;
    let f = t;
    let c = t;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        d = t + k * d;
        d = Math.abs(d) < tiny ? tiny : d;
        c = t + k / c;
        c = Math.abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return density(t) / f;
}
/** P(Z <= x) for the standard normal (scipy.stats.norm.cdf). */
export function standardNormalCdf(x) {
    if (Number.isNaN(x))
        return NaN;
    return x <= 0 ? lowerNormalTail(x) : 1 - lowerNormalTail(-x);
}
/** Upper-tail start for the normal quantile, Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), refined below. */
function roughNormalQuantile(q) {
    const t = Math.sqrt(-2 * Math.log(q));
    return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}
/** The p-quantile of the standard normal (scipy.stats.norm.ppf): A&S's start, then Halley steps on the lower tail. */
export function standardNormalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -standardNormalQuantile(1 - p);
    if (p === 0.5)
        return 0;
    let x = -roughNormalQuantile(p);
    for (let i = 0; i < 8; i++) {
        const r = (lowerNormalTail(x) - p) / density(x);
        const step = r / (1 + (x * r) / 2);
        x -= step;
        if (Math.abs(step) <= 1e-15 * Math.abs(x))
            break;
    }
    return x;
}
/**
 * P(T <= x) for x <= 0: ½·I_w(ν/2, ½) with w = ν/(ν + x²). w and 1 − w (and their logarithms) are
 * formed without cancellation: from x² when x² < ν (w is 1 − tiny there), else from s = √ν/|x|
 * (which also keeps x² from overflowing).
 */
function lowerStudentTail(x, df) {
    const ax = -x;
    if (ax * ax < df) {
        const x2 = ax * ax;
        return 0.5 * regularizedBeta(df / 2, 0.5, df / (df + x2), x2 / (df + x2), -Math.log1p(x2 / df), Math.log(x2) - Math.log(df + x2));
    }
    const s = Math.sqrt(df) / ax;
    const s2 = s * s; // may underflow to 0 while log(s) stays exact: the logarithms carry the tail
    return 0.5 * regularizedBeta(df / 2, 0.5, s2 / (1 + s2), 1 / (1 + s2), 2 * Math.log(s) - Math.log1p(s2), -Math.log1p(s2));
}
/** P(T <= x) for Student's t with df degrees of freedom (scipy.stats.t.cdf); df may be fractional (Welch). */
export function studentCdf(x, df) {
    if (Number.isNaN(x) || !(df > 0))
        return NaN;
    if (df === Infinity)
        return standardNormalCdf(x);
    return x <= 0 ? lowerStudentTail(x, df) : 1 - lowerStudentTail(-x, df);
}
/** The t density (for Newton steps): 1/(√ν·B(ν/2, ½)) · (1 + x²/ν)^(−(ν+1)/2), in logs so far tails do not overflow. */
function studentDensity(x, df) {
    const ax = Math.abs(x);
    const logKernel = ax < 1e150 ? Math.log1p((ax * ax) / df) : 2 * Math.log(ax) - Math.log(df);
    return Math.exp(-0.5 * Math.log(df) - lnBeta(df / 2, 0.5) - ((df + 1) / 2) * logKernel);
}
/**
 * The p-quantile of Student's t (scipy.stats.t.ppf). Closed forms for ν = 1 and 2; otherwise Newton
 * on the lower tail from the normal quantile, kept inside a bracket that is bisected whenever a
 * step would leave it, so it converges for every ν and p.
 */
export function studentQuantile(p, df) {
    if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (df === Infinity)
        return standardNormalQuantile(p);
    if (p > 0.5)
        return -studentQuantile(1 - p, df);
    if (p === 0.5)
        return 0;
    if (df === 1)
        return -1 / Math.tan(Math.PI * p);
    if (df === 2)
        return (-Math.sqrt(2) * (1 - 2 * p)) / Math.sqrt(4 * p * (1 - p));
    // Bracket [lo, hi] with F(lo) < p <= F(hi), hi = 0 (p < ½).
    let x = Math.min(standardNormalQuantile(p), -1e-300);
    let lo = x;
    while (lowerStudentTail(lo, df) >= p)
        lo *= 2;
    if (lo === -Infinity)
        return -Infinity; // beyond the doubles: ν < 1 with p ~ 1e-300
    let hi = lo === x ? 0 : lo / 2;
    if (lo !== x)
        x = (lo + hi) / 2;
    for (let i = 0; i < 400; i++) {
        const f = lowerStudentTail(x, df) - p;
        if (f === 0)
            return x;
        if (f < 0)
            lo = x;
        else
            hi = x;
        let next = x - f / studentDensity(x, df);
        if (!(next > lo && next < hi))
            next = lo === -Infinity ? 2 * hi : (lo + hi) / 2;
        if (Math.abs(next - x) <= 1e-15 * Math.abs(next))
            return next;
        x = next;
    }
    return x;
}
//# sourceMappingURL=distributions.js.map