// node bench/transformer.mjs [steps]: #17's W6, a 2-block Transformer encoder classifier (d_model
// 128, 4 heads, feed-forward 256, sequence 128, batch 32, vocabulary 20,000, Adam, 5 classes),
// training samples/s for Candor (this backend) and PyTorch (2 threads, bench/torch_transformer.py)
// with the same architecture, in the same run. Read the ratio.
import { compareWithTorch, tokenData } from './sequence-vs-torch.mjs';
import * as c from '../dist/index.js';

const steps = Number(process.argv[2] ?? 3);
const L = c.layers;
const batch = 32;
const seq = 128;
const d = 128;
const { x, y } = tokenData(batch, steps, seq);

/** Post-norm encoder block (PyTorch's TransformerEncoderLayer default, norm_first=False): attention and feed-forward, each with a residual. */
function block(h) {
  const attended = L.multiHeadAttention({ numHeads: 4, keyDim: d / 4 }).apply([h, h]);
  const h1 = L.layerNormalization({ epsilon: 1e-5 }).apply(L.add().apply([h, attended]));
  const ff = L.dense({ units: d }).apply(L.dense({ units: 256, activation: 'relu' }).apply(h1));
  return L.layerNormalization({ epsilon: 1e-5 }).apply(L.add().apply([h1, ff]));
}
const tokens = c.input({ shape: [seq] });
const embedded = L.tokenAndPositionEmbedding({ vocabularySize: 20000, sequenceLength: seq, embeddingDim: d }).apply(tokens);
const encoded = block(block(embedded));
const model = c.model({
  inputs: tokens,
  outputs: L.dense({ units: 5, activation: 'softmax' }).apply(L.globalAveragePooling1d().apply(encoded)),
  seed: 1,
});
model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam' });
await compareWithTorch({
  model,
  x,
  y,
  batch,
  steps,
  seq,
  script: 'bench/torch_transformer.py',
  name: 'W6',
  title: `W6 2-block Transformer encoder classifier, ${steps} steps of batch ${batch} (samples/s, higher is better)`,
});
