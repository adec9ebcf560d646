import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { displayName, resolveMetric } from '../src/evaluation/metrics/resolve.js';
import { inferTask } from '../src/evaluation/task.js';
import { reportMetrics } from '../src/evaluation/metric-report.js';
import { loadFixture, quietTempDir } from './helpers.js';
const fx = loadFixture('metric-options.json');
const tempDir = quietTempDir('candor-metric-options-');
const taskOf = (cs) => {
    const yTrue = c.tensor(cs.yTrue);
    const yPred = c.tensor(cs.yPred);
    const units = cs.yPred[0].length;
    return {
        yTrue,
        yPred,
        task: inferTask(yTrue, { units, activation: cs.kind === 'multiclass' ? 'softmax' : 'sigmoid', fromLogits: false }),
    };
};
const rows = (t, from, to) => c.slice(t, [from, ...t.shape.slice(1).map(() => 0)], [to - from, ...t.shape.slice(1)]);
const close = (got, expected, label) => assert.ok(Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${label}: got ${got}, expected ${expected}`);
describe("metric options equal scikit-learn (and Keras' formulas for the Keras names)", () => {
    it(`every fixture value (${fx.cases.reduce((n, cs) => n + cs.metrics.length, 0)} values in ${fx.cases.length} cases: ties, a class never predicted, rows without labels, weights)`, () => {
        for (const cs of fx.cases) {
            const { yTrue, yPred, task } = taskOf(cs);
            const w = cs.weights ? c.tensor(cs.weights) : undefined;
            for (const { spec, expected } of cs.metrics) {
                const m = resolveMetric(spec, { task, fromLogits: false }).metric;
                m.updateState(yTrue, yPred, w);
                close(m.result(), expected, `${cs.note} ${JSON.stringify(spec)}`);
            }
        }
    });
    it('streaming equals whole data: random batch splits with sample weights, for every metric', () => {
        const rng = new c.Rng(17);
        let checked = 0;
        for (const cs of fx.cases) {
            const { yTrue, yPred, task } = taskOf(cs);
            const n = yPred.shape[0];
            const w = cs.weights ? c.tensor(cs.weights) : undefined;
            for (const { spec, expected } of cs.metrics) {
                const m = resolveMetric(spec, { task, fromLogits: false }).metric;
                // Batches of random sizes, single-sample batches among them.
                let start = 0;
                while (start < n) {
                    const end = Math.min(n, start + 1 + rng.int(rng.uniform() < 0.3 ? 1 : 9));
                    m.updateState(rows(yTrue, start, end), rows(yPred, start, end), w && rows(w, start, end));
                    start = end;
                }
                close(m.result(), expected, `streamed ${cs.note} ${JSON.stringify(spec)}`);
                m.resetState();
                m.updateState(yTrue, yPred, w);
                close(m.result(), expected, `after resetState ${cs.note} ${JSON.stringify(spec)}`);
                checked++;
            }
        }
        assert.ok(checked > 400);
    });
});
describe('classification report and confusion matrix equal scikit-learn', () => {
    it('every case: per class, accuracy, micro / macro / weighted / samples averages, supports; the matrix', () => {
        for (const cs of fx.cases) {
            const { yTrue, yPred } = taskOf(cs);
            const w = cs.weights ? c.tensor(cs.weights) : undefined;
            const report = c.classificationReport(yTrue, yPred, { ...(w ? { sampleWeight: w } : {}) });
            const rowsOf = [...report.classes, ...report.averages];
            for (const [key, expected] of Object.entries(cs.report)) {
                if (key === 'accuracy') {
                    close(report.accuracy, expected, `${cs.note} accuracy`);
                    continue;
                }
                const row = rowsOf.find((r) => r.label === key);
                assert.ok(row, `${cs.note}: no row ${key} in ${rowsOf.map((r) => r.label)}`);
                const e = expected;
                for (const [got, want, what] of [
                    [row.precision, e.precision, 'precision'],
                    [row.recall, e.recall, 'recall'],
                    [row.f1, e['f1-score'], 'f1'],
                    [row.support, e.support, 'support'],
                ])
                    close(got, want, `${cs.note} ${key} ${what}`);
            }
            assert.equal(rowsOf.length, Object.keys(cs.report).filter((k) => k !== 'accuracy').length);
            const matrix = c.confusionMatrix(yTrue, yPred, { ...(w ? { sampleWeight: w } : {}) }).matrix.flat(2);
            cs.confusion.flat(2).forEach((v, i) => close(matrix[i], v, `${cs.note} confusion[${i}]`));
        }
    });
    it('evaluateReport carries the report, and candor train prints it', () => {
        const x = c.randomNormal([20, 3], { seed: 3 });
        const y = c.oneHot(Array.from({ length: 20 }, (_, i) => i % 3), 3);
        const model = c.sequential([c.layers.dense({ units: 3, activation: 'softmax', inputShape: [3] })], { seed: 1 });
        model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        const report = model.evaluateReport(x, y);
        assert.equal(report.classification.kind, 'multiclass');
        assert.deepEqual(report.classification.averages.map((a) => a.label), ['macro avg', 'weighted avg']);
        close(report.classification.accuracy, report.metrics[0].value, 'report accuracy = the accuracy metric');
        assert.match(report.classification.text, /precision +recall +f1-score +support/);
    });
});
describe('metric names and options', () => {
    const cs = fx.cases.find((k) => k.kind === 'multilabel');
    const { yTrue, yPred, task } = taskOf(cs);
    const value = (spec, t = task) => {
        const m = resolveMetric(spec, { task: t, fromLogits: false }).metric;
        m.updateState(yTrue, yPred);
        return m.result();
    };
    it('names imply options: f2, f0_5, f1_weighted, precision_samples equal their spec forms; a conflict is refused', () => {
        assert.equal(value('f2_macro'), value({ name: 'fbeta', beta: 2, average: 'macro' }));
        assert.equal(value('f0_5_micro'), value({ name: 'fbeta', beta: 0.5, average: 'micro' }));
        assert.equal(value('f1_weighted'), value({ name: 'f1', average: 'weighted' }));
        assert.equal(value('precision_samples'), value({ name: 'precision', average: 'samples' }));
        assert.throws(() => c.parseMetric({ name: 'f1_macro', average: 'micro' }), /its name sets average="macro". Received: average="micro"/);
        assert.throws(() => c.parseMetric({ name: 'auc', threshold: 0.5 }), /metric "auc": unknown option "threshold"/);
        assert.throws(() => c.parseMetric({ name: 'precision', zeroDivision: 2 }), /option "zeroDivision" must be 0, 1 or 'nan'/);
    });
    it('the display name says which rule and options: precision[binary, t=0.7], f1[macro]', () => {
        const binary = fx.cases.find((k) => k.kind === 'binary');
        const b = taskOf(binary);
        assert.equal(displayName(resolveMetric({ name: 'precision', threshold: 0.7 }, { task: b.task, fromLogits: false })), 'precision[binary, t=0.7]');
        assert.equal(displayName(resolveMetric('f1', { task, fromLogits: false })), 'f1[macro]');
        assert.equal(displayName(resolveMetric({ name: 'top_k_accuracy', k: 3 }, { task: taskOf(fx.cases.find((k) => k.kind === 'multiclass')).task, fromLogits: false })), 'top_k_accuracy[k=3]');
    });
    it("zeroDivision 'nan' (scikit-learn >= 1.3): undefined classes are NaN and the average skips them", () => {
        // Class 2 is never predicted and never true: its precision and recall are 0/0.
        const y = c.tensor([0, 1, 1, 0]);
        const p = c.tensor([
            [0.9, 0.1, 0],
            [0.2, 0.8, 0],
            [0.6, 0.4, 0],
            [0.7, 0.3, 0],
        ]);
        const t = inferTask(y, { units: 3, activation: 'softmax', fromLogits: false });
        const run = (spec) => {
            const m = resolveMetric(spec, { task: t, fromLogits: false }).metric;
            m.updateState(y, p);
            return m.result();
        };
        // Seen classes are 0 and 1 only (scikit-learn's labels), so macro precision = (2/3 + 1) / 2 either way.
        assert.equal(run({ name: 'precision', average: 'macro', zeroDivision: 'nan' }), (2 / 3 + 1) / 2);
        const none = inferTask(c.tensor([
            [0, 0],
            [0, 0],
        ]), { units: 2, activation: 'sigmoid', fromLogits: false });
        const m = resolveMetric({ name: 'precision', average: 'micro', zeroDivision: 'nan' }, { task: none, fromLogits: false }).metric;
        m.updateState(c.tensor([
            [0, 0],
            [0, 0],
        ]), c.tensor([
            [0.1, 0.2],
            [0.3, 0.1],
        ]));
        assert.ok(Number.isNaN(m.result()), 'no positive prediction at all: NaN, not a silent 0');
    });
    it('an undefined precision is a finding naming the metric and the class, not a silent 0', () => {
        const binary = fx.cases.find((k) => k.note === 'binary trial 2');
        const b = taskOf(binary);
        const metric = resolveMetric({ name: 'precision', threshold: 0.99 }, { task: b.task, fromLogits: false });
        metric.metric.updateState(b.yTrue, b.yPred);
        const { findings } = reportMetrics([{ metric, value: metric.metric.result() }], { task: b.task, outputColumns: 1, fromLogits: false }, b.yTrue);
        const f = findings.find((x) => x.code === 'undefined-ratio');
        assert.ok(f, JSON.stringify(findings));
        assert.match(f.message, /precision\[binary, t=0.99\] = 0.0000 counts those classes as 0 \(zeroDivision\): precision is undefined \(0\/0\) for class 1: no sample was predicted as that class/);
    });
    it('compile takes metric specs; evaluate keys them by name; save and load keep the options', async () => {
        const x = c.randomNormal([30, 3], { seed: 1 });
        const y = c.tensor(Array.from({ length: 30 }, (_, i) => [i % 3 === 0 ? 1 : 0]));
        const model = c.sequential([c.layers.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 2 });
        model.compile({
            loss: 'binary_crossentropy',
            optimizer: 'adam',
            metrics: [{ name: 'precision', threshold: 0.3 }, 'f2', { name: 'mcc' }, 'log_loss'],
        });
        const result = model.evaluate(x, y, { verbose: 0 });
        assert.deepEqual(Object.keys(result), ['loss', 'precision', 'f2', 'mcc', 'log_loss']);
        const report = model.evaluateReport(x, y);
        assert.equal(report.metrics[0].display, 'precision[binary, t=0.3]');
        await model.save(join(tempDir(), 'm'));
        const loaded = await c.loadModel(join(tempDir(), 'm'));
        assert.deepEqual(loaded.evaluate(x, y, { verbose: 0 }), result);
        assert.throws(() => model.compile({ loss: 'mse', metrics: ['f1', { name: 'f1', average: 'micro' }] }), /two metrics are named "f1"/);
        assert.throws(() => model.compile({ loss: 'binary_crossentropy', metrics: [{ name: 'precision', thresholds: 0.3 }] }), /metric "precision": unknown option "thresholds"/);
    });
    it('options that do not fit the task are refused with the reason', () => {
        const multiclass = taskOf(fx.cases.find((k) => k.kind === 'multiclass')).task;
        assert.throws(() => resolveMetric({ name: 'precision', threshold: 0.6 }, { task: multiclass, fromLogits: false }), /single-label classes are decided by argmax/);
        assert.throws(() => resolveMetric({ name: 'f1', average: 'samples' }, { task: multiclass, fromLogits: false }), /multi-label targets for average 'samples'/);
        assert.throws(() => resolveMetric('brier_score', { task: multiclass, fromLogits: false }), /binary targets with one probability per sample/);
        assert.throws(() => resolveMetric('matthews_corrcoef', { task, fromLogits: false }), /binary or multiclass targets/);
        assert.throws(() => resolveMetric('top_k_categorical_accuracy', {
            task: inferTask(c.tensor([0, 2, 1]), { units: 3, activation: 'softmax', fromLogits: false }),
            fromLogits: false,
        }), /one-hot targets \(class ids: sparse_top_k_categorical_accuracy\)/);
    });
});
//# sourceMappingURL=metric-options.test.js.map