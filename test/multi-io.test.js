// Functional models with several inputs and outputs (Keras' multi-input, multi-output models):
// data, losses, loss weights and metrics by list or by name, each output with its own task,
// metrics, baselines and findings, logs named by output, and the same numbers as computed by hand.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
const L = c.layers;
const N = 48;
const a = c.randomNormal([N, 3], { seed: 1 });
const b = c.randomNormal([N, 2], { seed: 2 });
// score: a continuous target; kind: one of 3 classes (ids), both from the two inputs.
const score = c.tensor(Array.from({ length: N }, (_, i) => [a.data[i * 3] - 2 * b.data[i * 2]]));
const kind = c.tensor(Array.from({ length: N }, (_, i) => (a.data[i * 3 + 1] > 0.5 ? 2 : b.data[i * 2 + 1] > 0 ? 1 : 0)));
/** Two inputs merged into one trunk with two heads: a regression head and a 3-class head. */
function twoHeads(seed = 5, outputs = 'dict') {
    const inA = c.input({ shape: [3], name: 'a' });
    const inB = c.input({ shape: [2], name: 'b' });
    const trunk = L.dense({ units: 8, activation: 'tanh', name: 'trunk' }).apply(L.concatenate({ name: 'join' }).apply([inA, inB]));
    const s = L.dense({ units: 1, name: 'score' }).apply(trunk);
    const k = L.dense({ units: 3, activation: 'softmax', name: 'kind' }).apply(trunk);
    return c.model({ inputs: [inA, inB], outputs: outputs === 'dict' ? { score: s, kind: k } : [s, k], seed });
}
const compileTwo = (m, extra = {}) => m.compile({
    loss: { score: 'mse', kind: 'sparse_categorical_crossentropy' },
    lossWeights: { score: 0.5 },
    metrics: { score: ['mae'], kind: ['accuracy'] },
    optimizer: { name: 'adam', learningRate: 0.01 },
    ...extra,
});
let dir;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-multi-io-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
describe('multi-input, multi-output functional models', () => {
    it('train with data by name, log each output under its name, and evaluate to the numbers computed from predict', async () => {
        const m = twoHeads();
        compileTwo(m);
        const history = await m.fit({ a, b }, { score, kind }, { epochs: 3, batchSize: 16, verbose: 0, seed: 1, validationSplit: 0.25 });
        assert.deepEqual(Object.keys(history.history).sort(), [
            'kind_accuracy',
            'kind_loss',
            'loss',
            'score_loss',
            'score_mae',
            'val_kind_accuracy',
            'val_kind_loss',
            'val_loss',
            'val_score_loss',
            'val_score_mae',
        ]);
        assert.deepEqual(history.metrics, [
            { name: 'score_mae', resolved: 'mean_absolute_error' },
            { name: 'kind_accuracy', resolved: 'sparse_categorical_accuracy' },
        ]);
        const logs = m.evaluate([a, b], { score, kind }, { verbose: 0 });
        // The total is the weighted sum of the outputs' losses.
        assert.ok(Math.abs(logs.loss - (0.5 * logs.score_loss + logs.kind_loss)) < 1e-5, JSON.stringify(logs));
        const p = m.predict({ a, b });
        assert.deepEqual(Object.keys(p), ['score', 'kind']);
        let mae = 0;
        let mse = 0;
        let correct = 0;
        for (let i = 0; i < N; i++) {
            const d = p.score.data[i] - score.data[i];
            mae += Math.abs(d) / N;
            mse += (d * d) / N;
            const row = Array.from(p.kind.data.subarray(i * 3, i * 3 + 3));
            if (row.indexOf(Math.max(...row)) === kind.data[i])
                correct++;
        }
        assert.ok(Math.abs(logs.score_mae - mae) < 1e-5, `${logs.score_mae} vs ${mae}`);
        assert.ok(Math.abs(logs.score_loss - mse) < 1e-5, `${logs.score_loss} vs ${mse}`);
        assert.equal(logs.kind_accuracy, correct / N);
    });
    it("each output gets its own task, metrics, baselines and findings; the report holds every output's and each apart", () => {
        const m = twoHeads();
        compileTwo(m, { metrics: { score: ['accuracy', 'mae'], kind: ['accuracy', 'f1'] } });
        const report = m.evaluateReport({ a, b }, { score, kind }, { confidence: false });
        assert.deepEqual(report.metrics.map((r) => [r.name, r.resolved]), [
            ['score_mae', 'mean_absolute_error'],
            ['kind_accuracy', 'sparse_categorical_accuracy'],
            ['kind_f1', 'f1_macro'],
        ]);
        assert.deepEqual(Object.keys(report.outputs), ['score', 'kind']);
        assert.equal(report.outputs.kind.classification.labels.length, 3);
        assert.equal(report.outputs.score.classification, undefined);
        // 'accuracy' on the regression output resolves to nothing, and the finding names the output.
        const finding = report.findings.find((f) => f.code === 'accuracy-on-regression');
        assert.match(finding.message, /^output "score": /);
        assert.deepEqual(m.compiled.evaluationContexts.map((ctx) => ctx.task.kind), ['regression', 'multiclass']);
        // The majority-class baseline of the class output is computed on its own targets.
        const counts = [0, 0, 0];
        for (const v of kind.data)
            counts[v]++;
        assert.equal(report.outputs.kind.metrics[0].baseline.value, Math.max(...counts) / N);
        const weights = report.outputs.score.loss * 0.5 + report.outputs.kind.loss;
        assert.ok(Math.abs(report.loss - weights) < 1e-5);
    });
    it('a loss weight of 0 leaves the other head training exactly as a model of that head alone', async () => {
        const values = (l) => l.weights.map((v) => Array.from(v.data));
        const m = twoHeads(7, 'list');
        m.compile({ loss: ['mse', 'sparse_categorical_crossentropy'], lossWeights: [1, 0], optimizer: 'sgd' });
        const kindBefore = values(m.getLayer('kind'));
        await m.fit([a, b], [score, kind], { epochs: 2, batchSize: 12, verbose: 0, seed: 7, shuffle: false });
        // The same starting weights (seed 7: fit's seed is the model's, so nothing is redrawn), trained as a feature-extraction model of the score head alone.
        const fresh = twoHeads(7, 'list');
        const alone = c.model({ inputs: fresh.inputs, outputs: fresh.getLayer('score').output });
        alone.compile({ loss: 'mse', optimizer: 'sgd' });
        await alone.fit([a, b], score, { epochs: 2, batchSize: 12, verbose: 0, seed: 7, shuffle: false });
        assert.deepEqual(values(fresh.getLayer('trunk')), values(m.getLayer('trunk')));
        assert.deepEqual(values(fresh.getLayer('score')), values(m.getLayer('score')));
        // The zero-weighted head's own layer gets no gradient.
        assert.deepEqual(values(m.getLayer('kind')), kindBefore);
        const p = m.predict([a, b]);
        assert.equal(p.length, 2);
        assert.deepEqual(p[1].shape, [N, 3]);
    });
    it('saves and loads with its inputs, outputs, losses, loss weights and metrics; the same predictions and logs', async () => {
        const m = twoHeads(9);
        compileTwo(m);
        await m.fit({ a, b }, { score, kind }, { epochs: 1, verbose: 0, seed: 2 });
        await m.save(join(dir, 'two'));
        const loaded = await c.loadModel(join(dir, 'two'));
        assert.ok(loaded instanceof c.Functional);
        assert.deepEqual(loaded.inputNames, ['a', 'b']);
        assert.deepEqual(loaded.outputNames, ['score', 'kind']);
        const pm = m.predict({ a, b });
        const pl = loaded.predict({ a, b });
        assert.deepEqual(Array.from(pl.kind.data), Array.from(pm.kind.data));
        assert.deepEqual(loaded.evaluate({ a, b }, { score, kind }, { verbose: 0 }), m.evaluate({ a, b }, { score, kind }, { verbose: 0 }));
        assert.deepEqual(loaded.compiled.heads.map((h) => h.weight), [0.5, 1]);
        assert.deepEqual(c.modelFromJSON(m.toJSON()).getConfig(), m.getConfig());
    });
    it('refuses data, losses, weights and options that do not fit the outputs, naming them', async () => {
        const m = twoHeads();
        assert.throws(() => m.compile({ loss: ['mse'] }), /"loss" as a list needs one loss per output \(score, kind\). Received: 1 losses for 2 outputs/);
        assert.throws(() => m.compile({ loss: { score: 'mse' } }), /"loss" is keyed by output name \(score, kind\). Received: no entry for "kind"/);
        assert.throws(() => m.compile({ loss: 'mse', lossWeights: { skore: 1 } }), /Received: unknown "skore"/);
        assert.throws(() => m.compile({ loss: 'mse', lossWeights: [1, -1] }), /lossWeights for output "kind" must be a finite number >= 0/);
        assert.throws(() => m.compile({ loss: 'mse', metrics: [['mae']] }), /one list per output \(score, kind\). Received: 1 lists/);
        compileTwo(m);
        assert.throws(() => m.evaluate([a], { score, kind }), /the model has 2 inputs \(a, b\): argument "x" must be a list of 2 arrays/);
        assert.throws(() => m.evaluate({ a, c: b }, { score, kind }), /one entry per model input \(a, b\). Received: keys a, c; missing b; unknown c/);
        assert.throws(() => m.evaluate({ a, b }, { score }), /missing kind/);
        assert.throws(() => m.evaluate({ a, b: c.zeros([3, 2]) }, { score, kind }), /every input and target must have the same number of samples/);
        await assert.rejects(m.fit({ a, b }, { score, kind }, { classWeight: { 0: 1, 1: 1, 2: 1 }, verbose: 0 }), /"classWeight" weighs one output's classes/);
    });
    it('a flat metric list applies to every output; one loss to every output', () => {
        const inp = c.input({ shape: [3] });
        const h = L.dense({ units: 4, name: 'h' }).apply(inp);
        const o1 = L.dense({ units: 1, activation: 'sigmoid', name: 'left' }).apply(h);
        const o2 = L.dense({ units: 1, activation: 'sigmoid', name: 'right' }).apply(h);
        const m = c.model({ inputs: inp, outputs: [o1, o2], seed: 1 });
        m.compile({ loss: 'binary_crossentropy', metrics: ['accuracy'] });
        const yl = c.tensor(Array.from({ length: N }, (_, i) => [a.data[i * 3] > 0 ? 1 : 0]));
        const logs = m.evaluate(a, [yl, yl], { verbose: 0 });
        assert.deepEqual(Object.keys(logs), ['loss', 'left_loss', 'right_loss', 'left_accuracy', 'right_accuracy']);
        assert.equal(m.compiled.resolvedMetrics.map((r) => r.display).join(), 'left_accuracy[binary],right_accuracy[binary]');
    });
});
//# sourceMappingURL=multi-io.test.js.map