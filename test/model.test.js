import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { mnistCnn } from '../src/cli/demos/crossentropy.js';
import { textCnn } from '../src/cli/demos/text-cnn.js';
const L = c.layers;
let dir = '';
const warnings = [];
let restoreWarnings;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-model-'));
    restoreWarnings = c.setWarningHandler((m) => warnings.push(m));
});
after(() => {
    rmSync(dir, { recursive: true, force: true });
    c.setWarningHandler(restoreWarnings);
});
/** Two interleaved spirals of three arms (Karpathy's CS231n set), seeded. */
function spiral(perClass, seed) {
    const rng = new c.Rng(seed);
    const xs = [];
    const ys = [];
    for (let k = 0; k < 3; k++) {
        for (let i = 0; i < perClass; i++) {
            const r = i / perClass;
            const t = k * 4 + (i / perClass) * 4 + rng.normal() * 0.2;
            xs.push([r * Math.sin(t), r * Math.cos(t)]);
            ys.push(k);
        }
    }
    return { x: c.tensor(xs), y: c.tensor(ys) };
}
describe('learning', () => {
    it('XOR with a 2-8-1 MLP reaches 100% accuracy', async () => {
        const model = c.sequential([L.dense({ units: 8, activation: 'tanh', inputShape: [2] }), L.dense({ units: 1, activation: 'sigmoid' })]);
        model.compile({ loss: 'binary_crossentropy', optimizer: c.optimizers.adam({ learningRate: 0.05 }), metrics: ['accuracy'] });
        const x = [
            [0, 0],
            [0, 1],
            [1, 0],
            [1, 1],
        ];
        const y = [[0], [1], [1], [0]];
        await model.fit(x, y, { epochs: 300, batchSize: 4, verbose: 0, seed: 1 });
        assert.equal(model.evaluate(x, y).accuracy, 1);
        assert.deepEqual(Array.from(model.predict(x).data, (p) => (p > 0.5 ? 1 : 0)), [0, 1, 1, 0]);
    });
    it('a seeded 3-class spiral reaches > 95% accuracy (sparse labels, softmax + sparse CCE)', async () => {
        const { x, y } = spiral(100, 3);
        const model = c.sequential([
            L.dense({ units: 64, activation: 'relu', inputShape: [2] }),
            L.dense({ units: 64, activation: 'relu' }),
            L.dense({ units: 3, activation: 'softmax' }),
        ]);
        model.compile({ loss: 'sparse_categorical_crossentropy', optimizer: c.optimizers.adam({ learningRate: 0.01 }), metrics: ['accuracy'] });
        const history = await model.fit(x, y, { epochs: 150, batchSize: 32, verbose: 0, seed: 5 });
        assert.deepEqual(history.metrics, [{ name: 'accuracy', resolved: 'sparse_categorical_accuracy' }]);
        const acc = model.evaluate(x, y).accuracy;
        assert.ok(acc > 0.95, `spiral accuracy ${acc}`);
    });
    it('full-batch SGD on a convex least-squares problem decreases the loss every epoch', async () => {
        const rng = new c.Rng(11);
        const xs = Array.from({ length: 64 }, () => [rng.normal(), rng.normal(), rng.normal()]);
        const ys = xs.map(([a, b, d]) => [2 * a - b + 0.5 * d + 0.1 * rng.normal()]);
        const model = c.sequential([L.dense({ units: 1, inputShape: [3] })], { seed: 2 });
        model.compile({ loss: 'mse', optimizer: c.optimizers.sgd({ learningRate: 0.1 }) });
        const { history } = await model.fit(xs, ys, { epochs: 10, batchSize: 64, verbose: 0, shuffle: false });
        const loss = history.loss;
        for (let i = 1; i < loss.length; i++)
            assert.ok(loss[i] < loss[i - 1], `epoch ${i}: ${loss[i]} !< ${loss[i - 1]}`);
    });
    it('l2 regularisation adds 0.01·sum(w²) to the training loss', () => {
        const model = c.sequential([L.dense({ units: 1, inputShape: [2], kernelRegularizer: 'l2', useBias: false })]);
        model.compile({ loss: 'mse', optimizer: 'sgd' });
        model.build();
        model.setWeights([c.tensor([[1], [2]])]);
        const x = c.tensor([[1, 1]]);
        const y = c.tensor([[0]]);
        const data = model.evaluate(x, y).loss; // (1+2)² = 9, no penalty at evaluation
        assert.equal(data, 9);
        const { loss } = model.compiled.trainStep([x], [y], undefined, new c.Rng(0));
        assert.ok(Math.abs(loss - (9 + 0.01 * 5)) < 1e-5, `loss with penalty ${loss}`);
    });
});
describe('summary', () => {
    it("counts the seed 000 text CNN's parameters as Keras does (the demo's model, 20 classes)", () => {
        const model = textCnn(20, 1);
        const text = model.summary(() => { });
        // Embedding 20000·100 = 2,000,000; Conv1D 4·100·32 + 32 = 12,832; length 400-4+1 = 397 -> pool 198;
        // Flatten 198·32 = 6,336; Dense 6,336·256 + 256 = 1,622,272; Dense 256·20 + 20 = 5,140.
        assert.deepEqual(model.layers.map((l) => l.countParams()), [2_000_000, 0, 12_832, 0, 0, 1_622_272, 0, 0, 5_140, 0]);
        assert.match(text, /Total params: 3,640,244/);
        assert.match(text, /conv1d \(Conv1D\)\s+\(None, 397, 32\)\s+12,832/);
    });
    it("counts the MNIST CNN's parameters as Keras does (the demo's model)", () => {
        const model = mnistCnn(1);
        const text = model.summary(() => { });
        // 3·3·1·32 + 32 = 320; 3·3·32·64 + 64 = 18,496; 12·12·64 = 9,216 -> 9,216·128 + 128 = 1,179,776; 128·10 + 10 = 1,290.
        assert.match(text, /Total params: 1,199,882/);
        assert.match(text, /Trainable params: 1,199,882/);
        assert.match(text, /\(None, 12, 12, 64\)/);
    });
    it('counts BatchNormalization moving statistics as non-trainable', () => {
        const model = c.sequential([L.dense({ units: 4, inputShape: [3] }), L.batchNormalization()]);
        assert.match(model.summary(() => { }), /Total params: 32\nTrainable params: 24\nNon-trainable params: 8/);
    });
});
describe('Keras 1 argument names (seed 000)', () => {
    it('maps nb_filter / filter_length / border_mode / pool_length / output_dim and warns once with the modern name', () => {
        warnings.length = 0;
        const conv = L.conv1d({ nb_filter: 32, filter_length: 4, border_mode: 'valid', activation: 'relu' });
        L.conv1d({ nb_filter: 8, filter_length: 2 });
        const pool = L.maxPooling1d({ pool_length: 2 });
        const dense = L.dense({ output_dim: 7 });
        assert.deepEqual([conv.getConfig().filters, conv.getConfig().kernelSize, conv.getConfig().padding], [32, [4], 'valid']);
        assert.deepEqual(pool.getConfig().poolSize, [2]);
        assert.equal(dense.getConfig().units, 7);
        assert.equal(warnings.filter((w) => w.includes('"nb_filter" is the Keras 1 name; use "filters"')).length, 1);
        assert.ok(warnings.some((w) => w.includes('"pool_length" is the Keras 1 name; use "poolSize"')));
    });
    it('accepts Keras snake_case keys from JSON configs', () => {
        const layer = L.conv2d({ filters: 2, kernel_size: [3, 3], use_bias: false, kernel_initializer: 'he_normal' });
        assert.deepEqual([layer.getConfig().kernelSize, layer.getConfig().useBias, layer.getConfig().kernelInitializer], [[3, 3], false, 'he_normal']);
    });
});
describe('bad arguments get errors naming the argument, expected and received', () => {
    it('units: -3', () => {
        assert.throws(() => L.dense({ units: -3 }), /Dense: argument "units" must be a positive integer. Received: units=-3/);
    });
    it("unknown activation 'rleu' suggests 'relu'", () => {
        assert.throws(() => L.dense({ units: 3, activation: 'rleu' }), /Dense: unknown activation "rleu". Did you mean 'relu'\?.*Received: activation="rleu"/);
    });
    it('unknown layer argument, loss, optimizer and metric', () => {
        assert.throws(() => L.dense({ units: 3, unit: 4 }), /Dense: unknown argument "unit"/);
        const model = c.sequential([L.dense({ units: 1, inputShape: [2] })]);
        assert.throws(() => model.compile({ loss: 'binary_crossentropi' }), /unknown loss "binary_crossentropi". Did you mean 'binary_crossentropy'\?/);
        assert.throws(() => model.compile({ loss: 'mse', optimizer: 'adma' }), /unknown optimizer "adma". Did you mean 'adam'\?/);
        assert.throws(() => model.compile({ loss: 'mse', metrics: ['acuracy'] }), /unknown metric "acuracy"/);
    });
    it('input of the wrong rank or width', () => {
        const model = c.sequential([L.dense({ units: 2, inputShape: [4] })]);
        assert.throws(() => model.predict(c.zeros([3, 5])), /Dense "[^"]+": input shape does not match.*Expected: \(batch, 4\). Received: x.shape=\[3,5\]/);
        // Built as soon as the input shape is known (Keras): the wrong rank is refused at construction.
        assert.throws(() => c.sequential([L.conv2d({ filters: 2, kernelSize: 3, inputShape: [8, 8] })]), /expected inputs of shape \(batch, rows, cols, channels\), rank 4. Received: input shape \(batch, 8, 8\), rank 3/);
    });
    it('labels with the wrong length, NaN inputs, and a typo in a fit option', async () => {
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [2] })]);
        model.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
        await assert.rejects(model.fit(c.zeros([10, 2]), c.zeros([9, 1]), { verbose: 0 }), /fit: x and y must have the same number of samples. Received: x.shape=\[10,2\] \(10 samples\), y.shape=\[9,1\] \(9 samples\)/);
        await assert.rejects(model.fit([[0, NaN]], [[1]], { verbose: 0 }), /argument "x" must hold finite numbers. Received: NaN in sample 0/);
        await assert.rejects(model.fit([[0, 0]], [[1]], { epoch: 3 }), /fit: unknown option "epoch"/);
        await assert.rejects(model.fit([[0, 0]], [[1]], { epochs: 0 }), /"epochs" must be a positive integer. Received: epochs=0/);
    });
    it('sparse labels outside the output classes', () => {
        const model = c.sequential([L.dense({ units: 3, activation: 'softmax', inputShape: [2] })]);
        model.compile({ loss: 'sparse_categorical_crossentropy', optimizer: 'adam' });
        assert.throws(() => model.evaluate(c.zeros([2, 2]), c.tensor([0, 3])), /units-classes-mismatch: Expected at least 4 output units for 2 integer class ids in \[0, 3\]. Received: 3 units/);
        const direct = new c.Loss('sparse_categorical_crossentropy');
        assert.throws(() => direct.call(c.tensor([0, 3]), c.softmax(c.zeros([2, 3]))), /integer class ids in \[0, 2\] for 3 output units. Received: 3 at sample 1/);
    });
    it('embedding ids out of range', () => {
        const model = c.sequential([L.embedding({ inputDim: 5, outputDim: 2, inputLength: 3 })]);
        assert.throws(() => model.predict(c.tensor([[1, 2, 5]])), /ids must be integers in \[0, 4\] \(inputDim=5\). Received: 5/);
    });
});
describe('determinism', () => {
    async function train() {
        const { x, y } = spiral(20, 1);
        const model = c.sequential([
            L.dense({ units: 16, activation: 'relu', inputShape: [2] }),
            L.dropout({ rate: 0.3 }),
            L.dense({ units: 3, activation: 'softmax' }),
        ]);
        model.compile({ loss: 'sparse_categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        const h = await model.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0, seed: 42 });
        return { weights: model.getWeights().map((w) => w.data), loss: h.history.loss };
    }
    it('two fits with the same seed give bit-identical weights and history', async () => {
        const a = await train();
        const b = await train();
        assert.deepEqual(a.weights, b.weights);
        assert.deepEqual(a.loss, b.loss);
    });
});
describe('metrics plumbing', () => {
    it('weights an uneven last batch by its real size', () => {
        const model = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [1] })]);
        model.compile({ loss: 'binary_crossentropy', optimizer: 'sgd', metrics: ['accuracy'] });
        model.build();
        model.setWeights([c.tensor([[10]]), c.tensor([-5])]); // predicts x > 0.5
        const x = c.tensor([[0], [1], [0], [1], [0], [1], [1]]);
        const y = c.tensor([[0], [1], [1], [1], [0], [0], [1]]); // 5 of 7 right
        const full = model.evaluate(x, y, { batchSize: 7 });
        const batched = model.evaluate(x, y, { batchSize: 3 });
        assert.equal(full.accuracy, 5 / 7);
        assert.ok(Math.abs(batched.accuracy - 5 / 7) < 1e-12 && Math.abs(batched.loss - full.loss) < 1e-6);
    });
});
describe('callbacks', () => {
    const data = spiral(30, 9);
    const make = (lr = 0.01) => {
        const m = c.sequential([L.dense({ units: 16, activation: 'relu', inputShape: [2] }), L.dense({ units: 3, activation: 'softmax' })], {
            seed: 1,
        });
        m.compile({ loss: 'sparse_categorical_crossentropy', optimizer: c.optimizers.adam({ learningRate: lr }), metrics: ['accuracy'] });
        return m;
    };
    it('EarlyStopping stops after `patience` epochs without improvement and restores the best weights', async () => {
        // Validation targets are the negation of the training targets: fitting the training set makes val_loss worse.
        const x = c.tensor([[1], [2], [-1], [-2]]);
        const model = c.sequential([L.dense({ units: 1, inputShape: [1] })], { seed: 3 });
        model.compile({ loss: 'mse', optimizer: c.optimizers.sgd({ learningRate: 0.05 }) });
        const snapshots = [];
        const stopper = c.callbacks.earlyStopping({ monitor: 'val_loss', patience: 2, restoreBestWeights: true });
        const h = await model.fit(x, c.mul(x, 3), {
            epochs: 20,
            verbose: 0,
            validationData: [x, c.mul(x, -3)],
            seed: 1,
            callbacks: [
                c.callbacks.lambda({
                    onEpochEnd: () => {
                        snapshots.push(model.getWeights().map((w) => w.data));
                    },
                }),
                stopper,
            ],
        });
        const val = h.history.val_loss;
        const best = val.indexOf(Math.min(...val));
        assert.equal(h.epoch.length, best + 3, `best epoch ${best}, ran ${h.epoch.length}`);
        assert.match(h.stopReason ?? '', /EarlyStopping: val_loss did not improve for 2 epochs/);
        assert.deepEqual(model.getWeights().map((w) => w.data), snapshots[best]);
        assert.notDeepEqual(model.getWeights().map((w) => w.data), snapshots[snapshots.length - 1]);
    });
    it('ReduceLROnPlateau multiplies the learning rate by factor after patience', async () => {
        const model = make(0);
        await model.fit(data.x, data.y, {
            epochs: 4,
            verbose: 0,
            callbacks: [c.callbacks.reduceLROnPlateau({ monitor: 'loss', factor: 0.5, patience: 1 })],
        });
        assert.ok(model.compiled.optimizer.learningRate === 0);
        const model2 = make(0.01);
        const lrs = [];
        await model2.fit(data.x, data.y, {
            epochs: 3,
            verbose: 0,
            callbacks: [
                c.callbacks.reduceLROnPlateau({ monitor: 'loss', factor: 0.5, patience: 1, mode: 'max' }),
                c.callbacks.lambda({
                    onEpochEnd: () => {
                        lrs.push(model2.compiled.optimizer.currentLearningRate());
                    },
                }),
            ],
        });
        assert.deepEqual(lrs, [0.01, 0.005, 0.0025]); // mode 'max' on a falling loss: never an improvement after epoch 1
    });
    it('LearningRateScheduler sets the rate each epoch; CSVLogger writes one row per epoch', async () => {
        const model = make();
        const csv = join(dir, 'log.csv');
        await model.fit(data.x, data.y, {
            epochs: 3,
            verbose: 0,
            callbacks: [c.callbacks.learningRateScheduler((epoch) => 0.1 / (epoch + 1)), c.callbacks.csvLogger(csv)],
        });
        assert.ok(Math.abs(model.compiled.optimizer.currentLearningRate() - 0.1 / 3) < 1e-12);
        const lines = readFileSync(csv, 'utf8').trim().split('\n');
        assert.equal(lines[0], 'epoch,accuracy,loss');
        assert.equal(lines.length, 4);
    });
    it('a NaN loss stops training with a message saying why', async () => {
        const model = make(1e30);
        const h = await model.fit(data.x, data.y, { epochs: 5, verbose: 0 });
        assert.ok(h.epoch.length < 5);
        assert.match(h.stopReason ?? '', /the loss became (NaN|Infinity) at epoch \d+, batch \d+; training stopped/);
    });
    it('ModelCheckpoint with saveBestOnly writes only on improvement', async () => {
        const model = make();
        const target = join(dir, 'best');
        let saves = 0;
        await model.fit(data.x, data.y, {
            epochs: 3,
            verbose: 0,
            validationSplit: 0.2,
            callbacks: [
                c.callbacks.modelCheckpoint({ filepath: target, monitor: 'val_accuracy', saveBestOnly: true }),
                c.callbacks.lambda({
                    onEpochEnd: () => {
                        saves = readdirSync(dir).includes('best') ? saves + 1 : saves;
                    },
                }),
            ],
        });
        assert.ok(saves >= 1);
        assert.ok((await c.loadModel(target)).layers.length === 2);
    });
});
describe('save and load', () => {
    it('restores a model that predicts identically and continues training exactly like the original', async () => {
        const { x, y } = spiral(20, 4);
        const build = () => {
            const m = c.sequential([L.dense({ units: 8, activation: 'relu', inputShape: [2] }), L.batchNormalization(), L.dense({ units: 3, activation: 'softmax' })], { seed: 3 });
            m.compile({ loss: 'sparse_categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
            return m;
        };
        const original = build();
        await original.fit(x, y, { epochs: 2, verbose: 0, seed: 1, shuffle: false });
        const path = join(dir, 'saved');
        await original.save(path);
        const loaded = await c.loadModel(path);
        assert.deepEqual(loaded.predict(x).data, original.predict(x).data);
        assert.deepEqual(loaded.compiled.metricNames, ['accuracy']);
        await original.fit(x, y, { epochs: 1, verbose: 0, seed: 2, shuffle: false });
        await loaded.fit(x, y, { epochs: 1, verbose: 0, seed: 2, shuffle: false });
        assert.deepEqual(loaded.getWeights().map((w) => w.data), original.getWeights().map((w) => w.data));
        assert.equal(readdirSync(path).filter((f) => f.includes('tmp')).length, 0, 'no temp files left behind');
    });
    it('refuses truncated, corrupt or foreign files with a message saying what is wrong', async () => {
        const model = c.sequential([L.dense({ units: 2, inputShape: [3] })]);
        const path = join(dir, 'corrupt');
        await model.save(path);
        const weights = join(path, JSON.parse(readFileSync(join(path, 'model.json'), 'utf8')).weights.file);
        const bytes = readFileSync(weights);
        truncateSync(weights, bytes.length - 4);
        await assert.rejects(c.loadModel(path), /weights-[0-9a-f]{16}.bin is truncated or padded. Expected 32 bytes. Received: 28 bytes/);
        const flipped = Buffer.from(bytes);
        flipped[5] = flipped[5] ^ 0xff;
        writeFileSync(weights, flipped);
        await assert.rejects(c.loadModel(path), /does not match the checksum in model.json: the weights are corrupt/);
        writeFileSync(join(path, 'model.json'), '{"format": "candor-mod');
        await assert.rejects(c.loadModel(path), /model.json is not valid JSON/);
        writeFileSync(join(path, 'model.json'), '{"format": "keras"}');
        await assert.rejects(c.loadModel(path), /is not a Candor model. Expected format "candor-model". Received: format="keras"/);
        await assert.rejects(c.loadModel(join(dir, 'missing')), /cannot read .*model.json/);
    });
    it('getWeights / setWeights round-trip and check the count', () => {
        const model = c.sequential([L.dense({ units: 2, inputShape: [3] })]);
        model.build();
        const w = model.getWeights();
        model.setWeights(w.map((t) => c.add(t, 1)));
        assert.deepEqual(model.getWeights()[1].toArray(), [1, 1]);
        assert.throws(() => model.setWeights([w[0]]), /the model has 2 weight tensors. Received: 1/);
    });
});
describe('optimizer options', () => {
    const step = (opt, grad, w0) => {
        const w = new c.Variable(c.tensor(w0));
        opt.applyGradients([[c.tensor(grad), w]]);
        return Array.from(w.data);
    };
    it('clipNorm, clipValue and globalClipNorm bound the gradient before the update', () => {
        assert.deepEqual(step(c.optimizers.sgd({ learningRate: 1, clipNorm: 1 }), [3, 4], [0, 0]), [-0.6000000238418579, -0.800000011920929]);
        assert.deepEqual(step(c.optimizers.sgd({ learningRate: 1, clipValue: 0.5 }), [3, -0.2], [0, 0]), [-0.5, 0.20000000298023224]);
        const opt = c.optimizers.sgd({ learningRate: 1, globalClipNorm: 5 });
        const a = new c.Variable(c.tensor([6]));
        const b = new c.Variable(c.tensor([0]));
        opt.applyGradients([
            [c.tensor([6]), a],
            [c.tensor([8]), b],
        ]); // global norm 10 -> scaled by 0.5
        assert.deepEqual([a.item(), b.item()], [3, -4]);
    });
    it('decoupled weight decay shrinks the weights by lr·decay·w', () => {
        assert.deepEqual(step(c.optimizers.sgd({ learningRate: 0.1, weightDecay: 0.5 }), [0], [2]), [1.899999976158142]);
    });
    it('schedules give the learning rate at each step', () => {
        const exp = c.exponentialDecay({ initialLearningRate: 1, decaySteps: 10, decayRate: 0.5 });
        assert.equal(exp(10), 0.5);
        assert.equal(c.exponentialDecay({ initialLearningRate: 1, decaySteps: 10, decayRate: 0.5, staircase: true })(15), 0.5);
        assert.equal(c.stepDecay({ boundaries: [5, 10], values: [1, 0.5, 0.1] })(7), 0.5);
        assert.ok(Math.abs(c.cosineDecay({ initialLearningRate: 1, decaySteps: 10 })(5) - 0.5) < 1e-12);
        const opt = c.optimizers.sgd({ learningRate: exp });
        const w = new c.Variable(c.tensor([0]));
        for (let i = 0; i < 10; i++)
            opt.applyGradients([[c.tensor([1]), w]]);
        assert.equal(opt.currentLearningRate(), 0.5);
    });
});
describe('weights and reductions', () => {
    it('losses reduce by sum over batch size, sum, or not at all', () => {
        const yTrue = c.tensor([[0], [1]]);
        const yPred = c.tensor([[1], [3]]);
        assert.equal(new c.Loss('mse').call(yTrue, yPred).item(), 2.5);
        assert.equal(new c.Loss('mse', { reduction: 'sum' }).call(yTrue, yPred).item(), 5);
        assert.deepEqual(new c.Loss('mse', { reduction: 'none' }).call(yTrue, yPred).toArray(), [1, 4]);
        assert.equal(new c.Loss('mse').call(yTrue, yPred, c.tensor([2, 0])).item(), 1);
    });
    it('classWeight scales each sample by the weight of its class', () => {
        const model = c.sequential([L.dense({ units: 1, inputShape: [1], useBias: false })]);
        model.compile({ loss: 'mse', optimizer: c.optimizers.sgd({ learningRate: 0.1 }) });
        model.build();
        model.setWeights([c.tensor([[0]])]);
        // targets 0 and 1 with class weights {0: 1, 1: 3}: gradient = 2·(w·x - y)·x·weight / n
        return model
            .fit([[1], [1]], [[0], [1]], { epochs: 1, batchSize: 2, verbose: 0, shuffle: false, classWeight: { 0: 1, 1: 3 } })
            .then(() => {
            assert.ok(Math.abs(model.getWeights()[0].item() - 0.3) < 1e-6);
        });
    });
    it('trainOnBatch, testOnBatch and predictOnBatch work on one batch', () => {
        const model = c.sequential([L.dense({ units: 2, activation: 'softmax', inputShape: [2] })], { seed: 1 });
        model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        const x = [
            [1, 0],
            [0, 1],
        ];
        const y = [
            [1, 0],
            [0, 1],
        ];
        const before = model.testOnBatch(x, y).loss;
        for (let i = 0; i < 50; i++)
            model.trainOnBatch(x, y);
        const after = model.testOnBatch(x, y);
        assert.ok(after.loss < before, `${after.loss} < ${before}`);
        assert.deepEqual(model.predictOnBatch(x).shape, [2, 2]);
        assert.equal(model.resolvedMetrics[0].resolved, 'categorical_accuracy');
    });
});
describe('initializers', () => {
    const draw = (name, shape) => {
        const layer = L.dense({ units: shape[1], kernelInitializer: name, inputShape: [shape[0]] });
        const model = c.sequential([layer], { seed: 7 });
        model.build();
        return model.getWeights()[0].data;
    };
    const sd = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    it('glorot_uniform stays within sqrt(6/(fanIn+fanOut)) and has the matching spread', () => {
        const w = draw('glorot_uniform', [200, 300]);
        const limit = Math.sqrt(6 / 500);
        assert.ok(w.every((v) => Math.abs(v) <= limit));
        assert.ok(Math.abs(sd(w) - limit / Math.sqrt(3)) < 0.002);
    });
    it('he_normal has sd sqrt(2/fanIn); zeros and ones are constant', () => {
        assert.ok(Math.abs(sd(draw('he_normal', [400, 200])) - Math.sqrt(2 / 400)) < 0.003);
        assert.ok(draw('zeros', [3, 3]).every((v) => v === 0));
        assert.ok(draw('ones', [3, 3]).every((v) => v === 1));
    });
    it('orthogonal gives orthonormal columns', () => {
        const w = c.tensor(draw('orthogonal', [6, 4]), [6, 4]);
        const gram = c.matmul(w, w, { transposeA: true });
        const eye = c.eye(4);
        assert.ok(gram.data.every((v, i) => Math.abs(v - eye.data[i]) < 1e-5));
    });
});
describe('progress output', () => {
    class Capture {
        isTTY;
        text = '';
        constructor(isTTY) {
            this.isTTY = isTTY;
        }
        write(s) {
            this.text += s;
            return true;
        }
        on() {
            return this;
        }
        removeListener() {
            return this;
        }
        cursorTo() {
            return true;
        }
        clearLine() {
            return true;
        }
        moveCursor() {
            return true;
        }
        get columns() {
            return 120;
        }
    }
    it('prints one line per epoch without a terminal, with resolved metric names', async () => {
        const { ProgressReporter } = await import('../src/training/progress.js');
        const out = new Capture(false);
        const reporter = new ProgressReporter(1, 2, 5, out);
        reporter.epochBegin(0);
        reporter.batchEnd(4, () => assert.fail('running logs computed without a live bar'));
        reporter.epochEnd(0, { loss: 0.2134, 'accuracy[categorical]': 0.9412 });
        assert.match(out.text, /^Epoch 1\/2 - \d+s \d+(ms|us)\/step - loss: 0\.2134 - accuracy\[categorical\]: 0\.9412\n$/);
    });
    it('draws a Keras-style bar on a terminal', async () => {
        const { ProgressReporter } = await import('../src/training/progress.js');
        const out = new Capture(true);
        const reporter = new ProgressReporter(1, 3, 4, out);
        reporter.epochBegin(1);
        let computed = 0;
        for (let step = 0; step < 3; step++)
            reporter.batchEnd(step, () => ({ loss: 0.3 + computed++ }));
        // At most one redraw per 100 ms: three quick steps compute the running logs once.
        assert.equal(computed, 1);
        reporter.epochEnd(1, { loss: 0.25 });
        assert.match(out.text, /Epoch 2\/3\n/);
        assert.match(out.text, /4\/4 \[=+\] - \d+s \d+(ms|us)\/step - loss: 0\.2500/);
    });
    it('verbose 0 prints nothing', async () => {
        const { ProgressReporter } = await import('../src/training/progress.js');
        const out = new Capture(true);
        const reporter = new ProgressReporter(0, 1, 1, out);
        reporter.epochBegin(0);
        reporter.epochEnd(0, { loss: 1 });
        assert.equal(out.text, '');
    });
});
describe('fused bias + activation in Dense and Conv layers', () => {
    it('a relu or linear layer computes exactly what a separate add and activation would, gradients included', () => {
        for (const layer of [
            L.dense({ units: 7, activation: 'relu', inputShape: [5] }),
            L.dense({ units: 3, inputShape: [5] }),
            L.conv2d({ filters: 4, kernelSize: 2, activation: 'relu', inputShape: [4, 4, 2] }),
        ]) {
            const model = c.sequential([layer], { seed: 3 });
            const x = c.randomNormal([6, ...model.builtSampleShape()], { seed: 4 });
            model.build();
            const k = layer;
            const fused = c.variableGrads(() => c.sum(c.square(k.call(x, { training: true }))), layer.weights);
            const manual = c.variableGrads(() => c.sum(c.square(k.activation === 'relu' ? c.relu(k.callPreActivation(x, {})) : k.callPreActivation(x, {}))), layer.weights);
            assert.deepEqual(fused.value.data, manual.value.data);
            fused.grads.forEach((g, i) => assert.deepEqual(g.data, manual.grads[i].data, `gradient ${i} of ${layer.className}`));
        }
    });
});
//# sourceMappingURL=model.test.js.map