// The functional API: input -> layer.apply -> model({ inputs, outputs }), merge layers, shared
// layers, training through the same trainer, config round trips, save and load.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
const L = c.layers;
const call = { training: false, rng: new c.Rng(0) };
const x = c.randomNormal([32, 4], { seed: 11 });
const y = c.tensor(Array.from({ length: 32 }, (_, i) => [x.data[i * 4] + x.data[i * 4 + 1] > 0 ? 1 : 0]));
/** A residual MLP: out = sigmoid(d3(h + d2(h))), h = relu(d1(x)). */
function residual(seed = 3) {
    const inp = c.input({ shape: [4], name: 'features' });
    const h = L.dense({ units: 8, activation: 'relu', name: 'd1' }).apply(inp);
    const h2 = L.dense({ units: 8, name: 'd2' }).apply(h);
    const sum = L.add({ name: 'skip' }).apply([h, h2]);
    const out = L.dense({ units: 1, activation: 'sigmoid', name: 'd3' }).apply(sum);
    return c.model({ inputs: inp, outputs: out, seed, name: 'residual' });
}
let dir;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-functional-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
describe('functional models', () => {
    it('compute the graph: a residual MLP equals the same formula written with ops', () => {
        const m = residual();
        const [w1, b1, w2, b2, w3, b3] = m.getWeights();
        const h = c.relu(c.add(c.matmul(x, w1), b1));
        const expected = c.sigmoid(c.add(c.matmul(c.add(h, c.add(c.matmul(h, w2), b2)), w3), b3));
        const got = m.predict(x);
        assert.deepEqual(got.shape, [32, 1]);
        got.dataSync().forEach((v, i) => assert.ok(Math.abs(v - expected.data[i]) < 1e-6, `${v} vs ${expected.data[i]}`));
        assert.deepEqual(m.layers.map((l) => l.name), ['features', 'd1', 'd2', 'skip', 'd3']);
    });
    it('a chain built functionally is the Sequential model: same seeded weights and bit-identical training', async () => {
        const inp = c.input({ shape: [4] });
        const out = L.dense({ units: 1, activation: 'sigmoid' }).apply(L.dense({ units: 6, activation: 'relu' }).apply(inp));
        const functional = c.model({ inputs: inp, outputs: out, seed: 5 });
        const sequential = c.sequential([L.dense({ units: 6, activation: 'relu', inputShape: [4] }), L.dense({ units: 1, activation: 'sigmoid' })], { seed: 5 });
        for (const m of [functional, sequential])
            m.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        const a = await functional.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0, seed: 2 });
        const b = await sequential.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0, seed: 2 });
        assert.deepEqual(a.history, b.history);
        functional.getWeights().forEach((w, i) => assert.deepEqual(Array.from(w.data), Array.from(sequential.getWeights()[i].data)));
        // The truth layer sees the same head: binary accuracy beside its majority baseline.
        const report = functional.evaluateReport(x, y);
        assert.equal(report.metrics[0].resolved, 'binary_accuracy');
        assert.equal(report.metrics[0].baseline.name, sequential.evaluateReport(x, y).metrics[0].baseline.name);
    });
    it('a shared layer is one set of weights called twice; the summary shows each call and what it reads', () => {
        const inp = c.input({ shape: [3], name: 'in' });
        const shared = L.dense({ units: 3, name: 'shared' });
        const once = shared.apply(inp);
        const twice = shared.apply(once);
        const m = c.model({ inputs: inp, outputs: L.concatenate({ name: 'both' }).apply([once, twice]) });
        assert.equal(m.countParams(), 12);
        assert.deepEqual(m.predict(c.ones([2, 3])).shape, [2, 6]);
        const text = m.summary(() => { });
        assert.match(text, /Connected to/);
        assert.match(text, /both \(Concatenate\) +\(None, 6\) +0 +shared\[0\]\[0\], shared\[1\]\[0\]/);
        assert.match(text, /Total params: 12\n/);
    });
    it('merge layers compute what their names say and refuse inputs that do not merge', () => {
        const a = c.input({ shape: [2] });
        const b = c.input({ shape: [2] });
        const values = [c.tensor([[1, -2]]), c.tensor([[3, 4]])];
        const cases = [
            [L.add(), [4, 2]],
            [L.subtract(), [-2, -6]],
            [L.multiply(), [3, -8]],
            [L.average(), [2, 1]],
            [L.maximum(), [3, 4]],
            [L.minimum(), [1, -2]],
            [L.concatenate(), [1, -2, 3, 4]],
        ];
        for (const [layer, want] of cases) {
            assert.deepEqual(Array.from(layer.applyInputs(values, call).data), want, layer.className);
            assert.deepEqual(layer.apply([a, b]).shape, [want.length], layer.className);
        }
        assert.throws(() => L.add().apply([a, c.input({ shape: [3] })]), /Add "add_\d+": every input must have the same shape. Received: .*\(None, 2\).*\(None, 3\)/);
        assert.throws(() => L.subtract().apply([a, b, a]), /takes exactly 2 inputs. Received: 3/);
        assert.throws(() => L.add().apply([a]), /takes at least 2 inputs. Received: 1/);
        assert.throws(() => L.concatenate({ axis: 0 }), /axis 0 is the batch axis/);
        assert.throws(() => L.dense({ units: 2 }).apply([a, b]), /Dense "dense_\d+": takes one input. Received: 2 inputs/);
        const inSequential = c.sequential([L.dense({ units: 2, inputShape: [2] }), L.add()]);
        assert.throws(() => inSequential.predict(c.ones([1, 2])), /a merge layer takes a list of inputs \(in a functional model\)/);
    });
    it('Dot: batch dot products along the given axes, cosine with normalize; (B, n, d)·(B, m, d) on axes 2 is (B, n, m)', () => {
        const a = c.tensor([
            [1, 2, 2],
            [0, 3, 4],
        ]);
        const b = c.tensor([
            [2, 0, 1],
            [0, 0, 5],
        ]);
        assert.deepEqual(Array.from(L.dot({ axes: 1 }).applyInputs([a, b], call).data), [4, 20]);
        const cos = L.dot({ axes: -1, normalize: true }).applyInputs([a, b], call).data;
        [4 / (3 * Math.sqrt(5)), 20 / (5 * 5)].forEach((v, i) => assert.ok(Math.abs(cos[i] - v) < 1e-6));
        const q = c.randomNormal([2, 3, 4], { seed: 1 });
        const k = c.randomNormal([2, 5, 4], { seed: 2 });
        const scores = L.dot({ axes: 2 }).applyInputs([q, k], call);
        assert.deepEqual(scores.shape, [2, 3, 5]);
        for (let bi = 0; bi < 2; bi++)
            for (let i = 0; i < 3; i++)
                for (let j = 0; j < 5; j++) {
                    let s = 0;
                    for (let d = 0; d < 4; d++)
                        s += q.data[(bi * 3 + i) * 4 + d] * k.data[(bi * 5 + j) * 4 + d];
                    assert.ok(Math.abs(scores.data[(bi * 3 + i) * 5 + j] - s) < 1e-5);
                }
        const transposed = L.dot({ axes: [1, 1] }).applyInputs([q, c.randomNormal([2, 3, 6], { seed: 3 })], call);
        assert.deepEqual(transposed.shape, [2, 4, 6], 'axes [1, 1] contract the first sample axes: (B, 4, 6)');
        assert.throws(() => L.dot({ axes: 2 }).apply([c.input({ shape: [3, 4] }), c.input({ shape: [5, 3] })]), /the contracted axes differ in size \(4 and 3\)/);
        assert.throws(() => L.dot({ axes: 'x' }), /Dot: argument "axes" must be an axis or a pair of axes/);
    });
    it('refuses a graph whose outputs read an input it was not given, and inputs or outputs that are not symbolic tensors', () => {
        const a = c.input({ shape: [2] });
        const b = c.input({ shape: [2] });
        const sum = L.add().apply([a, b]);
        assert.throws(() => c.model({ inputs: a, outputs: sum }), /the outputs depend on input "input_layer(_\d+)?", which is not in "inputs"|several inputs/);
        assert.throws(() => c.model({ inputs: { a, b: a }, outputs: sum }), /the outputs depend on input/);
        assert.throws(() => c.model({ inputs: a, outputs: 'x' }), /argument "outputs" must be a symbolic tensor/);
    });
    it('round-trips its config and JSON, and saves and loads with its weights, optimizer state and compile settings', async () => {
        const m = residual(7);
        m.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        await m.fit(x, y, { epochs: 2, verbose: 0, seed: 1 });
        const rebuilt = c.Functional.fromConfig(JSON.parse(JSON.stringify(m.getConfig())));
        rebuilt.setWeights(m.getWeights());
        assert.deepEqual(Array.from(rebuilt.predict(x).data), Array.from(m.predict(x).data));
        assert.deepEqual(c.modelFromJSON(m.toJSON()).getConfig(), rebuilt.getConfig());
        await m.save(join(dir, 'residual'));
        const loaded = await c.loadModel(join(dir, 'residual'));
        assert.ok(loaded instanceof c.Functional);
        assert.deepEqual(Array.from(loaded.predict(x).data), Array.from(m.predict(x).data));
        // Training resumes from the saved optimizer state: one more epoch gives the same weights.
        await m.fit(x, y, { epochs: 1, verbose: 0, seed: 9 });
        await loaded.fit(x, y, { epochs: 1, verbose: 0, seed: 9 });
        loaded.getWeights().forEach((w, i) => assert.deepEqual(Array.from(w.data), Array.from(m.getWeights()[i].data)));
    });
});
describe('models nested as layers', () => {
    it("a Sequential encoder called in a functional model: its weights are the outer model's, its head is read through it, and it saves and reloads", async () => {
        const encoder = c.sequential([L.dense({ units: 8, activation: 'relu', inputShape: [4] }), L.dense({ units: 3, activation: 'softmax' })], {
            name: 'encoder',
        });
        const inp = c.input({ shape: [4] });
        const model = c.model({ inputs: inp, outputs: encoder.apply(inp), seed: 3 });
        assert.deepEqual(model.outputHead(), { units: 3, activation: 'softmax' }, 'the softmax inside the nested model is the head');
        assert.equal(model.countParams(), encoder.countParams());
        assert.ok(model.weights.every((w, i) => w === encoder.weights[i]), 'the same variables, not copies');
        const p = model.predict(x);
        assert.deepEqual(Array.from(p.data), Array.from(encoder.predict(x).data));
        assert.match(model.summary(() => { }), /encoder \(Sequential\)\s+\(None, 3\)\s+67/);
        model.compile({ loss: 'sparse_categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        await model.fit(x, y, { epochs: 2, verbose: 0, seed: 3 });
        const config = model.getConfig();
        assert.equal(config.layers[1].className, 'Sequential');
        await model.save(join(dir, 'nested'));
        const loaded = await c.loadModel(join(dir, 'nested'));
        assert.deepEqual(Array.from(loaded.predict(x).data), Array.from(model.predict(x).data));
        assert.deepEqual(loaded.getConfig(), config);
    });
    it('a shared tower (Siamese): one nested functional model called on two inputs holds one set of weights', () => {
        const tin = c.input({ shape: [4] });
        const tower = c.model({
            inputs: tin,
            outputs: L.dense({ units: 5, activation: 'tanh', name: 'tower_dense' }).apply(tin),
            name: 'tower',
        });
        const a = c.input({ shape: [4], name: 'left' });
        const b = c.input({ shape: [4], name: 'right' });
        const distance = L.subtract().apply([tower.apply(a), tower.apply(b)]);
        const siamese = c.model({ inputs: [a, b], outputs: L.dense({ units: 1, activation: 'sigmoid' }).apply(distance), seed: 1 });
        assert.equal(siamese.countParams(), 4 * 5 + 5 + 5 + 1);
        const same = siamese.predict([x, x]);
        const bias = siamese.layers.at(-1).weights[1].data[0];
        Array.from(same.data).forEach((v) => assert.ok(Math.abs(v - 1 / (1 + Math.exp(-bias))) < 1e-6, 'identical inputs: zero distance'));
        const rebuilt = c.Functional.fromConfig(JSON.parse(JSON.stringify(siamese.getConfig())));
        assert.equal(rebuilt.countParams(), siamese.countParams());
    });
    it('refuses a nested model with several outputs', () => {
        const i = c.input({ shape: [4] });
        const two = c.model({ inputs: i, outputs: [L.dense({ units: 1 }).apply(i), L.dense({ units: 2 }).apply(i)] });
        assert.throws(() => two.apply(c.input({ shape: [4] })), /a model used as a layer takes one input and gives one output. Received: 1 inputs, 2 outputs/);
    });
});
//# sourceMappingURL=functional.test.js.map