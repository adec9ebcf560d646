// Registries: custom layers, losses, metrics (functions, objects, definitions) register, compile,
// report beside their baselines, save and reload by name; the records decide direction and rules.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { Registry } from '../src/registry/registry.js';
import { LAYERS } from './helpers/layer-args.js';
import { setWarningHandler } from '../src/registry/warnings.js';
const L = c.layers;
/** y = x · scale, one trainable scale per feature. */
class Scale extends c.Layer {
    className = 'Scale';
    scale = null;
    constructor(config = {}) {
        super(config, 'Scale');
    }
    build(shape, rng) {
        this.scale = this.addWeight('scale', [shape[shape.length - 1]], 'ones', rng);
        super.build(shape, rng);
    }
    call(x) {
        return c.mul(x, this.scale);
    }
    computeOutputShape(shape) {
        return shape;
    }
    layerConfig() {
        return {};
    }
}
/** Squared error per sample, written by a user. */
const squaredError = (yTrue, yPred) => c.mean(c.square(c.sub(yPred, yTrue)), -1);
/** 1 where the prediction is on the right side of 0.5. */
const hit = (yTrue, yPred) => c.cast(c.equal(c.greater(yPred, 0.5), c.greater(yTrue, 0.5)), 'float32');
let dir;
const warnings = [];
let previous;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-registry-'));
    previous = setWarningHandler((m) => warnings.push(m));
});
after(() => {
    rmSync(dir, { recursive: true, force: true });
    setWarningHandler(previous);
});
const data = () => {
    const x = c.randomNormal([64, 3], { seed: 3 });
    const y = c.tensor(Array.from({ length: 64 }, (_, i) => [x.data[i * 3] + x.data[i * 3 + 1] > 0 ? 1 : 0]));
    return [x, y];
};
describe('Registry', () => {
    it('finds any spelling, suggests the nearest name, refuses a taken name and accepts the same registration twice', () => {
        const r = new Registry('widget', 'register one with registerWidget');
        r.register('big_widget', 1, { builtin: true, aliases: ['bw'] });
        assert.equal(r.get('BigWidget', 'test'), 1);
        assert.equal(r.get('bw', 'test'), 1);
        assert.equal(r.canonical('BIG_WIDGET'), 'big_widget');
        assert.throws(() => r.get('big_widgit', 'test'), /unknown widget "big_widgit". Did you mean 'big_widget'\?.*register one with registerWidget/);
        assert.throws(() => r.register('bigWidget', 2), /"bigWidget" is already taken by the built-in widget "big_widget"/);
        r.register('small', 3);
        r.register('small', 3); // a module loaded twice
        assert.throws(() => r.register('small', 4), /already taken by the registered widget "small"/);
        assert.deepEqual(r.names(), ['big_widget', 'small']);
        assert.ok(r.isCustom('small') && !r.isCustom('big_widget'));
    });
    it('every built-in layer class is made by a factory and registered under the className its instances report', () => {
        const made = Object.entries(LAYERS).map(([factory, spec]) => c.layers[factory](spec.args));
        // Models are layers too (models nested in models): made by model.apply, rebuilt from their configs.
        const inner = c.input({ shape: [2] });
        for (const m of [
            c.sequential([c.layers.dense({ units: 1, inputShape: [2] })]),
            c.model({ inputs: inner, outputs: c.layers.dense({ units: 1 }).apply(inner) }),
        ]) {
            const config = JSON.parse(JSON.stringify(m.getConfig()));
            made.push(c.layerFromConfig({ className: m instanceof c.Functional ? 'Functional' : 'Sequential', config }));
        }
        for (const [name, cls] of c.LAYER_REGISTRY.entries()) {
            const instance = made.find((l) => l.constructor === cls);
            assert.ok(instance, `no factory of candor.layers makes ${name}`);
            assert.equal(instance.className, name);
        }
    });
});
describe('custom layers', () => {
    it('a registered layer saves and reloads by name with the same predictions', async () => {
        c.registerLayer(Scale);
        const model = c.sequential([L.dense({ units: 2, inputShape: [3] }), new Scale({ name: 'scale' }), L.dense({ units: 1, activation: 'sigmoid' })], { seed: 1 });
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
        const [x, y] = data();
        await model.fit(x, y, { epochs: 2, verbose: 0, seed: 1 });
        await model.save(join(dir, 'scale'));
        const loaded = await c.loadModel(join(dir, 'scale'));
        assert.equal(loaded.getLayer('scale').className, 'Scale');
        assert.deepEqual(Array.from(loaded.predict(x).data), Array.from(model.predict(x).data));
    });
    it('an unregistered layer class: save warns which name loadModel will miss, and load says how to register it', async () => {
        class Unregistered extends Scale {
            className = 'Unregistered';
        }
        const model = c.sequential([L.dense({ units: 2, inputShape: [3] }), new Unregistered()]);
        model.compile({ loss: 'mse' });
        warnings.length = 0;
        await model.save(join(dir, 'unregistered'));
        assert.ok(warnings.some((w) => /loadModel will not find layer class "Unregistered" \(candor.registerLayer\(Unregistered\)\)/.test(w)), warnings.join('\n'));
        await assert.rejects(c.loadModel(join(dir, 'unregistered')), /unknown layer class "Unregistered".*candor.registerLayer\(MyLayer\)/s);
    });
});
describe('custom losses', () => {
    it('a loss function compiles by value or by registered name, equals its formula, and reloads by name', async () => {
        const [x, y] = data();
        const byValue = c.sequential([L.dense({ units: 1, inputShape: [3] })], { seed: 2 });
        byValue.compile({ loss: squaredError, optimizer: 'sgd' });
        const mse = c.sequential([L.dense({ units: 1, inputShape: [3] })], { seed: 2 });
        mse.compile({ loss: 'mse', optimizer: 'sgd' });
        assert.ok(Math.abs(byValue.evaluate(x, y, { verbose: 0 }).loss - mse.evaluate(x, y, { verbose: 0 }).loss) < 1e-6);
        warnings.length = 0;
        await byValue.save(join(dir, 'loss-unregistered'));
        assert.ok(warnings.some((w) => /loss "squaredError" \(candor.registerLoss\('squaredError', fn\)\)/.test(w)), warnings.join('\n'));
        await assert.rejects(c.loadModel(join(dir, 'loss-unregistered')), /unknown loss "squaredError"/);
        c.registerLoss('squaredError', squaredError);
        const named = c.sequential([L.dense({ units: 1, inputShape: [3] })], { seed: 2 });
        named.compile({ loss: 'squared_error', optimizer: 'sgd' });
        await named.fit(x, y, { epochs: 2, verbose: 0, seed: 1 });
        await named.save(join(dir, 'loss'));
        const loaded = await c.loadModel(join(dir, 'loss'));
        assert.equal(loaded.compiled.loss.name, 'squaredError');
        assert.equal(loaded.evaluate(x, y, { verbose: 0 }).loss, named.evaluate(x, y, { verbose: 0 }).loss);
    });
    it('a loss function named like a built-in loss is refused', () => {
        const model = c.sequential([L.dense({ units: 1, inputShape: [3] })]);
        const mse = (yTrue, yPred) => squaredError(yTrue, yPred);
        assert.throws(() => model.compile({ loss: mse }), /has the name of the built-in loss "mean_squared_error"/);
    });
});
describe('custom metrics', () => {
    it('a metric function is logged, reported beside its trivial baseline, and refused at save only as a warning until registered', async () => {
        const [x, y] = data();
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 4 });
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: [hit, 'accuracy'] });
        const history = await model.fit(x, y, { epochs: 3, verbose: 0, seed: 1 });
        assert.equal(history.history.hit.length, 3);
        const report = model.evaluateReport(x, y);
        const mine = report.metrics.find((m) => m.name === 'hit');
        const accuracy = report.metrics.find((m) => m.name === 'accuracy');
        assert.equal(mine.value, accuracy.value, 'the same computation as binary accuracy');
        assert.equal(mine.baseline.value, accuracy.baseline.value, 'judged against the same majority predictor');
        assert.equal(mine.ciMethod, 'bootstrap');
        warnings.length = 0;
        await model.save(join(dir, 'metric-unregistered'));
        assert.ok(warnings.some((w) => /metric "hit" \(candor.registerMetric\('hit', …\)\)/.test(w)), warnings.join('\n'));
    });
    it('a registered metric compiles by name and reloads with the model; its record gives direction, tasks and the near-baseline rule', async () => {
        c.registerMetric('hit_rate', { fn: hit, direction: 'higher', tasks: ['binary'], nearBaseline: true });
        const [x, y] = data();
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 4 });
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['hit_rate'] });
        await model.fit(x, y, { epochs: 1, verbose: 0, seed: 1 });
        assert.equal(model.resolvedMetrics[0].direction, 'higher');
        await model.save(join(dir, 'metric'));
        const loaded = await c.loadModel(join(dir, 'metric'));
        assert.deepEqual(loaded.compiled.metricNames, ['hit_rate']);
        assert.equal(loaded.evaluate(x, y, { verbose: 0 }).hit_rate, model.evaluate(x, y, { verbose: 0 }).hit_rate);
        // An untrained model near the majority baseline: the record opts in to the rule.
        const fresh = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3], kernelInitializer: 'zeros' })]);
        fresh.compile({ loss: 'binary_crossentropy', metrics: ['hit_rate'] });
        assert.ok(fresh.evaluateReport(x, y).findings.some((f) => f.code === 'accuracy-near-baseline'));
        // Tasks: regression targets are refused with the metric's name.
        const reg = c.sequential([L.dense({ units: 1, inputShape: [3] })]);
        reg.compile({ loss: 'mse', metrics: ['hit_rate'] });
        assert.throws(() => reg.evaluate(x, c.randomNormal([64, 1], { seed: 1 }), { verbose: 0 }), /metric "hit_rate" needs binary targets/);
    });
    it('a Metric object is used as its own state', () => {
        class Count {
            name = 'count';
            n = 0;
            updateState(_y, p) {
                this.n += p.shape[0];
            }
            result() {
                return this.n;
            }
            resetState() {
                this.n = 0;
            }
        }
        const [x, y] = data();
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })]);
        model.compile({ loss: 'binary_crossentropy', metrics: [new Count()] });
        assert.equal(model.evaluate(x, y, { verbose: 0 }).count, 64);
    });
    it('names that clash with a known metric, and nameless functions, are refused', () => {
        const model = c.sequential([L.dense({ units: 1, inputShape: [3] })]);
        const auc = (yTrue, yPred) => hit(yTrue, yPred);
        assert.throws(() => model.compile({ loss: 'mse', metrics: [auc] }), /the metric function "auc" has the name of the built-in metric "auc"/);
        assert.throws(() => model.compile({ loss: 'mse', metrics: [(a) => a] }), /a metric function needs a name/);
        assert.throws(() => c.registerMetric('accuracy', hit), /"accuracy" is already taken by the built-in metric "accuracy"/);
        assert.throws(() => model.compile({ loss: 'mse', metrics: ['acuracy'] }), /unknown metric "acuracy". Did you mean 'accuracy'\?/);
    });
    it('EarlyStopping in auto mode reads the direction from the metric record (an MCC goes up)', async () => {
        const [x, y] = data();
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 5 });
        model.compile({ loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: 0.05 }, metrics: ['mcc'] });
        const stop = new c.EarlyStopping({ monitor: 'mcc', patience: 0 });
        const history = await model.fit(x, y, { epochs: 8, verbose: 0, seed: 1, callbacks: [stop] });
        const mcc = history.history.mcc;
        // Training continues while the MCC rises; a 'lower is better' reading would have stopped after the first rise.
        for (let i = 1; i < mcc.length - 1; i++)
            assert.ok(mcc[i] > mcc[i - 1], `epoch ${i + 1} continued although mcc fell: ${mcc}`);
        if (mcc.length < 8)
            assert.ok(mcc[mcc.length - 1] <= mcc[mcc.length - 2]);
    });
});
describe('datasets', () => {
    it('a registered dataset is named by a config like a built-in one; every source checks its options by kind', async () => {
        const { loadData } = await import('../src/config/data-config.js');
        c.registerDataset({
            name: 'tiny_xor',
            options: { noise: 'number' },
            load: (config, { seed, plan }) => {
                const rng = new c.Rng(seed);
                const x = c.tensor(Array.from({ length: 40 }, (_, i) => [i & 1, (i >> 1) & 1].map((v) => v + rng.normal() * (config.noise ?? 0))));
                const y = c.tensor(Array.from({ length: 40 }, (_, i) => [(i & 1) ^ ((i >> 1) & 1)]));
                const s = plan.kind === 'kfold'
                    ? c.foldSplit(x, y, { k: plan.k, fold: plan.fold, seed })
                    : c.trainTestSplit(x, y, { testSize: 0.25, seed });
                return { ...s, description: '40 xor rows', resampling: 'resplit' };
            },
        });
        const s = loadData({ dataset: 'tiny_xor', noise: 0.1 }, '.', 1, false);
        assert.deepEqual([s.xTrain.shape[0], s.xTest.shape[0]], [30, 10]);
        assert.throws(() => loadData({ dataset: 'tiny_xor', nosie: 0.1 }, '.', 1, false), /data \(tiny_xor\): unknown option "nosie". Expected one of: dataset, noise/);
        assert.throws(() => loadData({ dataset: 'pima', oneHot: 'yes' }, '.', 1, false), /data \(pima\): option "oneHot" must be a boolean/);
        assert.throws(() => loadData({ dataset: 'pimaa' }, '.', 1, false), /unknown dataset "pimaa". Did you mean 'pima'\?/);
        assert.throws(() => loadData({ file: 'x.csv' }, '.', 1, false), /data: expected \{ dataset: name \}, \{ csv: file \} or \{ x, y \}. Received: keys file/);
        assert.throws(() => loadData({ dataset: 'mnist' }, '.', 1, false, { kind: 'kfold', k: 3, fold: 0, stratified: true }), /mnist comes with its own test set/);
        const r = await c.experiment({
            configs: {
                a: {
                    layers: [{ className: 'Dense', config: { units: 1, activation: 'sigmoid', inputShape: [2] } }],
                    compile: { loss: 'binary_crossentropy', metrics: ['accuracy'] },
                },
            },
            data: { dataset: 'tiny_xor' },
            runs: 2,
            epochs: 1,
            workers: 0,
        });
        assert.equal(r.configs[0].runs.length, 2);
    });
});
//# sourceMappingURL=registry.test.js.map