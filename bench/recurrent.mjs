// node bench/recurrent.mjs [steps]: #17's W5, an LSTM(128) text classifier (vocabulary 20,000,
// embedding 100, sequence 200, batch 64, Adam, 5 classes), training samples/s for Candor (this
// backend) and PyTorch (2 threads, bench/torch_recurrent.py) in the same run. Read the ratio.
import { spawnSync } from 'node:child_process';
import { torchEnvironment } from './torch-env.mjs';
import * as c from '../dist/index.js';

const steps = Number(process.argv[2] ?? 3);
const L = c.layers;
const batch = 64;
const seq = 200;
const x = c.tensor(
  Array.from({ length: batch * steps }, (_, r) => Array.from({ length: seq }, (_, i) => ((r * 131 + i * 17) % 19999) + 1)),
);
const y = c.oneHot(
  Array.from({ length: batch * steps }, (_, i) => i % 5),
  5,
);
const model = c.sequential(
  [
    L.embedding({ inputDim: 20000, outputDim: 100, inputLength: seq }),
    L.lstm({ units: 128 }),
    L.dense({ units: 5, activation: 'softmax' }),
  ],
  { seed: 1 },
);
model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam' });
await model.fit(c.slice(x, [0, 0], [batch, seq]), c.slice(y, [0, 0], [batch, 5]), { epochs: 1, batchSize: batch, verbose: 0, seed: 1 }); // warm-up
const t0 = performance.now();
await model.fit(x, y, { epochs: 1, batchSize: batch, verbose: 0, seed: 1, shuffle: false });
const candor = (batch * steps) / ((performance.now() - t0) / 1000);
// PyTorch's matrix products with the fastest OpenBLAS kernels this CPU runs (bench/torch-env.mjs).
const torchBlas = torchEnvironment();
const torch = spawnSync('/usr/bin/python3', ['bench/torch_recurrent.py', String(steps)], {
  encoding: 'utf8',
  env: { ...process.env, ...torchBlas.env },
});
const peer = torch.status === 0 ? JSON.parse(torch.stdout).W5 : null;
console.log(`W5 LSTM(128) text classifier, ${steps} steps of batch ${batch} (samples/s, higher is better)`);
console.log(`  candor ${c.backend().padEnd(9)} ${candor.toFixed(1).padStart(8)}${peer ? `  ${(candor / peer).toFixed(2)}x PyTorch` : ''}`);
console.log(
  peer ? `  pytorch          ${peer.toFixed(1).padStart(8)}  1.00x PyTorch` : `  pytorch: ${torch.stderr.trim().split('\n').pop()}`,
);
if (peer) console.log(`  (PyTorch's OpenBLAS: detected ${torchBlas.detected}, ran ${torchBlas.used})`);
if (peer && torchBlas.warning) console.log(`  WARNING: ${torchBlas.warning}`);
