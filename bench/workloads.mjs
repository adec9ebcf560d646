// DESIGN.md's workloads, one definition for bench/run.mjs and bench/profile.mjs: each a model (seed 1),
// its loss, its batch size, and data of n samples (seeded, the same as bench/torch_peers.py draws).
import * as c from '../dist/index.js';
import { mnistCnn } from '../dist/cli/demos/crossentropy.js';

const L = c.layers;
const oneHotCycle = (n, k) =>
  c.oneHot(
    Array.from({ length: n }, (_, i) => i % k),
    k,
  );

export const WORKLOADS = {
  W1: {
    batch: 32,
    loss: 'binary_crossentropy',
    model: () =>
      c.sequential(
        [
          L.dense({ units: 12, activation: 'relu', inputShape: [8] }),
          L.dense({ units: 8, activation: 'relu' }),
          L.dense({ units: 1, activation: 'sigmoid' }),
        ],
        { seed: 1 },
      ),
    data: (n) => [c.randomNormal([n, 8], { seed: 1 }), c.tensor(Array.from({ length: n }, (_, i) => [i % 3 === 0 ? 1 : 0]))],
  },
  // The MNIST CNN of DESIGN.md, as the cross-entropy demo trains it.
  W2: {
    batch: 128,
    loss: 'categorical_crossentropy',
    model: () => mnistCnn(1),
    data: (n) => [c.randomUniform([n, 28, 28, 1], { seed: 1 }), oneHotCycle(n, 10)],
  },
  W3: {
    batch: 32,
    loss: 'binary_crossentropy',
    model: () =>
      c.sequential(
        [
          L.dense({ units: 2048, activation: 'relu', inputShape: [4096] }),
          L.dense({ units: 512, activation: 'relu' }),
          L.dense({ units: 416, activation: 'sigmoid' }),
        ],
        { seed: 1 },
      ),
    data: (n) => [
      c.randomUniform([n, 4096], { seed: 1 }),
      c.tensor(Array.from({ length: n }, (_, r) => Array.from({ length: 416 }, (_, k) => (k === r % 416 || k === (r * 7) % 416 ? 1 : 0)))),
    ],
  },
  W4: {
    batch: 32,
    loss: 'categorical_crossentropy',
    model: () =>
      c.sequential(
        [
          L.embedding({ inputDim: 20000, outputDim: 100, inputLength: 400 }),
          L.dropout({ rate: 0.25 }),
          L.conv1d({ filters: 32, kernelSize: 4, activation: 'relu' }),
          L.maxPooling1d({ poolSize: 2 }),
          L.flatten(),
          L.dense({ units: 256 }),
          L.dropout({ rate: 0.25 }),
          L.activation({ activation: 'relu' }),
          L.dense({ units: 20, activation: 'softmax' }),
        ],
        { seed: 1 },
      ),
    data: (n) => [
      c.tensor(Array.from({ length: n }, (_, r) => Array.from({ length: 400 }, (_, i) => (r * 131 + i * 17) % 20000))),
      oneHotCycle(n, 20),
    ],
  },
};
