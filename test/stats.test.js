import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { assertClose, loadFixture } from './helpers.js';
const fx = loadFixture('scipy-stats.json');
const close = { rtol: 1e-6, atol: 1e-9 };
describe('statistics equal SciPy', () => {
    it("Welch's t-test (ttest_ind, equal_var=False), including n = 2", () => {
        for (const cs of fx.cases) {
            const r = c.welchTTest(cs.a, cs.b);
            assertClose([r.statistic, r.p], [cs.welch.t, cs.welch.p], { ...close, label: `welch ${cs.a.length}/${cs.b.length}` });
        }
    });
    it('paired t-test (ttest_rel)', () => {
        const paired = fx.cases.filter((cs) => cs.paired);
        assert.ok(paired.length >= 2);
        for (const cs of paired)
            assertClose([c.pairedTTest(cs.a, cs.b).statistic, c.pairedTTest(cs.a, cs.b).p], [cs.paired.t, cs.paired.p], close);
    });
    it('Mann-Whitney U (exact where SciPy chooses it, asymptotic with ties and continuity correction)', () => {
        for (const cs of fx.cases) {
            const auto = c.mannWhitneyU(cs.a, cs.b);
            assertClose([auto.statistic, auto.p], [cs.mannwhitney.u, cs.mannwhitney.p], {
                ...close,
                label: `mwu auto (${auto.method}) ${cs.a.length}/${cs.b.length}`,
            });
            const asym = c.mannWhitneyU(cs.a, cs.b, 'asymptotic');
            assertClose([asym.statistic, asym.p], [cs.mannwhitneyAsymptotic.u, cs.mannwhitneyAsymptotic.p], {
                ...close,
                label: 'mwu asymptotic',
            });
        }
        assert.ok(fx.cases.some((cs) => c.mannWhitneyU(cs.a, cs.b).method === 'exact'));
        assert.ok(fx.cases.some((cs) => c.mannWhitneyU(cs.a, cs.b).method === 'asymptotic'));
    });
    it('Student t quantiles (t.ppf) and the 95% CI of a mean', () => {
        for (const q of fx.ppf)
            assertClose([c.studentQuantile(q.p, q.df)], [q.value], { rtol: 1e-8, atol: 1e-10, label: `t.ppf(${q.p}, ${q.df})` });
        for (const cs of fx.cases)
            assertClose(c.describeRuns(cs.a).ci95, cs.ci95a, close);
    });
    it("Holm's adjustment", () => {
        assertClose(c.holm(fx.holm.p), fx.holm.adjusted, close);
    });
});
describe('statistics edge cases get a clear note, not NaN', () => {
    it('zero variance', () => {
        const same = c.welchTTest([0.7, 0.7, 0.7], [0.7, 0.7]);
        assert.deepEqual([same.statistic, same.p], [0, 1]);
        assert.match(same.note, /constant and equal/);
        const differ = c.welchTTest([0.7, 0.7], [0.6, 0.6]);
        assert.equal(differ.p, 0);
        assert.match(differ.note, /constant and differ/);
        assert.match(c.pairedTTest([1, 2, 3], [1, 2, 3]).note, /every paired difference is 0/);
        assert.match(c.hedgesG([1, 1], [1, 1]).note, /zero pooled variance/);
    });
    it('too few values or non-finite values are errors naming the test', () => {
        assert.throws(() => c.welchTTest([1], [2, 3]), /welchTTest \(a\): expected at least 2 values. Received: 1/);
        assert.throws(() => c.describeRuns([1, NaN]), /values must be finite. Received: NaN at position 1/);
        assert.throws(() => c.pairedTTest([1, 2], [1, 2, 3]), /samples must pair up/);
    });
    it("Hedges' g and the power hint behave as their formulas say", () => {
        const { g } = c.hedgesG([2, 4, 6], [1, 3, 5]);
        // pooled sd 2, difference 1, correction 1 - 3/(4·6 - 9) = 0.8
        assert.ok(Math.abs(g - 0.4) < 1e-12);
        // n = 2·((1.95996 + 0.84162)·sd/diff)² per group
        assert.equal(c.runsForPower(0.01, 0.03), Math.ceil(2 * ((1.959963984540054 + 0.8416212335729143) * 3) ** 2));
    });
});
describe('plain-words verdicts', () => {
    const input = (a, b, paired) => ({
        a: 'A',
        b: 'B',
        foldsA: a.map((v) => [v]),
        foldsB: b.map((v) => [v]),
        paired,
        resampling: 'fixed',
        testTrainRatio: 0.25,
        rows: 768,
        varied: ['initial weights'],
    });
    it('identical configurations: no evidence of a difference', async () => {
        const { compareRuns } = await import('../src/experiment/verdict.js');
        const r = compareRuns(input([0.71, 0.69, 0.73, 0.7, 0.72], [0.7, 0.71, 0.72, 0.69, 0.73], true));
        assert.match(r.verdict, /^No evidence that A and B differ at α = 0.05 \(paired t-test, p = /);
    });
    it('a clearly worse configuration is detected, with the direction', async () => {
        const { compareRuns } = await import('../src/experiment/verdict.js');
        const r = compareRuns({
            ...input([0.81, 0.8, 0.83, 0.82, 0.8], [0.65, 0.66, 0.64, 0.65, 0.65], false),
            a: 'tuned',
            b: 'learning rate 0',
        });
        assert.match(r.verdict, /tuned and learning rate 0 differ at α = 0.05 \(Welch's t-test, p = .*\): tuned is higher by 16.2 points; tuned beats learning rate 0 in 100% of run pairs/);
    });
});
//# sourceMappingURL=stats.test.js.map