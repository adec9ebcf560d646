/** The dtypes Candor computes in and their buffers. */
import { checkAllocation } from './limits.js';
export const DTYPES = ['float32', 'int32'];
/** Allocates a zero-filled buffer of the given dtype (refused above the allocation limit). */
export function allocate(dtype, size) {
    checkAllocation(size, 4, `a ${dtype} tensor of ${size} elements`);
    return dtype === 'int32' ? new Int32Array(size) : new Float32Array(size);
}
/** Throws unless `dtype` names a supported dtype. */
export function checkDType(dtype, where) {
    if (dtype === 'float32' || dtype === 'int32')
        return dtype;
    throw new TypeError(`${where}: argument "dtype" must be one of ${DTYPES.join(', ')}. Received: dtype=${JSON.stringify(dtype)}`);
}
//# sourceMappingURL=dtype.js.map