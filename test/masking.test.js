// Masks (Embedding maskZero, Masking): padded steps change nothing. Each masked model here is
// compared with the same weights run on the unpadded sequences, sample by sample.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
const L = c.layers;
/** Ids with post-padding (0) and pre-padding, and each sample's real ids. */
const padded = c.tensor([
    [1, 2, 3, 0, 0],
    [4, 5, 6, 7, 8],
    [0, 0, 9, 2, 5],
]);
const real = [
    [1, 2, 3],
    [4, 5, 6, 7, 8],
    [9, 2, 5],
];
function close(a, b, what) {
    assert.equal(a.length, b.length, what);
    for (let i = 0; i < a.length; i++)
        assert.ok(Math.abs(a[i] - b[i]) < 1e-5, `${what}[${i}]: ${a[i]} vs ${b[i]}`);
}
/** The model on each sample's real ids alone, with the same weights. */
function unpadded(make, weights) {
    return real.map((ids) => {
        const m = c.sequential(make());
        m.build([null, ids.length]);
        m.setWeights(weights);
        return Array.from(m.predict(c.tensor([ids])).data);
    });
}
describe('masking', () => {
    for (const [name, recurrent] of [
        ['LSTM', () => L.lstm({ units: 4 })],
        ['GRU', () => L.gru({ units: 4 })],
        ['SimpleRNN, goBackwards', () => L.simpleRnn({ units: 4, goBackwards: true })],
        ['Bidirectional(LSTM)', () => L.bidirectional({ layer: L.lstm({ units: 3 }) })],
    ]) {
        it(`${name} after Embedding maskZero: padded steps leave the state alone (equal to the unpadded sequences)`, () => {
            const make = () => [L.embedding({ inputDim: 10, outputDim: 3, maskZero: true }), recurrent()];
            const model = c.sequential(make(), { seed: 2 });
            model.build([null, 5]);
            const out = model.predict(padded);
            const per = out.shape[1];
            unpadded(make, model.getWeights()).forEach((want, i) => close(out.data.subarray(i * per, (i + 1) * per), want, `sample ${i}`));
            // Without the mask the padding is read as id 0: the answers differ.
            const unmasked = c.sequential([L.embedding({ inputDim: 10, outputDim: 3 }), recurrent()]);
            unmasked.build([null, 5]);
            unmasked.setWeights(model.getWeights());
            assert.notDeepEqual(Array.from(unmasked.predict(padded).data.subarray(0, per)), Array.from(out.data.subarray(0, per)));
        });
    }
    it('GlobalAveragePooling1D averages only the steps that hold data; returned sequences repeat the last output on padding', () => {
        const make = () => [
            L.embedding({ inputDim: 10, outputDim: 3, maskZero: true }),
            L.gru({ units: 2, returnSequences: true }),
            L.globalAveragePooling1d(),
        ];
        const model = c.sequential(make(), { seed: 4 });
        model.build([null, 5]);
        const out = model.predict(padded);
        unpadded(make, model.getWeights()).forEach((want, i) => close(out.data.subarray(i * 2, i * 2 + 2), want, `sample ${i}`));
    });
    it('Masking marks steps whose features all equal maskValue, in a functional model too', () => {
        const x = c.tensor([
            [
                [1, 2],
                [3, 4],
                [-1, -1],
            ],
        ]);
        const inp = c.input({ shape: [3, 2] });
        const out = L.simpleRnn({ units: 3 }).apply(L.masking({ maskValue: -1 }).apply(inp));
        const model = c.model({ inputs: inp, outputs: out, seed: 1 });
        const inpShort = c.input({ shape: [2, 2] });
        const short = c.model({ inputs: inpShort, outputs: L.simpleRnn({ units: 3 }).apply(inpShort) });
        short.setWeights(model.getWeights());
        close(model.predict(x).data, short.predict(c.slice(x, [0, 0, 0], [1, 2, 2])).data, 'masked vs short');
    });
    it('a layer that cannot read a mask refuses one, and a mask may not reach the output', () => {
        const flat = c.sequential([
            L.embedding({ inputDim: 10, outputDim: 3, maskZero: true, inputLength: 5 }),
            L.flatten(),
            L.dense({ units: 1 }),
        ]);
        assert.throws(() => flat.predict(padded), /Flatten "flatten(_\d+)?": does not support masking, and its input carries a mask/);
        const maxPool = c.sequential([L.embedding({ inputDim: 10, outputDim: 3, maskZero: true, inputLength: 5 }), L.globalMaxPooling1d()]);
        assert.throws(() => maxPool.predict(padded), /GlobalMaxPooling1D .*does not support masking/);
        const sequenceOut = c.sequential([
            L.embedding({ inputDim: 10, outputDim: 3, maskZero: true, inputLength: 5 }),
            L.lstm({ units: 2, returnSequences: true }),
        ]);
        assert.throws(() => sequenceOut.predict(padded), /the model's output carries a mask/);
    });
    it('trains: a masked LSTM classifier fits, its loss falls, and it saves and reloads with maskZero', async () => {
        const model = c.sequential([
            L.embedding({ inputDim: 10, outputDim: 4, maskZero: true, inputLength: 5 }),
            L.lstm({ units: 4 }),
            L.dense({ units: 1, activation: 'sigmoid' }),
        ], { seed: 3 });
        model.compile({ loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: 0.05 } });
        const y = c.tensor([[1], [0], [1]]);
        const history = await model.fit(padded, y, { epochs: 20, verbose: 0, seed: 1 });
        const loss = history.history.loss;
        assert.ok(loss[loss.length - 1] < loss[0], `loss ${loss[0]} -> ${loss[loss.length - 1]}`);
        const again = c.Sequential.fromConfig(model.getConfig());
        again.setWeights(model.getWeights());
        close(again.predict(padded).data, model.predict(padded).data, 'reloaded');
    });
});
//# sourceMappingURL=masking.test.js.map