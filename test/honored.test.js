import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { Loss } from '../src/losses/losses.js';
import { resolveMetric } from '../src/evaluation/metrics/resolve.js';
import { inferTask } from '../src/evaluation/task.js';
import { loadFixture, quietTempDir } from './helpers.js';
import { LAYERS } from './helpers/layer-args.js';
/** What issue #13 found accepted and dropped, or silently wrong: each now honoured or refused. */
const L = c.layers;
const tempDir = quietTempDir('candor-honored-');
const data = (n, features, seed) => ({
    x: c.randomNormal([n, features], { seed }),
    y: c.tensor(Array.from({ length: n }, (_, i) => [i % 3 === 0 ? 1 : 0])),
});
/** Column L2 norms of a (rows, cols) weight. */
const columnNorms = (w) => {
    const [rows, cols] = w.shape;
    return Array.from({ length: cols }, (_, j) => Math.sqrt(Array.from({ length: rows }, (_, i) => w.data[i * cols + j] ** 2).reduce((a, b) => a + b, 0)));
};
describe('layer options that were dropped are implemented', () => {
    it("kernelConstraint 'non_neg' and max_norm hold after every update; unit_norm and min_max_norm follow Keras' formula", async () => {
        const { x, y } = data(64, 4, 1);
        const model = c.sequential([
            L.dense({ units: 5, activation: 'relu', inputShape: [4], kernelConstraint: 'non_neg' }),
            L.dense({ units: 1, activation: 'sigmoid', kernelConstraint: { name: 'max_norm', maxValue: 0.5 } }),
        ], { seed: 1 });
        model.compile({ loss: 'binary_crossentropy', optimizer: c.optimizers.sgd(1) });
        await model.fit(x, y, { epochs: 3, batchSize: 16, verbose: 0, seed: 1 });
        const [k1, , k2] = model.getWeights();
        assert.ok(Array.from(k1.data).every((v) => v >= 0), 'non_neg');
        assert.ok(columnNorms(k2).every((n) => n <= 0.5 + 1e-6), `max_norm: ${columnNorms(k2)}`);
        assert.ok(Array.from(k1.data).some((v) => v > 0));
        // One update from known weights, then the constraint by hand (Keras: w · desired / (1e-7 + norm), axis 0).
        for (const [spec, desired] of [
            ['unit_norm', () => 1],
            [
                { className: 'MinMaxNorm', config: { min_value: 0.5, max_value: 0.8, rate: 0.5 } },
                (n) => 0.5 * Math.min(Math.max(n, 0.5), 0.8) + 0.5 * n,
            ],
        ]) {
            const m = c.sequential([L.dense({ units: 2, inputShape: [3], useBias: false, kernelConstraint: spec })], { seed: 5 });
            m.compile({ loss: 'mse', optimizer: c.optimizers.sgd(0) });
            const before = m.getWeights()[0];
            m.trainOnBatch(c.ones([2, 3]), c.zeros([2, 2]));
            const after = m.getWeights()[0];
            const norms = columnNorms(before);
            for (let i = 0; i < 6; i++)
                assert.ok(Math.abs(after.data[i] - before.data[i] * (desired(norms[i % 2]) / (1e-7 + norms[i % 2]))) < 1e-6, JSON.stringify(spec));
        }
        assert.throws(() => L.dense({ units: 2, kernelConstraint: 'positive' }), /unknown constraint "positive"/);
    });
    it('activityRegularizer adds l2 · Σ output² / batch to the training loss', () => {
        const x = c.tensor([
            [1, 2],
            [0.5, -1],
            [2, 0],
        ]);
        const y = c.zeros([3, 1]);
        const make = (activity) => {
            const m = c.sequential([L.dense({ units: 1, inputShape: [2], ...(activity ? { activityRegularizer: activity } : {}) })], {
                seed: 9,
            });
            m.compile({ loss: 'mse', optimizer: c.optimizers.sgd(0) });
            return m;
        };
        const out = make().predict(x).data;
        const penalty = (0.01 * Array.from(out).reduce((s, v) => s + v * v, 0)) / 3;
        const plain = make().trainOnBatch(x, y).loss;
        const regularized = make('l2').trainOnBatch(x, y).loss;
        assert.ok(Math.abs(regularized - plain - penalty) < 1e-6, `${regularized} - ${plain} vs ${penalty}`);
        assert.equal(make('l2').evaluate(x, y, { verbose: 0 }).loss, make().evaluate(x, y, { verbose: 0 }).loss, 'evaluation reports the data loss only');
    });
    it("dtype: float32 (and Keras 3's policy form) accepted, anything else refused", () => {
        assert.throws(() => L.dense({ units: 2, dtype: 'float16' }), /Dense: dtype "float16" is not supported: Candor computes in float32 only/);
        assert.throws(() => L.dense({ units: 2, dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'mixed_float16' } } }), /dtype "mixed_float16" is not supported/);
        L.dense({ units: 2, dtype: 'float32' });
        L.dense({ units: 2, dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' } } });
        assert.throws(() => new Loss('mse', { dtype: 'float64' }), /option "dtype" must be 'float32'/);
    });
    it("Dropout's seed fixes its masks whatever generator the call brings; noiseShape broadcasts one mask", () => {
        const x = c.ones([4, 6]);
        const masked = (layer, seed) => Array.from(layer.apply(x, { training: true, rng: new c.Rng(seed) }).data);
        assert.deepEqual(masked(L.dropout({ rate: 0.5, seed: 3 }), 1), masked(L.dropout({ rate: 0.5, seed: 3 }), 2));
        assert.notDeepEqual(masked(L.dropout({ rate: 0.5 }), 1), masked(L.dropout({ rate: 0.5 }), 2));
        const shared = L.dropout({ rate: 0.5, noiseShape: [null, 1] }).apply(x, { training: true, rng: new c.Rng(4) });
        for (let r = 0; r < 4; r++)
            assert.equal(new Set(Array.from(shared.data.slice(r * 6, r * 6 + 6))).size, 1, 'one mask value per row');
    });
});
describe('Keras documents keep what Candor implements', () => {
    it('a Keras kernel_constraint reaches the built layer; a mixed_float16 policy is refused, not dropped', async () => {
        const { readModelDocument } = await import('../src/interop/keras.js');
        const dense = (extra) => ({
            class_name: 'Sequential',
            config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 3], ...extra } }] },
        });
        const doc = readModelDocument(dense({ kernel_constraint: { class_name: 'MaxNorm', config: { max_value: 0.5, axis: 0 } } }));
        const layer = c.layerFromConfig(doc.layers[0]);
        assert.deepEqual(layer.getConfig().kernelConstraint, { className: 'MaxNorm', config: { max_value: 0.5, axis: 0 } });
        assert.deepEqual(doc.ignored, []);
        const half = readModelDocument(dense({ dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'mixed_float16' } } }));
        assert.throws(() => c.layerFromConfig(half.layers[0]), /dtype "mixed_float16" is not supported/);
    });
});
describe('sample weights: (N,), (N, 1) and per-element weights mean the same everywhere', () => {
    const { x, y } = data(12, 3, 2);
    const w = Array.from({ length: 12 }, (_, i) => (i % 4) * 0.5);
    const model = () => {
        const m = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 4 });
        m.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy', 'auc'] });
        return m;
    };
    it('evaluate, evaluateReport, fit and Loss.call agree for (N,) and (N, 1); the loss is the Keras weighted mean', async () => {
        const flat = c.tensor(w);
        const column = c.tensor(w.map((v) => [v]));
        assert.deepEqual(model().evaluate(x, y, { sampleWeight: column, verbose: 0 }), model().evaluate(x, y, { sampleWeight: flat, verbose: 0 }));
        assert.deepEqual(model().evaluateReport(x, y, { sampleWeight: column }).metrics, model().evaluateReport(x, y, { sampleWeight: flat }).metrics);
        const h1 = await model().fit(x, y, { sampleWeight: column, epochs: 2, batchSize: 5, verbose: 0, seed: 1 });
        const h2 = await model().fit(x, y, { sampleWeight: flat, epochs: 2, batchSize: 5, verbose: 0, seed: 1 });
        assert.deepEqual(h1.history, h2.history);
        const loss = new Loss('mse');
        const p = c.tensor([[0.2], [0.4], [0.9]]);
        const t = c.tensor([[0], [1], [1]]);
        const expected = (0.04 * 1 + 0.36 * 2 + 0.01 * 0) / 3;
        for (const sw of [c.tensor([1, 2, 0]), c.tensor([[1], [2], [0]])])
            assert.ok(Math.abs(loss.call(t, p, sw).item() - expected) < 1e-6);
    });
    it('per-timestep weights (N, T) on a (N, T, C) output weight each timestep, as Keras', () => {
        const loss = new Loss('mse');
        const t = c.zeros([2, 3, 2]);
        const p = c.tensor([
            [
                [1, 1],
                [2, 2],
                [0, 0],
            ],
            [
                [1, 3],
                [0, 0],
                [2, 0],
            ],
        ]);
        // per-timestep mse: [[1, 4, 0], [5, 0, 2]]; Keras: Σ w·l / (N·T)
        const sw = c.tensor([
            [1, 0, 1],
            [0.5, 1, 2],
        ]);
        assert.ok(Math.abs(loss.call(t, p, sw).item() - (1 + 0 + 0 + 2.5 + 0 + 4) / 6) < 1e-6);
        assert.throws(() => loss.call(t, p, c.ones([2, 2])), /sampleWeight must have shape \(2,\) or \(2, 1\).* or \[2,3\] \(one per loss element\). Received: sampleWeight.shape=\[2,2\]/);
    });
    it('weights of another length or shape are errors naming both; metrics refuse per-element weights', async () => {
        assert.throws(() => model().evaluate(x, y, { sampleWeight: c.ones([11]), verbose: 0 }), /evaluate: argument "sampleWeight" needs one weight per sample \(shape \(12,\) or \(12, 1\)\). Received: sampleWeight.shape=\[11\]/);
        await assert.rejects(model().fit(x, y, { sampleWeight: c.ones([12, 2]), verbose: 0 }), /accuracy: sampleWeight must hold one weight per sample|sampleWeight must have shape/);
        const metric = resolveMetric('accuracy', { task: inferTask(y), fromLogits: false }).metric;
        assert.throws(() => metric.updateState(y, c.zeros([12, 1]), c.ones([5])), /accuracy: sampleWeight must hold one weight per sample, shape \(12,\). Received: sampleWeight.shape=\[5\]/);
        assert.throws(() => model().evaluate(x, y, { sampleWeight: c.tensor(w.map((v) => -v - 1)), verbose: 0 }), /must hold weights >= 0/);
    });
    it('weighted metrics equal scikit-learn (ROC AUC included)', () => {
        const fx = loadFixture('sklearn-metrics.json');
        assert.ok(fx.weighted.length >= 12);
        for (const [i, cs] of fx.weighted.entries()) {
            const yt = c.tensor(cs.yTrue);
            const yp = c.tensor(cs.yPred);
            const task = inferTask(yt, {
                units: cs.yPred[0].length,
                activation: cs.kind === 'regression' ? 'linear' : cs.kind === 'binary' ? 'sigmoid' : 'softmax',
                fromLogits: false,
            });
            for (const [name, expected] of Object.entries(cs.expected)) {
                const m = resolveMetric(name, { task, fromLogits: false }).metric;
                m.updateState(yt, yp, c.tensor(cs.weights));
                assert.ok(Math.abs(m.result() - expected) < 1e-6, `case ${i} (${cs.kind}) ${name}: ${m.result()} vs scikit-learn ${expected}`);
            }
        }
    });
});
describe('training options are checked', () => {
    it('callbacks: an array; TF.js-style hook objects are wrapped; class weights finite and >= 0; shuffle a boolean', async () => {
        const { x, y } = data(12, 3, 4);
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 1 });
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
        await assert.rejects(model.fit(x, y, { verbose: 0, callbacks: c.callbacks.terminateOnNaN() }), /"callbacks" must be an array of callbacks/);
        await assert.rejects(model.fit(x, y, { verbose: 0, callbacks: [{ onEpochEnd: 1 }] }), /callbacks\[0\] must be a callback .* or an object of hook functions/);
        const epochs = [];
        await model.fit(x, y, {
            verbose: 0,
            epochs: 2,
            callbacks: [
                {
                    onEpochEnd: (e) => {
                        epochs.push(e);
                    },
                },
            ],
        });
        assert.deepEqual(epochs, [0, 1], 'a plain { onEpochEnd } object runs as a callback');
        await assert.rejects(model.fit(x, y, { verbose: 0, classWeight: { 0: 1, 1: -2 } }), /"classWeight" must map classes to finite weights >= 0. Received: classWeight\[1\]=-2/);
        await assert.rejects(model.fit(x, y, { verbose: 0, shuffle: 'yes' }), /option "shuffle" must be a boolean. Received: shuffle="yes"/);
    });
});
describe('metrics refuse what they cannot compute', () => {
    it('ROC AUC with one class, and an accuracy whose predictions cannot name the classes', () => {
        const auc = resolveMetric('auc', { task: inferTask(c.ones([4, 1])), fromLogits: false }).metric;
        auc.updateState(c.ones([4, 1]), c.tensor([[0.1], [0.9], [0.5], [0.3]]));
        assert.throws(() => auc.result(), /auc: ROC AUC is undefined when the targets hold one class only. Received: 4 samples, all of them positive/);
        const ids = c.tensor([0, 2, 1, 2]);
        const accuracy = resolveMetric('accuracy', { task: inferTask(ids), fromLogits: false }).metric;
        assert.throws(() => accuracy.updateState(ids, c.tensor([[0.3], [0.9], [0.5], [0.7]])), /class id 2 \(sample 1\) cannot be predicted by 1 output column\(s\)/);
    });
});
describe('models are built when their input shape is known', () => {
    it('weights, summary, countParams right after construction; build([null, 4]); ambiguous shapes refused', () => {
        const m = c.sequential([L.dense({ units: 3, inputShape: [4] }), L.dense({ units: 2 })]);
        assert.equal(m.built, true);
        assert.equal(m.weights.length, 4);
        assert.equal(m.countParams(), 4 * 3 + 3 + 3 * 2 + 2);
        const late = c.sequential([L.dense({ units: 2 })]);
        assert.equal(late.built, false);
        late.build([null, 4]);
        assert.match(late.summary(() => { }), /\(None, 2\)\s+10/);
        assert.throws(() => c.sequential([L.dense({ units: 2 })]).build([4]), /build\(\[4\]\) is ambiguous: give Keras' full shape with a null batch axis first, e.g. build\(\[null, 4\]\)/);
        assert.throws(() => m.build([null, 5]), /does not match the first layer's inputShape \[4\]/);
        m.build([4]); // the declared sample shape is not ambiguous
        m.build([32, 4]); // nor is the declared shape with a batch size in front
    });
    it('a seed given to fit sets the initial weights of an untouched model; after setWeights it does not', async () => {
        const { x, y } = data(20, 4, 3);
        const arch = () => [
            L.dense({ units: 3, activation: 'relu', inputShape: [4] }),
            L.dense({ units: 1, activation: 'sigmoid' }),
        ];
        const fitWith = async (m) => {
            m.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
            await m.fit(x, y, { epochs: 1, verbose: 0, seed: 11 });
            return Array.from(m.getWeights()[0].data);
        };
        const a = await fitWith(c.sequential(arch()));
        const b = await fitWith(c.sequential(arch(), { seed: 99 }));
        assert.deepEqual(a, b, 'fit seed 11 redraws the weights drawn at construction');
        const kept = c.sequential(arch(), { seed: 99 });
        kept.setWeights(kept.getWeights().map((w) => c.mul(w, 0)));
        assert.notDeepEqual(await fitWith(kept), a, 'weights set by the user are kept');
    });
    it('pop, getLayer, getConfig / Sequential.fromConfig, toJSON / modelFromJSON', () => {
        const m = c.sequential([
            L.dense({ units: 3, inputShape: [4], name: 'hidden' }),
            L.dropout({ rate: 0.1 }),
            L.dense({ units: 2, name: 'out' }),
        ]);
        assert.equal(m.getLayer('hidden').name, 'hidden');
        assert.equal(m.getLayer(-1).name, 'out');
        assert.throws(() => m.getLayer('nope'), /getLayer: no layer "nope". Expected a name \(hidden, .*, out\)/);
        const again = c.modelFromJSON(m.toJSON());
        assert.deepEqual(again.getConfig(), m.getConfig());
        assert.deepEqual(c.Sequential.fromConfig(m.getConfig()).getConfig(), m.getConfig());
        assert.equal(m.pop().name, 'out');
        assert.equal(m.layers.length, 2);
        assert.throws(() => c.modelFromJSON('{"className":"Functional"}'), /expected \{ className: 'Sequential'/);
    });
});
describe('checkpoints and paths', () => {
    it('modelCheckpoint expands {epoch:02d} and {val_loss:.2f}, honours saveWeightsOnly; file:// paths work', async () => {
        const { x, y } = data(30, 4, 5);
        const m = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [4] })], { seed: 2 });
        m.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
        const full = join(tempDir(), 'ckpt-{epoch:02d}-{val_loss:.2f}');
        const weightsOnly = join(tempDir(), 'w-{epoch}');
        const h = await m.fit(x, y, {
            epochs: 2,
            verbose: 0,
            validationSplit: 0.2,
            seed: 1,
            callbacks: [
                c.callbacks.modelCheckpoint({ filepath: full }),
                c.callbacks.modelCheckpoint({ filepath: weightsOnly, saveWeightsOnly: true }),
            ],
        });
        const names = readdirSync(tempDir()).sort();
        const expected = h.history.val_loss.map((v, e) => `ckpt-0${e + 1}-${v.toFixed(2)}`);
        for (const name of [...expected, 'w-1', 'w-2'])
            assert.ok(names.includes(name), `${name} in ${names}`);
        assert.ok(existsSync(join(tempDir(), 'w-2', 'weights.json')) && !existsSync(join(tempDir(), 'w-2', 'model.json')), 'weights only');
        const copy = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [4] })], { seed: 7 });
        await copy.loadWeights(join(tempDir(), 'w-2'));
        assert.deepEqual(copy.predict(x).dataSync(), m.predict(x).dataSync());
        await assert.rejects(async () => c.callbacks.modelCheckpoint({ filepath: 'x-{val_acc}' }).onEpochEnd(0, { loss: 1 }), /names \{val_acc\}, which is not in the logs. Available: loss, epoch/);
        await m.save(`file://${join(tempDir(), 'url-model')}`);
        assert.ok(existsSync(join(tempDir(), 'url-model', 'model.json')) && !existsSync('file:'));
        assert.deepEqual((await c.loadModel(`file://${join(tempDir(), 'url-model')}`)).predict(x).dataSync(), m.predict(x).dataSync());
        await assert.rejects(m.save('indexeddb://m'), /save: "indexeddb:\/\/" is not supported/);
    });
});
describe('every layer, activation, initializer, regularizer and constraint reloads bit for bit', () => {
    it('save + loadModel give the same predictions for models holding each of them', async () => {
        const acts = Object.keys(c.ACTIVATIONS);
        const inits = Object.keys(c.INITIALIZERS);
        const constraints = ['non_neg', 'max_norm', 'unit_norm', 'min_max_norm'];
        const regularizers = ['l1', 'l2', 'l1_l2', { l1: 0.001, l2: 0.002 }];
        const models = [
            [
                [6, 6, 2],
                [
                    L.input({ shape: [6, 6, 2] }),
                    L.conv2d({ filters: 3, kernelSize: 3, padding: 'same', activation: 'relu' }),
                    L.batchNormalization(),
                    L.maxPooling2d(),
                    L.averagePooling2d({ poolSize: 1 }),
                    L.globalMaxPooling2d(),
                    L.dense({ units: 2 }),
                ],
            ],
            [
                [6, 6, 2],
                [
                    L.conv2d({ filters: 2, kernelSize: 2, inputShape: [6, 6, 2] }),
                    L.globalAveragePooling2d({ keepdims: true }),
                    L.flatten(),
                    L.dense({ units: 2 }),
                ],
            ],
            [
                [8],
                [
                    L.embedding({ inputDim: 10, outputDim: 4, inputLength: 8, embeddingsConstraint: 'unit_norm' }),
                    L.spatialDropout1d({ rate: 0.2 }),
                    L.conv1d({ filters: 3, kernelSize: 2, padding: 'same' }),
                    L.maxPooling1d(),
                    L.averagePooling1d({ poolSize: 1 }),
                    L.globalMaxPooling1d(),
                    L.dense({ units: 2 }),
                ],
            ],
            [
                [8],
                [
                    L.tokenAndPositionEmbedding({ vocabularySize: 10, sequenceLength: 8, embeddingDim: 4, inputShape: [8] }),
                    L.positionEmbedding({ sequenceLength: 9, initializer: 'he_normal' }),
                    L.globalAveragePooling1d(),
                    L.dense({ units: 2 }),
                ],
            ],
            [
                [8],
                [
                    L.embedding({ inputDim: 10, outputDim: 4, inputShape: [8] }),
                    L.conv1d({ filters: 2, kernelSize: 3 }),
                    L.globalAveragePooling1d(),
                    L.dense({ units: 2 }),
                ],
            ],
            [
                [6],
                [
                    L.dense({ units: 4, inputShape: [6], activityRegularizer: 'l2' }),
                    L.activation({ activation: 'tanh' }),
                    L.dropout({ rate: 0.3, seed: 1, noiseShape: [null, 4] }),
                    L.reshape({ targetShape: [2, 2] }),
                    L.flatten(),
                    L.dense({ units: 2 }),
                ],
            ],
            [[6], [L.input({ shape: [6] }), ...acts.map((a) => L.dense({ units: 3, activation: a })), L.dense({ units: 2 })]],
            [
                [4, 3],
                [
                    L.input({ shape: [4, 3] }),
                    L.masking({ maskValue: 5 }),
                    L.simpleRnn({ units: 3, returnSequences: true }),
                    L.gru({ units: 3, returnSequences: true, goBackwards: true }),
                    L.gru({ units: 3, resetAfter: false, returnSequences: true }),
                    L.bidirectional({ layer: L.gru({ units: 2, returnSequences: true }), mergeMode: 'sum' }),
                    L.layerNormalization(),
                    L.timeDistributed({ layer: L.dense({ units: 3, activation: 'relu' }) }),
                    L.lstm({ units: 2 }),
                ],
            ],
            [
                [6],
                [
                    L.input({ shape: [6] }),
                    ...inits.map((k) => L.dense({ units: 3, kernelInitializer: k, biasInitializer: k === 'orthogonal' ? 'zeros' : k })),
                    L.dense({ units: 2 }),
                ],
            ],
            [
                [6],
                [
                    L.input({ shape: [6] }),
                    ...regularizers.map((r) => L.dense({ units: 3, kernelRegularizer: r, biasRegularizer: r })),
                    ...constraints.map((k) => L.dense({ units: 3, kernelConstraint: k, biasConstraint: k })),
                    L.dense({ units: 2 }),
                ],
            ],
        ];
        const seenClasses = new Set();
        for (const [i, [shape, layers]] of models.entries()) {
            const model = c.sequential(layers, { seed: i + 1 });
            for (const l of model.layers)
                seenClasses.add(l.className);
            model.compile({ loss: 'mse', optimizer: 'adam' });
            const x = shape.length === 1 && shape[0] === 8
                ? c.tensor(Array.from({ length: 5 * 8 }, (_, k) => (k * 7) % 10), [5, 8])
                : c.randomUniform([5, ...shape], { seed: i });
            model.trainOnBatch(x, c.randomNormal([5, 2], { seed: i }), { seed: 1 }); // moves BatchNormalization statistics and the optimizer state
            const path = join(tempDir(), `every-${i}`);
            await model.save(path);
            const loaded = await c.loadModel(path);
            assert.deepEqual(loaded.getConfig(), model.getConfig(), `model ${i} config`);
            assert.deepEqual(loaded.predict(x).dataSync(), model.predict(x).dataSync(), `model ${i} predictions`);
        }
        // Merge layers live in functional models: every one of them in one graph, saved and reloaded.
        const a = c.input({ shape: [4] });
        const d1 = L.dense({ units: 4 }).apply(a);
        const d2 = L.dense({ units: 4, activation: 'tanh' }).apply(a);
        const merged = [L.add(), L.subtract(), L.multiply(), L.average(), L.maximum(), L.minimum(), L.dot({ axes: 1, normalize: true })].map((m) => m.apply([d1, d2]));
        const graph = c.model({ inputs: a, outputs: L.dense({ units: 2 }).apply(L.concatenate({ axis: 1 }).apply(merged)), seed: 3 });
        graph.compile({ loss: 'mse', optimizer: 'adam' });
        const gx = c.randomUniform([5, 4], { seed: 4 });
        graph.trainOnBatch(gx, c.randomNormal([5, 2], { seed: 4 }), { seed: 1 });
        await graph.save(join(tempDir(), 'every-merge'));
        const graphLoaded = await c.loadModel(join(tempDir(), 'every-merge'));
        assert.deepEqual(graphLoaded.getConfig(), graph.getConfig(), 'functional model config');
        assert.deepEqual(graphLoaded.predict(gx).dataSync(), graph.predict(gx).dataSync(), 'functional model predictions');
        for (const l of graph.layers)
            seenClasses.add(l.className);
        // Attention takes [query, value] and call arguments, saved with the graph.
        const sq = c.input({ shape: [5, 3] });
        const attended = L.multiHeadAttention({ numHeads: 2, keyDim: 2, valueDim: 3, outputShape: 4, dropout: 0.1, seed: 2 }).apply([sq, sq], {
            useCausalMask: true,
        });
        const attention = c.model({ inputs: sq, outputs: L.dense({ units: 2 }).apply(L.globalAveragePooling1d().apply(attended)), seed: 5 });
        attention.compile({ loss: 'mse', optimizer: 'adam' });
        const ax = c.randomUniform([5, 5, 3], { seed: 6 });
        attention.trainOnBatch(ax, c.randomNormal([5, 2], { seed: 6 }), { seed: 1 });
        await attention.save(join(tempDir(), 'every-attention'));
        const attentionLoaded = await c.loadModel(join(tempDir(), 'every-attention'));
        assert.deepEqual(attentionLoaded.getConfig(), attention.getConfig(), 'attention model config');
        assert.deepEqual(attentionLoaded.predict(ax).dataSync(), attention.predict(ax).dataSync(), 'attention model predictions');
        for (const l of attention.layers)
            seenClasses.add(l.className);
        // TextVectorization reads strings: its vocabulary is saved in its config.
        const vectorizer = L.textVectorization({ outputSequenceLength: 4, ngrams: 2, maxTokens: 12 });
        vectorizer.adapt(['one two three', 'two three four']);
        const reader = c.sequential([vectorizer, L.embedding({ inputDim: 12, outputDim: 3 }), L.globalAveragePooling1d(), L.dense({ units: 2 })], { seed: 6 });
        reader.compile({ loss: 'mse', optimizer: 'adam' });
        const tx = ['one two', 'three four five', 'two', 'four one', 'six'];
        reader.trainOnBatch(tx, c.randomNormal([5, 2], { seed: 7 }), { seed: 1 });
        await reader.save(join(tempDir(), 'every-text'));
        const readerLoaded = await c.loadModel(join(tempDir(), 'every-text'));
        assert.deepEqual(readerLoaded.getConfig(), reader.getConfig(), 'text model config');
        assert.deepEqual(readerLoaded.predict(tx).dataSync(), reader.predict(tx).dataSync(), 'text model predictions');
        for (const l of reader.layers)
            seenClasses.add(l.className);
        // A factory added without a registration (or without a place in this test) fails here.
        for (const name of Object.keys(L)) {
            const layer = L[name](LAYERS[name].args);
            assert.ok(seenClasses.has(layer.className), `layers.${name} (${layer.className}) is saved and reloaded above`);
        }
    });
});
describe('layer arguments a fuzzed model.json found unchecked', () => {
    it('BatchNormalization epsilon <= 0 or not a number, momentum outside [0, 1], non-boolean flags and names are refused', () => {
        assert.throws(() => c.layers.batchNormalization({ epsilon: -1 }), /BatchNormalization: argument "epsilon" must be a finite number > 0. Received: epsilon=-1/);
        assert.throws(() => c.layers.batchNormalization({ epsilon: [] }), /argument "epsilon" must be a finite number > 0. Received: epsilon=\[\]/);
        assert.throws(() => c.layers.batchNormalization({ momentum: 2 }), /argument "momentum" must be a finite number >= 0 and <= 1. Received: momentum=2/);
        assert.throws(() => c.layers.batchNormalization({ center: 'no' }), /BatchNormalization: argument "center" must be a boolean. Received: center="no"/);
        assert.throws(() => c.layers.dense({ units: 2, useBias: 1 }), /Dense: argument "useBias" must be a boolean. Received: useBias=1/);
        assert.throws(() => c.layers.dense({ units: 2, trainable: 'yes' }), /Dense: argument "trainable" must be a boolean. Received: trainable="yes"/);
        assert.throws(() => c.layers.dense({ units: 2, name: 5 }), /Dense: argument "name" must be a non-empty string. Received: name=5/);
        assert.throws(() => c.sequential([c.layers.dense({ units: 2, inputShape: [null] })]), /Dense "dense(_\d+)?": weight "kernel" would have shape \[(null|-1), 2\]. Expected known, non-negative sizes/);
        assert.equal(c.layers.batchNormalization({ epsilon: 1e-5, momentum: 0 }).epsilon, 1e-5);
    });
});
//# sourceMappingURL=honored.test.js.map