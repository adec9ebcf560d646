// npm run bench [-- --quick] [-- --only W2,G1]: DESIGN.md's workloads for Candor and its peers in the
// same run — PyTorch (bench/torch_peers.py, Debian's python3-torch) and TF.js (devDependencies).
// Each side of each workload runs in its own process (bench/candor_workload.mjs, torch_peers.py),
// so its peak RSS is its own, in rounds that alternate the sides until the medians of each side's
// last three rounds agree within 5 % or the workload's time budget is spent; the table prints
// every ratio with both spreads, and marks a ratio the budget could not make stable.
// The yardstick is measured, not assumed: an FMA-throughput probe on every thread at the active
// vector width gives the peak that G1 and each convolution pass are reported against.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as c from '../dist/index.js';
import { MALLOC_TUNABLES, torchEnvironment } from './torch-env.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
const REPS = quick ? 3 : 5;
const STABLE = 0.05;
const BUDGET_S = quick ? 25 : 120;
const info = c.nativeInfo();
const results = { machine: { cpu: cpus()[0]?.model, cores: cpus().length, native: info }, quick, workloads: {} };

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** (max − min) / median of the last three round medians. */
const spreadOf = (rounds) => {
  const last = rounds.slice(-3);
  return last.length < 3 ? Infinity : (Math.max(...last) - Math.min(...last)) / median(last);
};

function child(command, args, env = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error((r.stderr || `${command} exited ${r.status}`).trim().split('\n').pop());
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The sides a workload is measured on, each a function of one round returning its child's JSON. */
function sides(workload) {
  const quickFlag = quick ? ['--quick'] : [];
  const candor =
    (env, flags = []) =>
    () =>
      child(process.execPath, ['bench/candor_workload.mjs', workload, 'native', String(REPS), ...quickFlag, ...flags], env);
  const out = { 'candor native': candor({}) };
  // G1 with each product in c.tidy: the output's memory reused at once, as PyTorch's reference counting does.
  if (info && workload === 'G1') out['candor tidy'] = candor({}, ['--tidy']);
  // AVX2-only CPUs exist: on an AVX-512 machine the AVX2 path is measured too.
  if (info?.isa === 'avx512f') out['candor avx2'] = candor({ CANDOR_ISA: 'avx2' });
  // The other AVX-512 tile on G1, so every AVX-512 machine shows whether its default (src/native/gemm.c) is still the better one.
  if (info?.isa === 'avx512f' && workload === 'G1') {
    const other = info.kernel.endsWith('8x32') ? '12x32' : '8x32';
    out[`candor ${other}`] = candor({ CANDOR_GEMM_KERNEL: other });
  }
  const torch = (env) => () =>
    child('/usr/bin/python3', ['bench/torch_peers.py', '--workload', workload, '--reps', String(REPS), ...quickFlag], env);
  if (!torchError) out.pytorch = torch(torchBlas.env);
  // An AVX2-only CPU's PyTorch runs OpenBLAS's AVX2 kernels and oneDNN's AVX2 code: G1's AVX2 row is
  // compared with that, like for like (the other rows' AVX2 figures are against PyTorch at its best here).
  if (!torchError && info?.isa === 'avx512f' && workload === 'G1' && torchBlas.used !== 'Haswell')
    out['pytorch avx2'] = torch({ ...MALLOC_TUNABLES, OPENBLAS_CORETYPE: 'Haswell', ONEDNN_MAX_CPU_ISA: 'AVX2' });
  return out;
}

/** Rounds alternating the sides until every side is stable or the budget is spent. */
function measure(workload) {
  const run = sides(workload);
  const rounds = Object.fromEntries(Object.keys(run).map((k) => [k, []]));
  const extra = {};
  const t0 = performance.now();
  for (;;) {
    for (const [side, fn] of Object.entries(run)) {
      const r = fn();
      rounds[side].push(median(r.values));
      extra[side] = { unit: r.unit, better: r.better, peakRssMB: r.peakRssMB, note: r.note };
    }
    const stable = Object.values(rounds).every((v) => spreadOf(v) < STABLE);
    if (stable || (performance.now() - t0) / 1000 > BUDGET_S) break;
  }
  return Object.fromEntries(
    Object.entries(rounds).map(([side, v]) => [
      side,
      { value: median(v), rounds: v, spread: spreadOf(v), stable: spreadOf(v) < STABLE, ...extra[side] },
    ]),
  );
}

const torchProbe = spawnSync('/usr/bin/python3', ['-c', 'import torch'], { encoding: 'utf8' });
const torchError =
  torchProbe.status === 0
    ? null
    : `PyTorch column skipped: ${(torchProbe.stderr || 'python3-torch not installed').trim().split('\n').pop()}`;
// PyTorch's dense products run with the fastest OpenBLAS kernels this CPU executes (bench/torch-env.mjs).
const torchBlas = torchError ? { env: {} } : torchEnvironment();
results.machine.pytorchBlas = torchError ? null : torchBlas;

// ---- the yardstick ----
// Probed at the start, before the convolution passes and at the end: a shared machine can lose a
// core for minutes (seen here: the probe and both G1 columns at half for one run), so the largest
// is the peak, and a spread between the probes is printed as a warning.
const probes = [];
const probe = () => info && probes.push(c.measuredFmaPeak(quick ? 0.3 : 1));
probe();

const wanted = (w) => !only || only.includes(w);
for (const w of ['G1', 'W1', 'W2', 'W3', 'W4']) if (info && wanted(w)) results.workloads[w] = measure(w);

// ---- reference backend (slow: one repetition of one step) and TF.js, once each ----
for (const w of ['G1', 'W1', 'W2', 'W3', 'W4']) {
  if (!wanted(w)) continue;
  const r = child(process.execPath, ['bench/candor_workload.mjs', w, 'reference', '1', ...(quick ? ['--quick'] : [])]);
  (results.workloads[w] ??= {})['candor reference'] = { value: median(r.values), unit: r.unit, peakRssMB: r.peakRssMB, note: r.note };
}
for (const be of ['cpu', 'wasm']) {
  let r;
  try {
    r = child(process.execPath, ['bench/tfjs_peers.mjs', be]);
  } catch (err) {
    r = { error: err.message };
  }
  for (const w of ['G1', 'W1', 'W2', 'W3', 'W4'])
    if (wanted(w))
      results.workloads[w][`tfjs ${be}`] = r.error
        ? { value: null, note: `TF.js ${be} failed: ${r.error}` }
        : r[w]
          ? { ...r[w], peakRssMB: r.peakRssMB }
          : { value: null, note: be === 'cpu' ? 'skipped: under 10 samples/s' : 'skipped: no Conv backprop kernel in WASM' };
}

// ---- W2's convolution passes against the peak, beside PyTorch's ----
// Each side's best of CONV_PROCESSES processes, pass by pass (alternating sides): PyTorch's passes
// ran at one of two speeds per process (conv2's input gradient 39 or 262-294 GFLOP/s, its forward
// pass 30-112 or ~310, Zen 5; mostly its allocator, before bench/torch-env.mjs gave it Candor's
// malloc settings), and one process each printed whichever came up.
// PyTorch runs each pass in NCHW and in channels_last and keeps the faster (bench/torch_peers.py).
const CONV_PROCESSES = quick ? 1 : 3;
probe();
if (info && wanted('W2')) {
  const mine = [];
  const theirs = [];
  for (let i = 0; i < CONV_PROCESSES; i++) {
    mine.push(child(process.execPath, ['bench/candor_workload.mjs', 'conv', 'native', String(REPS)]));
    if (!torchError)
      theirs.push(child('/usr/bin/python3', ['bench/torch_peers.py', '--workload', 'conv', '--reps', String(REPS)], torchBlas.env));
  }
  /** Each pass's best median over the processes, with the process it came from. */
  const best = (runs) => {
    const out = {};
    for (const run of runs)
      for (const [pass, v] of Object.entries(run.passes))
        if (!(pass in out) || median(v) > out[pass].value) out[pass] = { value: median(v), run };
    return out;
  };
  const candor = best(mine);
  const pytorch = best(theirs);
  results.convPasses = Object.fromEntries(
    Object.entries(candor).map(([pass, v]) => [
      pass,
      { candor: v.value, pytorch: pytorch[pass]?.value ?? null, pytorchLayout: pytorch[pass]?.run.layouts[pass] ?? null },
    ]),
  );
}

probe();
const peak = probes.length ? Math.max(...probes) : null;
results.machine.peak = peak ? { gflops: peak, probes, measured: 'FMA chains on every thread', isa: info.isa, threads: info.threads } : null;
const peakDrift = peak ? (peak - Math.min(...probes)) / peak : 0;

// ---- table ----
const titles = {
  G1: 'G1 matmul 1024³ (GFLOP/s, higher is better)',
  W1: 'W1 Pima MLP, 150 epochs (s, lower is better)',
  W2: 'W2 MNIST CNN (samples/s)',
  W3: 'W3 TF-IDF MLP (samples/s)',
  W4: 'W4 text CNN (samples/s)',
};
const pct = (x) => (Number.isFinite(x) ? `±${(100 * x).toFixed(1)}%` : '');
const mb = (x) => (x ? `${x.toFixed(0)} MB` : '');
const lines = [
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores; native: ${info ? `${info.isa}, ${info.kernel}, ${info.cpu}, ${info.threads} threads` : 'absent'}; PyTorch: ${torchError ? 'absent' : 'python3-torch, 2 threads'}`,
  peak
    ? `measured peak: ${peak.toFixed(1)} GFLOP/s float32 (${info.isa} FMA chains on ${info.threads} threads; probes ${probes.map((p) => p.toFixed(0)).join(', ')})`
    : 'measured peak: none (portable path)',
  ...(peakDrift > 0.1
    ? [`WARNING: the probes differ by ${(100 * peakDrift).toFixed(0)}%: the machine lost capacity during the run; rerun before trusting it`]
    : []),
  ...(torchBlas.warning ? [`WARNING: ${torchBlas.warning}`] : []),
  ...(torchError
    ? []
    : [
        `PyTorch's environment: Candor's malloc settings (GLIBC_TUNABLES); OpenBLAS detects ${torchBlas.detected}; ran with ${torchBlas.used} (${torchBlas.library ?? 'no OpenBLAS'}) (1024³ GFLOP/s: ${Object.entries(
          torchBlas.gflops,
        )
          .map(([core, v]) => `${core} ${v.toFixed(0)}`)
          .join(', ')})`,
      ]),
  `each ratio: median of round medians (${REPS} repetitions per round), spreads = (max - min) / median of each side's last 3 rounds; ! = not within ${100 * STABLE}% in ${BUDGET_S} s`,
  '',
];
for (const [w, peers] of Object.entries(results.workloads)) {
  lines.push(titles[w]);
  for (const [peer, r] of Object.entries(peers)) {
    const ref = peer === 'candor avx2' && peers['pytorch avx2'] ? peers['pytorch avx2'] : peers.pytorch;
    const ratio = r.value && ref?.value ? (w === 'W1' ? ref.value / r.value : r.value / ref.value) : null;
    const value = r.value === null ? '—' : r.value.toFixed(r.value < 10 ? 2 : 1);
    const flag = r.stable === false || ref?.stable === false ? '!' : ' ';
    // Sides measured once (the reference backend, TF.js) have no spread of their own.
    const spreads = Number.isFinite(r.spread) ? ` (${pct(r.spread)} vs ${pct(ref.spread)})` : '';
    const ratioText =
      ratio && !peer.startsWith('pytorch')
        ? `${ratio.toFixed(2)}× PyTorch${ref === peers.pytorch ? '' : ' AVX2'}${Number.isFinite(r.spread) ? flag : ' '}${spreads}`
        : '';
    lines.push(
      `  ${peer.padEnd(17)} ${value.padStart(9)} ${peer.startsWith('pytorch') ? pct(r.spread).padEnd(8) : ''.padEnd(8)} ${ratioText.padEnd(36)} ${mb(r.peakRssMB).padStart(7)}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  // A ratio of medians flatters Candor when PyTorch's speed is bimodal between processes (W2 here):
  // the same ratio against PyTorch's fastest round bounds it from the other side.
  const mine = peers['candor native'];
  const theirs = peers.pytorch;
  if (mine?.value && theirs?.rounds?.length > 1) {
    const best = w === 'W1' ? Math.min(...theirs.rounds) : Math.max(...theirs.rounds);
    const ratio = w === 'W1' ? best / mine.value : mine.value / best;
    lines.push(`  candor native = ${ratio.toFixed(2)}× PyTorch's fastest round (${best.toFixed(best < 10 ? 2 : 1)})`);
  }
  if (w === 'G1' && peak && peers['candor native'])
    lines.push(`  candor native = ${((100 * peers['candor native'].value) / peak).toFixed(0)}% of the measured peak`);
  lines.push('');
}
if (results.convPasses) {
  lines.push(
    `W2's convolutions, batch 128, each pass alone (GFLOP/s; % of the measured peak ${peak.toFixed(0)}; each side's best of ${CONV_PROCESSES} processes)`,
  );
  for (const [pass, r] of Object.entries(results.convPasses))
    lines.push(
      `  ${pass.padEnd(24)} candor ${r.candor.toFixed(1).padStart(6)} (${((100 * r.candor) / peak).toFixed(0).padStart(2)}%)   pytorch ${r.pytorch ? r.pytorch.toFixed(1).padStart(6) : '—'}${r.pytorch ? `   ${(r.candor / r.pytorch).toFixed(2)}×  (PyTorch ${r.pytorchLayout})` : ''}`,
    );
  lines.push('');
}
lines.push("peak RSS: VmHWM of each side's own process (Node or Python runtime included)");
console.log(lines.join('\n'));
// Only a full run replaces the recorded results (a --quick or --only run is a check, not a record).
if (!quick && !only) {
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('wrote bench/results.json');
}
