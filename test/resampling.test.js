import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { compareRuns } from '../src/experiment/verdict.js';
import { assertClose, loadFixture } from './helpers.js';
const fx = loadFixture('scipy-stats.json');
const close = { rtol: 1e-9, atol: 1e-12 };
describe('corrected tests equal their formulas (SciPy t distribution)', () => {
    it('corrected resampled t-test (Nadeau & Bengio), including J = 2; 1/J, not the test-set size, in the variance', () => {
        const holdout = fx.corrected.filter((k) => k.kind === 'holdout');
        assert.ok(holdout.some((k) => k.d.length === 2));
        for (const k of holdout) {
            const r = c.correctedResampledTTest(k.d, { testTrainRatio: k.ratio });
            assertClose([r.statistic, r.p, r.df, r.correction], [k.t, k.p, k.df, k.correction], { ...close, label: `J = ${k.d.length}` });
            if (k.wrongT !== undefined)
                assert.ok(Math.abs(r.statistic - k.wrongT) > 0.1 * Math.abs(k.wrongT), 'the statistic differs from the variant with the test-set size in place of J');
        }
    });
    it('corrected repeated k-fold t-test (Bouckaert & Frank): r·k differences, ratio 1/(k − 1) by default', () => {
        for (const k of fx.corrected.filter((x) => x.kind === 'kfold')) {
            const folds = k.folds;
            const explicit = c.correctedRepeatedCvTTest(folds, { testTrainRatio: k.ratio });
            assertClose([explicit.statistic, explicit.p, explicit.df, explicit.correction], [k.t, k.p, k.df, k.correction], close);
            assert.equal(explicit.n, folds.length * folds[0].length);
            if (Math.abs(k.ratio - 1 / (folds[0].length - 1)) < 1e-12)
                assert.equal(c.correctedRepeatedCvTTest(folds).statistic, explicit.statistic);
        }
    });
    it('d_z with its design-variance CI, P(A > B) and units for 80% power', () => {
        for (const k of fx.corrected) {
            const d = k.d ?? k.folds.flat();
            const e = c.pairedEffectSize(d, k.ratio);
            assertClose([e.value, ...e.ci95], [k.dz.value, ...k.dz.ci95], close);
            const win = c.probabilityOfImprovement(k.folds ?? d.map((v) => [v]), { resamples: 1000, seed: 3 });
            assertClose([win.value], [k.wins], close);
            assert.ok(win.ci95[0] <= win.value && win.value <= win.ci95[1], `CI ${win.ci95} covers ${win.value}`);
        }
        for (const p of fx.power)
            assert.equal(c.unitsForPower(p.difference, p.sd, p.ratio), p.units, `${JSON.stringify(p)}`);
    });
});
describe('corrected tests: degenerate and bad input', () => {
    it('zero variance gives a note and a finite p, never NaN', () => {
        const zero = c.correctedResampledTTest([0, 0, 0], { testTrainRatio: 0.25 });
        assert.deepEqual([zero.statistic, zero.p], [0, 1]);
        assert.match(zero.note, /every paired difference is 0/);
        const same = c.correctedRepeatedCvTTest([
            [0.01, 0.01],
            [0.01, 0.01],
        ]);
        assert.equal(same.p, 0);
        assert.match(same.note, /the same non-zero value/);
        assert.match(c.pairedEffectSize([0.1, 0.1, 0.1]).note, /effect size is undefined/);
    });
    it('arguments that cannot be right are refused, naming the argument', () => {
        assert.throws(() => c.correctedResampledTTest([0.1], { testTrainRatio: 0.25 }), /correctedResampledTTest: expected at least 2 values. Received: 1/);
        assert.throws(() => c.correctedResampledTTest([0.1, 0.2], { testTrainRatio: -1 }), /"testTrainRatio" must be a finite number >= 0.*Received: -1/);
        assert.throws(() => c.correctedResampledTTest([0.1, 0.2], {}), /"testTrainRatio".*Received: undefined/);
        assert.throws(() => c.correctedRepeatedCvTTest([[0.1, 0.2], [0.3]]), /the same number of folds.*Received: 2, 1 folds per run/);
        assert.throws(() => c.correctedResampledTTest([0.1, NaN], { testTrainRatio: 0.2 }), /values must be finite. Received: NaN at position 1/);
        assert.throws(() => c.probabilityOfImprovement([[0.1]], { resamples: 5 }), /"resamples" must be an integer >= 100/);
    });
    it('P(A > B): ties count half; the bootstrap is seeded; unpaired = U / (n_A · n_B)', () => {
        assert.equal(c.probabilityOfImprovement([[0.1], [0], [-0.2], [0.3]]).value, 2.5 / 4);
        assert.deepEqual(c.probabilityOfImprovement([[0.1], [0.2], [0.3]]).ci95, [1, 1]);
        const once = c.probabilityOfImprovement([
            [0.1, -0.1],
            [0.2, 0],
            [-0.3, 0.1],
        ], { seed: 9 });
        assert.deepEqual(c.probabilityOfImprovement([
            [0.1, -0.1],
            [0.2, 0],
            [-0.3, 0.1],
        ], { seed: 9 }), once);
        assert.equal(once.unit, 'folds');
        const a = [0.7, 0.72, 0.69, 0.75];
        const b = [0.68, 0.7, 0.71];
        const u = c.mannWhitneyU(a, b).statistic;
        assert.ok(Math.abs(c.probabilityOfImprovementUnpaired(a, b).value - u / 12) < 1e-12);
    });
});
/** P(X <= k) for X ~ Binomial(n, p), by the pmf recurrence. */
function binomialCdf(k, n, p) {
    let pmf = (1 - p) ** n;
    let cdf = pmf;
    for (let i = 0; i < k; i++) {
        pmf *= ((n - i) / (i + 1)) * (p / (1 - p));
        cdf += pmf;
    }
    return cdf;
}
/** The count range a valid α-level test stays in, except with probability < 1e-3 (5e-4 per tail). */
function validRange(n, alpha) {
    let lo = 0;
    while (binomialCdf(lo, n, alpha) < 5e-4)
        lo++;
    let hi = n;
    while (hi > 0 && 1 - binomialCdf(hi - 1, n, alpha) < 5e-4)
        hi--;
    return [lo, hi];
}
describe('false-positive rate under correlated scores (simulated, no training)', () => {
    const experiments = 2000;
    const [lo, hi] = validRange(experiments, 0.05);
    const input = (foldsA, ratio) => ({
        a: 'A',
        b: 'B',
        foldsA,
        foldsB: foldsA.map((f) => f.map(() => 0)),
        paired: true,
        resampling: 'resplit',
        testTrainRatio: ratio,
        rows: 768,
        varied: ['split'],
        resamples: 100,
    });
    it('re-split hold-out runs (equicorrelated, ρ = n_test / n): the corrected test keeps α, the naive paired t-test does not', () => {
        const rng = new c.Rng(2024);
        const ratio = 0.25;
        const rho = ratio / (1 + ratio);
        let corrected = 0;
        let naive = 0;
        for (let e = 0; e < experiments; e++) {
            const shared = Math.sqrt(rho) * rng.normal();
            const runs = Array.from({ length: 10 }, () => [0.02 * (shared + Math.sqrt(1 - rho) * rng.normal())]);
            const r = compareRuns(input(runs, ratio));
            assert.equal(r.test.name, 'corrected-resampled-t');
            if (r.test.p < 0.05)
                corrected++;
            if (r.naive.pairedT.p < 0.05)
                naive++;
        }
        assert.ok(corrected >= lo && corrected <= hi, `corrected: ${corrected} of ${experiments} rejections, valid range [${lo}, ${hi}]`);
        assert.ok(naive > hi, `naive: ${naive} rejections should exceed ${hi}`);
    });
    it('repeated 10-fold CV with a shared per-run component: the corrected test stays within α; the naive test over folds exceeds it', () => {
        const rng = new c.Rng(7);
        let corrected = 0;
        let naiveFolds = 0;
        for (let e = 0; e < experiments; e++) {
            const folds = Array.from({ length: 10 }, () => {
                const run = 0.6 * rng.normal();
                return Array.from({ length: 10 }, () => 0.01 * (run + 0.8 * rng.normal()));
            });
            const r = compareRuns(input(folds, 1 / 9));
            assert.equal(r.test.name, 'corrected-repeated-cv-t');
            if (r.test.p < 0.05)
                corrected++;
            if (c.pairedTTest(folds.flat(), folds.flat().map(() => 0)).p < 0.05)
                naiveFolds++;
        }
        assert.ok(corrected <= hi, `corrected: ${corrected} of ${experiments} rejections, at most ${hi} allowed`);
        assert.ok(naiveFolds > hi, `naive over folds: ${naiveFolds} rejections should exceed ${hi}`);
    });
});
describe('the design chooses the test', () => {
    const base = { a: 'A', b: 'B', rows: 768, varied: ['initial weights', 'shuffling'], resamples: 200 };
    const fa = [[0.71], [0.7], [0.74], [0.69], [0.72]];
    const fb = [[0.7], [0.71], [0.72], [0.69], [0.7]];
    it('fixed split: the plain paired t-test, and the verdict says it covers training randomness only', () => {
        const r = compareRuns({ ...base, foldsA: fa, foldsB: fb, paired: true, resampling: 'fixed', testTrainRatio: 0.25 });
        assert.equal(r.test.name, 'paired-t');
        assert.equal(r.test.p, r.naive.pairedT.p);
        assert.equal(r.test.correction, 1);
        assert.match(r.verdict, /This covers training randomness \(initial weights, shuffling\) on one fixed split only, not new data/);
        assert.equal(r.effectSize.name, 'd_z');
    });
    it("unpaired runs: Welch, Hedges' g, P(A > B) over run pairs, and a warning when runs re-split the data", () => {
        const r = compareRuns({ ...base, foldsA: fa, foldsB: fb, paired: false, resampling: 'resplit', testTrainRatio: 0.25 });
        assert.equal(r.test.name, 'welch-t');
        assert.equal(r.effectSize.name, 'hedges_g');
        assert.equal(r.probabilityOfImprovement.unit, 'run pairs');
        assert.match(r.verdict, /Welch's test treats the runs as independent.*optimistic/);
    });
    it('re-split: the correction is named with its factor; when more runs cannot help, the verdict says so', () => {
        const r = compareRuns({ ...base, foldsA: fa, foldsB: fb, paired: true, resampling: 'resplit', testTrainRatio: 0.25 });
        assert.equal(r.test.name, 'corrected-resampled-t');
        assert.ok(Math.abs(r.test.correction - Math.sqrt(1 + 5 * 0.25)) < 1e-12);
        assert.ok(r.test.p > r.naive.pairedT.p);
        assert.equal(r.power.runs, null);
        assert.match(r.verdict, /More runs cannot resolve a difference of 0\.8 points with 768 rows: it needs more data or a larger effect/);
        assert.match(r.verdict, /standard error is 1\.50× the naive one/);
    });
});
//# sourceMappingURL=resampling.test.js.map