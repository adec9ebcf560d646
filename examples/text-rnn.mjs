// keras.io "Text classification with an RNN", ported to Candor: TextVectorization -> Embedding
// (maskZero) -> Bidirectional(LSTM) -> Dense, trained on raw strings. Keras uses IMDB reviews;
// Candor ships SpamAssassin mails, so this classifies spam vs ham on a small subset (seconds).
// Run: node examples/text-rnn.mjs [--samples 300] [--epochs 3]
import * as candor from 'candor';

const { layers } = candor;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const samples = arg('samples', 300);
const epochs = arg('epochs', 3);

// A seeded random subset of the mails (the corpus is ordered by group), each cut to its first 600 characters.
const corpus = candor.datasets.spamAssassin.load({ task: 'binary' });
const order = Int32Array.from(corpus.texts, (_, i) => i);
new candor.Rng(3).shuffle(order);
const picked = Array.from(order.subarray(0, samples));
const texts = picked.map((i) => corpus.texts[i].slice(0, 600));
const labels = picked.map((i) => [corpus.labels[i]]);
const cut = Math.floor(texts.length * 0.8);

const encoder = layers.textVectorization({ maxTokens: 1000, outputSequenceLength: 60 });
encoder.adapt(texts.slice(0, cut));
const model = candor.sequential(
  [
    encoder,
    layers.embedding({ inputDim: encoder.vocabularySize(), outputDim: 32, maskZero: true }),
    layers.bidirectional({ layer: layers.lstm({ units: 16 }) }),
    layers.dense({ units: 16, activation: 'relu' }),
    layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
  { seed: 1 },
);
model.compile({ loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: 1e-3 * 5 }, metrics: ['accuracy'] });
await model.fit(texts.slice(0, cut), labels.slice(0, cut), { epochs, batchSize: 32, seed: 1, verbose: 0 });
// Every number beside its trivial baseline: the test mails are mostly ham.
model.evaluate(texts.slice(cut), labels.slice(cut));
const [p] = model.predict(['Click here to claim your free prize money now!!!']).dataSync();
console.log(`P(spam | "Click here to claim your free prize money now!!!") = ${p.toFixed(3)}`);
