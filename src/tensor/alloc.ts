/** Output buffers for kernels, checked against the allocation limit (and poisoned in tests). */
import { checkAllocation } from './limits.js';

/**
 * Output buffers for kernels that write every element. `new Float32Array(n)` zero-fills, and
 * large zero-filled allocations cost as much as a pass of the kernel itself (a CNN step allocates
 * hundreds of MB), so large outputs skip it (Buffer.allocUnsafe). The suite runs with
 * CANDOR_POISON_OUTPUTS=1, which fills them with NaN instead: a kernel that leaves any element
 * unwritten then fails its tests rather than reading whatever memory held.
 */
const POISON = process.env.CANDOR_POISON_OUTPUTS === '1';
/** Below 64 KiB, Node's pooled small buffers may sit at offsets a Float32Array cannot use; zero-filling is cheap there anyway. */
const MIN_UNINITIALIZED = 16384;

export function outputBuffer(n: number): Float32Array {
  if (n > MIN_UNINITIALIZED) checkAllocation(n, 4, `a result of ${n} elements`);
  if (POISON) return new Float32Array(n).fill(NaN);
  if (n < MIN_UNINITIALIZED) return new Float32Array(n);
  const bytes = Buffer.allocUnsafe(n * 4);
  return new Float32Array(bytes.buffer, bytes.byteOffset, n);
}
