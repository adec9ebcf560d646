import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';

/**
 * The GEMM has three micro-kernels (AVX-512F, AVX2+FMA, portable); a machine runs the best it
 * has. CANDOR_ISA lowers the choice, so each path is checked here against the reference kernel,
 * on shapes with edges in every blocking dimension, in a fresh process per path.
 */
const native = c.nativeInfo();
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const script = `
  const { referenceKernels } = await import(process.env.DIST + 'kernels/reference/index.js');
  const c = await import(process.env.DIST + 'index.js');
  const rng = new c.Rng(5);
  const rand = (n) => Float32Array.from({ length: n }, () => rng.normal());
  let worst = 0;
  for (const [m, n, k] of [[1, 1, 1], [7, 5, 3], [33, 17, 300], [97, 65, 257], [300, 40, 2500], [13, 130, 70]]) {
    for (const [tA, tB] of [[false, false], [true, false], [false, true], [true, true]]) {
      const a = rand(m * k), b = rand(k * n), want = new Float32Array(m * n), got = new Float32Array(m * n);
      referenceKernels.matmul(a, b, want, 1, m, n, k, tA, tB, 0, 0);
      c.matmul(new c.Tensor(a, tA ? [k, m] : [m, k], 'float32'), new c.Tensor(b, tB ? [n, k] : [k, n], 'float32'), { transposeA: tA, transposeB: tB }).data
        .forEach((v, i) => { worst = Math.max(worst, Math.abs(v - want[i]) / (1e-4 + 1e-4 * Math.abs(want[i]))); });
    }
  }
  console.log(JSON.stringify({ isa: c.nativeInfo().isa, worst }));`;

describe('every GEMM micro-kernel', { skip: native ? false : 'the native addon is not built' }, () => {
  for (const cap of ['avx2', 'portable']) {
    it(`CANDOR_ISA=${cap} runs ${cap === 'avx2' ? 'the AVX2+FMA' : 'the portable'} kernel (or the best below it) and equals the reference`, () => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, CANDOR_ISA: cap, CANDOR_BACKEND: 'native', DIST: dist },
      });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { isa: string; worst: number };
      assert.ok(cap === 'avx2' ? ['avx2+fma', 'portable'].includes(out.isa) : out.isa === 'portable', `isa ${out.isa}`);
      assert.ok(out.worst <= 1, `worst error ${out.worst}x the tolerance (rtol 1e-4, atol 1e-4)`);
    });
  }
});

describe('what the addon reports about the machine', { skip: native ? false : 'the native addon is not built' }, () => {
  it('nativeInfo names the path, its micro-kernel and the core; the FMA probe measures a peak consistent with the GEMM', () => {
    const info = c.nativeInfo()!;
    assert.ok(info.kernel.startsWith(info.isa), `kernel "${info.kernel}" is of the "${info.isa}" path`);
    assert.match(info.kernel, / \d+x\d+$/);
    assert.match(info.cpu, /family \d+ model \d+/);
    const peak = c.measuredFmaPeak(0.05)!;
    if (info.isa === 'portable') assert.equal(peak, 0);
    else {
      // A 256² product cannot beat the FMA units it runs on; a probe that under-counts (lanes, threads,
      // chains) would let it. The margin is wide because other test files may load the cores meanwhile.
      const n = 256;
      const a = c.randomNormal([n, n], { seed: 1 });
      const b = c.randomNormal([n, n], { seed: 2 });
      c.matmul(a, b);
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) c.matmul(a, b);
      const gemm = (20 * 2 * n ** 3) / ((performance.now() - t0) / 1000) / 1e9;
      assert.ok(peak > 0 && gemm < 2.5 * peak, `GEMM ${gemm.toFixed(1)} GFLOP/s against a measured peak of ${peak.toFixed(1)}`);
    }
    assert.throws(() => c.measuredFmaPeak(0), /fmaPeak: seconds must be in \(0, 30\]/);
  });
});
