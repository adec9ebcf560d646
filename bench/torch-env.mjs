// The environment PyTorch's processes run in, so that the bench compares the libraries, not
// their settings: PyTorch at its best on this machine.
//
// Its allocator: Candor sets glibc's malloc when it loads (src/native/memory.c: blocks up to
// 32 MiB from the heap, 256 MiB of free heap kept, 16 MiB of top pad), and PyTorch gets the same
// settings through GLIBC_TUNABLES. Left to glibc's defaults, each of PyTorch's large tensors is a
// fresh mmap whose pages fault in on first write: W2 ran 524-652 samples/s against 1,082-1,190
// with the settings, and conv2's forward pass followed by a ReLU 31 GFLOP/s against 313-320
// (Zen 5 VM; the conv alone ran ~340 either way).
//
// Its BLAS: Debian's python3-torch does its dense products (G1, every Linear layer) in OpenBLAS,
// which picks its kernels by the CPU models it knows. OpenBLAS 0.3.21 (Debian 12) does not know
// Zen 5 and runs its AVX2 "Haswell" kernels there: 1024³ at ~190 GFLOP/s where its AVX-512
// "SkylakeX" kernels run ~340 on the same two threads. Each kernel set this CPU can run is timed
// on a 1024³ product, and PyTorch runs with the fastest (OPENBLAS_CORETYPE); the table names what
// OpenBLAS detected and what ran.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PROBE = `
import time, torch
torch.set_num_threads(2)
a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
for _ in range(5): a @ b
best = 0.0
for _ in range(3):
    t, n = time.perf_counter(), 0
    while time.perf_counter() - t < 0.25:
        a @ b
        n += 1
    best = max(best, n * 2 * 1024 ** 3 / (time.perf_counter() - t) / 1e9)
blas = sorted({l.split()[-1] for l in open('/proc/self/maps') if '/libblas.so' in l})
print(blas[0] if blas else 'bundled')
print(best)
`;

/** CPU flags from /proc/cpuinfo (empty off Linux). */
function cpuFlags() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:(.*)$/m);
    return new Set(line ? line[1].trim().split(/\s+/) : []);
  } catch {
    return new Set();
  }
}

/** OpenBLAS's kernel sets this CPU can execute, best first (names as OPENBLAS_CORETYPE takes them). */
function runnableCores(flags) {
  const cores = [];
  if (['avx512f', 'avx512bw', 'avx512dq', 'avx512vl'].every((f) => flags.has(f))) cores.push('SkylakeX');
  if (flags.has('avx2') && flags.has('fma')) cores.push('Haswell');
  return cores;
}

/** One 1024³ timing under `env`: GFLOP/s, and the core OpenBLAS reports (OPENBLAS_VERBOSE=2). */
function probe(env) {
  const r = spawnSync('/usr/bin/python3', ['-c', PROBE], {
    encoding: 'utf8',
    env: { ...process.env, ...MALLOC_TUNABLES, ...env, OPENBLAS_VERBOSE: '2' },
  });
  if (r.status !== 0) return null;
  const core = `${r.stdout}\n${r.stderr}`.match(/Core:\s*(\S+)/)?.[1] ?? 'unknown';
  const [library, last] = r.stdout.trim().split('\n').slice(-2);
  const gflops = Number(last);
  return Number.isFinite(gflops) ? { core, gflops, library } : null;
}

/** glibc's malloc as src/native/memory.c sets it for Candor. */
export const MALLOC_TUNABLES = {
  GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456:glibc.malloc.top_pad=16777216',
};

/**
 * The environment PyTorch's processes run with (Candor's malloc settings, OpenBLAS's fastest
 * kernels here), and what was measured to choose the kernels: { env, detected, used, gflops:
 * { [core]: GFLOP/s } }. A forced kernel set is kept only when it beats OpenBLAS's own choice by
 * more than 5 % (the probes' noise).
 */
export function torchEnvironment() {
  const blas = chooseBlas();
  return { ...blas, env: { ...MALLOC_TUNABLES, ...blas.env } };
}

function chooseBlas() {
  const detectedRun = probe({});
  if (!detectedRun) return { env: {}, detected: 'unknown', used: 'unknown', gflops: {}, warning: 'the BLAS probe failed' };
  // Debian's python3-torch calls its BLAS through libblas.so.3, whichever alternative provides it.
  if (detectedRun.library !== 'bundled' && !/openblas/i.test(detectedRun.library))
    return {
      env: {},
      detected: 'none',
      used: 'none',
      gflops: { [detectedRun.library]: detectedRun.gflops },
      warning: notOpenBlas(detectedRun),
    };
  const gflops = { [`${detectedRun.core} (detected)`]: detectedRun.gflops };
  let best = { env: {}, core: detectedRun.core, value: detectedRun.gflops };
  for (const core of runnableCores(cpuFlags())) {
    if (core === detectedRun.core) continue;
    const run = probe({ OPENBLAS_CORETYPE: core });
    if (!run) continue;
    gflops[core] = run.gflops;
    if (run.gflops > 1.05 * best.value) best = { env: { OPENBLAS_CORETYPE: core }, core, value: run.gflops };
  }
  return { env: best.env, detected: detectedRun.core, used: best.core, gflops, library: detectedRun.library };
}

/**
 * python3-torch's BLAS dependency is met by any libblas3 alternative, and apt picks netlib's
 * reference BLAS unless an optimized one is installed (seen here on a fresh machine: PyTorch's
 * 1024³ at 6 GFLOP/s, so G1 printed Candor 56x ahead). Such a PyTorch is not a peer worth
 * comparing with, and the table says so instead of printing the ratio as a win.
 */
function notOpenBlas(run) {
  return `PyTorch's dense products ran in ${run.library} (not OpenBLAS: 1024³ at ${run.gflops.toFixed(0)} GFLOP/s), so every ratio that involves a Linear layer or G1 flatters Candor; install Debian's libopenblas0-pthread and rerun`;
}
