// node bench/transformer.mjs [steps]: #17's W6, a 2-block Transformer encoder classifier (d_model
// 128, 4 heads, feed-forward 256, sequence 128, batch 32, vocabulary 20,000, Adam, 5 classes),
// training samples/s for Candor (this backend) and PyTorch (2 threads, bench/torch_transformer.py)
// with the same architecture, in the same run. Read the ratio.
import { spawnSync } from 'node:child_process';
import { torchEnvironment } from './torch-env.mjs';
import * as c from '../dist/index.js';

const steps = Number(process.argv[2] ?? 3);
const L = c.layers;
const batch = 32;
const seq = 128;
const d = 128;
const x = c.tensor(
  Array.from({ length: batch * steps }, (_, r) => Array.from({ length: seq }, (_, i) => ((r * 131 + i * 17) % 19999) + 1)),
);
const y = c.oneHot(
  Array.from({ length: batch * steps }, (_, i) => i % 5),
  5,
);

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
await model.fit(c.slice(x, [0, 0], [batch, seq]), c.slice(y, [0, 0], [batch, 5]), { epochs: 1, batchSize: batch, verbose: 0, seed: 1 }); // warm-up
const t0 = performance.now();
await model.fit(x, y, { epochs: 1, batchSize: batch, verbose: 0, seed: 1, shuffle: false });
const candor = (batch * steps) / ((performance.now() - t0) / 1000);
// PyTorch's matrix products with the fastest OpenBLAS kernels this CPU runs (bench/torch-env.mjs).
const torchBlas = torchEnvironment();
const torch = spawnSync('/usr/bin/python3', ['bench/torch_transformer.py', String(steps)], {
  encoding: 'utf8',
  env: { ...process.env, ...torchBlas.env },
});
const peer = torch.status === 0 ? JSON.parse(torch.stdout).W6 : null;
console.log(`W6 2-block Transformer encoder classifier, ${steps} steps of batch ${batch} (samples/s, higher is better)`);
console.log(`  candor ${c.backend().padEnd(9)} ${candor.toFixed(1).padStart(8)}${peer ? `  ${(candor / peer).toFixed(2)}x PyTorch` : ''}`);
console.log(
  peer ? `  pytorch          ${peer.toFixed(1).padStart(8)}  1.00x PyTorch` : `  pytorch: ${torch.stderr.trim().split('\n').pop()}`,
);
if (peer) console.log(`  (PyTorch's OpenBLAS: detected ${torchBlas.detected}, ran ${torchBlas.used})`);
if (peer && torchBlas.warning) console.log(`  WARNING: ${torchBlas.warning}`);
