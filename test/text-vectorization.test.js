// TextVectorization: Keras' standardization, splitting, n-grams, vocabulary order (count, then the
// token descending), special entries, output modes, and models that read raw strings end to end.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
const L = c.layers;
let dir;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-text-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const rows = (t) => {
    const cols = t.shape[1];
    return Array.from({ length: t.shape[0] }, (_, i) => Array.from(t.data.subarray(i * cols, (i + 1) * cols)));
};
describe('TextVectorization, the Keras way', () => {
    it("with a given vocabulary: Keras' documented example (padding '' at 0, '[UNK]' at 1, ids padded to the length)", () => {
        const tv = L.textVectorization({
            maxTokens: 5000,
            outputMode: 'int',
            outputSequenceLength: 4,
            vocabulary: ['earth', 'wind', 'and', 'fire'],
        });
        assert.deepEqual(tv.getVocabulary(), ['', '[UNK]', 'earth', 'wind', 'and', 'fire']);
        assert.deepEqual(rows(tv.vectorize([['earth wind and fire'], ['fire and earth michigan']])), [
            [2, 3, 4, 5],
            [5, 4, 2, 1],
        ]);
    });
    it('adapt: lower-cases, strips punctuation, orders by count then by token descending, and keeps maxTokens entries with the specials', () => {
        const tv = L.textVectorization({ maxTokens: 5, outputSequenceLength: 6 });
        tv.adapt(['The cat, the DOG!', 'a dog... a bird', "cat's toy"]);
        // counts: the 2, dog 2, a 2, cat 1, bird 1, cats 1, toy 1 -> ties descending: the, dog, a | toy, cats, cat, bird
        assert.deepEqual(tv.getVocabulary(), ['', '[UNK]', 'the', 'dog', 'a']);
        assert.deepEqual(rows(tv.vectorize(['the dog and a cat', 'A! the'])), [
            [2, 3, 1, 4, 1, 0],
            [4, 2, 0, 0, 0, 0],
        ]);
        const raw = L.textVectorization({ standardize: null, split: 'whitespace' });
        raw.adapt(['Hi, there', 'hi']);
        assert.deepEqual(raw.getVocabulary(), ['', '[UNK]', 'there', 'hi', 'Hi,']);
        const chars = L.textVectorization({ split: 'character', standardize: 'lower' });
        chars.adapt(['aab']);
        assert.deepEqual(chars.getVocabulary(), ['', '[UNK]', 'a', 'b']);
    });
    it('ngrams: every n-gram up to n, smallest first (or only the sizes listed)', () => {
        const tv = L.textVectorization({ ngrams: 2 });
        assert.deepEqual(tv.tokensOf('a b c'), ['a', 'b', 'c', 'a b', 'b c']);
        assert.deepEqual(L.textVectorization({ ngrams: [2, 3] }).tokensOf('a b c'), ['a b', 'b c', 'a b c']);
    });
    it("multi_hot, count and tf_idf: OOV at column 0, Keras' idf log(1 + N / (1 + df)), OOV weighted by the mean idf, padToMaxTokens", () => {
        const docs = ['red red blue', 'blue green', 'red yellow'];
        const multi = L.textVectorization({ outputMode: 'multi_hot' });
        multi.adapt(docs);
        assert.deepEqual(multi.getVocabulary(), ['[UNK]', 'red', 'blue', 'yellow', 'green']);
        assert.deepEqual(rows(multi.vectorize(['red red purple'])), [[1, 1, 0, 0, 0]]);
        const count = L.textVectorization({ outputMode: 'count', maxTokens: 8, padToMaxTokens: true });
        count.adapt(docs);
        assert.deepEqual(rows(count.vectorize(['red red purple'])), [[1, 2, 0, 0, 0, 0, 0, 0]]);
        const tfidf = L.textVectorization({ outputMode: 'tf_idf' });
        tfidf.adapt(docs);
        const idf = (df) => Math.log(1 + 3 / (1 + df));
        const weights = [idf(2), idf(2), idf(1), idf(1)]; // red, blue, yellow, green
        const oov = weights.reduce((a, b) => a + b, 0) / 4;
        const got = rows(tfidf.vectorize(['red red purple blue']))[0];
        const want = [oov, 2 * weights[0], weights[1], 0, 0];
        got.forEach((v, i) => assert.ok(Math.abs(v - want[i]) < 1e-6, `column ${i}: ${v} vs ${want[i]}`));
    });
    it('refuses options it cannot honour and calls it cannot make, naming them', () => {
        assert.throws(() => L.textVectorization({ sparse: true }), /"sparse" is not supported/);
        assert.throws(() => L.textVectorization({ ragged: true }), /"ragged" is not supported/);
        assert.throws(() => L.textVectorization({ standardize: ((s) => s) }), /a function cannot be saved with the model/);
        assert.throws(() => L.textVectorization({ outputMode: 'multi_hot', outputSequenceLength: 4 }), /applies to outputMode 'int' only/);
        assert.throws(() => L.textVectorization({ maxTokens: 2 }), /must exceed 2/);
        assert.throws(() => L.textVectorization({ padToMaxTokens: true }), /needs a non-int outputMode and maxTokens/);
        assert.throws(() => L.textVectorization().vectorize(['a']), /needs a vocabulary: call adapt/);
        assert.throws(() => L.textVectorization({ vocabulary: ['a'] }).vectorize([1, 2]), /reads a list of strings/);
    });
});
describe('models that read raw strings', () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? `good great fine day ${i}` : `bad awful poor day ${i}`));
    const labels = c.tensor(Array.from({ length: 40 }, (_, i) => [i % 2 === 0 ? 1 : 0]));
    it('Sequential: TextVectorization -> Embedding(maskZero) -> LSTM trains on strings, and one saved model goes from text to predictions', async () => {
        const tv = L.textVectorization({ maxTokens: 30, outputSequenceLength: 6 });
        tv.adapt(texts);
        const model = c.sequential([tv, L.embedding({ inputDim: 30, outputDim: 4, maskZero: true }), L.lstm({ units: 4 }), L.dense({ units: 1, activation: 'sigmoid' })], {
            seed: 1,
        });
        model.compile({ loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: 0.05 }, metrics: ['accuracy'] });
        const history = await model.fit(texts, labels, { epochs: 8, batchSize: 8, verbose: 0, seed: 1 });
        assert.ok(history.history.accuracy.at(-1) > 0.9, `accuracy ${history.history.accuracy}`);
        const report = model.evaluateReport(texts, labels, { confidence: false });
        assert.equal(report.metrics[0].baseline.value, 0.5);
        await model.save(join(dir, 'text-model'));
        const loaded = await c.loadModel(join(dir, 'text-model'));
        const probe = ['a good day', 'an awful poor one'];
        assert.deepEqual(Array.from(loaded.predict(probe).data), Array.from(model.predict(probe).data));
        assert.deepEqual(loaded.getLayer(0).getVocabulary(), tv.getVocabulary());
    });
    it("Functional: input({ dtype: 'string' }) -> TextVectorization(multi_hot) -> Dense; a text input must feed one TextVectorization", async () => {
        const tv = L.textVectorization({ outputMode: 'multi_hot', maxTokens: 20 });
        tv.adapt(texts);
        const inp = c.input({ shape: [1], dtype: 'string', name: 'text' });
        const model = c.model({ inputs: inp, outputs: L.dense({ units: 1, activation: 'sigmoid' }).apply(tv.apply(inp)), seed: 2 });
        model.compile({ loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: 0.1 }, metrics: ['accuracy'] });
        await model.fit({ text: texts }, labels, { epochs: 10, verbose: 0, seed: 1 });
        assert.ok(model.evaluate(texts, labels, { verbose: 0 }).accuracy > 0.9);
        const json = model.toJSON();
        const rebuilt = c.modelFromJSON(json);
        rebuilt.setWeights(model.getWeights());
        assert.deepEqual(Array.from(rebuilt.predict(['good day']).data), Array.from(model.predict(['good day']).data));
        const other = c.input({ shape: [1], dtype: 'string' });
        assert.throws(() => c.model({ inputs: other, outputs: L.dense({ units: 1 }).apply(other) }), /holds texts, so it must feed exactly one TextVectorization/);
        const unadapted = L.textVectorization({ outputMode: 'multi_hot' });
        assert.throws(() => unadapted.apply(c.input({ shape: [1], dtype: 'string' })), /needs a vocabulary: call adapt/);
    });
});
//# sourceMappingURL=text-vectorization.test.js.map