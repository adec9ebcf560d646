// MultiHeadAttention against PyTorch's nn.MultiheadAttention (test/fixtures/attention.json, from
// scripts/make_attention_fixtures.py): outputs and the gradients of the inputs and every weight,
// with causal, padding and explicit masks; then the functional API, saving and the position embeddings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as c from '../src/index.js';
const fixtures = JSON.parse(readFileSync(new URL('../../test/fixtures/attention.json', import.meta.url), 'utf8'));
const L = c.layers;
const flat = (v) => (Array.isArray(v) ? v.flatMap(flat) : [v]);
function close(got, want, what, tol = 2e-5) {
    assert.equal(got.length, want.length, `${what}: length`);
    let worst = 0;
    for (let i = 0; i < want.length; i++)
        worst = Math.max(worst, Math.abs(got[i] - want[i]) / Math.max(1, Math.abs(want[i])));
    assert.ok(worst < tol, `${what}: largest relative difference ${worst}`);
}
describe('MultiHeadAttention equals PyTorch', () => {
    for (const k of fixtures.cases) {
        it(`${k.name}: the output and the gradients of query, value and every weight (Keras layouts)`, () => {
            const mha = L.multiHeadAttention({ numHeads: fixtures.heads, keyDim: fixtures.embed / fixtures.heads });
            const query = new c.Variable(c.tensor(k.query));
            const value = k.self ? query : new c.Variable(c.tensor(k.value));
            const args = { ...(k.causal ? { useCausalMask: true } : {}), ...(k.explicit ? { attentionMask: true } : {}) };
            const inputs = [query, value, ...(k.explicit ? [c.tensor(k.explicit)] : [])];
            const masks = [null, k.padding ? c.tensor(k.padding) : null, ...(k.explicit ? [null] : [])];
            const call = { training: false, rng: new c.Rng(0) };
            mha.buildInputs(inputs.map((t) => t.shape.slice(1)), new c.Rng(0), args);
            mha.weights.forEach((w, i) => w.assign(c.tensor(flat(k.weights[i]), w.shape)));
            const r = c.tensor(k.r);
            const params = [query, ...(k.self ? [] : [value]), ...mha.weights];
            const { grads } = c.variableGrads(() => c.sum(c.mul(mha.applyInputs(inputs, call, masks, args), r)), params);
            close(c.noGrad(() => mha.applyInputs(inputs, call, masks, args)).data, flat(k.output), 'output');
            close(grads[0].data, flat(k.gradQuery), 'd query');
            if (!k.self)
                close(grads[1].data, flat(k.gradValue), 'd value');
            const names = ['query/kernel', 'query/bias', 'key/kernel', 'key/bias', 'value/kernel', 'value/bias', 'output kernel', 'output bias'];
            grads.slice(k.self ? 1 : 2).forEach((g, i) => close(g.data, flat(k.gradWeights[i]), `d ${names[i]}`));
        });
    }
});
describe('MultiHeadAttention in a model', () => {
    it('a Transformer block trains, a causal mask is saved with the graph, and a reloaded model predicts the same', async () => {
        const inp = c.input({ shape: [6], name: 'tokens' });
        const embedded = L.tokenAndPositionEmbedding({ vocabularySize: 12, sequenceLength: 6, embeddingDim: 8, name: 'embed' }).apply(inp);
        const attended = L.multiHeadAttention({ numHeads: 2, keyDim: 4, name: 'mha' }).apply([embedded, embedded], { useCausalMask: true });
        const normed = L.layerNormalization().apply(L.add().apply([embedded, attended]));
        const out = L.dense({ units: 2, activation: 'softmax' }).apply(L.globalAveragePooling1d().apply(normed));
        const model = c.model({ inputs: inp, outputs: out, seed: 4 });
        assert.equal(model.countParams(), 12 * 8 + 6 * 8 + (8 * 8 + 8) * 4 + 16 + 18);
        const x = c.tensor(Array.from({ length: 32 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i * 7 + j * 3) % 12)));
        const y = c.tensor(Array.from({ length: 32 }, (_, i) => (x.data[i * 6] > 5 ? 1 : 0)));
        model.compile({ loss: 'sparse_categorical_crossentropy', optimizer: { name: 'adam', learningRate: 0.01 }, metrics: ['accuracy'] });
        const history = await model.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0, seed: 1 });
        assert.ok(history.history.loss[2] < history.history.loss[0], `loss fell: ${history.history.loss}`);
        const config = model.getConfig();
        assert.deepEqual(config.layers.find((l) => l.className === 'MultiHeadAttention').callArgs, [{ useCausalMask: true }]);
        const rebuilt = c.Functional.fromConfig(JSON.parse(JSON.stringify(config)));
        rebuilt.setWeights(model.getWeights());
        assert.deepEqual(Array.from(rebuilt.predict(x).data), Array.from(model.predict(x).data));
    });
    it('causal: a query step never sees later value steps (changing them leaves earlier outputs as they were)', () => {
        const q = c.input({ shape: [5, 4] });
        const model = c.model({
            inputs: q,
            outputs: L.multiHeadAttention({ numHeads: 1, keyDim: 4 }).apply([q, q], { useCausalMask: true }),
            seed: 2,
        });
        const a = c.randomNormal([1, 5, 4], { seed: 1 });
        const changed = c.tensor(Array.from(a.data).map((v, i) => (i >= 12 ? v + 5 : v)), [1, 5, 4]);
        const pa = model.predict(a).data;
        const pb = model.predict(changed).data;
        assert.deepEqual(Array.from(pa.subarray(0, 12)), Array.from(pb.subarray(0, 12)), 'steps 0-2 read only steps 0-2');
        assert.notDeepEqual(Array.from(pa.subarray(12)), Array.from(pb.subarray(12)));
    });
    it('a padding mask from Embedding(maskZero) keeps padded value steps out of every query', () => {
        const ids = c.input({ shape: [4] });
        const e = L.embedding({ inputDim: 9, outputDim: 4, maskZero: true }).apply(ids);
        const att = L.multiHeadAttention({ numHeads: 2, keyDim: 2 }).apply([e, e]);
        const model = c.model({ inputs: ids, outputs: L.globalAveragePooling1d().apply(att), seed: 3 });
        // The padded step's id changes what it embeds to only through the padding id 0 (masked), so outputs of real steps stay.
        const p1 = model.predict(c.tensor([[3, 5, 0, 0]])).data;
        const p2 = model.predict(c.tensor([[3, 5, 0, 0, 0, 0].slice(0, 4)])).data;
        assert.deepEqual(Array.from(p1), Array.from(p2));
        // The pooled output averages the real steps only: equal to the model run on the two real steps alone.
        const ids2 = c.input({ shape: [2] });
        const e2 = L.embedding({ inputDim: 9, outputDim: 4 }).apply(ids2);
        const mha2 = L.multiHeadAttention({ numHeads: 2, keyDim: 2 });
        const short = c.model({ inputs: ids2, outputs: L.globalAveragePooling1d().apply(mha2.apply([e2, e2])) });
        short.setWeights(model.getWeights());
        const ps = short.predict(c.tensor([[3, 5]])).data;
        Array.from(ps).forEach((v, i) => assert.ok(Math.abs(v - p1[i]) < 1e-6, `${v} vs ${p1[i]}`));
    });
    it('refuses what it cannot compute, naming it', () => {
        const q = c.input({ shape: [5, 4] });
        const mha = () => L.multiHeadAttention({ numHeads: 2, keyDim: 2 });
        assert.throws(() => mha().apply(q), /takes \[query, value\] or \[query, value, key\]/);
        assert.throws(() => mha().apply([q]), /takes \[query, value\] or \[query, value, key\]. Received: 1 inputs/);
        assert.throws(() => mha().apply([q, q], { returnAttentionScores: true }), /returnAttentionScores is not supported/);
        assert.throws(() => L.multiHeadAttention({ numHeads: 2, keyDim: 2, attentionAxes: [1] }), /attentionAxes" other than null/);
        const wrongMask = c.input({ shape: [5, 3] });
        assert.throws(() => mha().apply([q, q], { attentionMask: wrongMask }), /attentionMask must be \(batch, Tq=5, Tv=5\)/);
        assert.throws(() => L.dense({ units: 2 }).apply(q, { useCausalMask: true }), /apply takes no call arguments. Received: useCausalMask/);
    });
});
describe('position embeddings (KerasHub)', () => {
    it('PositionEmbedding gives each step its learned vector, the same for every sample; TokenAndPositionEmbedding adds it to the token vector', () => {
        const pos = L.positionEmbedding({ sequenceLength: 6 });
        pos.build([4, 3], new c.Rng(1));
        const x = c.randomNormal([2, 4, 3], { seed: 2 });
        const out = pos.apply(x, { training: false, rng: new c.Rng(0) });
        const table = pos.embeddings.data;
        assert.deepEqual(out.shape, [2, 4, 3]);
        assert.deepEqual(Array.from(out.data), [...table.subarray(0, 12), ...table.subarray(0, 12)]);
        assert.throws(() => pos.apply(c.zeros([1, 7, 3]), { training: false, rng: new c.Rng(0) }), /longer than sequenceLength=6|built for/);
        const tp = L.tokenAndPositionEmbedding({ vocabularySize: 5, sequenceLength: 3, embeddingDim: 2 });
        tp.build([3], new c.Rng(1));
        const [tokens, positions] = tp.weights;
        const y = tp.apply(c.tensor([[4, 0, 2]]), { training: false, rng: new c.Rng(0) });
        const expected = [4, 0, 2].flatMap((id, step) => [0, 1].map((j) => tokens.data[id * 2 + j] + positions.data[step * 2 + j]));
        Array.from(y.data).forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-7));
    });
});
//# sourceMappingURL=attention.test.js.map