/** Seed 000's demo: the Keras 1 text CNN on SpamAssassin, BCE vs CCE. */
import { sequential } from '../../models/sequential.js';
import { layers } from '../../layers/index.js';
import { datasets } from '../../datasets/index.js';
import { trainTestSplit } from '../../preprocessing/split.js';
import { encodeMails, mailIds, stratifiedSubset } from '../../datasets/spam-assassin.js';
import { toCategorical } from '../../preprocessing/categorical.js';
import { compareCrossentropies } from './crossentropy.js';
const VOCABULARY = 20000;
const SEQUENCE = 400;
/** Seed 000's text CNN, layer for layer (Keras 1 code, modern names). */
export function textCnn(classes, seed) {
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
export async function textCnnDemo(o, log) {
    const corpus = datasets.spamAssassin.load({ task: 'topic' });
    const { ids, labels } = mailIds(corpus);
    const split = trainTestSplit(ids, labels, { testSize: o.testSize, seed: o.seed });
    const train = stratifiedSubset(split.xTrain, split.yTrain, o.trainSize, o.seed);
    const { xTrain, xTest } = encodeMails(corpus, train.x, split.xTest, { numWords: VOCABULARY, maxlen: SEQUENCE });
    const k = corpus.classNames.length;
    return compareCrossentropies((seed) => textCnn(k, seed), {
        xTrain,
        yTrain: toCategorical(train.y, k),
        xTest,
        yTest: toCategorical(split.yTest, k),
        classes: k,
        title: `Seed 000's text CNN on SpamAssassin (${k} groups: ${corpus.classNames.join(', ')}), ${train.x.shape[0]} training / ${split.xTest.shape[0]} test mails, ${o.epochs} epoch(s), seed ${o.seed}`,
    }, o, log);
}
//# sourceMappingURL=text-cnn.js.map