/** The native backend: loads the C addon and routes the kernels worth the call to it. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BinaryKind, ConvGeometry, Kernels, PoolGeometry } from '../kernels.js';
import { PACKAGE_ROOT } from '../../version.js';
import { referenceKernels } from '../reference/index.js';
import { setMisalignmentProbe } from '../../tensor/aligned.js';

/** The C addon's functions (src/native/bind_*.c). */
interface NativeAddon {
  /** The same contract as Kernels.matmul (the addon is called with the caller's arguments). */
  matmul: Kernels['matmul'];
  conv2d(x: Float32Array, w: Float32Array, y: Float32Array, g: Int32Array): void;
  conv2dBiasActivation(x: Float32Array, w: Float32Array, bias: Float32Array, y: Float32Array, g: Int32Array, relu: number): void;
  conv2dBackpropInput(dy: Float32Array, w: Float32Array, dx: Float32Array, g: Int32Array): void;
  conv2dBackpropFilter(x: Float32Array, dy: Float32Array, dw: Float32Array, g: Int32Array): void;
  relu(x: Float32Array, out: Float32Array): void;
  reluGrad(x: Float32Array, dy: Float32Array, dx: Float32Array): void;
  arith(a: Float32Array, b: Float32Array, out: Float32Array, kind: number, repeat: number): void;
  reduceSum(x: Float32Array, out: Float32Array, outer: number, size: number, inner: number): void;
  maxPool2d(x: Float32Array, y: Float32Array, g: Int32Array, argmax: Int32Array): void;
  maxPool2dGrad(argmax: Int32Array, dy: Float32Array, dx: Float32Array, g: Int32Array): void;
  avgPool2d(x: Float32Array, y: Float32Array, g: Int32Array): void;
  avgPool2dGrad(dy: Float32Array, dx: Float32Array, g: Int32Array): void;
  adam: Kernels['adamUpdate'];
  sgd(w: Float32Array, g: Float32Array, velocity: Float32Array | null, lr: number, momentum: number, nesterov: number, decay: number): void;
  rmsprop(
    w: Float32Array,
    g: Float32Array,
    v: Float32Array,
    avg: Float32Array | null,
    buf: Float32Array | null,
    lr: number,
    rho: number,
    momentum: number,
    epsilon: number,
    centered: number,
    decay: number,
  ): void;
  dropoutMask(key: number, rate: number, scale: number, mask: Float32Array): void;
  biasActivation(x: Float32Array, bias: Float32Array, out: Float32Array, rows: number, cols: number, relu: number): void;
  biasActivationGrad(
    y: Float32Array,
    dy: Float32Array,
    dx: Float32Array,
    dbias: Float32Array,
    rows: number,
    cols: number,
    relu: number,
  ): void;
  gather(x: Float32Array, outer: number, size: number, inner: number, indices: Int32Array, out: Float32Array): void;
  scatterAdd(dy: Float32Array, outer: number, size: number, inner: number, indices: Int32Array, dx: Float32Array): void;
  describe(): NativeInfo;
  fmaPeak(seconds: number): number;
  /** Bytes past a 64-byte boundary at which the buffer's memory starts. */
  misalignment(buffer: ArrayBuffer): number;
}

/** What the addon chose on this machine: the instruction-set path, its GEMM micro-kernel, the core as CPUID names it, the threads, the malloc setting. */
export interface NativeInfo {
  isa: string;
  kernel: string;
  cpu: string;
  threads: number;
  /** Whether glibc's malloc keeps large blocks for reuse (src/native/memory.c; CANDOR_MALLOC_TUNING=0 turns it off). */
  mallocTuned: boolean;
}

/** Below this many elements an element-wise call is cheaper in TypeScript than through N-API (measured: relu on 384 values takes 0.8 us in TS, 0.2 us in C; on 32 values 0.05 vs 0.14). */
const SMALL_ELEMENTWISE = 128;
const ARITH_KINDS: Partial<Record<BinaryKind, number>> = { add: 0, sub: 1, mul: 2, div: 3 };

/**
 * How b repeats across the output when the reference kernel would broadcast it: as same-shape
 * (period n), a scalar (period 1) or a bias over the last axis (period last); or as one value per
 * row of the trailing axes it lacks (repeat > 1: a (…, 1) statistic such as a per-row mean); null
 * for other layouts.
 */
function arithLayout(
  a: Float32Array,
  b: Float32Array,
  bStrides: readonly number[],
  out: Float32Array,
  outShape: readonly number[],
): { period: number; repeat: number } | null {
  const n = out.length;
  if (a.length !== n) return null;
  if (b.length === n || b.length === 1) return { period: b.length, repeat: 1 };
  const last = outShape[outShape.length - 1] ?? 1;
  const bias = b.length === last && bStrides[bStrides.length - 1] === 1 && bStrides.slice(0, -1).every((s) => s === 0);
  if (bias) return { period: last, repeat: 1 };
  // Trailing broadcast axes (stride 0) after leading axes b holds contiguously.
  let t = outShape.length;
  let repeat = 1;
  while (t > 0 && bStrides[t - 1] === 0) repeat *= outShape[--t]!;
  if (repeat <= 1 || b.length * repeat !== n) return null;
  for (let d = t - 1, stride = 1; d >= 0; stride *= outShape[d]!, d--) if (outShape[d] !== 1 && bStrides[d] !== stride) return null;
  return { period: b.length, repeat };
}

/** The addon, or why it could not be loaded. */
function loadAddon(): { addon: NativeAddon | null; reason: string } {
  if (!PACKAGE_ROOT) return { addon: null, reason: 'the candor package directory was not found' };
  const path = join(PACKAGE_ROOT, 'build', 'Release', 'candor_native.node');
  try {
    return { addon: createRequire(import.meta.url)(path) as NativeAddon, reason: '' };
  } catch (err) {
    const message = (err as Error).message.split('\n')[0]!;
    // The addon refuses an environment variable it does not understand (CANDOR_ISA, CANDOR_GEMM_KERNEL, CANDOR_MALLOC_TUNING) rather than ignore it.
    if (message.startsWith('CANDOR_')) return { addon: null, reason: `${message} (unset it to let the addon choose)` };
    return {
      addon: null,
      reason: `${path} did not load (${message}); build it with \`npm rebuild candor\` (it needs python3, make and a C compiler; in Candor's own checkout: npm run build:native)`,
    };
  }
}

const loaded = loadAddon();
// Large tensors then start on a 64-byte boundary (the width of the addon's vector stores: src/tensor/aligned.ts).
if (loaded.addon) setMisalignmentProbe(loaded.addon.misalignment);

/** Why the native kernels are unavailable ('' when they are available). */
export const nativeUnavailableReason = loaded.reason;

/** Instruction set, micro-kernel, core and thread count the addon chose, when loaded. */
export function nativeInfo(): NativeInfo | null {
  return loaded.addon ? loaded.addon.describe() : null;
}

/**
 * The float32 FMA throughput this machine sustains on all the addon's threads at the active
 * vector width, in GFLOP/s, measured for `seconds` (the bench's peak; 0 on the portable path).
 */
export function measuredFmaPeak(seconds = 0.5): number | null {
  return loaded.addon ? loaded.addon.fmaPeak(seconds) : null;
}

function poolGeometry(g: PoolGeometry): Int32Array {
  return Int32Array.of(g.batch, g.inH, g.inW, g.channels, g.outH, g.outW, g.poolH, g.poolW, g.strideH, g.strideW, g.padTop, g.padLeft);
}

function geometry(g: ConvGeometry): Int32Array {
  return Int32Array.of(
    g.batch,
    g.inH,
    g.inW,
    g.inC,
    g.outH,
    g.outW,
    g.outC,
    g.kH,
    g.kW,
    g.strideH,
    g.strideW,
    g.dilationH,
    g.dilationW,
    g.padTop,
    g.padLeft,
  );
}

/** The kernels the addon accelerates; every other kernel falls back to the reference. */
export function nativeKernels(): (Partial<Kernels> & { name: string }) | null {
  const addon = loaded.addon;
  if (!addon) return null;
  return {
    name: 'native',
    // Every product goes to C: even the Pima MLP's 32x12x8 takes 0.9 us there against ~8 us in TypeScript.
    matmul: addon.matmul,
    unary: (kind, x, out, alpha) =>
      kind === 'relu' && x.length >= SMALL_ELEMENTWISE ? addon.relu(x, out) : referenceKernels.unary(kind, x, out, alpha),
    unaryGrad: (kind, x, y, dy, dx, alpha) =>
      kind === 'relu' && x.length >= SMALL_ELEMENTWISE ? addon.reluGrad(x, dy, dx) : referenceKernels.unaryGrad(kind, x, y, dy, dx, alpha),
    binary: (kind, a, aStrides, b, bStrides, out, outShape) => {
      const code = ARITH_KINDS[kind];
      const layout = code === undefined || out.length < SMALL_ELEMENTWISE ? null : arithLayout(a, b, bStrides, out, outShape);
      if (layout === null) return referenceKernels.binary(kind, a, aStrides, b, bStrides, out, outShape);
      addon.arith(a, layout.period === 1 || layout.repeat > 1 ? b : b.subarray(0, layout.period), out, code!, layout.repeat);
    },
    reduce: (kind, x, outer, size, inner, out) =>
      kind === 'sum' && outer * size * inner >= SMALL_ELEMENTWISE
        ? addon.reduceSum(x, out, outer, size, inner)
        : referenceKernels.reduce(kind, x, outer, size, inner, out),
    conv2d: (x, w, y, g) => addon.conv2d(x, w, y, geometry(g)),
    conv2dBiasActivation: (x, w, bias, y, g, relu) => addon.conv2dBiasActivation(x, w, bias, y, geometry(g), relu ? 1 : 0),
    conv2dBackpropInput: (dy, w, dx, g) => addon.conv2dBackpropInput(dy, w, dx, geometry(g)),
    conv2dBackpropFilter: (x, dy, dw, g) => addon.conv2dBackpropFilter(x, dy, dw, geometry(g)),
    maxPool2d: (x, y, g, argmax) => addon.maxPool2d(x, y, poolGeometry(g), argmax),
    maxPool2dGrad: (argmax, dy, dx, g) => addon.maxPool2dGrad(argmax, dy, dx, poolGeometry(g)),
    avgPool2d: (x, y, g) => addon.avgPool2d(x, y, poolGeometry(g)),
    avgPool2dGrad: (dy, dx, g) => addon.avgPool2dGrad(dy, dx, poolGeometry(g)),
    // Both backends compute these bit-identically, so the size thresholds only choose the faster path.
    dropoutMask: (key, rate, scale, mask) =>
      (mask.length >= SMALL_ELEMENTWISE ? addon.dropoutMask : referenceKernels.dropoutMask)(key, rate, scale, mask),
    adamUpdate: (w, g, m, v, vMax, alpha, b1, b2, eps, decay) =>
      (w.length >= SMALL_ELEMENTWISE ? addon.adam : referenceKernels.adamUpdate)(w, g, m, v, vMax, alpha, b1, b2, eps, decay),
    sgdUpdate: (w, g, velocity, lr, momentum, nesterov, decay) =>
      w.length >= SMALL_ELEMENTWISE
        ? addon.sgd(w, g, velocity, lr, momentum, nesterov ? 1 : 0, decay)
        : referenceKernels.sgdUpdate(w, g, velocity, lr, momentum, nesterov, decay),
    rmspropUpdate: (w, g, v, avg, buf, lr, rho, momentum, eps, centered, decay) =>
      w.length >= SMALL_ELEMENTWISE
        ? addon.rmsprop(w, g, v, avg, buf, lr, rho, momentum, eps, centered ? 1 : 0, decay)
        : referenceKernels.rmspropUpdate(w, g, v, avg, buf, lr, rho, momentum, eps, centered, decay),
    biasActivation: (x, bias, out, rows, cols, relu) =>
      out.length >= SMALL_ELEMENTWISE
        ? addon.biasActivation(x, bias, out, rows, cols, relu ? 1 : 0)
        : referenceKernels.biasActivation(x, bias, out, rows, cols, relu),
    biasActivationGrad: (y, dy, dx, dbias, rows, cols, relu) =>
      dx.length >= SMALL_ELEMENTWISE
        ? addon.biasActivationGrad(y, dy, dx, dbias, rows, cols, relu ? 1 : 0)
        : referenceKernels.biasActivationGrad(y, dy, dx, dbias, rows, cols, relu),
    gather: (x, outer, size, inner, indices, out) =>
      (out.length >= SMALL_ELEMENTWISE ? addon.gather : referenceKernels.gather)(x, outer, size, inner, indices, out),
    scatterAdd: (dy, outer, size, inner, indices, dx) =>
      (dy.length >= SMALL_ELEMENTWISE ? addon.scatterAdd : referenceKernels.scatterAdd)(dy, outer, size, inner, indices, dx),
  };
}
