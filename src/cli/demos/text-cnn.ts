import * as c from '../../index.js';
import { compareCrossentropies, type DemoOptions } from './crossentropy.js';

const VOCABULARY = 20000;
const SEQUENCE = 400;

/** Seed 000's text CNN, layer for layer (Keras 1 code, modern names). */
export function textCnn(classes: number, seed: number): c.Sequential {
  const L = c.layers;
  return c.sequential([
    L.embedding({ inputDim: VOCABULARY, outputDim: 100, inputLength: SEQUENCE }),
    L.dropout({ rate: 0.25 }),
    L.conv1d({ filters: 32, kernelSize: 4, padding: 'valid', activation: 'relu' }),
    L.maxPooling1d({ poolSize: 2 }),
    L.flatten(),
    L.dense({ units: 256 }),
    L.dropout({ rate: 0.25 }),
    L.activation({ activation: 'relu' }),
    L.dense({ units: classes }),
    L.activation({ activation: 'softmax' }),
  ], { seed });
}

/** Seed 000 on the SpamAssassin corpus: its five groups as topics, BCE vs CCE. */
export async function textCnnDemo(o: DemoOptions, log: (line: string) => void) {
  const corpus = c.datasets.spamAssassin.load({ task: 'topic' });
  const ids = c.tensor(corpus.texts.map((_, i) => [i]));
  const split = c.trainTestSplit(ids, c.tensor(corpus.labels), { testSize: o.testSize, seed: o.seed });
  // Rows come back in corpus order, which is sorted by group: a training subset must be drawn stratified, not cut.
  const available = split.xTrain.shape[0]!;
  const subset = o.trainSize < available ? c.trainTestSplit(split.xTrain, split.yTrain, { testSize: o.trainSize, seed: o.seed }) : null;
  const trainX = subset ? subset.xTest : split.xTrain;
  const trainY = subset ? subset.yTest : split.yTrain;
  const trainIds = Array.from(trainX.data);
  const textsOf = (rows: number[]): string[] => rows.map((i) => corpus.texts[i]!);
  const tokenizer = new c.Tokenizer({ numWords: VOCABULARY }).fitOnTexts(textsOf(trainIds));
  const encode = (rows: number[]): c.Tensor => c.padSequences(tokenizer.textsToSequences(textsOf(rows)), { maxlen: SEQUENCE });
  const k = corpus.classNames.length;
  return compareCrossentropies((seed) => textCnn(k, seed), {
    xTrain: encode(trainIds), yTrain: c.toCategorical(trainY, k),
    xTest: encode(Array.from(split.xTest.data)), yTest: c.toCategorical(split.yTest, k), classes: k,
    title: `Seed 000's text CNN on SpamAssassin (${k} groups: ${corpus.classNames.join(', ')}), ${trainIds.length} training / ${split.xTest.shape[0]} test mails, ${o.epochs} epoch(s), seed ${o.seed}`,
  }, o, log);
}
