// node bench/tfjs_peers.mjs cpu|wasm: TF.js (devDependencies) on G1 and W1 in a process of its own,
// as JSON { G1, W1, peakRssMB }. W2-W4 are skipped: the CPU backend trains them at well under 10
// samples/s (DESIGN.md: W2 ~0.6, W4 ~0.01) and the WASM backend has no Conv backprop kernel.
import * as tf from '@tensorflow/tfjs';
import { peakRssMB } from './peak-rss.mjs';

const backendName = process.argv[2] ?? 'cpu';
if (backendName === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
await tf.setBackend(backendName);
await tf.ready();

async function seconds(fn) {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

const n = backendName === 'cpu' ? 256 : 1024;
const a = tf.randomNormal([n, n]);
const b = tf.randomNormal([n, n]);
const product = async () => {
  const c = tf.matMul(a, b);
  await c.data();
  c.dispose();
};
await product();
const mm = [];
for (let i = 0; i < 3; i++) mm.push(await seconds(product));
mm.sort((x, y) => x - y);
const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 12, activation: 'relu', inputShape: [8] }),
    tf.layers.dense({ units: 8, activation: 'relu' }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
model.compile({ loss: 'binaryCrossentropy', optimizer: 'adam' });
const x = tf.randomNormal([768, 8]);
const y = tf.cast(tf.greater(tf.randomUniform([768, 1]), 0.65), 'float32');
const epochs = 5;
const w1 = await seconds(() => model.fit(x, y, { epochs, batchSize: 32, verbose: 0 }));
console.log(
  JSON.stringify({
    G1: { value: (2 * n ** 3) / mm[1] / 1e9, note: n === 1024 ? '' : `measured at ${n}³ (1024³ takes minutes)` },
    W1: { value: (w1 * 150) / epochs, note: `${epochs} epochs timed, scaled to 150` },
    peakRssMB: peakRssMB(),
  }),
);
