// node bench/profile.mjs W2|W4|W1 [steps]: trains one DESIGN.md workload under the V8 sampling
// profiler and prints where the time goes (self time by function, top 25). Native kernels show
// up as the JS function that called them.
import { Session } from 'node:inspector/promises';
import * as c from '../dist/index.js';
import { nativeKernels } from '../dist/kernels/native/index.js';
import { referenceKernels } from '../dist/kernels/reference/index.js';

const [name = 'W2', stepsArg = '6'] = process.argv.slice(2);
const steps = Number(stepsArg);
const L = c.layers;
const workloads = {
  W1: {
    batch: 32,
    loss: 'binary_crossentropy',
    model: () => [
      L.dense({ units: 12, activation: 'relu', inputShape: [8] }),
      L.dense({ units: 8, activation: 'relu' }),
      L.dense({ units: 1, activation: 'sigmoid' }),
    ],
    data: (n) => [c.randomNormal([n, 8], { seed: 1 }), c.tensor(Array.from({ length: n }, (_, i) => [i % 3 === 0 ? 1 : 0]))],
  },
  W2: {
    batch: 128,
    loss: 'categorical_crossentropy',
    model: () => [
      L.conv2d({ filters: 32, kernelSize: 3, activation: 'relu', inputShape: [28, 28, 1] }),
      L.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }),
      L.maxPooling2d({ poolSize: 2 }),
      L.dropout({ rate: 0.25 }),
      L.flatten(),
      L.dense({ units: 128, activation: 'relu' }),
      L.dropout({ rate: 0.5 }),
      L.dense({ units: 10, activation: 'softmax' }),
    ],
    data: (n) => [
      c.randomUniform([n, 28, 28, 1], { seed: 1 }),
      c.oneHot(
        Array.from({ length: n }, (_, i) => i % 10),
        10,
      ),
    ],
  },
  W4: {
    batch: 32,
    loss: 'categorical_crossentropy',
    model: () => [
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
    data: (n) => [
      c.tensor(Array.from({ length: n }, (_, r) => Array.from({ length: 400 }, (_, i) => (r * 131 + i * 17) % 20000))),
      c.oneHot(
        Array.from({ length: n }, (_, i) => i % 20),
        20,
      ),
    ],
  },
};
const w = workloads[name];
if (!w) throw new RangeError(`profile: expected W1, W2 or W4. Received: ${name}`);
const model = c.sequential(w.model(), { seed: 1 });
model.compile({ loss: w.loss, optimizer: 'adam' });
const [x, y] = w.data(w.batch * steps);
await model.fit(x, y, { epochs: 1, batchSize: w.batch, verbose: 0, seed: 1 }); // warm-up

// Time every kernel call (wall clock, native calls included) by wrapping the active kernel set.
const kernelTime = new Map();
const active = { ...referenceKernels, ...(c.backend() === 'native' ? nativeKernels() : {}) };
const timed = { name: active.name };
for (const [key, fn] of Object.entries(active)) {
  if (typeof fn !== 'function') continue;
  timed[key] = (...args) => {
    const t = performance.now();
    const r = fn(...args);
    const label = key === 'unary' || key === 'unaryGrad' || key === 'binary' || key === 'reduce' ? `${key}:${args[0]}` : key;
    kernelTime.set(label, (kernelTime.get(label) ?? 0) + performance.now() - t);
    return r;
  };
}
c.setKernels(timed);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const t0 = performance.now();
await model.fit(x, y, { epochs: 1, batchSize: w.batch, verbose: 0, seed: 1 });
const seconds = (performance.now() - t0) / 1000;
const { profile } = await session.post('Profiler.stop');

const self = new Map();
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const node of profile.nodes) {
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(
  `${name}: ${steps} steps of ${w.batch} in ${seconds.toFixed(2)} s = ${((w.batch * steps) / seconds).toFixed(0)} samples/s on the ${c.backend()} backend`,
);
const kernelTotal = [...kernelTime.values()].reduce((a, b) => a + b, 0);
console.log(
  `kernels: ${(kernelTotal / 1000).toFixed(2)} s of ${seconds.toFixed(2)} s (the rest is JavaScript: autograd, allocation, dispatch)`,
);
for (const [key, ms] of [...kernelTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((100 * ms) / 1000 / seconds).toFixed(1).padStart(5)}%  ${key}`);
console.log('JavaScript self time (V8 sampling; native calls appear as "(anonymous) :0"):');
for (const [key, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
