// The shared half of bench/recurrent.mjs (W5) and bench/transformer.mjs (W6): their synthetic
// token data, and one timed epoch of a compiled model beside the same architecture in PyTorch
// (2 threads, with the fastest OpenBLAS kernels this CPU runs: bench/torch-env.mjs), printed as
// samples/s and a ratio.
import { spawnSync } from 'node:child_process';
import { torchEnvironment } from './torch-env.mjs';
import * as c from '../dist/index.js';

/** `batch * steps` sequences of `seq` token ids in [1, 20000) and one-hot labels of 5 classes. */
export function tokenData(batch, steps, seq) {
  const x = c.tensor(
    Array.from({ length: batch * steps }, (_, r) => Array.from({ length: seq }, (_, i) => ((r * 131 + i * 17) % 19999) + 1)),
  );
  const y = c.oneHot(
    Array.from({ length: batch * steps }, (_, i) => i % 5),
    5,
  );
  return { x, y };
}

/**
 * Trains `model` one epoch on (x, y) after a one-batch warm-up, runs `script` (which prints
 * { [name]: samples/s }) for PyTorch's figure, and prints both under `title`.
 */
export async function compareWithTorch({ model, x, y, batch, steps, seq, script, name, title }) {
  await model.fit(c.slice(x, [0, 0], [batch, seq]), c.slice(y, [0, 0], [batch, 5]), { epochs: 1, batchSize: batch, verbose: 0, seed: 1 }); // warm-up
  const t0 = performance.now();
  await model.fit(x, y, { epochs: 1, batchSize: batch, verbose: 0, seed: 1, shuffle: false });
  const candor = (batch * steps) / ((performance.now() - t0) / 1000);
  const torchBlas = torchEnvironment();
  const torch = spawnSync('/usr/bin/python3', [script, String(steps)], { encoding: 'utf8', env: { ...process.env, ...torchBlas.env } });
  const peer = torch.status === 0 ? JSON.parse(torch.stdout)[name] : null;
  console.log(title);
  console.log(
    `  candor ${c.backend().padEnd(9)} ${candor.toFixed(1).padStart(8)}${peer ? `  ${(candor / peer).toFixed(2)}x PyTorch` : ''}`,
  );
  console.log(
    peer ? `  pytorch          ${peer.toFixed(1).padStart(8)}  1.00x PyTorch` : `  pytorch: ${torch.stderr.trim().split('\n').pop()}`,
  );
  if (!peer) return;
  console.log(`  (PyTorch's OpenBLAS: detected ${torchBlas.detected}, ran ${torchBlas.used})`);
  if (torchBlas.warning) console.log(`  WARNING: ${torchBlas.warning}`);
}
