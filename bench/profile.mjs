// node bench/profile.mjs W2|W4|W1 [steps]: trains one DESIGN.md workload under the V8 sampling
// profiler and prints where the time goes (self time by function, top 25). Native kernels show
// up as the JS function that called them.
import { Session } from 'node:inspector/promises';
import * as c from '../dist/index.js';
import { WORKLOADS } from './workloads.mjs';
import { nativeKernels } from '../dist/kernels/native/index.js';
import { referenceKernels } from '../dist/kernels/reference/index.js';

const [name = 'W2', stepsArg = '6'] = process.argv.slice(2);
const steps = Number(stepsArg);
const w = name === 'W3' ? undefined : WORKLOADS[name];
if (!w) throw new RangeError(`profile: expected W1, W2 or W4. Received: ${name}`);
const model = w.model();
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
    // Convolutions by layer (channels in -> out): a CNN's first layer and its deeper ones cost very differently.
    const conv = key.startsWith('conv2d') ? args.find((a) => a && typeof a === 'object' && 'outC' in a) : undefined;
    const label =
      key === 'unary' || key === 'unaryGrad' || key === 'binary' || key === 'reduce'
        ? `${key}:${args[0]}`
        : conv
          ? `${key} ${conv.inC}->${conv.outC}`
          : key;
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
