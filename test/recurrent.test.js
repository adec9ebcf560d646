// SimpleRNN, LSTM and GRU against PyTorch (test/fixtures/recurrent.json, from
// scripts/make_recurrent_fixtures.py): outputs and every gradient, forwards and backwards in time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
const fixtures = JSON.parse(readFileSync(new URL('../../test/fixtures/recurrent.json', import.meta.url), 'utf8'));
const L = c.layers;
function close(got, want, what, tol = 2e-5) {
    assert.equal(got.length, want.length, `${what}: length`);
    let worst = 0;
    for (let i = 0; i < want.length; i++)
        worst = Math.max(worst, Math.abs(got[i] - want[i]) / Math.max(1, Math.abs(want[i])));
    assert.ok(worst < tol, `${what}: largest relative difference ${worst}`);
}
const make = (kind, options) => kind === 'LSTM'
    ? L.lstm({ units: fixtures.units, ...options })
    : kind === 'GRU'
        ? L.gru({ units: fixtures.units, ...options })
        : L.simpleRnn({ units: fixtures.units, ...options });
describe('recurrent layers equal PyTorch', () => {
    for (const k of fixtures.cases) {
        it(`${k.layer}${k.goBackwards ? ' (goBackwards)' : ''}: the output sequence and the gradients of input, kernel, recurrent kernel and bias`, () => {
            const layer = make(k.layer, { returnSequences: true, goBackwards: k.goBackwards });
            layer.build([fixtures.steps, fixtures.features], new c.Rng(0));
            const [kernel, recurrent, bias] = layer.weights;
            kernel.assign(c.tensor(k.kernel));
            recurrent.assign(c.tensor(k.recurrentKernel));
            bias.assign(c.tensor(k.bias));
            const x = new c.Variable(c.tensor(k.x));
            const r = c.tensor(k.r);
            const { value, grads } = c.variableGrads(() => c.sum(c.mul(layer.apply(x, { training: false, rng: new c.Rng(0) }), r)), [x, kernel, recurrent, bias]);
            const sequence = c.noGrad(() => layer.apply(x, { training: false, rng: new c.Rng(0) }));
            close(sequence.data, k.sequence.flat(2), 'sequence');
            close(value.data, [k.sequence.flat(2).reduce((s, v, i) => s + v * k.r.flat(2)[i], 0)], 'loss', 1e-4);
            close(grads[0].data, k.gradX.flat(2), 'dx');
            close(grads[1].data, k.gradKernel.flat(), 'dkernel');
            close(grads[2].data, k.gradRecurrentKernel.flat(), 'drecurrent_kernel');
            close(grads[3].data, k.gradBias.flat(), 'dbias');
        });
    }
});
describe('recurrent layers, the Keras way', () => {
    it('an LSTM with other activations (no fused cell) computes the Keras formula step by step', () => {
        const layer = L.lstm({ units: 3, activation: 'relu', recurrentActivation: 'softsign', returnSequences: true });
        layer.build([4, 2], new c.Rng(5));
        const [kernel, recurrent, bias] = layer.weights;
        const x = c.randomNormal([2, 4, 2], { seed: 6 });
        const got = layer.apply(x, { training: false, rng: new c.Rng(0) });
        const gate = (z, k) => c.slice(z, [0, k * 3], [2, 3]);
        const softsign = (t) => c.div(t, c.add(c.abs(t), 1));
        let h = c.zeros([2, 3]);
        let cell = c.zeros([2, 3]);
        const want = [];
        const steps = [[], []];
        for (let t = 0; t < 4; t++) {
            const xt = c.reshape(c.slice(x, [0, t, 0], [2, 1, 2]), [2, 2]);
            const z = c.add(c.add(c.matmul(xt, kernel), c.matmul(h, recurrent)), bias);
            cell = c.add(c.mul(softsign(gate(z, 1)), cell), c.mul(softsign(gate(z, 0)), c.relu(gate(z, 2))));
            h = c.mul(softsign(gate(z, 3)), c.relu(cell));
            for (let b = 0; b < 2; b++)
                steps[b].push(...Array.from(h.data.subarray(b * 3, b * 3 + 3)));
        }
        want.push(...steps[0], ...steps[1]);
        close(got.data, want, 'relu/softsign LSTM', 1e-6);
    });
    it('return the last state by default, or the sequence; LSTM starts its forget gate bias at 1', () => {
        const seq = c.sequential([L.lstm({ units: 3, inputShape: [7, 2] })], { seed: 1 });
        assert.deepEqual(seq.predict(c.ones([4, 7, 2])).shape, [4, 3]);
        const lstm = seq.getLayer(0);
        assert.deepEqual(Array.from(lstm.bias.data), [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
        assert.deepEqual(lstm.kernel.shape, [2, 12]);
        const gru = L.gru({ units: 3, returnSequences: true });
        gru.build([7, 2], new c.Rng(0));
        assert.deepEqual(gru.bias.shape, [2, 9], "resetAfter (Keras 3's default) keeps an input and a recurrent bias");
        assert.deepEqual(gru.computeOutputShape([-1, 2]), [-1, 3]);
    });
    it('GRU with resetAfter false (Keras 2.0) has the gradients its own values imply (central differences)', () => {
        const layer = L.gru({ units: 2, resetAfter: false, returnSequences: true });
        layer.build([3, 2], new c.Rng(4));
        const x = c.randomNormal([2, 3, 2], { seed: 5 });
        const r = c.randomNormal([2, 3, 2], { seed: 6 });
        const loss = () => c.sum(c.mul(layer.apply(x, { training: false, rng: new c.Rng(0) }), r));
        const weights = layer.weights;
        const { grads } = c.variableGrads(loss, weights);
        weights.forEach((w, wi) => {
            for (let i = 0; i < w.size; i++) {
                const keep = w.data[i];
                const h = 1e-2;
                w.data[i] = keep + h;
                const up = c.noGrad(loss).item();
                w.data[i] = keep - h;
                const down = c.noGrad(loss).item();
                w.data[i] = keep;
                const numeric = (up - down) / (2 * h);
                assert.ok(Math.abs(numeric - grads[wi].data[i]) < 2e-3 * Math.max(1, Math.abs(numeric)), `${w.name}[${i}]: ${grads[wi].data[i]} vs ${numeric}`);
            }
        });
    });
    it('dropout masks are drawn once per sequence while training, seeded, and never at inference', () => {
        const layer = L.simpleRnn({ units: 4, dropout: 0.5, recurrentDropout: 0.5, seed: 3, returnSequences: true });
        layer.build([5, 3], new c.Rng(1));
        const x = c.ones([2, 5, 3]);
        const infer = layer.apply(x, { training: false, rng: new c.Rng(0) });
        const a = layer.apply(x, { training: true, rng: new c.Rng(0) });
        assert.notDeepEqual(Array.from(a.data), Array.from(infer.data));
        const again = L.simpleRnn({ units: 4, dropout: 0.5, recurrentDropout: 0.5, seed: 3, returnSequences: true });
        again.build([5, 3], new c.Rng(1));
        assert.deepEqual(Array.from(again.apply(x, { training: true, rng: new c.Rng(9) }).data), Array.from(a.data), 'its own seed fixes the masks');
    });
    it('refuses what would change the computation silently (state across batches, time-major inputs) and round-trips its config', () => {
        assert.throws(() => L.lstm({ units: 2, stateful: true }), /LSTM: stateful=true is not supported: state carried across batches is not supported/);
        assert.throws(() => L.simpleRnn({ units: 2, timeMajor: true }), /timeMajor=true is not supported/);
        assert.throws(() => L.lstm({ units: 2, dropout: 1 }), /LSTM: argument "dropout" must be a number in \[0, 1\)/);
        // Keras' saved config (snake_case; unroll and implementation choose how, never what) reads, and Candor's own round-trips.
        const keras = c.layerFromConfig({
            className: 'LSTM',
            config: { units: 3, return_sequences: true, unroll: false, implementation: 2, recurrent_activation: 'sigmoid' },
        });
        const again = c.layerFromConfig({ className: 'LSTM', config: keras.getConfig() });
        assert.deepEqual(again.getConfig(), { ...keras.getConfig(), name: again.name });
        assert.equal(again.getConfig().returnSequences, true);
    });
});
describe('Bidirectional and LayerNormalization equal PyTorch', () => {
    const f = fixtures;
    it('Bidirectional(LSTM) concatenates the forward and the time-realigned backward sequences (nn.LSTM bidirectional=True)', () => {
        const layer = L.bidirectional({ layer: L.lstm({ units: fixtures.units, returnSequences: true }) });
        layer.build([fixtures.steps, fixtures.features], new c.Rng(0));
        assert.equal(layer.weights.length, 6);
        layer.weights.forEach((w, i) => w.assign(c.tensor(f.bidirectional.weights[i])));
        const x = new c.Variable(c.tensor(f.bidirectional.x));
        const { grads } = c.variableGrads(() => c.sum(c.mul(layer.apply(x, { training: false, rng: new c.Rng(0) }), c.tensor(f.bidirectional.r))), [x]);
        close(c.noGrad(() => layer.apply(x, { training: false, rng: new c.Rng(0) })).data, f.bidirectional.sequence.flat(2), 'sequence');
        close(grads[0].data, f.bidirectional.gradX.flat(2), 'dx');
        assert.deepEqual(layer.computeOutputShape([fixtures.steps, fixtures.features]), [fixtures.steps, 2 * fixtures.units]);
        const again = c.layerFromConfig({ className: 'Bidirectional', config: layer.getConfig() });
        assert.equal(again.backward.name, `backward_${again.forward.name}`);
        assert.throws(() => L.bidirectional({ layer: L.dense({ units: 2 }) }), /wraps a recurrent layer \(SimpleRNN, LSTM, GRU\). Received: Dense/);
    });
    it("LayerNormalization (Keras' epsilon 1e-3): values and the gradients of input, gamma and beta", () => {
        const k = f.layerNormalization;
        const layer = L.layerNormalization();
        layer.build([fixtures.steps, fixtures.features], new c.Rng(0));
        const [gamma, beta] = layer.weights;
        gamma.assign(c.tensor(k.gamma));
        beta.assign(c.tensor(k.beta));
        const x = new c.Variable(c.tensor(k.x));
        const { grads } = c.variableGrads(() => c.sum(c.mul(layer.apply(x, { training: false, rng: new c.Rng(0) }), c.tensor(k.r))), [x, gamma, beta]);
        close(c.noGrad(() => layer.apply(x, { training: false, rng: new c.Rng(0) })).data, k.y.flat(2), 'y');
        close(grads[0].data, k.gradX.flat(2), 'dx', 1e-4);
        close(grads[1].data, k.gradGamma, 'dgamma');
        close(grads[2].data, k.gradBeta, 'dbeta');
        assert.throws(() => L.layerNormalization({ axis: 1 }), /only the last axis \(-1\) is supported/);
    });
});
describe("Conv1D with padding 'causal'", () => {
    it('equals PyTorch conv1d on the sequence with (kernel - 1)·dilation zeros before it: values and gradients', () => {
        const k = fixtures.causalConv1d;
        const layer = L.conv1d({ filters: k.filters, kernelSize: k.kernelSize, dilationRate: k.dilation, padding: 'causal' });
        layer.build([fixtures.steps, fixtures.features], new c.Rng(0));
        const [kernel, bias] = layer.weights;
        kernel.assign(c.tensor(k.kernel));
        bias.assign(c.tensor(k.bias));
        assert.deepEqual(layer.computeOutputShape([fixtures.steps, fixtures.features]), [fixtures.steps, k.filters], 'the output keeps the sequence length');
        const x = new c.Variable(c.tensor(k.x));
        const { grads } = c.variableGrads(() => c.sum(c.mul(layer.apply(x, { training: false, rng: new c.Rng(0) }), c.tensor(k.r))), [x, kernel]);
        close(c.noGrad(() => layer.apply(x, { training: false, rng: new c.Rng(0) })).data, k.y.flat(2), 'y');
        close(grads[0].data, k.gradX.flat(2), 'dx');
        close(grads[1].data, k.gradKernel.flat(2), 'dkernel');
        assert.throws(() => L.conv2d({ filters: 1, kernelSize: 2, padding: 'causal' }), /padding 'causal' is for Conv1D/);
    });
});
describe('TimeDistributed', () => {
    it('applies one layer to every time step: the same as the layer on each step alone', () => {
        const dense = L.dense({ units: 3, activation: 'tanh' });
        const wrapped = L.timeDistributed({ layer: dense });
        wrapped.build([4, 2], new c.Rng(1));
        const x = c.randomNormal([2, 4, 2], { seed: 2 });
        const y = wrapped.apply(x, { training: false, rng: new c.Rng(0) });
        assert.deepEqual(y.shape, [2, 4, 3]);
        for (let t = 0; t < 4; t++) {
            const step = c.reshape(c.slice(x, [0, t, 0], [2, 1, 2]), [2, 2]);
            const alone = dense.apply(step, { training: false, rng: new c.Rng(0) });
            close(c.reshape(c.slice(y, [0, t, 0], [2, 1, 3]), [2, 3]).data, Array.from(alone.data), `step ${t}`, 1e-6);
        }
        assert.equal(wrapped.countParams(), 9);
        assert.throws(() => L.timeDistributed({ layer: 3 }), /TimeDistributed: argument "layer" must be a layer/);
    });
});
describe('returnState and initialState (Keras: output, h, c = lstm(x); lstm(y, initial_state=[h, c]))', () => {
    it("an encoder's final states start a decoder: the pair equals one LSTM reading both sequences, and the graph saves and reloads", async () => {
        const enc = c.input({ shape: [4, 3], name: 'first' });
        const dec = c.input({ shape: [3, 3], name: 'second' });
        const encoder = L.lstm({ units: 5, returnState: true, name: 'encoder' });
        const [encoded, h, cell] = encoder.applyAll(enc);
        assert.deepEqual([encoded.shape, h.shape, cell.shape], [[5], [5], [5]]);
        const decoder = L.lstm({ units: 5, returnSequences: true, name: 'decoder' });
        const model = c.model({ inputs: [enc, dec], outputs: decoder.apply(dec, { initialState: [h, cell] }), seed: 2 });
        decoder.setWeights(encoder.getWeights());
        // One LSTM with the same weights over the 7 steps: its last 3 outputs are the decoder's.
        const whole = L.lstm({ units: 5, returnSequences: true });
        whole.build([7, 3], new c.Rng(0));
        whole.setWeights(encoder.getWeights());
        const a = c.randomNormal([2, 4, 3], { seed: 1 });
        const b = c.randomNormal([2, 3, 3], { seed: 2 });
        const joined = c.concat([a, b], 1);
        const want = c.slice(whole.apply(joined, { training: false, rng: new c.Rng(0) }), [0, 4, 0], [2, 3, 5]);
        const got = model.predict([a, b]);
        close(got.data, Array.from(want.data), 'decoder from the encoder states', 1e-6);
        const config = model.getConfig();
        assert.deepEqual(config.layers.find((l) => l.config.name === 'decoder').inboundNodes, [
            [
                ['second', 0, 0],
                ['encoder', 0, 1],
                ['encoder', 0, 2],
            ],
        ]);
        model.compile({ loss: 'mse', optimizer: 'adam' });
        await model.fit([a, b], c.zeros([2, 3, 5]), { epochs: 1, verbose: 0, seed: 2 });
        const dir = mkdtempSync(join(tmpdir(), 'candor-seq2seq-'));
        try {
            await model.save(dir);
            const loaded = await c.loadModel(dir);
            assert.deepEqual(Array.from(loaded.predict([a, b]).data), Array.from(model.predict([a, b]).data));
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    it('GRU and SimpleRNN return [output, h]; the state is the last output', () => {
        const x = c.input({ shape: [4, 2] });
        for (const layer of [L.gru({ units: 3, returnState: true, returnSequences: true }), L.simpleRnn({ units: 3, returnState: true })]) {
            const outs = layer.applyAll(x);
            assert.equal(outs.length, 2);
            const model = c.model({ inputs: x, outputs: [...outs], seed: 1 });
            const [out, state] = model.predict(c.randomNormal([2, 4, 2], { seed: 3 }));
            const last = out.rank === 3 ? c.reshape(c.slice(out, [0, 3, 0], [2, 1, 3]), [2, 3]) : out;
            assert.deepEqual(Array.from(state.data), Array.from(last.data));
        }
    });
    it('refuses returnState where several outputs cannot go, and initial states that do not fit', () => {
        assert.throws(() => c.sequential([L.lstm({ units: 2, returnState: true, inputShape: [3, 2] })]).predict(c.zeros([1, 3, 2])), /returnState gives several outputs .* needs a functional model/);
        assert.throws(() => L.bidirectional({ layer: L.lstm({ units: 2, returnState: true }) }), /returnState .* is not supported yet/);
        const x = c.input({ shape: [3, 2] });
        const h = c.input({ shape: [4] });
        assert.throws(() => L.lstm({ units: 2 }).apply(x, { initialState: [h] }), /initialState must be \[h, c\]/);
        assert.throws(() => L.gru({ units: 2 }).apply(x, { initialState: [h] }), /an initial state must be \(batch, 2\)/);
        assert.throws(() => L.gru({ units: 2 }).apply(x, { initialStates: [h] }), /unknown call argument "initialStates". Expected initialState/);
    });
});
//# sourceMappingURL=recurrent.test.js.map