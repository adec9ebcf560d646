/**
 * What a compute backend must provide. Kernels work on raw buffers with explicit
 * sizes; they know nothing about tensors, autograd or layers. The reference backend
 * implements all of it in plain TypeScript; a native backend may replace any subset.
 */

export const UNARY_KINDS = [
  'neg',
  'exp',
  'log',
  'sqrt',
  'square',
  'abs',
  'relu',
  'leakyRelu',
  'elu',
  'selu',
  'gelu',
  'sigmoid',
  'tanh',
  'softplus',
  'softsign',
  'swish',
] as const;
export type UnaryKind = (typeof UNARY_KINDS)[number];

export const BINARY_KINDS = [
  'add',
  'sub',
  'mul',
  'div',
  'pow',
  'maximum',
  'minimum',
  'equal',
  'greater',
  'greaterEqual',
  'less',
  'lessEqual',
] as const;
export type BinaryKind = (typeof BINARY_KINDS)[number];

export type ReduceKind = 'sum' | 'max' | 'min';

/**
 * Geometry of a channels-last 2-D convolution (a 1-D convolution is the case inH = 1).
 * x (batch, inH, inW, inC), w (kH, kW, inC, outC) -> y (batch, outH, outW, outC).
 */
export interface ConvGeometry {
  batch: number;
  inH: number;
  inW: number;
  inC: number;
  outH: number;
  outW: number;
  outC: number;
  kH: number;
  kW: number;
  strideH: number;
  strideW: number;
  dilationH: number;
  dilationW: number;
  padTop: number;
  padLeft: number;
}

/** Geometry of channels-last 2-D pooling: x (batch, inH, inW, C) -> y (batch, outH, outW, C). */
export interface PoolGeometry {
  batch: number;
  inH: number;
  inW: number;
  channels: number;
  outH: number;
  outW: number;
  poolH: number;
  poolW: number;
  strideH: number;
  strideW: number;
  padTop: number;
  padLeft: number;
}

export interface Kernels {
  readonly name: string;

  /** out[i] = f(x[i]); alpha parameterises leakyRelu and elu. */
  unary(kind: UnaryKind, x: Float32Array, out: Float32Array, alpha: number): void;
  /** dx[i] = dy[i] * f'(x[i]), given y = f(x) too (some derivatives are cheaper from y). */
  unaryGrad(kind: UnaryKind, x: Float32Array, y: Float32Array, dy: Float32Array, dx: Float32Array, alpha: number): void;
  /** out = clamp(x, min, max). */
  clip(x: Float32Array, min: number, max: number, out: Float32Array): void;

  /**
   * out[idx] = a[idx·aStrides] op b[idx·bStrides] over outShape (NumPy broadcasting via zero strides).
   * Comparison kinds write 1 or 0.
   */
  binary(
    kind: BinaryKind,
    a: Float32Array,
    aStrides: readonly number[],
    b: Float32Array,
    bStrides: readonly number[],
    out: Float32Array,
    outShape: readonly number[],
  ): void;
  /** out[i] = cond[i] != 0 ? a[i] : b[i] (all the same length). */
  select(cond: Float32Array, a: Float32Array, b: Float32Array, out: Float32Array): void;

  /** x viewed as (outer, size, inner) reduced over the middle axis -> out (outer, inner). */
  reduce(kind: ReduceKind, x: Float32Array, outer: number, size: number, inner: number, out: Float32Array): void;
  /** Index of the first maximum along the middle axis of (outer, size, inner) -> out (outer, inner). */
  argmax(x: Float32Array, outer: number, size: number, inner: number, out: Int32Array): void;

  /**
   * Batched GEMM: for each batch b, C[b] (M,N) = op(A[b]) @ op(B[b]), where op(A) is (M,K) and op(B) is (K,N).
   * A stored (M,K) or, transposed, (K,M); B stored (K,N) or (N,K). A batch stride of 0 broadcasts that operand.
   */
  matmul(
    a: Float32Array,
    b: Float32Array,
    out: Float32Array,
    batch: number,
    m: number,
    n: number,
    k: number,
    transposeA: boolean,
    transposeB: boolean,
    aBatchStride: number,
    bBatchStride: number,
  ): void;

  /** Copies x with its axes permuted: out.shape[i] = shape[perm[i]]. */
  transpose(x: Float32Array, shape: readonly number[], perm: readonly number[], out: Float32Array): void;
  /** Copies the box [begin, begin+size) of x (shape) into out. */
  slice(x: Float32Array, shape: readonly number[], begin: readonly number[], size: readonly number[], out: Float32Array): void;
  /** Adds dy (shape size) into the box [begin, begin+size) of dx (shape) — the gradient of slice. */
  sliceAddInto(dy: Float32Array, shape: readonly number[], begin: readonly number[], size: readonly number[], dx: Float32Array): void;
  /** Concatenates parts viewed as (outer, sizes[p], inner) along the middle axis. */
  concat(parts: readonly Float32Array[], outer: number, sizes: readonly number[], inner: number, out: Float32Array): void;
  /** out (outer, indices.length, inner) = x (outer, size, inner) picked along the middle axis. */
  gather(x: Float32Array, outer: number, size: number, inner: number, indices: Int32Array, out: Float32Array): void;
  /** dx (outer, size, inner) += dy (outer, indices.length, inner) scattered by indices (repeats accumulate). */
  scatterAdd(dy: Float32Array, outer: number, size: number, inner: number, indices: Int32Array, dx: Float32Array): void;

  /** Row-wise softmax of x (rows, cols). */
  softmax(x: Float32Array, rows: number, cols: number, out: Float32Array): void;
  /** Row-wise log-softmax of x (rows, cols). */
  logSoftmax(x: Float32Array, rows: number, cols: number, out: Float32Array): void;
  /** dx = y * (dy - sum(dy * y)) per row, for y = softmax(x). */
  softmaxGrad(y: Float32Array, dy: Float32Array, rows: number, cols: number, dx: Float32Array): void;
  /** dx = dy - exp(y) * sum(dy) per row, for y = logSoftmax(x). */
  logSoftmaxGrad(y: Float32Array, dy: Float32Array, rows: number, cols: number, dx: Float32Array): void;
  /** loss[r] = -sum_c labels[r,c] * logSoftmax(logits)[r,c]; probs = softmax(logits), kept for the gradient. */
  softmaxCrossEntropy(
    logits: Float32Array,
    labels: Float32Array,
    rows: number,
    cols: number,
    loss: Float32Array,
    probs: Float32Array,
  ): void;
  /** loss[i] = max(x,0) - x*z + log(1 + exp(-|x|)) elementwise, for logits x and targets z. */
  sigmoidCrossEntropy(logits: Float32Array, labels: Float32Array, loss: Float32Array): void;
  /** dx = (sigmoid(x) - z) * dy elementwise: sigmoidCrossEntropy's gradient. */
  sigmoidCrossEntropyGrad(logits: Float32Array, labels: Float32Array, dy: Float32Array, dx: Float32Array): void;

  /** y (batch,outH,outW,outC) = conv(x (batch,inH,inW,inC), w (kH,kW,inC,outC)); zero padding. */
  conv2d(x: Float32Array, w: Float32Array, y: Float32Array, g: ConvGeometry): void;
  /** y = act(conv2d(x, w) + bias), bias over outC, act relu or identity: the convolution with biasActivation fused in. */
  conv2dBiasActivation(x: Float32Array, w: Float32Array, bias: Float32Array, y: Float32Array, g: ConvGeometry, relu: boolean): void;
  /** dx (batch,inH,inW,inC) = gradient of conv2d with respect to its input. */
  conv2dBackpropInput(dy: Float32Array, w: Float32Array, dx: Float32Array, g: ConvGeometry): void;
  /** dw (kH,kW,inC,outC) = gradient of conv2d with respect to its kernel. */
  conv2dBackpropFilter(x: Float32Array, dy: Float32Array, dw: Float32Array, g: ConvGeometry): void;

  /**
   * Max pooling; padded positions never win. argmax[i] = the offset in x of output i's first
   * maximum (row-major window order; a NaN wins), or -1 for an empty window, for the backward pass.
   */
  maxPool2d(x: Float32Array, y: Float32Array, g: PoolGeometry, argmax: Int32Array): void;
  /** Routes dy to the first maximum of each window (as PyTorch and TF do). */
  maxPool2dGrad(argmax: Int32Array, dy: Float32Array, dx: Float32Array, g: PoolGeometry): void;
  /** Average pooling over the window positions inside the input (padding is not counted, like Keras). */
  avgPool2d(x: Float32Array, y: Float32Array, g: PoolGeometry): void;
  avgPool2dGrad(dy: Float32Array, dx: Float32Array, g: PoolGeometry): void;

  /** The LSTM cell (sigmoid gates, tanh): z (rows, 4u) of gates i, f, c̃, o and cPrev (rows, u) -> hc (rows, 2u) = [h | c]; gates keeps the activated gates. */
  lstmCell(z: Float32Array, cPrev: Float32Array, hc: Float32Array, gates: Float32Array, rows: number, units: number): void;
  /** Its gradient: dhc = [dh | dc] -> dz (rows, 4u) and dcPrev (rows, u). */
  lstmCellGrad(
    dhc: Float32Array,
    gates: Float32Array,
    cPrev: Float32Array,
    hc: Float32Array,
    dz: Float32Array,
    dcPrev: Float32Array,
    rows: number,
    units: number,
  ): void;

  /** out (rows, cols) = act(x + bias), bias repeating along the last axis; act is relu, or the identity. */
  biasActivation(x: Float32Array, bias: Float32Array, out: Float32Array, rows: number, cols: number, relu: boolean): void;
  /** Its gradient from the output y: dx = relu ? (y > 0 ? dy : 0) : dy, and dbias[c] = sum over rows of dx[r, c] (in double, rows in order). */
  biasActivationGrad(
    y: Float32Array,
    dy: Float32Array,
    dx: Float32Array,
    dbias: Float32Array,
    rows: number,
    cols: number,
    relu: boolean,
  ): void;

  /**
   * mask[i] = scale when uniform(key, i) >= rate, else 0, where uniform(key, i) is the splitmix32
   * hash of key + (i + 1)·0x9E3779B9 over 2^32: a counter-based stream (as Philox in PyTorch), so
   * any range of the mask can be drawn independently, on any thread, identically in C and TypeScript.
   */
  dropoutMask(key: number, rate: number, scale: number, mask: Float32Array): void;

  /**
   * Optimizer steps, in place over one parameter buffer and its state buffers, in double precision.
   * Each first applies decoupled weight decay w -= decay·w (decay = lr·weightDecay; 0 for none).
   */
  /** Keras' Adam: m, v moments (vMax for AMSGrad); w -= alpha·m / (√v + ε), alpha bias-corrected by the caller. */
  adamUpdate(
    w: Float32Array,
    g: Float32Array,
    m: Float32Array,
    v: Float32Array,
    vMax: Float32Array | null,
    alpha: number,
    beta1: number,
    beta2: number,
    epsilon: number,
    decay: number,
  ): void;
  /** SGD; with velocity, Keras' (Nesterov) momentum: v = μ·v - lr·g; w += v (or μ·v - lr·g). */
  sgdUpdate(
    w: Float32Array,
    g: Float32Array,
    velocity: Float32Array | null,
    lr: number,
    momentum: number,
    nesterov: boolean,
    decay: number,
  ): void;
  /** RMSprop: v = ρ·v + (1-ρ)·g²; step = lr·g / (√(v - avg²) + ε) (avg when centered), through buf with momentum. */
  rmspropUpdate(
    w: Float32Array,
    g: Float32Array,
    v: Float32Array,
    avg: Float32Array | null,
    buf: Float32Array | null,
    lr: number,
    rho: number,
    momentum: number,
    epsilon: number,
    centered: boolean,
    decay: number,
  ): void;
}
