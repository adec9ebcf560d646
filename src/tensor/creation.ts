/** Tensor creation: from nested arrays, constants, ranges, seeded random draws. */
import { type DType, type TypedArray, allocate, checkDType } from './dtype.js';
import { type Shape, checkShape, formatShape, sizeOf } from './shape.js';
import { Tensor, type NestedArray } from './tensor.js';
import { rngFor } from '../random/rng.js';

export type TensorInput = number | NestedArray | readonly number[] | TypedArray;

/** Shape of a nested array; throws on ragged rows, naming where they differ. */
function inferShape(values: NestedArray): number[] {
  const shape: number[] = [];
  let level: NestedArray = values;
  while (Array.isArray(level)) {
    shape.push(level.length);
    if (level.length === 0) break;
    level = level[0]!;
  }
  const check = (v: NestedArray, dim: number, path: string): void => {
    if (dim === shape.length) {
      if (typeof v !== 'number') throw new TypeError(`tensor: values must be numbers. Received: ${typeof v} at ${path || 'the top level'}`);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[dim]) {
      const got = Array.isArray(v) ? `length ${v.length}` : typeof v;
      throw new RangeError(
        `tensor: nested arrays must be rectangular. Expected length ${shape[dim]} at ${path || 'the top level'}. Received: ${got}`,
      );
    }
    v.forEach((item, i) => check(item, dim + 1, `${path}[${i}]`));
  };
  check(values, 0, '');
  return shape;
}

function flatten(values: NestedArray, out: number[]): void {
  if (Array.isArray(values)) for (const v of values) flatten(v, out);
  else out.push(values);
}

/** Creates a tensor from a number, (nested) arrays or a typed array; int32 values must be integers. */
export function tensor(values: TensorInput, shape?: Shape, dtype?: DType): Tensor {
  const resolvedDType = dtype === undefined ? (values instanceof Int32Array ? 'int32' : 'float32') : checkDType(dtype, 'tensor');
  let flat: ArrayLike<number>;
  let inferred: number[];
  if (values instanceof Float32Array || values instanceof Int32Array) {
    flat = values;
    inferred = [values.length];
  } else if (typeof values === 'number') {
    flat = [values];
    inferred = [];
  } else {
    const list: number[] = [];
    flatten(values as NestedArray, list);
    flat = list;
    inferred = inferShape(values as NestedArray);
  }
  const finalShape = shape ?? inferred;
  checkShape(finalShape, 'tensor');
  if (sizeOf(finalShape) !== flat.length) {
    throw new RangeError(
      `tensor: the shape must hold exactly the values given. Received: ${flat.length} values for shape=${formatShape(finalShape)}`,
    );
  }
  const data = allocate(resolvedDType, flat.length);
  if (resolvedDType === 'int32') {
    for (let i = 0; i < flat.length; i++) {
      const v = flat[i]!;
      if (!Number.isInteger(v) || v > 2147483647 || v < -2147483648) {
        throw new TypeError(`tensor: int32 values must be 32-bit integers. Received: ${v} at flat index ${i}`);
      }
      data[i] = v;
    }
  } else {
    data.set(flat);
  }
  return new Tensor(data, finalShape, resolvedDType);
}

/** A tensor of the given shape filled with one value. */
export function full(shape: Shape, value: number, dtype: DType = 'float32'): Tensor {
  checkShape(shape, 'full');
  const data = allocate(checkDType(dtype, 'full'), sizeOf(shape));
  data.fill(value);
  return new Tensor(data, shape, dtype);
}

export function zeros(shape: Shape, dtype: DType = 'float32'): Tensor {
  return full(shape, 0, dtype);
}

export function ones(shape: Shape, dtype: DType = 'float32'): Tensor {
  return full(shape, 1, dtype);
}

export function scalar(value: number, dtype: DType = 'float32'): Tensor {
  return full([], value, dtype);
}

/** Values start, start+step, … below stop (like NumPy's arange). */
export function arange(start: number, stop?: number, step = 1, dtype: DType = 'float32'): Tensor {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0 || !Number.isFinite(step))
    throw new RangeError(`arange: argument "step" must be a non-zero finite number. Received: step=${step}`);
  const n = Math.max(0, Math.ceil((to - from) / step));
  const data = allocate(dtype, n);
  for (let i = 0; i < n; i++) data[i] = from + i * step;
  return new Tensor(data, [n], dtype);
}

/** Identity matrix (n, m). */
export function eye(n: number, m = n, dtype: DType = 'float32'): Tensor {
  const out = zeros([n, m], dtype);
  for (let i = 0; i < Math.min(n, m); i++) out.data[i * m + i] = 1;
  return out;
}

export interface RandomOptions {
  /** Explicit seed; without one the library's global generator is used (see setSeed). */
  seed?: number;
}

function randomTensor(shape: Shape, where: string, seed: number | undefined, draw: (rng: ReturnType<typeof rngFor>) => number): Tensor {
  checkShape(shape, where);
  const rng = rngFor(seed);
  const data = new Float32Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = draw(rng);
  return new Tensor(data, shape, 'float32');
}

export function randomNormal(shape: Shape, options: RandomOptions & { mean?: number; stddev?: number } = {}): Tensor {
  const { mean = 0, stddev = 1 } = options;
  return randomTensor(shape, 'randomNormal', options.seed, (rng) => mean + stddev * rng.normal());
}

export function randomUniform(shape: Shape, options: RandomOptions & { minval?: number; maxval?: number } = {}): Tensor {
  const { minval = 0, maxval = 1 } = options;
  return randomTensor(shape, 'randomUniform', options.seed, (rng) => minval + (maxval - minval) * rng.uniform());
}

/** Normal values redrawn until within two standard deviations of the mean (TF and Keras semantics). */
export function truncatedNormal(shape: Shape, options: RandomOptions & { mean?: number; stddev?: number } = {}): Tensor {
  const { mean = 0, stddev = 1 } = options;
  return randomTensor(shape, 'truncatedNormal', options.seed, (rng) => {
    let z = rng.normal();
    while (Math.abs(z) > 2) z = rng.normal();
    return mean + stddev * z;
  });
}
