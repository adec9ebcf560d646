/**
 * ln Γ, ln B and the regularized incomplete beta function I_x(a, b), the special functions behind
 * Student's t. Lanczos (g = 7, 9 terms) for ln Γ; for ln B with a large argument, Stirling's series
 * for the difference ln Γ(a) − ln Γ(a + b), which would otherwise cancel 5–6 digits at ν ≈ 1e5;
 * I_x(a, b) by its continued fraction (modified Lentz), on whichever side converges.
 */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0. */
export function lnGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let sum = LANCZOS[0];
    for (let i = 1; i < 9; i++)
        sum += LANCZOS[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π): Stirling's correction, to ~1e-16 for x >= 15. */
function stirlingCorrection(x) {
    const r = 1 / x;
    const r2 = r * r;
    return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 / 1188))));
}
/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a, b) {
    const big = Math.max(a, b);
    const small = Math.min(a, b);
    if (big < 15)
        return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
    // ln Γ(big) − ln Γ(big + small) without forming either: −(big − ½)·log1p(small/big) − small·ln(big + small) + small + corrections.
    const difference = -(big - 0.5) * Math.log1p(small / big) -
        small * Math.log(big + small) +
        small +
        stirlingCorrection(big) -
        stirlingCorrection(big + small);
    return lnGamma(small) + difference;
}
/** The continued fraction of I_x(a, b) (Numerical Recipes' betacf, modified Lentz). */
function betaFraction(a, b, x) {
    const tiny = 1e-300;
    const clamp = (v) => (Math.abs(v) < tiny ? tiny : v);
    let c = 1;
    let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
    let h = d;
    for (let m = 1; m <= 20000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
        d = 1 / clamp(1 + aa * d);
        c = clamp(1 + aa / c);
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
        d = 1 / clamp(1 + aa * d);
        c = clamp(1 + aa / c);
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return h;
}
/**
 * I_x(a, b) with y = 1 − x given separately (and optionally both logarithms), so callers whose x is
 * 1 − tiny pass the tiny value itself instead of losing it to rounding.
 */
export function regularizedBeta(a, b, x, y, logX = Math.log(x), logY = Math.log(y)) {
    if (logX === -Infinity)
        return 0;
    if (logY === -Infinity)
        return 1;
    const front = Math.exp(a * logX + b * logY - lnBeta(a, b));
    return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, y)) / b;
}
//# sourceMappingURL=special-functions.js.map