/**
 * Merge layers (Keras' Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate): several
 * inputs of one sample shape (Concatenate: equal but for its axis) become one output.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { add, div, maximum, minimum, mul, sqrt, square, sub } from '../ops/elementwise.js';
import { sum } from '../ops/reduce.js';
import { matmul } from '../ops/matmul.js';
import { concat } from '../ops/layout.js';
import type { BaseLayerConfig, CallOptions } from './layer.js';
import { MultiInputLayer, type CallArgs } from './multi-input.js';
import { arg, layerArgs, optional, type Arg, type ConfigOf } from './args.js';
import { defineLayer } from './registry.js';
import { symbolicText, type SymbolicTensor } from './symbolic.js';

const NO_ARGS = {};
export type MergeConfig = ConfigOf<typeof NO_ARGS>;

/** What every merge layer shares: a list of inputs, checked against each other and against the shapes it was built for. */
export abstract class Merge extends MultiInputLayer {
  /** The minimum number of inputs (Subtract: exactly 2). */
  protected readonly arity: { min: number; max: number } = { min: 2, max: Infinity };
  private builtShapes: Shape[] | null = null;

  constructor(base: BaseLayerConfig, className: string) {
    super(base, className);
  }

  /** The merged value of a batch of inputs. */
  protected abstract merge(xs: readonly Tensor[]): Tensor;

  /** The output shape for these input shapes, or a message saying why they do not merge. */
  protected mergedShape(shapes: readonly Shape[]): Shape | string {
    const first = shapes[0]!;
    const same = shapes.every((s) => s.length === first.length && s.every((d, i) => d === first[i] || d === -1 || first[i] === -1));
    return same ? first : 'every input must have the same shape';
  }

  private check(shapes: readonly Shape[], what: () => string): Shape {
    if (shapes.length < this.arity.min || shapes.length > this.arity.max) {
      const expected = this.arity.min === this.arity.max ? `exactly ${this.arity.min}` : `at least ${this.arity.min}`;
      throw new RangeError(`${this.className} "${this.name}": takes ${expected} inputs. Received: ${shapes.length} (${what()})`);
    }
    const out = this.mergedShape(shapes);
    if (typeof out === 'string') throw new RangeError(`${this.className} "${this.name}": ${out}. Received: ${what()}`);
    return out;
  }

  protected override symbolicOutputShape(inputs: readonly SymbolicTensor[], args: CallArgs): Shape {
    this.refuseArgs(args);
    return this.check(
      inputs.map((t) => t.shape),
      () => inputs.map(symbolicText).join(', '),
    );
  }

  /** Builds for the first call's input shapes (merge layers have no weights). */
  buildInputs(shapes: readonly Shape[]): void {
    this.builtShapes = shapes.map((s) => [...s]);
    this.build(shapes[0]!, undefined as never);
  }

  /** The eager call on a list of tensors (the functional model's forward pass); a mask on any input is refused. */
  applyInputs(xs: readonly Tensor[], _options: CallOptions, masks: readonly (Tensor | null)[] = []): Tensor {
    for (const m of masks) this.checkMask(m);
    const shapes = xs.map((x) => x.shape.slice(1));
    if (!this.builtShapes) this.buildInputs(shapes);
    this.check(shapes, () => xs.map((x) => `shape [${x.shape.join(', ')}]`).join(', '));
    return this.merge(xs);
  }

  call(x: Tensor, _options: CallOptions): Tensor {
    throw new TypeError(
      `${this.className} "${this.name}": a merge layer takes a list of inputs (in a functional model). Received: one tensor of shape [${x.shape.join(', ')}]`,
    );
  }

  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }

  protected layerConfig(): Record<string, unknown> {
    return {};
  }
}

const reduce = (xs: readonly Tensor[], op: (a: Tensor, b: Tensor) => Tensor): Tensor => xs.slice(1).reduce(op, xs[0]!);

/** The element-wise merges: no arguments of their own, only the base ones (name, trainable, …). */
abstract class ElementwiseMerge extends Merge {
  protected constructor(config: MergeConfig, className: string) {
    super(layerArgs(className, NO_ARGS).read(config).base, className);
  }
}

/** Element-wise sum of its inputs. */
export class Add extends ElementwiseMerge {
  readonly className = 'Add';
  constructor(config: MergeConfig = {}) {
    super(config, 'Add');
  }
  protected merge(xs: readonly Tensor[]): Tensor {
    return reduce(xs, add);
  }
}

/** The first input minus the second. */
export class Subtract extends ElementwiseMerge {
  readonly className = 'Subtract';
  protected override readonly arity = { min: 2, max: 2 };
  constructor(config: MergeConfig = {}) {
    super(config, 'Subtract');
  }
  protected merge(xs: readonly Tensor[]): Tensor {
    return sub(xs[0]!, xs[1]!);
  }
}

/** Element-wise product of its inputs. */
export class Multiply extends ElementwiseMerge {
  readonly className = 'Multiply';
  constructor(config: MergeConfig = {}) {
    super(config, 'Multiply');
  }
  protected merge(xs: readonly Tensor[]): Tensor {
    return reduce(xs, mul);
  }
}

/** Element-wise mean of its inputs. */
export class Average extends ElementwiseMerge {
  readonly className = 'Average';
  constructor(config: MergeConfig = {}) {
    super(config, 'Average');
  }
  protected merge(xs: readonly Tensor[]): Tensor {
    return div(reduce(xs, add), xs.length);
  }
}

/** Element-wise maximum of its inputs. */
export class Maximum extends ElementwiseMerge {
  readonly className = 'Maximum';
  constructor(config: MergeConfig = {}) {
    super(config, 'Maximum');
  }
  protected merge(xs: readonly Tensor[]): Tensor {
    return reduce(xs, maximum);
  }
}

/** Element-wise minimum of its inputs. */
export class Minimum extends ElementwiseMerge {
  readonly className = 'Minimum';
  constructor(config: MergeConfig = {}) {
    super(config, 'Minimum');
  }
  protected merge(xs: readonly Tensor[]): Tensor {
    return reduce(xs, minimum);
  }
}

const CONCATENATE_ARGS = layerArgs('Concatenate', { axis: optional(arg.integer(), -1) });
export type ConcatenateConfig = ConfigOf<typeof CONCATENATE_ARGS.schema>;

/** Joins its inputs along `axis` (Keras' default -1, the features; axis 0, the batch, is refused). */
export class Concatenate extends Merge {
  readonly className = 'Concatenate';
  readonly axis: number;
  constructor(config: ConcatenateConfig = {}) {
    const { args, base } = CONCATENATE_ARGS.read(config);
    if (args.axis === 0) throw new RangeError('Concatenate: axis 0 is the batch axis; samples are not joined. Received: axis=0');
    super(base, 'Concatenate');
    this.axis = args.axis;
  }

  /** The sample axis this joins along (the batch axis excluded). */
  private sampleAxis(rank: number): number {
    const a = this.axis < 0 ? this.axis + rank + 1 : this.axis;
    return a - 1;
  }

  protected override mergedShape(shapes: readonly Shape[]): Shape | string {
    const rank = shapes[0]!.length;
    const ax = this.sampleAxis(rank);
    if (ax < 0 || ax >= rank) return `axis ${this.axis} is outside inputs of rank ${rank + 1}`;
    const agree = shapes.every(
      (s) => s.length === rank && s.every((d, i) => i === ax || d === shapes[0]![i] || d === -1 || shapes[0]![i] === -1),
    );
    if (!agree) return `inputs must agree on every axis but ${this.axis}`;
    const joined = shapes.some((s) => s[ax] === -1) ? -1 : shapes.reduce((n, s) => n + s[ax]!, 0);
    return shapes[0]!.map((d, i) => (i === ax ? joined : d));
  }

  protected merge(xs: readonly Tensor[]): Tensor {
    return concat(xs, this.sampleAxis(xs[0]!.rank - 1) + 1);
  }

  protected override layerConfig(): Record<string, unknown> {
    return { axis: this.axis };
  }
}

const DOT_ARGS = layerArgs('Dot', {
  /** The axis of each input to contract (batch axis 0 excluded): one for both, or [a, b]. */
  axes: {
    required: true,
    read: (v, layer, name) =>
      Number.isInteger(v)
        ? [v as number, v as number]
        : Array.isArray(v) && v.length === 2 && v.every(Number.isInteger)
          ? [v[0] as number, v[1] as number]
          : badAxes(layer, name, v),
  } as Arg<number | readonly [number, number], [number, number], true>,
  /** L2-normalise both inputs along their axes first: the product is then the cosine similarity. */
  normalize: optional(arg.boolean(), false),
});
export type DotConfig = ConfigOf<typeof DOT_ARGS.schema>;

function badAxes(layer: string, name: string, v: unknown): never {
  throw new RangeError(`${layer}: argument "${name}" must be an axis or a pair of axes. Received: ${name}=${JSON.stringify(v)}`);
}

/**
 * Keras' Dot: the batch-wise dot product of two inputs along the given axes. (B, n)·(B, n) on axis 1
 * gives (B, 1); (B, n, d) and (B, m, d) on axes 2 give (B, n, m), an attention score matrix.
 */
export class Dot extends Merge {
  readonly className = 'Dot';
  protected override readonly arity = { min: 2, max: 2 };
  readonly axes: [number, number];
  readonly normalize: boolean;
  constructor(config: DotConfig) {
    const { args, base } = DOT_ARGS.read(config);
    super(base, 'Dot');
    this.axes = args.axes;
    this.normalize = args.normalize;
  }

  /** Each input's contracted axis within one sample (the batch axis excluded), or a reason the inputs do not fit. */
  private sampleAxes(shapes: readonly Shape[]): [number, number] | string {
    const [a, b] = shapes as [Shape, Shape];
    if (a.length !== b.length || a.length < 1 || a.length > 2) return 'inputs must both be (batch, n) or both (batch, n, d)';
    const norm = (axis: number, rank: number): number => (axis < 0 ? axis + rank + 1 : axis) - 1;
    const [ax, bx] = [norm(this.axes[0], a.length), norm(this.axes[1], b.length)];
    if (ax < 0 || ax >= a.length || bx < 0 || bx >= b.length)
      return `axes ${JSON.stringify(this.axes)} do not name sample axes of inputs of rank ${a.length + 1}`;
    if (a[ax] !== b[bx] && a[ax] !== -1 && b[bx] !== -1) return `the contracted axes differ in size (${a[ax]} and ${b[bx]})`;
    return [ax, bx];
  }

  protected override mergedShape(shapes: readonly Shape[]): Shape | string {
    const axes = this.sampleAxes(shapes);
    if (typeof axes === 'string') return axes;
    const [a, b] = shapes as [Shape, Shape];
    return a.length === 1 ? [1] : [a[1 - axes[0]]!, b[1 - axes[1]]!];
  }

  protected merge(xs: readonly Tensor[]): Tensor {
    const [ax, bx] = this.sampleAxes(xs.map((x) => x.shape.slice(1))) as [number, number];
    let [a, b] = xs as [Tensor, Tensor];
    if (this.normalize) [a, b] = [l2Normalize(a, ax + 1), l2Normalize(b, bx + 1)];
    if (a.rank === 2) return sum(mul(a, b), [1], true);
    // (B, n, d)·(B, m, d) -> (B, n, m): contract a's axis ax with b's axis bx as one batched product.
    return matmul(a, b, { transposeA: ax === 0, transposeB: bx === 1 });
  }

  protected override layerConfig(): Record<string, unknown> {
    return { axes: this.axes, normalize: this.normalize };
  }
}

/** x / max(‖x‖, 1e-12) along an axis (Keras' l2_normalize epsilon). */
function l2Normalize(x: Tensor, axis: number): Tensor {
  return div(x, sqrt(maximum(sum(square(x), [axis], true), 1e-24)));
}

defineLayer('Dot', Dot);
defineLayer('Add', Add);
defineLayer('Subtract', Subtract);
defineLayer('Multiply', Multiply);
defineLayer('Average', Average);
defineLayer('Maximum', Maximum);
defineLayer('Minimum', Minimum);
defineLayer('Concatenate', Concatenate);

export const mergeLayers = {
  add: (config: MergeConfig = {}) => new Add(config),
  subtract: (config: MergeConfig = {}) => new Subtract(config),
  multiply: (config: MergeConfig = {}) => new Multiply(config),
  average: (config: MergeConfig = {}) => new Average(config),
  maximum: (config: MergeConfig = {}) => new Maximum(config),
  minimum: (config: MergeConfig = {}) => new Minimum(config),
  concatenate: (config: ConcatenateConfig = {}) => new Concatenate(config),
  dot: (config: DotConfig) => new Dot(config),
};
