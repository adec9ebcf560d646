import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { loadFixture } from './helpers.js';
const { cases } = loadFixture('sklearn-metrics.json');
function streamed(name, cs) {
    const yTrue = c.tensor(cs.yTrue);
    const yPred = c.tensor(cs.yPred);
    const task = c.inferTask(yTrue, cs.output);
    const resolved = c.resolveMetric(name, { task, fromLogits: false });
    assert.ok(resolved, `${name} resolved to nothing`);
    const n = yTrue.shape[0];
    const cut = Math.max(1, Math.floor(n / 3));
    const rows = (t, a, b) => c.slice(t, [a, ...t.shape.slice(1).map(() => 0)], [b - a, ...t.shape.slice(1)]);
    resolved.metric.updateState(rows(yTrue, 0, cut), rows(yPred, 0, cut));
    resolved.metric.updateState(rows(yTrue, cut, n), rows(yPred, cut, n));
    return resolved.metric.result();
}
describe('metrics equal scikit-learn', () => {
    const byMetric = new Map();
    for (const cs of cases)
        for (const name of Object.keys(cs.expected))
            byMetric.set(`${cs.kind} ${name}`, [...(byMetric.get(`${cs.kind} ${name}`) ?? []), cs]);
    for (const [key, list] of byMetric) {
        const name = key.split(' ')[1];
        it(`${key} (${list.length} cases)`, () => {
            for (const [i, cs] of list.entries()) {
                const expected = cs.expected[name];
                const label = `${key} case ${i}${cs.edge ? ` (${cs.edge})` : ''}${cs.encoding ? ` [${cs.encoding}]` : ''}`;
                if ((expected === null || expected === undefined) && name === 'auc') {
                    // scikit-learn raises for a single-class target; Candor refuses it too instead of returning NaN.
                    assert.throws(() => streamed(name, cs), /ROC AUC is undefined when the targets hold one class only/, label);
                    continue;
                }
                const got = streamed(name, cs);
                if (expected === null || expected === undefined) {
                    assert.ok(Number.isNaN(got), `${label}: scikit-learn refuses this case; expected NaN, got ${got}`);
                }
                else {
                    assert.ok(Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${label}: got ${got}, scikit-learn ${expected}`);
                }
            }
        });
    }
    it('per-class precision, recall, F1 and support equal precision_recall_fscore_support(average=None)', () => {
        const withPerClass = cases.filter((cs) => cs.perClass);
        assert.ok(withPerClass.length >= 40);
        for (const [i, cs] of withPerClass.entries()) {
            // Sparse ids carry no class count of their own; the width of the predictions gives it.
            const yTrue = cs.encoding === 'sparse' ? c.oneHot(cs.yTrue, cs.output.units) : c.tensor(cs.yTrue);
            const got = c.precisionRecallF1(yTrue, c.tensor(cs.yPred));
            for (const key of ['precision', 'recall', 'f1', 'support']) {
                got[key].forEach((v, j) => assert.ok(Math.abs(v - cs.perClass[key][j]) <= 1e-6, `case ${i} (${cs.kind}${cs.edge ? `, ${cs.edge}` : ''}) ${key}[${j}]: ${v} vs ${cs.perClass[key][j]}`));
            }
        }
    });
    it('has at least 20 random cases for every metric of every task', () => {
        for (const [key, list] of byMetric)
            assert.ok(list.length >= 20, `${key}: only ${list.length} cases`);
    });
});
//# sourceMappingURL=metrics-sklearn.test.js.map