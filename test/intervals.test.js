import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { bootstrapInterval, wilsonInterval } from '../src/evaluation/metrics/interval.js';
import { resolveMetric } from '../src/evaluation/metrics/resolve.js';
import { inferTask } from '../src/evaluation/task.js';
import { formatReport } from '../src/evaluation/metric-report.js';
import { assertClose, loadFixture } from './helpers.js';
/** Every reported number carries a 95% interval on the evaluated data. */
let restore;
before(() => {
    restore = c.setWarningHandler(() => { });
});
after(() => c.setWarningHandler(restore));
describe('confidence intervals of one evaluation', () => {
    it("Wilson's interval equals its formula (SciPy's normal quantile), including p = 0 and p = 1", () => {
        const fx = loadFixture('scipy-stats.json');
        for (const w of fx.wilson)
            assertClose(wilsonInterval(w.p, w.n), w.ci95, { rtol: 1e-10, atol: 1e-12, label: `wilson ${w.p}/${w.n}` });
    });
    it('the bootstrap is seeded, covers the value, and for a mean of 0/1 values agrees with Wilson', () => {
        const n = 400;
        const rng = new c.Rng(5);
        const y = c.tensor(Array.from({ length: n }, () => [rng.uniform() < 0.4 ? 1 : 0]));
        const p = c.tensor(Array.from({ length: n }, (_, i) => [y.data[i] ? 0.3 + 0.7 * rng.uniform() : 0.6 * rng.uniform()]));
        const task = inferTask(y, { units: 1, activation: 'sigmoid', fromLogits: false });
        const acc = resolveMetric('binary_accuracy', { task, fromLogits: false });
        acc.metric.updateState(y, p);
        const value = acc.metric.result();
        const boot = bootstrapInterval(acc, y, p);
        assert.deepEqual(bootstrapInterval(acc, y, p), boot, 'seeded');
        const wilson = wilsonInterval(value, n);
        assert.ok(boot[0] < value && value < boot[1]);
        assert.ok(Math.abs(boot[0] - wilson[0]) < 0.015 && Math.abs(boot[1] - wilson[1]) < 0.015, `${boot} vs ${wilson}`);
        for (const name of ['auc', 'f1', 'matthews_corrcoef', 'log_loss']) {
            const m = resolveMetric(name, { task, fromLogits: false });
            m.metric.updateState(y, p);
            const [lo, hi] = bootstrapInterval(m, y, p);
            assert.ok(lo <= m.metric.result() && m.metric.result() <= hi && hi - lo < 0.3, `${name}: ${lo} ${m.metric.result()} ${hi}`);
        }
    });
    it('evaluateReport: every metric has its interval and method; the summary prints it; near-baseline uses it', () => {
        const x = c.randomNormal([60, 3], { seed: 2 });
        const y = c.tensor(Array.from({ length: 60 }, (_, i) => [i % 4 === 0 ? 1 : 0]));
        const model = c.sequential([c.layers.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 3 });
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy', 'auc', 'f1'] });
        const report = model.evaluateReport(x, y);
        assert.deepEqual(report.metrics.map((m) => m.ciMethod), ['wilson', 'bootstrap', 'bootstrap']);
        for (const m of report.metrics)
            assert.ok(m.ci95 && m.ci95[0] <= m.value && m.value <= m.ci95[1], JSON.stringify(m));
        const text = formatReport('evaluate', report.metrics, report.findings);
        assert.match(text, /accuracy\[binary\] +\d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\]/);
        const near = report.findings.find((f) => f.code === 'accuracy-near-baseline');
        assert.ok(near, 'an untrained model is near the majority baseline');
        assert.match(near.message, /its 95% CI (\[\d\.\d{4}, \d\.\d{4}\] reaches the baseline|lies below the baseline)/);
        assert.equal(model.evaluateReport(x, y, { confidence: false }).metrics[1].ci95, null, 'confidence: false skips the bootstrap');
    });
});
//# sourceMappingURL=intervals.test.js.map