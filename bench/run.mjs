// npm run bench [-- --quick]: DESIGN.md's workloads for Candor (native and reference), TF.js
// (CPU and WASM, devDependencies) and PyTorch (bench/torch_peers.py, when Debian's python3-torch
// is installed), measured in the same run. Machines differ and are noisy: read the ratios.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as c from '../dist/index.js';
import { WORKLOADS } from './workloads.mjs';

const quick = process.argv.includes('--quick');
const results = { machine: { cpu: cpus()[0]?.model, cores: cpus().length, native: c.nativeInfo() }, quick, workloads: {} };

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(fn, reps, warmup = 1) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push((performance.now() - t0) / 1000);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

// ---- Candor ----
const models = Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, w.model]));
/** The samples each workload is timed on. */
const SAMPLES = { W1: 768, W2: 1024, W3: 320, W4: 256 };
const data = Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, () => w.data(SAMPLES[k])]));
// Steps per timed repetition, the same as bench/torch_peers.py uses; full runs take more repetitions (the machines are noisy).
const STEPS = quick ? { W2: 2, W3: 5, W4: 4 } : { W2: 8, W3: 10, W4: 8 };
const REPS = quick ? 3 : 5;
const losses = Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, w.loss]));
const batches = Object.fromEntries(Object.entries(WORKLOADS).map(([k, w]) => [k, w.batch]));

async function candorWorkload(name, backend, steps) {
  c.setBackend(backend);
  const model = models[name]();
  model.compile({ loss: losses[name], optimizer: 'adam' });
  const [x, y] = data[name]();
  const batch = batches[name];
  if (name === 'W1') {
    const epochs = quick ? 15 : 150;
    const t = await timeIt(() => model.fit(x, y, { epochs, batchSize: 32, verbose: 0, seed: 1 }), quick ? 1 : 3, 1);
    return { value: (t.median * 150) / epochs, unit: 's', spread: [(t.min * 150) / epochs, (t.max * 150) / epochs] };
  }
  const xs = c.slice(x, [0, ...x.shape.slice(1).map(() => 0)], [batch * steps, ...x.shape.slice(1)]);
  const ys = c.slice(y, [0, ...y.shape.slice(1).map(() => 0)], [batch * steps, ...y.shape.slice(1)]);
  const t = await timeIt(
    () => model.fit(xs, ys, { epochs: 1, batchSize: batch, verbose: 0, seed: 1, shuffle: false }),
    backend === 'native' ? REPS : 1,
  );
  return { value: (batch * steps) / t.median, unit: 'samples/s', spread: [(batch * steps) / t.max, (batch * steps) / t.min] };
}

async function candorMatmul(backend, n) {
  c.setBackend(backend);
  const a = c.randomNormal([n, n], { seed: 1 });
  const b = c.randomNormal([n, n], { seed: 2 });
  const t = await timeIt(() => c.matmul(a, b), backend === 'native' ? 5 : 1);
  return { value: (2 * n ** 3) / t.median / 1e9, unit: 'GFLOP/s', note: n === 1024 ? '' : `measured at ${n}³` };
}

// ---- TF.js ----
async function tfjs(backendName) {
  const tf = await import('@tensorflow/tfjs');
  if (backendName === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend(backendName);
  await tf.ready();
  const out = {};
  const n = backendName === 'cpu' ? 256 : 1024;
  const a = tf.randomNormal([n, n]);
  const b = tf.randomNormal([n, n]);
  const mm = await timeIt(async () => {
    const cc = tf.matMul(a, b);
    await cc.data();
    cc.dispose();
  }, 3);
  out.G1 = { value: (2 * n ** 3) / mm.median / 1e9, unit: 'GFLOP/s', note: n === 1024 ? '' : `measured at ${n}³ (1024³ takes minutes)` };
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
  const t = await timeIt(() => model.fit(x, y, { epochs, batchSize: 32, verbose: 0 }), 1, 0);
  out.W1 = { value: (t.median * 150) / epochs, unit: 's', note: `${epochs} epochs timed, scaled to 150` };
  for (const w of ['W2', 'W3', 'W4'])
    out[w] = {
      value: null,
      note:
        backendName === 'cpu'
          ? 'skipped: TF.js CPU trains these at well under 10 samples/s (DESIGN.md: W2 ~0.6, W4 ~0.01)'
          : 'skipped: no Conv backprop kernel in the WASM backend (W2, W4); W3 left to a later bench',
    };
  return out;
}

// ---- PyTorch ----
function torchPeers() {
  const run = spawnSync('/usr/bin/python3', ['bench/torch_peers.py', ...(quick ? ['--quick'] : [])], { encoding: 'utf8' });
  if (run.status !== 0)
    return { error: `PyTorch column skipped: ${(run.stderr || 'python3-torch not installed').trim().split('\n').pop()}` };
  return JSON.parse(run.stdout);
}

const add = (workload, peer, r) => ((results.workloads[workload] ??= {})[peer] = r);
for (const backend of ['native', 'reference']) {
  if (backend === 'native' && !c.nativeInfo()) continue;
  add('G1', `candor ${backend}`, await candorMatmul(backend, backend === 'native' ? 1024 : 256));
  for (const w of ['W1', 'W2', 'W3', 'W4']) {
    if (backend === 'reference' && w !== 'W1') {
      add(w, `candor ${backend}`, await candorWorkload(w, backend, 1));
      continue;
    }
    add(w, `candor ${backend}`, await candorWorkload(w, backend, STEPS[w]));
  }
}
for (const be of ['cpu', 'wasm']) {
  try {
    const r = await tfjs(be);
    for (const [w, v] of Object.entries(r)) add(w, `tfjs ${be}`, v);
  } catch (err) {
    for (const w of ['G1', 'W1', 'W2', 'W3', 'W4']) add(w, `tfjs ${be}`, { value: null, note: `TF.js ${be} failed: ${err.message}` });
  }
}
const torch = torchPeers();
results.torch = torch.error ? { error: torch.error } : { version: torch.torch, threads: torch.threads };
for (const w of ['G1', 'W1', 'W2', 'W3', 'W4'])
  add(
    w,
    'pytorch',
    torch.error ? { value: null, note: torch.error } : { value: torch[w], unit: w === 'G1' ? 'GFLOP/s' : w === 'W1' ? 's' : 'samples/s' },
  );

// ---- G1 against the machine's theoretical peak ----
// cores x FMA units x vector lanes x 2 flops x clock. The FMA unit count cannot be read from the
// CPU: 2 is assumed (Xeon Gold/Platinum and Sapphire Rapids, EPYC Zen 2-4); on a 1-unit part the
// true fraction is twice the one printed. The clock is the nominal one from /proc/cpuinfo (turbo unknown).
function peak() {
  const info = c.nativeInfo();
  let mhz = null;
  try {
    mhz = Number(/cpu MHz\s*:\s*([\d.]+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]) || null;
  } catch {
    /* not Linux */
  }
  if (!info || !mhz) return null;
  const lanes = { avx512f: 16, 'avx2+fma': 8, portable: 4 }[info.isa] ?? 4;
  const gflops = (info.threads * 2 * lanes * 2 * mhz) / 1000;
  return { isa: info.isa, threads: info.threads, mhz, lanes, fmaUnits: 2, gflops };
}
const machinePeak = peak();
results.machine.peak = machinePeak;
const g1 = results.workloads.G1?.['candor native']?.value;
if (machinePeak && g1) results.machine.g1PeakFraction = g1 / machinePeak.gflops;

// ---- table ----
const titles = {
  G1: 'G1 matmul 1024³ (GFLOP/s, higher is better)',
  W1: 'W1 Pima MLP, 150 epochs (s, lower is better)',
  W2: 'W2 MNIST CNN (samples/s)',
  W3: 'W3 TF-IDF MLP (samples/s)',
  W4: 'W4 text CNN (samples/s)',
};
const lines = [
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores; native: ${JSON.stringify(results.machine.native)}; PyTorch: ${torch.error ? 'absent' : `${torch.torch}, ${torch.threads} threads`}`,
  '',
];
for (const [w, peers] of Object.entries(results.workloads)) {
  lines.push(titles[w]);
  const ref = peers.pytorch?.value;
  for (const [peer, r] of Object.entries(peers)) {
    const ratio = r.value && ref ? (w === 'W1' ? ref / r.value : r.value / ref) : null;
    const value = r.value === null ? '—' : r.value.toFixed(r.value < 10 ? 2 : 1);
    lines.push(
      `  ${peer.padEnd(18)} ${value.padStart(9)}  ${ratio ? `${ratio.toFixed(2)}× PyTorch` : ''.padEnd(0)}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  if (w === 'G1' && results.machine.g1PeakFraction) {
    const p = results.machine.peak;
    lines.push(
      `  candor native = ${(100 * results.machine.g1PeakFraction).toFixed(0)}% of peak ${p.gflops.toFixed(0)} GFLOP/s (${p.isa}: ${p.threads} cores x ${p.fmaUnits} FMA units (assumed) x ${p.lanes} lanes x 2 x ${(p.mhz / 1000).toFixed(2)} GHz nominal)`,
    );
  }
  lines.push('');
}
console.log(lines.join('\n'));
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench/results.json');
