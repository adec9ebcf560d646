/** The gradient rule of every op, in one exhaustive table. */
import { Tensor } from '../tensor/tensor.js';
import { shapesEqual } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import type { GraphNode, OpName } from '../ops/node.js';
import { div, equal, greaterEqual, lessEqual, log, mul, neg, pow, sub, where } from '../ops/elementwise.js';
import { reducedShape, sum } from '../ops/reduce.js';
import { broadcastTo, reshape, slice, transpose } from '../ops/layout.js';
import { matmul } from '../ops/matmul.js';
import { floatResult } from '../ops/operand.js';
import { outputBuffer, zeroBuffer } from '../tensor/alloc.js';

type Grads = (Tensor | null)[];
/** A rule maps the output gradient to one gradient per input; `needs[i]` is false for inputs that want none. */
type GradRule<K extends OpName> = (dy: Tensor, node: GraphNode<K>, out: Tensor, needs: readonly boolean[]) => Grads;
type GradRules = { [K in OpName]: GradRule<K> };

/** Sums a broadcast gradient back down to the shape of the operand it came from. */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (shapesEqual(g.shape, shape)) return g;
  const lead = g.rank - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < g.rank; i++) if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) axes.push(i);
  return reshape(sum(g, axes, true), shape);
}

/**
 * Runs a kernel that writes every element of a fresh float32 buffer of the given shape; kernels
 * that add into their output (sliceAddInto, scatterAdd) need `zeroed`.
 */
function fromKernel(shape: readonly number[], fill: (out: Float32Array) => void, zeroed = false): Tensor {
  const size = shape.reduce((p, d) => p * d, 1);
  const out = zeroed ? zeroBuffer(size) : outputBuffer(size);
  fill(out);
  return floatResult(out, shape);
}

const f32 = (t: Tensor): Float32Array => t.f32();

/** Gradient of max/min reductions: split equally among the positions that attained the extreme. */
function extremeGrad(dy: Tensor, node: GraphNode<'max' | 'min'>, out: Tensor): Grads {
  const { axes, inShape } = node.ctx;
  const keep = reducedShape(inShape, axes, true);
  const mask = equal(node.inputs[0]!, reshape(out, keep));
  const count = sum(mask, axes, true);
  return [mul(mask, div(reshape(dy, keep), count))];
}

/** The gradient of every differentiable primitive. The mapped type makes a missing rule a compile error. */
/**
 * Rules that add an op's input gradient straight into the buffer being summed for that input.
 * backward uses them instead of the op's full rule, so a slice taken once per time step does not
 * allocate and add a full-size zero gradient per step (which made recurrent layers O(time²)).
 * Only ops whose contribution touches each element at most once: the sum is then exactly what
 * adding the rule's tensor would give (gather's repeated indices would reorder the additions).
 */
export const accumulatingRules: { [K in OpName]?: (dy: Tensor, node: GraphNode<K>, into: Float32Array) => void } = {
  slice: (dy, { ctx }, into) => kernels().sliceAddInto(f32(dy), ctx.inShape, ctx.begin, dy.shape, into),
};

export const gradRules: GradRules = {
  add: (dy, { ctx }, _out, needs) => [needs[0] ? sumToShape(dy, ctx.aShape) : null, needs[1] ? sumToShape(dy, ctx.bShape) : null],
  sub: (dy, { ctx }, _out, needs) => [needs[0] ? sumToShape(dy, ctx.aShape) : null, needs[1] ? sumToShape(neg(dy), ctx.bShape) : null],
  mul: (dy, { inputs: [a, b], ctx }, _out, needs) => [
    needs[0] ? sumToShape(mul(dy, b!), ctx.aShape) : null,
    needs[1] ? sumToShape(mul(dy, a!), ctx.bShape) : null,
  ],
  div: (dy, { inputs: [, b], ctx }, out, needs) => [
    needs[0] ? sumToShape(div(dy, b!), ctx.aShape) : null,
    needs[1] ? sumToShape(neg(mul(dy, div(out, b!))), ctx.bShape) : null,
  ],
  pow: (dy, { inputs: [a, b], ctx }, out, needs) => [
    needs[0] ? sumToShape(mul(dy, mul(b!, pow(a!, sub(b!, 1)))), ctx.aShape) : null,
    needs[1] ? sumToShape(mul(dy, mul(out, log(a!))), ctx.bShape) : null,
  ],
  maximum: (dy, { inputs: [a, b], ctx }, _out, needs) => {
    const mask = greaterEqual(a!, b!);
    return [needs[0] ? sumToShape(mul(dy, mask), ctx.aShape) : null, needs[1] ? sumToShape(mul(dy, sub(1, mask)), ctx.bShape) : null];
  },
  minimum: (dy, { inputs: [a, b], ctx }, _out, needs) => {
    const mask = lessEqual(a!, b!);
    return [needs[0] ? sumToShape(mul(dy, mask), ctx.aShape) : null, needs[1] ? sumToShape(mul(dy, sub(1, mask)), ctx.bShape) : null];
  },
  biasActivation: (dy, { inputs: [x, bias], ctx }, out) => {
    const cols = bias!.size;
    const dbias = outputBuffer(cols);
    const dx = fromKernel(x!.shape, (d) =>
      kernels().biasActivationGrad(f32(out), f32(dy), d, dbias, x!.size / Math.max(cols, 1), cols, ctx.relu),
    );
    return [dx, floatResult(dbias, bias!.shape)];
  },
  lstmCell: (dy, { inputs: [z, cPrev], ctx }, out) => {
    const [rows, units] = cPrev!.shape as [number, number];
    const dcPrev = outputBuffer(rows * units);
    const dz = fromKernel(z!.shape, (d) => kernels().lstmCellGrad(f32(dy), f32(ctx.gates), f32(cPrev!), f32(out), d, dcPrev, rows, units));
    return [dz, floatResult(dcPrev, cPrev!.shape)];
  },
  unary: (dy, { inputs: [x], ctx }, out) => [
    fromKernel(x!.shape, (dx) => kernels().unaryGrad(ctx.kind, f32(x!), f32(out), f32(dy), dx, ctx.alpha)),
  ],
  clip: (dy, { inputs: [x], ctx }) => [mul(dy, mul(greaterEqual(x!, ctx.min), lessEqual(x!, ctx.max)))],
  where: (dy, { ctx }, _out, needs) => [
    needs[0] ? sumToShape(where(ctx.cond, dy, 0), ctx.aShape) : null,
    needs[1] ? sumToShape(where(ctx.cond, 0, dy), ctx.bShape) : null,
  ],
  matmul: (dy, { inputs: [a, b], ctx }, _out, needs) => {
    const { transposeA: tA, transposeB: tB } = ctx;
    // C = op(A)·op(B); each case below is dC pushed back through the transposes.
    const da = !needs[0] ? null : tA ? matmul(b!, dy, { transposeA: tB, transposeB: true }) : matmul(dy, b!, { transposeB: !tB });
    const db = !needs[1] ? null : tB ? matmul(dy, a!, { transposeA: true, transposeB: tA }) : matmul(a!, dy, { transposeA: !tA });
    return [da && sumToShape(da, a!.shape), db && sumToShape(db, b!.shape)];
  },
  sum: (dy, { ctx }) => [broadcastTo(reshape(dy, reducedShape(ctx.inShape, ctx.axes, true)), ctx.inShape)],
  max: (dy, node, out) => extremeGrad(dy, node, out),
  min: (dy, node, out) => extremeGrad(dy, node, out),
  softmax: (dy, { inputs: [x] }, out) => {
    const cols = x!.shape[x!.rank - 1]!;
    return [fromKernel(x!.shape, (dx) => kernels().softmaxGrad(f32(out), f32(dy), x!.size / Math.max(cols, 1), cols, dx))];
  },
  logSoftmax: (dy, { inputs: [x] }, out) => {
    const cols = x!.shape[x!.rank - 1]!;
    return [fromKernel(x!.shape, (dx) => kernels().logSoftmaxGrad(f32(out), f32(dy), x!.size / Math.max(cols, 1), cols, dx))];
  },
  conv2dBiasActivation: (dy, { inputs: [x, w, bias], ctx }, out, needs) => {
    const cols = bias!.size;
    const dbias = outputBuffer(cols);
    const dz = fromKernel(out.shape, (d) =>
      kernels().biasActivationGrad(f32(out), f32(dy), d, dbias, out.size / Math.max(cols, 1), cols, ctx.relu),
    );
    return [
      needs[0] ? fromKernel(x!.shape, (dx) => kernels().conv2dBackpropInput(f32(dz), f32(w!), dx, ctx.geometry)) : null,
      needs[1] ? fromKernel(w!.shape, (dw) => kernels().conv2dBackpropFilter(f32(x!), f32(dz), dw, ctx.geometry)) : null,
      floatResult(dbias, bias!.shape),
    ];
  },
  conv2d: (dy, { inputs: [x, w], ctx }, _out, needs) => [
    needs[0] ? fromKernel(x!.shape, (dx) => kernels().conv2dBackpropInput(f32(dy), f32(w!), dx, ctx.geometry)) : null,
    needs[1] ? fromKernel(w!.shape, (dw) => kernels().conv2dBackpropFilter(f32(x!), f32(dy), dw, ctx.geometry)) : null,
  ],
  maxPool2d: (dy, { inputs: [x], ctx }) => [fromKernel(x!.shape, (dx) => kernels().maxPool2dGrad(ctx.argmax, f32(dy), dx, ctx.geometry))],
  avgPool2d: (dy, { inputs: [x], ctx }) => [fromKernel(x!.shape, (dx) => kernels().avgPool2dGrad(f32(dy), dx, ctx.geometry))],
  dropout: (dy, { ctx }) => [mul(dy, ctx.mask)],
  reshape: (dy, { ctx }) => [reshape(dy, ctx.inShape)],
  transpose: (dy, { ctx }) => {
    const inverse = new Array<number>(ctx.perm.length);
    ctx.perm.forEach((p, i) => {
      inverse[p] = i;
    });
    return [transpose(dy, inverse)];
  },
  broadcastTo: (dy, { ctx }) => [sumToShape(dy, ctx.inShape)],
  concat: (dy, { ctx }, _out, needs) => {
    let offset = 0;
    return ctx.sizes.map((size, i) => {
      const begin = dy.shape.map((_, d) => (d === ctx.axis ? offset : 0));
      const extent = dy.shape.map((dim, d) => (d === ctx.axis ? size : dim));
      offset += size;
      return needs[i] ? slice(dy, begin, extent) : null;
    });
  },
  slice: (dy, node) => [fromKernel(node.ctx.inShape, (dx) => accumulatingRules.slice!(dy, node, dx), true)],
  gather: (dy, { ctx }) => {
    const { axis, inShape, indices } = ctx;
    const outer = inShape.slice(0, axis).reduce((p, d) => p * d, 1);
    const inner = inShape.slice(axis + 1).reduce((p, d) => p * d, 1);
    return [fromKernel(inShape, (dx) => kernels().scatterAdd(f32(dy), outer, inShape[axis]!, inner, indices.i32(), dx), true)];
  },
  softmaxCrossEntropy: (dy, { ctx }) => [mul(sub(ctx.probs, ctx.labels), reshape(dy, [...dy.shape, 1]))],
  sigmoidCrossEntropy: (dy, { inputs: [x], ctx }) => [
    fromKernel(x!.shape, (dx) => kernels().sigmoidCrossEntropyGrad(f32(x!), f32(ctx.labels), f32(dy), dx)),
  ],
};
