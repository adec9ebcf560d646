/** Neural-network ops: softmax, fused cross-entropies, dropout, bias + activation. */
import { Tensor } from '../tensor/tensor.js';
import { outputBuffer } from '../tensor/alloc.js';
import { formatShape, normalizeAxis } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { rngFor, type Rng } from '../random/rng.js';
import { floatOperand, floatResult, tensorArg } from './operand.js';
import { expectSameShape } from './elementwise.js';
import { oneHot, transpose } from './layout.js';

/** Moves `axis` last so a row-wise kernel can run, and back afterwards. */
function alongLastAxis(x: Tensor, axis: number, op: string, f: (t: Tensor) => Tensor): Tensor {
  const ax = normalizeAxis(axis, x.rank, op);
  if (ax === x.rank - 1) return f(x);
  const perm = x.shape.map((_, i) => i);
  perm[ax] = x.rank - 1;
  perm[x.rank - 1] = ax;
  return transpose(f(transpose(x, perm)), perm);
}

function rowWise(kind: 'softmax' | 'logSoftmax', x: Tensor, axis: number): Tensor {
  const t = floatOperand(x, kind, 'x');
  if (t.rank === 0) throw new RangeError(`${kind}: x must have at least one dimension. Received: x.shape=[]`);
  return alongLastAxis(t, axis, kind, (u) => {
    const cols = u.shape[u.rank - 1]!;
    const out = outputBuffer(u.size);
    kernels()[kind](u.f32(), u.size / Math.max(cols, 1), cols, out);
    return record(kind, [u], floatResult(out, u.shape), { axis: u.rank - 1 });
  });
}

/** exp(x) / sum(exp(x)) along an axis (default last), computed stably. */
export const softmax = (x: Tensor, axis = -1): Tensor => rowWise('softmax', x, axis);
/** x - logSumExp(x) along an axis (default last), computed stably. */
export const logSoftmax = (x: Tensor, axis = -1): Tensor => rowWise('logSoftmax', x, axis);

/**
 * Softmax cross-entropy on logits (..., C), per row, unreduced: -sum(labels * logSoftmax(logits)).
 * Labels are probabilities of the same shape, or int32 class ids of shape (...).
 */
export function softmaxCrossEntropy(logits: Tensor, labels: Tensor): Tensor {
  const z = floatOperand(logits, 'softmaxCrossEntropy', 'logits');
  tensorArg(labels, 'softmaxCrossEntropy', 'labels');
  if (z.rank === 0) throw new RangeError('softmaxCrossEntropy: logits must have a class axis. Received: logits.shape=[]');
  const cols = z.shape[z.rank - 1]!;
  let target = labels;
  if (labels.dtype === 'int32') {
    if (labels.rank !== z.rank - 1 || labels.shape.some((d, i) => d !== z.shape[i])) {
      throw new RangeError(
        `softmaxCrossEntropy: integer labels must have the logits' shape without the class axis. Received: logits.shape=${formatShape(z.shape)}, labels.shape=${formatShape(labels.shape)}`,
      );
    }
    target = oneHot(labels, cols);
  } else {
    expectSameShape(z, labels, 'softmaxCrossEntropy', ['logits', 'labels']);
  }
  const rows = z.size / Math.max(cols, 1);
  const loss = outputBuffer(rows);
  const probs = outputBuffer(z.size);
  kernels().softmaxCrossEntropy(z.f32(), target.f32(), rows, cols, loss, probs);
  return record('softmaxCrossEntropy', [z], floatResult(loss, z.shape.slice(0, -1)), {
    probs: floatResult(probs, z.shape),
    labels: target,
  });
}

/** Sigmoid cross-entropy on logits, elementwise and unreduced; labels are targets in [0, 1]. */
export function sigmoidCrossEntropy(logits: Tensor, labels: Tensor): Tensor {
  const z = floatOperand(logits, 'sigmoidCrossEntropy', 'logits');
  const y = floatOperand(labels, 'sigmoidCrossEntropy', 'labels');
  expectSameShape(z, y, 'sigmoidCrossEntropy', ['logits', 'labels']);
  const loss = outputBuffer(z.size);
  kernels().sigmoidCrossEntropy(z.f32(), y.f32(), loss);
  return record('sigmoidCrossEntropy', [z], floatResult(loss, z.shape), { labels: y });
}

export interface DropoutOptions {
  /** Dropout is applied only when training is true (the default for this op). */
  training?: boolean;
  /** Explicit seed for the mask; otherwise `rng`, otherwise the global generator. */
  seed?: number;
  rng?: Rng;
}

/** Zeroes each value with probability `rate` and scales the rest by 1/(1-rate); identity when not training. */
export function dropout(x: Tensor, rate: number, options: DropoutOptions = {}): Tensor {
  const t = floatOperand(x, 'dropout', 'x');
  if (!(rate >= 0 && rate < 1)) throw new RangeError(`dropout: argument "rate" must be in [0, 1). Received: rate=${rate}`);
  if (options.training === false || rate === 0) return t;
  const rng = options.rng ?? rngFor(options.seed);
  const scale = 1 / (1 - rate);
  const mask = outputBuffer(t.size);
  // One draw keys the whole mask (a counter-based stream: the same on every backend and thread count).
  kernels().dropoutMask(rng.nextUint32(), rate, scale, mask);
  const out = outputBuffer(t.size);
  kernels().binary('mul', t.f32(), [], mask, [], out, t.shape);
  return record('dropout', [t], floatResult(out, t.shape), { mask: floatResult(mask, t.shape) });
}

/**
 * act(x + bias) in one pass, bias over the last axis, act 'relu' or 'linear' (what Dense and the
 * convolutions do after their product): one output buffer instead of two, and one backward pass
 * that yields both the input and the bias gradient.
 */
export function biasActivation(x: Tensor, bias: Tensor, activation: 'relu' | 'linear'): Tensor {
  const t = floatOperand(x, 'biasActivation', 'x');
  const b = floatOperand(bias, 'biasActivation', 'bias');
  const cols = t.shape[t.rank - 1];
  if (t.rank < 1 || b.rank !== 1 || b.shape[0] !== cols) {
    throw new RangeError(
      `biasActivation: bias must be 1-D with one value per entry of x's last axis. Received: x.shape=${formatShape(t.shape)}, bias.shape=${formatShape(b.shape)}`,
    );
  }
  if (activation !== 'relu' && activation !== 'linear')
    throw new RangeError(`biasActivation: argument "activation" must be 'relu' or 'linear'. Received: ${JSON.stringify(activation)}`);
  const out = outputBuffer(t.size);
  kernels().biasActivation(t.f32(), b.f32(), out, t.size / Math.max(cols!, 1), cols!, activation === 'relu');
  return record('biasActivation', [t, b], floatResult(out, t.shape), { relu: activation === 'relu' });
}

/**
 * The LSTM cell with sigmoid gates and tanh (Keras' and PyTorch's defaults) as one op: z (batch,
 * 4·units) holds the pre-activations of gates i, f, c̃, o, cPrev (batch, units) the previous cell
 * state; returns [h | c] (batch, 2·units), h = σ(o)·tanh(c), c = σ(f)·cPrev + σ(i)·tanh(c̃).
 */
export function lstmCell(z: Tensor, cPrev: Tensor): Tensor {
  const zt = floatOperand(z, 'lstmCell', 'z');
  const ct = floatOperand(cPrev, 'lstmCell', 'cPrev');
  const [rows, units] = ct.shape as [number, number];
  if (zt.rank !== 2 || ct.rank !== 2 || zt.shape[0] !== rows || zt.shape[1] !== 4 * units) {
    throw new RangeError(
      `lstmCell: z must be (batch, 4·units) and cPrev (batch, units). Received: z.shape=${formatShape(zt.shape)}, cPrev.shape=${formatShape(ct.shape)}`,
    );
  }
  const hc = outputBuffer(rows * 2 * units);
  const gates = outputBuffer(rows * 4 * units);
  kernels().lstmCell(zt.f32(), ct.f32(), hc, gates, rows, units);
  return record('lstmCell', [zt, ct], floatResult(hc, [rows, 2 * units]), { gates: floatResult(gates, zt.shape) });
}
