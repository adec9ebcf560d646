/** The dtypes Candor computes in and their buffers. */
import { checkAllocation } from './limits.js';

/** Element types a tensor can hold: float32 for values, int32 for labels and indices. */
export type DType = 'float32' | 'int32';
export type TypedArray = Float32Array | Int32Array;

export const DTYPES: readonly DType[] = ['float32', 'int32'];

/** Allocates a zero-filled buffer of the given dtype (refused above the allocation limit). */
export function allocate(dtype: DType, size: number): TypedArray {
  checkAllocation(size, 4, `a ${dtype} tensor of ${size} elements`);
  return dtype === 'int32' ? new Int32Array(size) : new Float32Array(size);
}

/** Throws unless `dtype` names a supported dtype. */
export function checkDType(dtype: unknown, where: string): DType {
  if (dtype === 'float32' || dtype === 'int32') return dtype;
  throw new TypeError(`${where}: argument "dtype" must be one of ${DTYPES.join(', ')}. Received: dtype=${JSON.stringify(dtype)}`);
}
