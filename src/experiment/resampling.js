/** Tests valid under resampling: the corrected resampled and repeated k-fold t tests. */
import { standardNormalQuantile } from './distributions.js';
import { checkSample, mean, twoSidedT, variance } from './stats.js';
function checkRatio(ratio, name) {
    if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio < 0) {
        throw new RangeError(`${name}: "testTrainRatio" must be a finite number >= 0 (test samples / training samples of one split). Received: ${ratio}`);
    }
    return ratio;
}
/** t = mean(d) / sqrt((1/J + ratio) · var(d)), df = J − 1, two-sided. */
function correctedT(d, ratio, name) {
    checkSample(d, name, 2);
    const J = d.length;
    const correction = Math.sqrt(1 + J * ratio);
    const md = mean(d);
    const vd = variance(d);
    const base = { df: J - 1, correction, testTrainRatio: ratio, n: J };
    if (vd === 0) {
        return md === 0
            ? { statistic: 0, p: 1, ...base, note: 'every paired difference is 0' }
            : {
                statistic: Math.sign(md) * Infinity,
                p: 0,
                ...base,
                note: 'every paired difference is the same non-zero value: the difference has no run-to-run noise',
            };
    }
    const t = md / Math.sqrt((1 / J + ratio) * vd);
    return { statistic: t, p: twoSidedT(t, J - 1), ...base };
}
/** Nadeau & Bengio's corrected resampled t-test over J paired differences (A − B, same seed and split). */
export function correctedResampledTTest(differences, options) {
    return correctedT(differences, checkRatio(options?.testTrainRatio, 'correctedResampledTTest'), 'correctedResampledTTest');
}
/**
 * Bouckaert & Frank's corrected repeated k-fold t-test: `differences[run][fold]` (A − B on the same
 * fold of the same run), r·k values, df = r·k − 1; the ratio defaults to 1/(k − 1).
 */
export function correctedRepeatedCvTTest(differences, options = {}) {
    const name = 'correctedRepeatedCvTTest';
    if (!Array.isArray(differences) || differences.length < 1 || differences.some((run) => !Array.isArray(run))) {
        throw new RangeError(`${name}: expected differences[run][fold], one array of fold differences per run. Received: ${JSON.stringify(differences)?.slice(0, 80)}`);
    }
    const k = differences[0].length;
    const uneven = differences.findIndex((run) => run.length !== k);
    if (k < 2 || uneven >= 0)
        throw new RangeError(`${name}: every run needs the same number of folds (k >= 2). Received: ${differences.map((r) => r.length).join(', ')} folds per run`);
    const ratio = options.testTrainRatio === undefined ? 1 / (k - 1) : checkRatio(options.testTrainRatio, name);
    return correctedT(differences.flat(), ratio, name);
}
/**
 * Paired units (runs, or runs × folds) needed to detect `difference` at the given power when the
 * variance of the mean difference is (1/J + ratio)·sd² (normal approximation, two-sided); null when
 * no number of units can, because the ratio term does not shrink with J.
 */
export function unitsForPower(difference, sd, testTrainRatio, alpha = 0.05, power = 0.8) {
    if (difference === 0)
        return null;
    if (sd === 0)
        return 2;
    const z = standardNormalQuantile(1 - alpha / 2) + standardNormalQuantile(power);
    const allowed = (difference / (z * sd)) ** 2; // the largest variance factor that still resolves it
    if (allowed <= testTrainRatio)
        return null;
    return Math.max(2, Math.ceil(1 / (allowed - testTrainRatio)));
}
/**
 * Standardized paired difference d_z = mean(d) / sd(d), with an approximate normal 95% CI whose
 * sampling variance uses the design's factor: (1/J + ratio) + d_z² / (2J).
 */
export function pairedEffectSize(differences, testTrainRatio = 0) {
    checkSample(differences, 'pairedEffectSize', 2);
    const J = differences.length;
    const sd = Math.sqrt(variance(differences));
    const md = mean(differences);
    if (sd === 0)
        return {
            name: 'd_z',
            value: md === 0 ? 0 : Math.sign(md) * Infinity,
            ci95: [NaN, NaN],
            note: 'every paired difference is the same: the effect size is undefined',
        };
    const dz = md / sd;
    const se = Math.sqrt(1 / J + testTrainRatio + (dz * dz) / (2 * J));
    const z = standardNormalQuantile(0.975);
    return { name: 'd_z', value: dz, ci95: [dz - z * se, dz + z * se] };
}
//# sourceMappingURL=resampling.js.map