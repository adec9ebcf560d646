/** Tensor and Variable: immutable n-dimensional float32/int32 arrays, and the weights that change. */
import { type DType, type TypedArray } from './dtype.js';
import { type Shape, formatShape, sizeOf } from './shape.js';
import type { GraphNode } from '../ops/node.js';

export type NestedArray = number | NestedArray[];

/**
 * An n-dimensional array with contiguous row-major storage it owns.
 * Tensors are immutable (Variables are the exception, through `assign`), so
 * buffers can be shared freely and are reclaimed by the garbage collector.
 */
export class Tensor {
  readonly shape: Shape;
  readonly dtype: DType;
  /** The storage. Internal code reads it directly; users should call dataSync(). */
  data: TypedArray;
  /** How this tensor was computed, when it depends on something that needs a gradient. */
  node: GraphNode | null = null;
  /** True when gradients must flow through this tensor. */
  requiresGrad = false;

  constructor(data: TypedArray, shape: Shape, dtype: DType) {
    if (data.length !== sizeOf(shape)) {
      throw new RangeError(
        `Tensor: data length must equal the product of the shape. Received: ${data.length} values for shape=${formatShape(shape)}`,
      );
    }
    this.data = data;
    // A shape that is already frozen (another tensor's) is shared: freezing a copy costs ~85 ns, a
    // few microseconds per training step of a small model that makes dozens of tensors.
    this.shape = Object.isFrozen(shape) ? shape : Object.freeze([...shape]);
    this.dtype = dtype;
  }

  get size(): number {
    return this.data.length;
  }

  get rank(): number {
    return this.shape.length;
  }

  /** The float32 storage, checked: kernels and ops read values through this, never a cast. */
  f32(where = 'Tensor'): Float32Array {
    if (this.data.length === 0) this.checkLive(where);
    if (!(this.data instanceof Float32Array))
      throw new TypeError(`${where}: expected a float32 tensor. Received: dtype=${this.dtype}, shape=${formatShape(this.shape)}`);
    return this.data;
  }

  /** The int32 storage (indices, labels), checked. */
  i32(where = 'Tensor'): Int32Array {
    if (this.data.length === 0) this.checkLive(where);
    if (!(this.data instanceof Int32Array))
      throw new TypeError(`${where}: expected an int32 tensor. Received: dtype=${this.dtype}, shape=${formatShape(this.shape)}`);
    return this.data;
  }

  /** A copy of the values as a flat typed array. */
  dataSync(): TypedArray {
    if (this.data.length === 0) this.checkLive('dataSync');
    return this.data.slice();
  }

  /**
   * Throws when the storage was released: empty although the shape holds values, which only
   * happens to a tensor made inside a batch of fit/evaluate/predict or inside tidy and kept past its end (tensor/step-pool.ts).
   */
  private checkLive(where: string): void {
    if (sizeOf(this.shape) === 0) return;
    throw new Error(
      `${where}: this tensor (shape=${formatShape(this.shape)}) was made inside a batch of fit, evaluate or predict, or inside tidy, and its memory was released when that ended. ` +
        'Their intermediates are recycled (as TF.js disposes them in tf.tidy); to keep one, return it from tidy, or copy its values before the end (tensor.dataSync()).',
    );
  }

  /** The values as nested arrays (a number for a scalar). */
  toArray(): NestedArray {
    if (this.data.length === 0) this.checkLive('toArray');
    const data = this.data;
    const shape = this.shape;
    if (shape.length === 0) return data[0]!;
    let offset = 0;
    const build = (dim: number): NestedArray[] => {
      const n = shape[dim]!;
      const out: NestedArray[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = dim === shape.length - 1 ? data[offset++]! : build(dim + 1);
      return out;
    };
    return build(0);
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1)
      throw new RangeError(`item: expected a tensor with exactly one element. Received: shape=${formatShape(this.shape)}`);
    return this.data[0]!;
  }

  toString(): string {
    return `Tensor(shape=${formatShape(this.shape)}, dtype=${this.dtype}, ${JSON.stringify(this.toArray())})`;
  }
}

let variableCounter = 0;

/** A mutable tensor that holds a model parameter; gradients are taken with respect to it. */
export class Variable extends Tensor {
  readonly name: string;
  trainable: boolean;

  constructor(initial: Tensor, options: { name?: string; trainable?: boolean } = {}) {
    super(initial.data.slice(), initial.shape, initial.dtype);
    this.name = options.name ?? `variable_${variableCounter++}`;
    this.trainable = options.trainable ?? true;
    this.requiresGrad = this.trainable;
  }

  /** Overwrites the values in place; the shape and dtype must match. */
  assign(value: Tensor | TypedArray): void {
    const data = value instanceof Tensor ? value.data : value;
    if (value instanceof Tensor && formatShape(value.shape) !== formatShape(this.shape)) {
      throw new RangeError(
        `assign: shape of the new value must match variable "${this.name}". Expected: ${formatShape(this.shape)}. Received: ${formatShape(value.shape)}`,
      );
    }
    if (data.length !== this.size) {
      throw new RangeError(`assign: variable "${this.name}" holds ${this.size} values. Received: ${data.length}`);
    }
    this.data.set(data);
  }
}
