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
  console.log(JSON.stringify({ isa: c.nativeInfo().isa, kernel: c.nativeInfo().kernel, worst }));`;

/** Runs `code` (an ES module; process.env.DIST is dist/) in a fresh process with the native backend and `env`. */
const spawnWith = (code: string, env: Record<string, string>) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, CANDOR_ISA: '', CANDOR_GEMM_KERNEL: '', CANDOR_MALLOC_TUNING: '', CANDOR_BACKEND: 'native', ...env, DIST: dist },
  });
const run = (env: Record<string, string>) => spawnWith(script, env);
/** Whether this CPU can run a kernel of the ISA: every kernel at or below the machine's best. */
const RANK: Record<string, number> = { avx512f: 2, 'avx2+fma': 1, portable: 0 };
const best = native ? RANK[native.isa]! : -1;

describe('every GEMM micro-kernel', { skip: native ? false : 'the native addon is not built' }, () => {
  for (const cap of ['avx2', 'portable']) {
    it(`CANDOR_ISA=${cap} runs ${cap === 'avx2' ? 'the AVX2+FMA' : 'the portable'} kernel (or the best below it) and equals the reference`, () => {
      const r = run({ CANDOR_ISA: cap });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { isa: string; worst: number };
      assert.ok(cap === 'avx2' ? ['avx2+fma', 'portable'].includes(out.isa) : out.isa === 'portable', `isa ${out.isa}`);
      assert.ok(out.worst <= 1, `worst error ${out.worst}x the tolerance (rtol 1e-4, atol 1e-4)`);
    });
  }
  // Each tile of each ISA the CPU has, named with CANDOR_GEMM_KERNEL (a core runs one of them by default).
  for (const [shape, isa] of [
    ['12x32', 'avx512f'],
    ['8x32', 'avx512f'],
    ['6x16', 'avx2+fma'],
  ] as const) {
    it(
      `CANDOR_GEMM_KERNEL=${shape} runs the ${isa} ${shape} kernel and equals the reference`,
      { skip: RANK[isa]! > best ? `no ${isa} here` : false },
      () => {
        const r = run({ CANDOR_GEMM_KERNEL: shape });
        assert.equal(r.status, 0, r.stderr);
        const out = JSON.parse(r.stdout) as { isa: string; kernel: string; worst: number };
        assert.equal(out.kernel, `${isa} ${shape}`);
        assert.ok(out.worst <= 1, `worst error ${out.worst}x the tolerance (rtol 1e-4, atol 1e-4)`);
      },
    );
  }
  it('an unknown CANDOR_ISA, CANDOR_GEMM_KERNEL or CANDOR_MALLOC_TUNING keeps the addon from loading and says what it takes', () => {
    for (const [name, value, message] of [
      ['CANDOR_ISA', 'avx1024', /CANDOR_ISA must be avx512f, avx2 or portable/],
      ['CANDOR_GEMM_KERNEL', '16x16', /CANDOR_GEMM_KERNEL must be one of 8x32, 12x32 \(AVX-512\), 6x16 \(AVX2\), 4x8 \(portable\)/],
      ['CANDOR_MALLOC_TUNING', 'yes', /CANDOR_MALLOC_TUNING must be 0 or 1/],
    ] as const) {
      const r = spawnWith(`const c = await import(process.env.DIST + 'index.js'); console.log(c.nativeInfo() === null, c.backend())`, {
        [name]: value,
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.trim(), 'true reference');
      assert.match(r.stderr, /native kernels unavailable: CANDOR_.*\(unset it to let the addon choose\)/);
      assert.match(r.stderr, message);
    }
  });
});

describe('the direct one-channel convolution kernels', { skip: native ? false : 'the native addon is not built' }, () => {
  // The filter gradient of a one-channel convolution has an AVX-512 kernel (9 taps x 32 channels a
  // pass) beside the AVX2 one (3 taps a pass); both must give the GEMM order's sums bit for bit.
  const script = `
    const { createHash } = await import('node:crypto');
    const { nativeKernels } = await import(process.env.DIST + 'kernels/native/index.js');
    const { referenceKernels } = await import(process.env.DIST + 'kernels/reference/index.js');
    const c = await import(process.env.DIST + 'index.js');
    const rng = new c.Rng(11);
    const out = [];
    for (const [batch, size, outC, k, stride, pad, dilation] of [[4, 28, 32, 3, 1, 0, 1], [3, 12, 40, 5, 2, 2, 1], [2, 9, 64, 3, 1, 1, 2]]) {
      const outSize = Math.floor((size + 2 * pad - dilation * (k - 1) - 1) / stride) + 1;
      const g = { batch, inH: size, inW: size, inC: 1, outH: outSize, outW: outSize, outC, kH: k, kW: k, strideH: stride, strideW: stride,
                  dilationH: dilation, dilationW: dilation, padTop: pad, padLeft: pad };
      const x = Float32Array.from({ length: batch * size * size }, () => rng.normal());
      const dy = Float32Array.from({ length: batch * outSize * outSize * outC }, () => rng.normal());
      const got = new Float32Array(k * k * outC), want = new Float32Array(k * k * outC);
      nativeKernels().conv2dBackpropFilter(x, dy, got, g);
      referenceKernels.conv2dBackpropFilter(x, dy, want, g);
      let worst = 0;
      got.forEach((v, i) => { worst = Math.max(worst, Math.abs(v - want[i]) / (1e-3 + 1e-4 * Math.abs(want[i]))); });
      out.push({ hash: createHash('sha256').update(Buffer.from(got.buffer)).digest('hex'), worst });
    }
    console.log(JSON.stringify({ isa: c.nativeInfo().isa, out }));`;
  it(
    'give the same filter gradient bit for bit on AVX-512 and AVX2 (strides, padding, dilation, 40 channels), close to the reference',
    {
      skip: best < RANK['avx2+fma']! ? 'no AVX2 here' : false,
    },
    () => {
      const results = ([{}, { CANDOR_ISA: 'avx2' }] as Record<string, string>[]).map((env) => {
        const r = spawnWith(script, env);
        assert.equal(r.status, 0, r.stderr);
        return JSON.parse(r.stdout) as { isa: string; out: { hash: string; worst: number }[] };
      });
      for (const r of results) for (const o of r.out) assert.ok(o.worst <= 1, `${r.isa}: worst error ${o.worst}x the tolerance`);
      assert.deepEqual(
        results[0]!.out.map((o) => o.hash),
        results[1]!.out.map((o) => o.hash),
        `${results[0]!.isa} and ${results[1]!.isa} differ`,
      );
    },
  );
});

describe('the convolutions without an im2col buffer', { skip: native ? false : 'the native addon is not built' }, () => {
  // conv.c multiplies col by W and dy by col^T reading col where it lies in x (candor_gemm_runs),
  // and adds dy @ W^T into dx tile by tile without writing dcol, when output rows (forward) or a
  // tap's channels (gradients) fill the tiles; through an im2col buffer when they do not. Either
  // way the bits must be the GEMM's on the unfolded input (then the bias and ReLU epilogue; for dx,
  // col2im's sums in its order). One thread part (batch 1, or a convolution too small to
  // split), so that GEMM is the one matmul below.
  const script = `
    const { nativeKernels } = await import(process.env.DIST + 'kernels/native/index.js');
    const c = await import(process.env.DIST + 'index.js');
    const k = nativeKernels(), rng = new c.Rng(17);
    const im2col = (x, g) => {
      const P = g.outH * g.outW, K = g.kH * g.kW * g.inC, col = new Float32Array(g.batch * P * K);
      for (let b = 0; b < g.batch; b++) for (let oh = 0; oh < g.outH; oh++) for (let ow = 0; ow < g.outW; ow++)
        for (let kh = 0; kh < g.kH; kh++) for (let kw = 0; kw < g.kW; kw++) {
          const ih = oh * g.strideH - g.padTop + kh * g.dilationH, iw = ow * g.strideW - g.padLeft + kw * g.dilationW;
          if (ih < 0 || ih >= g.inH || iw < 0 || iw >= g.inW) continue;
          for (let ci = 0; ci < g.inC; ci++)
            col[((b * g.outH + oh) * g.outW + ow) * K + (kh * g.kW + kw) * g.inC + ci] = x[((b * g.inH + ih) * g.inW + iw) * g.inC + ci];
        }
      return col;
    };
    const col2im = (col, g) => {
      const K = g.kH * g.kW * g.inC, dx = new Float32Array(g.batch * g.inH * g.inW * g.inC);
      for (let b = 0; b < g.batch; b++) for (let oh = 0; oh < g.outH; oh++) for (let ow = 0; ow < g.outW; ow++)
        for (let kh = 0; kh < g.kH; kh++) for (let kw = 0; kw < g.kW; kw++) {
          const ih = oh * g.strideH - g.padTop + kh * g.dilationH, iw = ow * g.strideW - g.padLeft + kw * g.dilationW;
          if (ih < 0 || ih >= g.inH || iw < 0 || iw >= g.inW) continue;
          // A float32 sum each time (a sum of two floats rounded twice is exact: 53 >= 2 * 24 + 2 bits).
          for (let ci = 0; ci < g.inC; ci++)
            dx[((b * g.inH + ih) * g.inW + iw) * g.inC + ci] += col[((b * g.outH + oh) * g.outW + ow) * K + (kh * g.kW + kw) * g.inC + ci];
        }
      return dx;
    };
    const out = [];
    // batch, size, inC, outC, kernel, stride, pad, dilation
    for (const [batch, size, inC, outC, kk, s, pad, d] of [
      [1, 26, 32, 64, 3, 1, 0, 1], // W2's conv2: two depth blocks of 288
      [1, 14, 64, 40, 3, 1, 1, 1], // padding, a partial B panel
      [1, 17, 32, 24, 5, 2, 2, 1], // stride 2, a 5x5 window, B narrower than a panel
      [1, 15, 16, 32, 3, 1, 2, 2], // dilation 2
      [3, 5, 8, 8, 3, 1, 1, 1], // three samples in one chunk: runs cross from one sample to the next
      [1, 12, 3, 16, 3, 1, 1, 1], // RGB: tiles would be mostly idle, so im2col (and dcol)
      [1, 24, 16, 8, 5, 1, 2, 1], // forward on every tile: padding, two depth blocks of 200 (one cuts a tap's channels)
      [1, 47, 16, 16, 3, 2, 1, 1], // forward on every tile: stride 2, padded on all four sides
    ]) {
      const o = Math.floor((size + 2 * pad - d * (kk - 1) - 1) / s) + 1;
      const g = { batch, inH: size, inW: size, inC, outH: o, outW: o, outC, kH: kk, kW: kk, strideH: s, strideW: s, dilationH: d, dilationW: d, padTop: pad, padLeft: pad };
      const x = Float32Array.from({ length: batch * size * size * inC }, () => rng.normal());
      const dy = Float32Array.from({ length: batch * o * o * outC }, () => rng.normal());
      const K = kk * kk * inC, got = new Float32Array(K * outC).fill(NaN), want = new Float32Array(K * outC);
      k.conv2dBackpropFilter(x, dy, got, g);
      k.matmul(im2col(x, g), dy, want, 1, K, outC, batch * o * o, true, false, 0, 0);
      const w = Float32Array.from({ length: K * outC }, () => rng.normal()), bias = Float32Array.from({ length: outC }, () => rng.normal());
      const y = new Float32Array(dy.length).fill(NaN), yAct = new Float32Array(dy.length).fill(NaN), yWant = new Float32Array(dy.length);
      k.conv2d(x, w, y, g);
      k.conv2dBiasActivation(x, w, bias, yAct, g, true);
      k.matmul(im2col(x, g), w, yWant, 1, batch * o * o, outC, K, false, false, 0, 0);
      const forward = y.every((v, i) => Object.is(v, yWant[i]));
      k.biasActivation(yWant, bias, yWant, batch * o * o, outC, true);
      const fused = yAct.every((v, i) => Object.is(v, yWant[i]));
      const dx = new Float32Array(x.length).fill(NaN), dcol = new Float32Array(batch * o * o * K);
      k.conv2dBackpropInput(dy, w, dx, g);
      k.matmul(dy, w, dcol, 1, batch * o * o, K, outC, false, true, 0, 0);
      const dxWant = col2im(dcol, g);
      out.push([forward, fused, got.every((v, i) => Object.is(v, want[i])), dx.every((v, i) => Object.is(v, dxWant[i]))]);
    }
    console.log(JSON.stringify({ kernel: c.nativeInfo().kernel, out }));`;
  for (const [env, isa] of [
    [{}, 'portable'],
    [{ CANDOR_GEMM_KERNEL: '12x32' }, 'avx512f'],
    [{ CANDOR_ISA: 'avx2' }, 'avx2+fma'],
    [{ CANDOR_ISA: 'portable' }, 'portable'],
  ] as const) {
    it(
      `gives the bits of the GEMM on an explicit im2col (${JSON.stringify(env)})`,
      { skip: RANK[isa]! > best ? `no ${isa} here` : false },
      () => {
        const r = spawnWith(script, env);
        assert.equal(r.status, 0, r.stderr);
        const result = JSON.parse(r.stdout) as { kernel: string; out: boolean[][] };
        assert.deepEqual(
          result.out,
          Array(8).fill([true, true, true, true]),
          `${result.kernel}: [forward, with bias and ReLU, filter, input] per geometry`,
        );
      },
    );
  }
});

describe('malloc tuning', { skip: native ? false : 'the native addon is not built' }, () => {
  it('is on by default where glibc is the allocator, and CANDOR_MALLOC_TUNING=0 leaves malloc alone', () => {
    const tuned = (setting: string) => {
      const r = spawnWith(`const c = await import(process.env.DIST + 'index.js'); console.log(c.nativeInfo().mallocTuned)`, {
        CANDOR_MALLOC_TUNING: setting,
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    };
    const glibc = Boolean((process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime);
    assert.equal(tuned(''), String(glibc));
    assert.equal(tuned('1'), String(glibc));
    assert.equal(tuned('0'), 'false');
  });
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
