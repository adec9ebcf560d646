// node bench/candor_workload.mjs W1|W2|W3|W4|G1|conv BACKEND REPS [--quick] [--tidy (G1)]: one DESIGN.md workload
// in a process of its own (so its peak RSS is its own), printed as JSON: the value of each timed
// repetition after a warm-up, its unit, and VmHWM. bench/run.mjs runs it in rounds beside PyTorch.
import * as c from '../dist/index.js';
import { nativeKernels } from '../dist/kernels/native/index.js';
import { WORKLOADS } from './workloads.mjs';
import { peakRssMB } from './peak-rss.mjs';

const [name, backend = 'native', repsArg = '5'] = process.argv.slice(2);
const reps = Number(repsArg);
const quick = process.argv.includes('--quick');
const tidy = process.argv.includes('--tidy');
c.setBackend(backend);

/** Products per timed G1 repetition (as bench/torch_peers.py). */
const G1_PRODUCTS = 10;
/** Seconds of untimed G1 products before the timed ones (as bench/torch_peers.py). */
const G1_WARMUP_S = 1;
/** The samples each workload is timed on, and steps per repetition (bench/torch_peers.py uses the same). */
const STEPS = quick ? { W2: 2, W3: 5, W4: 4 } : { W2: 8, W3: 10, W4: 8 };

/** `warmup` untimed calls, and more until `warmupSeconds` have passed; then n timed ones. */
async function repeat(fn, n, warmup = 1, warmupSeconds = 0) {
  const start = performance.now();
  for (let i = 0; i < warmup || performance.now() - start < warmupSeconds * 1000; i++) await fn();
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push((performance.now() - t0) / 1000);
  }
  return times;
}

async function workload() {
  const w = WORKLOADS[name];
  const model = w.model();
  model.compile({ loss: w.loss, optimizer: 'adam' });
  if (name === 'W1') {
    const [x, y] = w.data(768);
    const epochs = quick ? 15 : 150;
    const times = await repeat(() => model.fit(x, y, { epochs, batchSize: 32, verbose: 0, seed: 1 }), reps);
    return { values: times.map((t) => (t * 150) / epochs), unit: 's', better: 'lower' };
  }
  const steps = backend === 'native' ? STEPS[name] : 1;
  const [x, y] = w.data(w.batch * steps);
  const times = await repeat(() => model.fit(x, y, { epochs: 1, batchSize: w.batch, verbose: 0, seed: 1, shuffle: false }), reps);
  return { values: times.map((t) => (w.batch * steps) / t), unit: 'samples/s', better: 'higher' };
}

async function matmul() {
  const n = backend === 'native' ? 1024 : 256;
  const a = c.randomNormal([n, n], { seed: 1 });
  const b = c.randomNormal([n, n], { seed: 2 });
  // A repetition is G1_PRODUCTS products in a row, after G1_WARMUP_S of them (bench/torch_peers.py does
  // the same): one 7 ms product timed alone measures the allocator's cold start (each new output's pages
  // faulted in), and so did the first ~0.5 s of a process — malloc's heap grows (1,900 page faults in one
  // repetition: 310 GFLOP/s against ~395 on either side of it, Zen 5) until the collector frees outputs
  // as fast as they are made.
  const products = backend === 'native' ? G1_PRODUCTS : 1;
  // --tidy: each product in c.tidy, so its output's memory serves the next one at once, as PyTorch
  // frees each output when the last reference goes (without it the collector frees them later).
  const product = tidy ? () => c.tidy(() => void c.matmul(a, b)) : () => c.matmul(a, b);
  const times = await repeat(
    () => {
      for (let i = 0; i < products; i++) product();
    },
    reps,
    1,
    backend === 'native' ? G1_WARMUP_S : 0,
  );
  return {
    values: times.map((t) => (products * 2 * n ** 3) / t / 1e9),
    unit: 'GFLOP/s',
    better: 'higher',
    note: n === 1024 ? '' : `${n}³`,
  };
}

/** W2's two convolutions, each pass through the kernels directly: GFLOP/s per pass (batch 128). */
async function convPasses() {
  const k = nativeKernels();
  if (!k) throw new Error('conv passes need the native backend');
  const out = {};
  for (const [layer, inC, size, outC] of [
    ['conv1', 1, 28, 32],
    ['conv2', 32, 26, 64],
  ]) {
    const batch = 128;
    const o = size - 2;
    const g = {
      batch,
      inH: size,
      inW: size,
      inC,
      outH: o,
      outW: o,
      outC,
      kH: 3,
      kW: 3,
      strideH: 1,
      strideW: 1,
      dilationH: 1,
      dilationW: 1,
      padTop: 0,
      padLeft: 0,
    };
    const x = c.randomNormal([batch * size * size * inC], { seed: 1 }).data;
    const w = c.randomNormal([9 * inC * outC], { seed: 2 }).data;
    const bias = new Float32Array(outC);
    const y = new Float32Array(batch * o * o * outC);
    const dx = new Float32Array(x.length);
    const dw = new Float32Array(w.length);
    const flops = 2 * batch * o * o * outC * 9 * inC;
    const gflops = (times) => times.map((t) => flops / t / 1e9);
    // Each pass takes milliseconds: 10 repetitions at least, after 3 warm-ups that grow the scratch buffers.
    const timed = (fn) => repeat(fn, Math.max(reps, 10), 3);
    out[`${layer} forward`] = gflops(await timed(() => k.conv2dBiasActivation(x, w, bias, y, g, true)));
    if (inC > 1) out[`${layer} backprop input`] = gflops(await timed(() => k.conv2dBackpropInput(y, w, dx, g)));
    out[`${layer} backprop filter`] = gflops(await timed(() => k.conv2dBackpropFilter(x, y, dw, g)));
  }
  return { passes: out, unit: 'GFLOP/s', better: 'higher' };
}

const result = name === 'G1' ? await matmul() : name === 'conv' ? await convPasses() : await workload();
console.log(JSON.stringify({ ...result, peakRssMB: peakRssMB() }));
