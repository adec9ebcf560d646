import { Sequential, sequential } from '../../models/sequential.js';
import { layers } from '../../layers/index.js';
import { datasets } from '../../datasets/index.js';
import { tensor } from '../../tensor/creation.js';
import { trainTestSplit } from '../../preprocessing/split.js';
import { Tokenizer, padSequences } from '../../preprocessing/text.js';
import { Tensor } from '../../tensor/tensor.js';
import { toCategorical } from '../../preprocessing/categorical.js';
import { compareCrossentropies, type DemoOptions } from './crossentropy.js';

const VOCABULARY = 20000;
const SEQUENCE = 400;

/** Seed 000's text CNN, layer for layer (Keras 1 code, modern names). */
export function textCnn(classes: number, seed: number): Sequential {
  const L = layers;
  return sequential([
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
  const corpus = datasets.spamAssassin.load({ task: 'topic' });
  const ids = tensor(corpus.texts.map((_, i) => [i]));
  const split = trainTestSplit(ids, tensor(corpus.labels), { testSize: o.testSize, seed: o.seed });
  // Rows come back in corpus order, which is sorted by group: a training subset must be drawn stratified, not cut.
  const available = split.xTrain.shape[0]!;
  const subset = o.trainSize < available ? trainTestSplit(split.xTrain, split.yTrain, { testSize: o.trainSize, seed: o.seed }) : null;
  const trainX = subset ? subset.xTest : split.xTrain;
  const trainY = subset ? subset.yTest : split.yTrain;
  const trainIds = Array.from(trainX.data);
  const textsOf = (rows: number[]): string[] => rows.map((i) => corpus.texts[i]!);
  const tokenizer = new Tokenizer({ numWords: VOCABULARY }).fitOnTexts(textsOf(trainIds));
  const encode = (rows: number[]): Tensor => padSequences(tokenizer.textsToSequences(textsOf(rows)), { maxlen: SEQUENCE });
  const k = corpus.classNames.length;
  return compareCrossentropies((seed) => textCnn(k, seed), {
    xTrain: encode(trainIds), yTrain: toCategorical(trainY, k),
    xTest: encode(Array.from(split.xTest.data)), yTest: toCategorical(split.yTest, k), classes: k,
    title: `Seed 000's text CNN on SpamAssassin (${k} groups: ${corpus.classNames.join(', ')}), ${trainIds.length} training / ${split.xTest.shape[0]} test mails, ${o.epochs} epoch(s), seed ${o.seed}`,
  }, o, log);
}
