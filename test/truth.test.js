import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
const L = c.layers;
const warnings = [];
let restore;
before(() => {
    restore = c.setWarningHandler((m) => warnings.push(m));
});
after(() => {
    c.setWarningHandler(restore);
});
const codes = (fs) => fs.map((f) => f.code).sort();
/** A Dense output layer with fixed weights: kernel (in, units), bias (units). */
function fixedModel(inputs, units, activation, kernel, bias) {
    const model = c.sequential([L.dense({ units, activation, inputShape: [inputs] })]);
    model.build();
    model.setWeights([c.tensor(kernel, [inputs, units]), c.tensor(bias)]);
    return model;
}
describe('seed 000/001: binary_crossentropy on a 10-class softmax', () => {
    // A uniform model: zero weights, so every class gets 0.1; argmax ties go to class 0.
    const x = c.randomNormal([100, 4], { seed: 1 });
    const labels = Array.from({ length: 100 }, (_, i) => i % 10);
    const y = c.oneHot(labels, 10);
    it("'accuracy' is the true argmax accuracy, not binary accuracy, and finding 1 is raised", () => {
        const model = fixedModel(4, 10, 'softmax', new Array(40).fill(0), new Array(10).fill(0));
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy', 'binary_accuracy'] });
        const result = model.evaluate(x, y, { verbose: 0 });
        assert.equal(result.accuracy, 0.1);
        assert.ok(Math.abs(result.binary_accuracy - 0.9) < 1e-6);
        const report = model.evaluateReport(x, y);
        const acc = report.metrics.find((m) => m.name === 'accuracy');
        assert.equal(acc.resolved, 'categorical_accuracy');
        assert.deepEqual(acc.baseline, { name: 'majority class (0)', value: 0.1 });
        const bin = report.metrics.find((m) => m.name === 'binary_accuracy');
        assert.equal(bin.baseline.name, 'all zeros');
        assert.ok(Math.abs(bin.baseline.value - 0.9) < 1e-6);
        assert.ok(report.findings.some((f) => f.code === 'bce-on-multiclass' && /predicting no class at all already scores 0.90/.test(f.message)));
        assert.ok(report.findings.some((f) => f.code === 'softmax-with-bce'));
        assert.ok(report.findings.some((f) => f.code === 'accuracy-near-baseline' && /binary_accuracy/.test(f.message)));
    });
});
describe('seed 002: 416 labels, about 3 positives per row, a model that predicts nothing', () => {
    const rows = 200;
    const labels = 416;
    const rng = new c.Rng(2);
    const y = c.zeros([rows, labels]);
    for (let r = 0; r < rows; r++)
        for (let k = 0; k < 3; k++)
            y.data[r * labels + rng.int(labels)] = 1;
    const x = c.randomNormal([rows, 8], { seed: 3 });
    // Zero kernel, bias -10: every sigmoid output is ~0.00005.
    const model = fixedModel(8, labels, 'sigmoid', new Array(8 * labels).fill(0), new Array(labels).fill(-10));
    model.compile({
        loss: 'binary_crossentropy',
        optimizer: 'adam',
        metrics: ['accuracy', 'binary_accuracy', 'precision', 'recall', 'f1', 'precision_at_3'],
    });
    const report = model.evaluateReport(x, y);
    const get = (name) => report.metrics.find((m) => m.name === name);
    const positives = c.sum(y).item();
    const perLabel = 1 - positives / (rows * labels);
    it("'accuracy' is subset accuracy: 0.0", () => {
        assert.equal(get('accuracy').resolved, 'subset_accuracy');
        assert.equal(get('accuracy').value, 0);
    });
    it('binary_accuracy is ~0.9928, the same as its all-zeros baseline', () => {
        assert.ok(Math.abs(get('binary_accuracy').value - perLabel) < 1e-6 && perLabel > 0.99);
        assert.equal(get('binary_accuracy').baseline.name, 'all zeros');
        assert.ok(Math.abs(get('binary_accuracy').baseline.value - perLabel) < 1e-6);
    });
    it('precision, recall and F1 are 0', () => {
        for (const name of ['precision', 'recall', 'f1'])
            assert.equal(get(name).value, 0, name);
        assert.equal(get('f1').resolved, 'f1_macro');
    });
    it('findings 11 (near baseline) and 12 (per-label accuracy) are raised, with subset accuracy and F1 added beside it', () => {
        assert.ok(report.findings.some((f) => f.code === 'accuracy-near-baseline' && /binary_accuracy/.test(f.message)));
        assert.ok(report.findings.some((f) => f.code === 'per-label-accuracy-on-multilabel' && f.severity === 'info'));
        assert.deepEqual(report.metrics.filter((m) => m.added).map((m) => m.resolved), ['f1_micro']);
        assert.ok(report.metrics.some((m) => m.resolved === 'subset_accuracy'));
    });
    it('precision@3 has the most-frequent-labels baseline', () => {
        assert.equal(get('precision_at_3').baseline.name, 'most frequent labels');
    });
});
describe('seed 003: sigmoid + BCE and 2-unit softmax + CCE are the same model', () => {
    it('with weights set so the logits match, both report the same accuracy and loss', () => {
        const x = c.randomNormal([64, 3], { seed: 5 });
        const y = c.tensor(Array.from({ length: 64 }, (_, i) => [(i * 7) % 3 === 0 ? 1 : 0]));
        const w = [0.8, -1.2, 0.5];
        const b = 0.3;
        const sigmoidModel = fixedModel(3, 1, 'sigmoid', w, [b]);
        sigmoidModel.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        // softmax([0, z]) = [1 - sigmoid(z), sigmoid(z)]: column 0 all zeros, column 1 the sigmoid weights.
        const softmaxModel = fixedModel(3, 2, 'softmax', w.flatMap((v) => [0, v]), [0, b]);
        softmaxModel.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        const a = sigmoidModel.evaluate(x, y, { verbose: 0 });
        const s = softmaxModel.evaluate(x, c.oneHot(Array.from(y.data), 2), { verbose: 0 });
        assert.equal(a.accuracy, s.accuracy);
        assert.ok(Math.abs(a.loss - s.loss) < 1e-5, `${a.loss} vs ${s.loss}`);
        assert.equal(sigmoidModel.resolvedMetrics[0].resolved, 'binary_accuracy');
        assert.equal(softmaxModel.resolvedMetrics[0].resolved, 'categorical_accuracy');
    });
});
describe('task inference', () => {
    const task = (y, output) => {
        const t = c.inferTask(c.tensor(y), output);
        return `${t.kind}/${t.encoding}/${t.numClasses}`;
    };
    it('reads binary, one-hot, sparse, multi-hot and continuous targets', () => {
        assert.equal(task([[0], [1], [1]]), 'binary/binary/2');
        assert.equal(task([
            [1, 0],
            [0, 1],
        ]), 'binary/onehot/2');
        assert.equal(task([
            [1, 0, 0],
            [0, 0, 1],
        ]), 'multiclass/onehot/3');
        assert.equal(task([0, 4, 2]), 'multiclass/sparse/5');
        assert.equal(task([0, 1, 1], { units: 5, activation: 'softmax' }), 'multiclass/sparse/5');
        assert.equal(task([
            [1, 1, 0],
            [0, 0, 1],
        ]), 'multilabel/multihot/3');
        assert.equal(task([[0.5], [1.25]]), 'regression/continuous/0');
        assert.equal(task([3, 7, 12], { units: 1, activation: 'linear' }), 'regression/continuous/0');
    });
    it('refuses NaN and negative class ids, naming the row', () => {
        assert.throws(() => c.inferTask(c.tensor([
            [0, 1],
            [NaN, 0],
        ])), /finite numbers. Received: NaN at row 1, column 0/);
        assert.throws(() => c.inferTask(c.tensor([2, -1, 0])), /class ids must be >= 0. Received: -1 at row 1/);
    });
});
describe('diagnostics: each rule fires on its mistake', () => {
    const onehot = c.oneHot([0, 1, 2, 1], 3);
    const multihot = c.tensor([
        [1, 1, 0],
        [0, 1, 1],
        [1, 0, 0],
        [0, 0, 0],
    ]);
    const ids = c.tensor([0, 2, 1, 1]);
    const continuous = c.tensor([[0.3], [1.7], [-2.2], [0.1]]);
    const check = (loss, units, activation, y, extra = {}) => codes(c.diagnoseSetup({
        loss,
        output: { units, activation },
        ...(y ? { yTrue: y, task: c.inferTask(y, { units, activation }) } : {}),
        ...extra,
    }));
    it('1 bce-on-multiclass', () => assert.ok(check('binary_crossentropy', 3, 'sigmoid', onehot).includes('bce-on-multiclass')));
    it('2 softmax-with-bce', () => assert.deepEqual(check('binary_crossentropy', 3, 'softmax'), ['softmax-with-bce']));
    it('3 sigmoid-with-cce', () => assert.deepEqual(check('categorical_crossentropy', 3, 'sigmoid'), ['sigmoid-with-cce']));
    it('4 cce-on-multihot', () => assert.deepEqual(check('categorical_crossentropy', 3, 'softmax', multihot), ['cce-on-multihot']));
    it('5 cce-on-integer-labels and sparse-cce-on-onehot', () => {
        assert.deepEqual(check('categorical_crossentropy', 3, 'softmax', ids), ['cce-on-integer-labels']);
        assert.deepEqual(check('sparse_categorical_crossentropy', 3, 'softmax', onehot), ['sparse-cce-on-onehot']);
    });
    it('6 softmax-single-unit', () => assert.ok(check('binary_crossentropy', 1, 'softmax').includes('softmax-single-unit')));
    it('7 regression-loss-on-classes', () => assert.deepEqual(check('mean_squared_error', 3, 'softmax', onehot), ['regression-loss-on-classes']));
    it('8 units-classes-mismatch', () => {
        assert.deepEqual(check('categorical_crossentropy', 4, 'softmax', onehot), ['units-classes-mismatch']);
        assert.deepEqual(check('sparse_categorical_crossentropy', 2, 'softmax', ids), ['units-classes-mismatch']);
    });
    it('9 bce-targets-out-of-range', () => assert.ok(check('binary_crossentropy', 1, 'sigmoid', c.tensor([[0], [2]])).includes('bce-targets-out-of-range')));
    it('10 logits-with-squashing and probabilities-expected', () => {
        assert.deepEqual(check('binary_crossentropy', 1, 'sigmoid', undefined, { fromLogits: true }), ['logits-with-squashing']);
        assert.deepEqual(check('categorical_crossentropy', 3, 'linear'), ['probabilities-expected']);
    });
    it('11 accuracy-near-baseline (rule on numbers)', async () => {
        const { nearBaseline } = await import('../src/evaluation/setup-rules.js');
        assert.equal(nearBaseline({ name: 'accuracy', resolved: 'binary_accuracy', value: 0.993, nearBaseline: true }, { name: 'all zeros', value: 0.9928 }, 1000)?.code, 'accuracy-near-baseline');
        assert.equal(nearBaseline({ name: 'accuracy', resolved: 'categorical_accuracy', value: 0.98, nearBaseline: true }, { name: 'majority class (1)', value: 0.11 }, 1000), null);
    });
    it('12 per-label-accuracy-on-multilabel', () => assert.deepEqual(check('binary_crossentropy', 3, 'sigmoid', multihot, { metrics: ['binary_accuracy'] }), [
        'per-label-accuracy-on-multilabel',
    ]));
    it('accuracy-on-regression', () => assert.deepEqual(check('mean_squared_error', 1, 'linear', continuous, { metrics: ['accuracy'] }), ['accuracy-on-regression']));
    it('every code has a message in the "Expected …. Received: …" form and a fix', () => {
        const all = [
            ...c.diagnoseSetup({ loss: 'binary_crossentropy', output: { units: 1, activation: 'softmax' } }),
            ...c.diagnoseSetup({
                loss: 'categorical_crossentropy',
                output: { units: 3, activation: 'sigmoid' },
                yTrue: ids,
                task: c.inferTask(ids, { units: 3, activation: 'sigmoid' }),
            }),
        ];
        for (const f of all) {
            assert.match(f.message, /Expected .*Received: /, f.code);
            assert.ok(f.fix.length > 10, f.code);
        }
    });
});
describe('diagnostics: no false positives on correct setups', () => {
    const cases = [
        ['softmax + CCE on one-hot', 'categorical_crossentropy', 3, 'softmax', c.oneHot([0, 1, 2, 2], 3)],
        ['sigmoid + BCE on binary', 'binary_crossentropy', 1, 'sigmoid', c.tensor([[0], [1], [1], [0]])],
        [
            'sigmoid + BCE on multi-hot',
            'binary_crossentropy',
            3,
            'sigmoid',
            c.tensor([
                [1, 1, 0],
                [0, 0, 1],
                [0, 0, 0],
            ]),
        ],
        ['linear + MSE on regression', 'mean_squared_error', 1, 'linear', c.tensor([[0.5], [1.5], [-0.25]])],
        ['sparse CCE on integer ids', 'sparse_categorical_crossentropy', 4, 'softmax', c.tensor([0, 3, 2, 1])],
        ['2-unit softmax + sparse CCE on 0/1 ids', 'sparse_categorical_crossentropy', 2, 'softmax', c.tensor([0, 1, 1])],
    ];
    for (const [name, loss, units, activation, y] of cases) {
        it(name, () => {
            const output = { units, activation };
            const metrics = loss === 'mean_squared_error' ? ['mae', 'r2'] : ['accuracy'];
            assert.deepEqual(c.diagnoseSetup({ loss, output, metrics, yTrue: y, task: c.inferTask(y, output) }), []);
        });
    }
    it('linear output with fromLogits: true', () => {
        assert.deepEqual(c.diagnoseSetup({ loss: 'categorical_crossentropy', fromLogits: true, output: { units: 3, activation: 'linear' } }), []);
    });
});
describe('diagnostics in the training flow', () => {
    it('errors stop fit before training; warnings are printed once; strict turns them into errors', async () => {
        const x = c.randomNormal([8, 2], { seed: 1 });
        const model = c.sequential([L.dense({ units: 1, activation: 'softmax', inputShape: [2] })]);
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
        await assert.rejects(model.fit(x, c.zeros([8, 1]), { verbose: 0 }), /softmax-single-unit: Expected at least 2 units under a softmax/);
        warnings.length = 0;
        const y = c.oneHot([0, 1, 2, 0, 1, 2, 0, 1], 3);
        const bce = c.sequential([L.dense({ units: 3, activation: 'sigmoid', inputShape: [2] })]);
        bce.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        await bce.fit(x, y, { epochs: 2, verbose: 0 });
        assert.equal(warnings.filter((w) => w.startsWith('bce-on-multiclass')).length, 1);
        const strict = c.sequential([L.dense({ units: 3, activation: 'sigmoid', inputShape: [2] })]);
        strict.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'], strict: true });
        await assert.rejects(strict.fit(x, y, { verbose: 0 }), /\(strict mode\):\n  bce-on-multiclass/);
    });
    it("'accuracy' on regression is dropped with a warning, and is an error in strict mode", async () => {
        const x = c.randomNormal([8, 2], { seed: 1 });
        const y = c.randomNormal([8, 1], { seed: 2 });
        const model = c.sequential([L.dense({ units: 1, inputShape: [2] })]);
        model.compile({ loss: 'mse', optimizer: 'adam', metrics: ['accuracy', 'mae'] });
        const h = await model.fit(x, y, { epochs: 1, verbose: 0 });
        assert.deepEqual(Object.keys(h.history).sort(), ['loss', 'mae']);
        const strict = c.sequential([L.dense({ units: 1, inputShape: [2] })]);
        strict.compile({ loss: 'mse', optimizer: 'adam', metrics: ['accuracy'], strict: true });
        await assert.rejects(strict.fit(x, y, { verbose: 0 }), /accuracy-on-regression/);
    });
    it('fit keeps the metrics with their baselines in the History', async () => {
        const x = c.randomNormal([40, 2], { seed: 4 });
        const y = c.tensor(Array.from({ length: 40 }, (_, i) => [i < 30 ? 1 : 0]));
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [2] })]);
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        const h = await model.fit(x, y, { epochs: 2, verbose: 0, validationSplit: 0.25 });
        assert.equal(h.report.train[0].baseline.name, 'majority class (1)');
        assert.equal(h.report.train[0].baseline.value, 1); // the training part is all ones
        assert.equal(h.report.validation[0].baseline.name, 'majority class (0)');
        assert.equal(h.report.validation[0].display, 'accuracy[binary]');
    });
    it('candor.diagnose checks a model with and without data', () => {
        const model = c.sequential([L.dense({ units: 4, activation: 'softmax', inputShape: [2] })]);
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        assert.deepEqual(codes(c.diagnose(model)), ['softmax-with-bce']);
        const y = c.oneHot([0, 1, 2, 3], 4);
        assert.ok(codes(c.diagnose(model, c.zeros([4, 2]), y)).includes('bce-on-multiclass'));
    });
});
//# sourceMappingURL=truth.test.js.map