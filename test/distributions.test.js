// Candor's own t and normal distributions (experiment/distributions.ts, special-functions.ts) against
// scripts/make_distribution_fixtures.py: SciPy's cdfs and normal quantiles, and t quantiles solved in
// 40-digit arithmetic (mpmath; SciPy's stdtrit is good to ~2e-9 only).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { standardNormalCdf, standardNormalQuantile, studentCdf, studentQuantile } from '../src/experiment/distributions.js';
import { lnGamma } from '../src/experiment/special-functions.js';
import { assertClose, loadFixture } from './helpers.js';
const fx = loadFixture('distributions.json');
// Relative, so tails such as 1e-198 are held to their digits, not to an absolute 1e-15.
const tight = { rtol: 1e-11, atol: 1e-300 };
describe('t and normal distributions equal SciPy / 40-digit references', () => {
    it('Student t cdf over 17 degrees of freedom (0.5 … 1e5, fractional ones as Welch gives) and x from -1e6 to 150', () => {
        for (const q of fx.tCdf)
            assertClose([studentCdf(q.x, q.df)], [q.value], { ...tight, label: `t.cdf(${q.x}, ${q.df})` });
    });
    it('Student t quantiles, p from 1e-300 to 1 - 1e-9', () => {
        for (const q of fx.tPpf)
            assertClose([studentQuantile(q.p, q.df)], [q.value], { rtol: 1e-12, atol: 1e-15, label: `t.ppf(${q.p}, ${q.df})` });
    });
    it('far tails beyond the references round-trip: cdf(ppf(p)) = p to 1e-12 relative', () => {
        for (const df of [0.5, 1, 1.5, 3, 7.31, 40, 1000])
            for (const p of [1e-300, 1e-100, 1e-50, 1e-20]) {
                const x = studentQuantile(p, df);
                if (!Number.isFinite(x)) {
                    assert.ok(df < 1 && p < 1e-100, `t.ppf(${p}, ${df}) overflows only where the true value is beyond the doubles`);
                    continue;
                }
                assertClose([studentCdf(x, df) / p], [1], { rtol: 1e-12, atol: 0, label: `t.cdf(t.ppf(${p}, ${df}))` });
            }
    });
    it('standard normal cdf (to Φ(-38) ≈ 3e-316) and quantiles', () => {
        for (const q of fx.normCdf)
            assertClose([standardNormalCdf(q.x)], [q.value], { ...tight, label: `norm.cdf(${q.x})` });
        for (const q of fx.normPpf)
            assertClose([standardNormalQuantile(q.p)], [q.value], { rtol: 1e-13, atol: 1e-15, label: `norm.ppf(${q.p})` });
    });
    it('ln Γ (Lanczos) from 1e-8 to 1e7', () => {
        for (const q of fx.lgamma)
            assertClose([lnGamma(q.x)], [q.value], { rtol: 1e-13, atol: 1e-14, label: `gammaln(${q.x})` });
    });
    it('edges: ±Infinity, p of 0 and 1, NaN and invalid degrees of freedom', () => {
        assert.equal(studentCdf(-Infinity, 3), 0);
        assert.equal(studentCdf(Infinity, 3), 1);
        assert.equal(studentCdf(0, 3), 0.5);
        assert.equal(studentCdf(1.5, Infinity), standardNormalCdf(1.5));
        assert.equal(studentQuantile(0, 4), -Infinity);
        assert.equal(studentQuantile(1, 4), Infinity);
        assert.equal(studentQuantile(0.5, 4), 0);
        assert.equal(standardNormalQuantile(0), -Infinity);
        assert.ok(Number.isNaN(studentCdf(1, 0)) && Number.isNaN(studentQuantile(1.2, 3)) && Number.isNaN(standardNormalCdf(NaN)));
    });
});
//# sourceMappingURL=distributions.test.js.map