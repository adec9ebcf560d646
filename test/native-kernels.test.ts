import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as c from '../src/index.js';
import { mnistCnn } from '../src/cli/demos/crossentropy.js';
import { referenceKernels } from '../src/kernels/reference/index.js';
import { nativeKernels } from '../src/kernels/native/index.js';
import type { ConvGeometry } from '../src/kernels/kernels.js';
import { outputLength } from '../src/ops/conv.js';
import { assertClose } from './helpers.js';

/**
 * Every native kernel against the reference kernel on random shapes: odd sizes, 1-sized
 * dimensions, sizes that are not multiples of the vector width or the blocking.
 * Tolerance: float32 accumulation (native) vs float64 (reference) over k terms, rtol 1e-4 + atol 1e-4.
 */
const native = nativeKernels();
const rng = new c.Rng(99);
const rand = (n: number): Float32Array => Float32Array.from({ length: n }, () => rng.normal());
const tol = { rtol: 1e-4, atol: 1e-4 };

describe('native kernels equal the reference kernels', { skip: native ? false : 'the native addon is not built' }, () => {
  it('matmul: all transpose variants, batched and broadcast, odd and 1-sized shapes', () => {
    const shapes: [number, number, number][] = [
      [1, 1, 1],
      [1, 7, 3],
      [5, 1, 9],
      [17, 33, 1],
      [33, 65, 130],
      [97, 31, 257],
      [8, 32, 256],
      [130, 70, 600],
      [1, 300, 2100],
      // Wide enough for gemm.c to split the columns between threads (uneven shares, a partial last panel, two depth blocks).
      [24, 520, 800],
    ];
    for (const [m, n, k] of shapes) {
      for (const [tA, tB] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ] as const) {
        for (const [batch, sa, sb] of [
          [1, m * k, k * n],
          [3, m * k, 0],
          [2, 0, k * n],
        ] as const) {
          const a = rand(Math.max(1, batch * (sa || m * k)));
          const b = rand(Math.max(1, batch * (sb || k * n)));
          const want = new Float32Array(batch * m * n);
          const got = new Float32Array(batch * m * n).fill(NaN);
          referenceKernels.matmul(a, b, want, batch, m, n, k, tA, tB, sa, sb);
          native!.matmul!(a, b, got, batch, m, n, k, tA, tB, sa, sb);
          assertClose(got, want, { ...tol, label: `matmul m=${m} n=${n} k=${k} tA=${tA} tB=${tB} batch=${batch}` });
        }
      }
    }
  });

  it('matmul of a 0-depth product writes zeros', () => {
    const out = new Float32Array(6).fill(7);
    native!.matmul!(new Float32Array(0), new Float32Array(0), out, 1, 2, 3, 0, false, false, 0, 0);
    assert.deepEqual(Array.from(out), [0, 0, 0, 0, 0, 0]);
  });

  it('conv2d forward and both backward passes: strides, dilation, padding, 1x1 and odd shapes', () => {
    const cases = [
      { batch: 2, inH: 7, inW: 6, inC: 3, outC: 4, kH: 3, kW: 3, s: 1, d: 1, padding: 'valid' },
      { batch: 3, inH: 9, inW: 8, inC: 2, outC: 5, kH: 3, kW: 2, s: 2, d: 1, padding: 'same' },
      { batch: 1, inH: 11, inW: 11, inC: 1, outC: 3, kH: 3, kW: 3, s: 1, d: 2, padding: 'same' },
      { batch: 2, inH: 5, inW: 5, inC: 17, outC: 33, kH: 1, kW: 1, s: 1, d: 1, padding: 'valid' },
      { batch: 4, inH: 1, inW: 40, inC: 10, outC: 7, kH: 1, kW: 4, s: 1, d: 1, padding: 'valid' },
      { batch: 2, inH: 28, inW: 28, inC: 1, outC: 32, kH: 3, kW: 3, s: 1, d: 1, padding: 'valid' },
      // One input channel takes the direct kernels (conv_shallow.c): windows cut by padding, strides,
      // dilation, a 5x5 kernel, channel counts that leave a partial block of 32, and enough samples
      // for several chunks and depth blocks per thread.
      { batch: 3, inH: 9, inW: 10, inC: 1, outC: 16, kH: 3, kW: 3, s: 2, d: 2, padding: 'same' },
      { batch: 2, inH: 12, inW: 7, inC: 1, outC: 40, kH: 5, kW: 5, s: 1, d: 1, padding: 'same' },
      { batch: 150, inH: 28, inW: 28, inC: 1, outC: 8, kH: 3, kW: 3, s: 1, d: 1, padding: 'valid', atol: 2e-2 },
    ] as const;
    for (const cs of cases) {
      const rows = outputLength(cs.inH, cs.kH, cs.s, cs.d, cs.padding);
      const cols = outputLength(cs.inW, cs.kW, cs.s, cs.d, cs.padding);
      const g: ConvGeometry = {
        batch: cs.batch,
        inH: cs.inH,
        inW: cs.inW,
        inC: cs.inC,
        outH: rows.out,
        outW: cols.out,
        outC: cs.outC,
        kH: cs.kH,
        kW: cs.kW,
        strideH: cs.s,
        strideW: cs.s,
        dilationH: cs.d,
        dilationW: cs.d,
        padTop: rows.padBefore,
        padLeft: cols.padBefore,
      };
      const x = rand(g.batch * g.inH * g.inW * g.inC);
      const w = rand(g.kH * g.kW * g.inC * g.outC);
      const dy = rand(g.batch * g.outH * g.outW * g.outC);
      const run = (
        k: 'conv2d' | 'conv2dBackpropInput' | 'conv2dBackpropFilter',
        size: number,
        a: Float32Array,
        b: Float32Array,
      ): [Float32Array, Float32Array] => {
        const want = new Float32Array(size);
        const got = new Float32Array(size).fill(NaN);
        referenceKernels[k](a, b, want, g);
        native![k]!(a, b, got, g);
        return [got, want];
      };
      const label = JSON.stringify(cs);
      assertClose(...run('conv2d', g.batch * g.outH * g.outW * g.outC, x, w), { ...tol, label: `conv2d ${label}` });
      const bias = rand(g.outC);
      for (const relu of [true, false]) {
        const [want, got] = [
          new Float32Array(g.batch * g.outH * g.outW * g.outC),
          new Float32Array(g.batch * g.outH * g.outW * g.outC).fill(NaN),
        ];
        referenceKernels.conv2dBiasActivation(x, w, bias, want, g, relu);
        native!.conv2dBiasActivation!(x, w, bias, got, g, relu);
        assertClose(got, want, { ...tol, label: `conv2d + bias relu=${relu} ${label}` });
      }
      assertClose(...run('conv2dBackpropInput', x.length, dy, w), { ...tol, label: `backprop input ${label}` });
      // A filter gradient sums batch x positions products (101,400 in the last case): float32 sums drift by ~1e-3 there.
      const filterTol = 'atol' in cs ? { ...tol, atol: cs.atol } : tol;
      assertClose(...run('conv2dBackpropFilter', w.length, x, dy), { ...filterTol, label: `backprop filter ${label}` });
    }
  });

  it('element-wise kernels: relu and its gradient, arithmetic (same shape, scalar, bias), sums — NaN included', () => {
    for (const n of [4096, 5120, 12288]) {
      const x = rand(n);
      x[7] = NaN;
      const dy = rand(n);
      const pair = (f: (k: typeof referenceKernels, out: Float32Array) => void): [Float32Array, Float32Array] => {
        const want = new Float32Array(n);
        const got = new Float32Array(n).fill(123);
        f(referenceKernels, want);
        f(native as typeof referenceKernels, got);
        return [got, want];
      };
      assert.deepEqual(...pair((k, o) => k.unary('relu', x, o, 0)));
      assert.deepEqual(...pair((k, o) => k.unaryGrad('relu', x, x, dy, o, 0)));
      const shape = [n / 16, 16];
      for (const kind of ['add', 'sub', 'mul', 'div'] as const) {
        assert.deepEqual(...pair((k, o) => k.binary(kind, x, [16, 1], dy, [16, 1], o, shape)), `${kind} same shape`);
        assert.deepEqual(...pair((k, o) => k.binary(kind, x, [16, 1], Float32Array.of(0.5), [0, 0], o, shape)), `${kind} scalar`);
        const bias = rand(16);
        assert.deepEqual(...pair((k, o) => k.binary(kind, x, [16, 1], bias, [0, 1], o, shape)), `${kind} bias`);
        const perRow = rand(n / 16);
        assert.deepEqual(...pair((k, o) => k.binary(kind, x, [16, 1], perRow, [1, 0], o, shape)), `${kind} one value per row`);
        const perBlock = rand(n / 64);
        assert.deepEqual(
          ...pair((k, o) => k.binary(kind, x, [64, 16, 1], perBlock, [1, 0, 0], o, [n / 64, 4, 16])),
          `${kind} one value per block of two trailing axes`,
        );
      }
      for (const [outer, size, inner] of [
        [1, n, 1],
        [n / 16, 16, 1],
        [1, n / 16, 16],
        [4, n / 64, 16],
      ] as const) {
        const want = new Float32Array(outer * inner);
        const got = new Float32Array(outer * inner);
        referenceKernels.reduce('sum', dy, outer, size, inner, want);
        native!.reduce!('sum', dy, outer, size, inner, got);
        assertClose(got, want, { rtol: 1e-6, atol: 1e-6, label: `sum ${outer}x${size}x${inner}` });
      }
    }
  });

  it('pooling (max/avg, forward and gradient): strides, same padding, overlapping windows, ties and NaN — exactly', () => {
    const cases = [
      { batch: 2, inH: 26, inW: 26, channels: 64, pool: 2, stride: 2, padding: 'valid' },
      { batch: 3, inH: 7, inW: 9, channels: 5, pool: 3, stride: 2, padding: 'same' },
      { batch: 2, inH: 5, inW: 5, channels: 3, pool: 3, stride: 1, padding: 'same' },
      { batch: 4, inH: 1, inW: 397, channels: 32, pool: 2, stride: 2, padding: 'valid' },
      { batch: 1, inH: 6, inW: 6, channels: 1, pool: 1, stride: 1, padding: 'valid' },
    ] as const;
    for (const cs of cases) {
      const rows = outputLength(cs.inH, cs.inH === 1 ? 1 : cs.pool, cs.inH === 1 ? 1 : cs.stride, 1, cs.padding);
      const cols = outputLength(cs.inW, cs.pool, cs.stride, 1, cs.padding);
      const g = {
        batch: cs.batch,
        inH: cs.inH,
        inW: cs.inW,
        channels: cs.channels,
        outH: rows.out,
        outW: cols.out,
        poolH: cs.inH === 1 ? 1 : cs.pool,
        poolW: cs.pool,
        strideH: cs.inH === 1 ? 1 : cs.stride,
        strideW: cs.stride,
        padTop: rows.padBefore,
        padLeft: cols.padBefore,
      };
      const x = rand(g.batch * g.inH * g.inW * g.channels).map((v) => Math.round(v * 2) / 2); // ties: the first maximum wins
      x[3] = NaN;
      const dy = rand(g.batch * g.outH * g.outW * g.channels);
      const label = JSON.stringify(cs);
      const both = (size: number, f: (k: typeof referenceKernels, out: Float32Array) => void): [Float32Array, Float32Array] => {
        const want = new Float32Array(size);
        const got = new Float32Array(size).fill(123);
        f(referenceKernels, want);
        f(native as typeof referenceKernels, got);
        return [got, want];
      };
      const [atRef, atNat] = [new Int32Array(dy.length), new Int32Array(dy.length).fill(-7)];
      assert.deepEqual(...both(dy.length, (k, o) => k.maxPool2d(x, o, g, k === referenceKernels ? atRef : atNat)), `maxPool2d ${label}`);
      assert.deepEqual(atNat, atRef, `maxPool2d argmax ${label}`);
      assert.deepEqual(...both(x.length, (k, o) => k.maxPool2dGrad(atRef, dy, o, g)), `maxPool2dGrad ${label}`);
      assert.deepEqual(...both(dy.length, (k, o) => k.avgPool2d(x, o, g)), `avgPool2d ${label}`);
      assert.deepEqual(...both(x.length, (k, o) => k.avgPool2dGrad(dy, o, g)), `avgPool2dGrad ${label}`);
    }
  });

  it('fused optimizer steps (Adam/AMSGrad, AdamW decay, SGD ± (Nesterov) momentum, RMSprop ± centered/momentum) are bit-identical', () => {
    for (const n of [4096, 40_000, 70_001]) {
      const g = rand(n);
      const start = rand(n);
      const slots = (count: number): Float32Array[] => Array.from({ length: count }, () => rand(n).map(Math.abs));
      const step = (f: (k: typeof referenceKernels, w: Float32Array, s: Float32Array[]) => void, count: number): void => {
        const s0 = slots(count);
        const [wRef, wNat] = [Float32Array.from(start), Float32Array.from(start)];
        const [sRef, sNat] = [s0.map((b) => Float32Array.from(b)), s0.map((b) => Float32Array.from(b))];
        for (let t = 0; t < 3; t++) {
          f(referenceKernels, wRef, sRef);
          f(native as typeof referenceKernels, wNat, sNat);
        }
        assert.deepEqual(wNat, wRef);
        sNat.forEach((b, i) => assert.deepEqual(b, sRef[i]));
      };
      step((k, w, [m, v]) => k.adamUpdate(w, g, m!, v!, null, 0.001, 0.9, 0.999, 1e-7, 0), 2);
      step((k, w, [m, v, vMax]) => k.adamUpdate(w, g, m!, v!, vMax!, 0.01, 0.8, 0.99, 1e-5, 4e-5), 3);
      step((k, w) => k.sgdUpdate(w, g, null, 0.1, 0, false, 0), 0);
      step((k, w, [v]) => k.sgdUpdate(w, g, v!, 0.1, 0.9, false, 1e-3), 1);
      step((k, w, [v]) => k.sgdUpdate(w, g, v!, 0.05, 0.5, true, 0), 1);
      step((k, w, [v]) => k.rmspropUpdate(w, g, v!, null, null, 0.001, 0.9, 0, 1e-7, false, 0), 1);
      step((k, w, [v, avg, buf]) => k.rmspropUpdate(w, g, v!, avg!, buf!, 0.01, 0.95, 0.9, 1e-6, true, 1e-4), 3);
    }
  });

  it('fused bias + relu/identity: values and input gradient exactly, bias gradient to float rounding', () => {
    for (const [rows, cols] of [
      [1, 200],
      [128 * 24 * 24, 64],
      [37, 33],
      [5000, 3],
    ] as const) {
      const x = rand(rows * cols);
      x[1] = NaN;
      const bias = rand(cols);
      // -0 + -0 is -0: relu gives +0 (z > 0 ? z : 0), identity keeps -0; the native rows are vectors (max(z, 0)) and a scalar tail.
      x[2] = -0;
      bias[2] = -0;
      const dy = rand(rows * cols);
      for (const relu of [true, false]) {
        const [want, got] = [new Float32Array(rows * cols), new Float32Array(rows * cols)];
        referenceKernels.biasActivation(x, bias, want, rows, cols, relu);
        native!.biasActivation!(x, bias, got, rows, cols, relu);
        assert.deepEqual(got, want, `biasActivation ${rows}x${cols} relu=${relu}`);
        const [dxWant, dxGot, dbWant, dbGot] = [
          new Float32Array(rows * cols),
          new Float32Array(rows * cols),
          new Float32Array(cols),
          new Float32Array(cols),
        ];
        referenceKernels.biasActivationGrad(want, dy, dxWant, dbWant, rows, cols, relu);
        native!.biasActivationGrad!(want, dy, dxGot, dbGot, rows, cols, relu);
        assert.deepEqual(dxGot, dxWant);
        assertClose(dbGot, dbWant, { rtol: 1e-6, atol: 1e-6, label: `dbias ${rows}x${cols} relu=${relu}` });
      }
    }
  });

  it('dropout masks: the counter-based stream is identical in C and TypeScript, and keeps 1 - rate', () => {
    for (const [n, rate, key] of [
      [4096, 0.5, 0],
      [100_003, 0.25, 123456789],
      [5000, 0.9, 4294967295],
      [70_000, 0.1, 42],
    ] as const) {
      const [ma, mb] = [new Float32Array(n), new Float32Array(n)];
      referenceKernels.dropoutMask(key, rate, 1 / (1 - rate), ma);
      native!.dropoutMask!(key, rate, 1 / (1 - rate), mb);
      assert.deepEqual(mb, ma);
      const kept = ma.filter((v) => v > 0).length / n;
      assert.ok(Math.abs(kept - (1 - rate)) < 0.02, `kept share ${kept} for rate ${rate}`);
    }
    // Neighbouring keys and positions are not correlated: masks of keys k and k + 1 agree about as often as chance says.
    const [a, b] = [new Float32Array(20000), new Float32Array(20000)];
    referenceKernels.dropoutMask(7, 0.5, 2, a);
    referenceKernels.dropoutMask(8, 0.5, 2, b);
    const agree = a.filter((v, i) => v === b[i]).length / a.length;
    assert.ok(Math.abs(agree - 0.5) < 0.02, `masks of adjacent keys agree on ${agree}`);
  });

  it('gather and scatter-add (repeated indices accumulate)', () => {
    for (const [outer, size, inner, count] of [
      [1, 20000, 100, 64],
      [3, 50, 33, 200],
      [2, 7, 4096, 3],
    ] as const) {
      const x = rand(outer * size * inner);
      const indices = Int32Array.from({ length: count }, (_, i) => (i * 7919) % size);
      indices[count - 1] = indices[0]!; // a repeat
      const want = new Float32Array(outer * count * inner);
      const got = new Float32Array(outer * count * inner);
      referenceKernels.gather(x, outer, size, inner, indices, want);
      native!.gather!(x, outer, size, inner, indices, got);
      assert.deepEqual(got, want);
      const dxRef = rand(x.length);
      const dxN = Float32Array.from(dxRef);
      referenceKernels.scatterAdd(want, outer, size, inner, indices, dxRef);
      native!.scatterAdd!(want, outer, size, inner, indices, dxN);
      assert.deepEqual(dxN, dxRef, `scatterAdd ${outer}x${size}x${inner} by ${count}`);
    }
  });

  it('refuses buffers smaller than the dimensions say, instead of reading past them', () => {
    // 64³ is above the size where products go to the addon (smaller ones run in TypeScript).
    const n = 64;
    assert.throws(
      () =>
        native!.matmul!(
          new Float32Array(n * n - 1),
          new Float32Array(n * n),
          new Float32Array(n * n),
          1,
          n,
          n,
          n,
          false,
          false,
          n * n,
          n * n,
        ),
      /matmul a is smaller than its dimensions require/,
    );
    const g = {
      batch: 2,
      inH: 64,
      inW: 64,
      channels: 4,
      outH: 32,
      outW: 32,
      poolH: 2,
      poolW: 2,
      strideH: 2,
      strideW: 2,
      padTop: 0,
      padLeft: 0,
    };
    assert.throws(
      () =>
        native!.maxPool2d!(new Float32Array(2 * 64 * 64 * 4 - 1), new Float32Array(2 * 32 * 32 * 4), g, new Int32Array(2 * 32 * 32 * 4)),
      /pooling buffer is smaller/,
    );
    assert.throws(
      () =>
        native!.adamUpdate!(
          new Float32Array(5000),
          new Float32Array(4999),
          new Float32Array(5000),
          new Float32Array(5000),
          null,
          1,
          0.9,
          0.99,
          1e-7,
          0,
        ),
      /g is smaller/,
    );
    assert.throws(
      () => native!.gather!(new Float32Array(4096 * 2), 1, 2, 4096, Int32Array.of(0, 2), new Float32Array(4096 * 2)),
      /gather index out of range/,
    );
  });

  it('training W1 (the Pima MLP, 3 epochs) and W2 (the MNIST CNN, 2 steps on 16 images) matches the reference backend', async () => {
    const train = async (
      name: c.BackendName,
      build: () => c.Sequential,
      x: c.Tensor,
      y: c.Tensor,
      loss: string,
      epochs: number,
      batchSize: number,
    ): Promise<{ weights: Float32Array[]; loss: number }> => {
      c.setBackend(name);
      try {
        const model = build();
        model.compile({ loss, optimizer: 'adam' });
        const history = await model.fit(x, y, { epochs, batchSize, verbose: 0, seed: 5 });
        return { weights: model.getWeights().map((t) => t.data as Float32Array), loss: history.history.loss!.at(-1)! };
      } finally {
        c.setBackend(process.env.CANDOR_BACKEND === 'reference' ? 'reference' : 'native');
      }
    };
    const L = c.layers;
    const pima = c.datasets.pima.load();
    const w1 = () =>
      c.sequential(
        [
          L.dense({ units: 12, activation: 'relu', inputShape: [8] }),
          L.dense({ units: 8, activation: 'relu' }),
          L.dense({ units: 1, activation: 'sigmoid' }),
        ],
        { seed: 1 },
      );
    const images = c.randomUniform([16, 28, 28, 1], { seed: 2 });
    const labels = c.oneHot(
      Array.from({ length: 16 }, (_, i) => i % 10),
      10,
    );
    const w2 = () => mnistCnn(1);
    for (const [label, args] of [
      ['W1', [w1, pima.x, pima.y, 'binary_crossentropy', 3, 32]],
      ['W2', [w2, images, labels, 'categorical_crossentropy', 1, 8]],
    ] as const) {
      const reference = await train('reference', ...(args as unknown as [() => c.Sequential, c.Tensor, c.Tensor, string, number, number]));
      const native = await train('native', ...(args as unknown as [() => c.Sequential, c.Tensor, c.Tensor, string, number, number]));
      assert.ok(
        Math.abs(native.loss - reference.loss) <= 1e-4 * Math.max(1, Math.abs(reference.loss)),
        `${label} loss ${native.loss} vs ${reference.loss}`,
      );
      native.weights.forEach((w, i) => assertClose(w, reference.weights[i]!, { rtol: 1e-3, atol: 1e-4, label: `${label} weight ${i}` }));
    }
  });

  it('training gives the same results as the reference backend (a few steps of a small CNN)', async () => {
    const train = async (name: c.BackendName): Promise<Float32Array[]> => {
      c.setBackend(name);
      try {
        const x = c.randomUniform([16, 8, 8, 1], { seed: 1 });
        const y = c.oneHot(
          Array.from({ length: 16 }, (_, i) => i % 3),
          3,
        );
        const model = c.sequential(
          [
            c.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu', inputShape: [8, 8, 1] }),
            c.layers.maxPooling2d({ poolSize: 2 }),
            c.layers.flatten(),
            c.layers.dense({ units: 3, activation: 'softmax' }),
          ],
          { seed: 2 },
        );
        model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam' });
        await model.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0, seed: 3 });
        return model.getWeights().map((t) => t.data as Float32Array);
      } finally {
        c.setBackend(process.env.CANDOR_BACKEND === 'reference' ? 'reference' : 'native');
      }
    };
    const reference = await train('reference');
    const nativeWeights = await train('native');
    nativeWeights.forEach((w, i) => assertClose(w, reference[i]!, { rtol: 1e-3, atol: 1e-4, label: `weight ${i}` }));
  });
});

describe(
  'the C side refuses what it cannot do, whatever the caller sends',
  { skip: native ? false : 'the native addon is not built' },
  () => {
    it('negative strides, negative or overflowing sizes and bad geometry throw JavaScript errors instead of crashing', () => {
      // In a child process: a crash there fails this test instead of killing the test runner.
      const addonPath = new URL('../../build/Release/candor_native.node', import.meta.url).pathname;
      const script = `
      const a = require(${JSON.stringify(addonPath)});
      const f = (n) => new Float32Array(n);
      const conv = (over) => Int32Array.from(Object.values({ batch: 1, inH: 4, inW: 4, inC: 1, outH: 2, outW: 2, outC: 1, kH: 3, kW: 3, strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, padTop: 0, padLeft: 0, ...over }));
      const pool = (over) => Int32Array.from(Object.values({ batch: 1, inH: 4, inW: 4, channels: 1, outH: 2, outW: 2, poolH: 2, poolW: 2, strideH: 2, strideW: 2, padTop: 0, padLeft: 0, ...over }));
      const calls = {
        'matmul negative batch stride': () => a.matmul(f(8), f(8), f(8), 2, 2, 2, 2, false, false, -4, 4),
        'matmul negative sizes': () => a.matmul(f(8), f(8), f(8), 1, -1, 2, -1, false, false, 0, 0),
        'matmul overflowing sizes': () => a.matmul(f(8), f(8), f(8), 2147483647, 2147483647, 2147483647, 2, false, false, 0, 0),
        'conv negative channels': () => a.conv2d(f(16), f(9), f(4), conv({ inC: -1 })),
        'conv zero stride': () => a.conv2d(f(16), f(9), f(4), conv({ strideH: 0 })),
        'conv overflowing sizes': () => a.conv2d(f(16), f(9), f(4), conv({ batch: 2147483647, inH: 2147483647, inW: 2147483647 })),
        'pool negative padding': () => a.maxPool2d(f(16), f(4), pool({ padTop: -3 }), new Int32Array(4)),
        'gather overflowing sizes': () => a.gather(f(4), 4294967296, 4294967296, 2, new Int32Array(1), f(4)),
        'reduceSum overflowing sizes': () => a.reduceSum(f(4), f(4), 4294967296, 4294967296, 2),
        'biasActivation overflowing rows': () => a.biasActivation(f(4), f(2), f(4), 9223372036854775807, 2, 0),
      };
      const out = {};
      for (const [name, call] of Object.entries(calls)) {
        try { call(); out[name] = 'returned'; } catch (e) { out[name] = e.name + ': ' + e.message; }
      }
      console.log(JSON.stringify(out));`;
      const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      assert.equal(run.signal, null, `the addon crashed: ${run.stderr}`);
      assert.equal(run.status, 0, run.stderr);
      const out = JSON.parse(run.stdout) as Record<string, string>;
      for (const [name, message] of Object.entries(out))
        assert.match(message, /^(RangeError|TypeError): candor native: /, `${name}: ${message}`);
      assert.match(out['matmul negative batch stride']!, /matmul sizes and batch strides must be >= 0/);
      assert.match(out['conv negative channels']!, /conv geometry field "inC" must be >= 1. Received: -1/);
      assert.match(out['conv zero stride']!, /conv geometry field "strideH" must be >= 1. Received: 0/);
      assert.match(out['pool negative padding']!, /pool geometry field "padTop" must be >= 0. Received: -3/);
      assert.match(out['conv overflowing sizes']!, /smaller than its dimensions require/);
    });
  },
);
