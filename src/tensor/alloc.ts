/** Output buffers for kernels, checked against the allocation limit (and poisoned in tests). */
import { checkAllocation } from './limits.js';
import { activeStepPool } from './step-pool.js';
import { ALIGN, alignedBytes, alignedOffset, alignedView } from './aligned.js';

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

/**
 * Small arrays are views on a shared slab. V8 keeps typed arrays of up to 64 bytes on its heap
 * (a bump allocation), but every larger one gets a backing store of its own outside the heap:
 * ~1-2 µs each (measured on Node 20), 20-40× the cost of a view on an existing ArrayBuffer. A
 * small model's training step makes dozens of such arrays (a W1 step took ~60 µs of which ~20 µs
 * were allocations). A fresh ArrayBuffer is zeroed and a slab region is handed out once, never
 * reused, so slab views are zero-filled too. The price is retention: a live view keeps its whole
 * slab alive, so only arrays of up to 4 KiB come from 32 KiB slabs (at worst ~500× the bytes of a
 * 68-byte array, bounded by 32 KiB per live view, as Node's own 8 KiB Buffer pool does).
 */
const HEAP_ELEMENTS = 16;
const SLAB_ELEMENTS = 1024;
const SLAB_BYTES = 32768;
/** Each view starts on a cache line: the native kernels' vector loads then never split one needlessly. */
const SLAB_ALIGN = 64;
let slab = new ArrayBuffer(0);
let slabOffset = 0;

function slabView(n: number): Float32Array {
  const bytes = (n * 4 + SLAB_ALIGN - 1) & -SLAB_ALIGN;
  if (slabOffset + bytes > slab.byteLength) {
    slab = new ArrayBuffer(SLAB_BYTES + ALIGN);
    slabOffset = alignedOffset(slab, 0);
  }
  const view = new Float32Array(slab, slabOffset, n);
  slabOffset += bytes;
  return view;
}

/** A float32 array of n zeros (cheap for small n: see slabView). */
export function zeroBuffer(n: number): Float32Array {
  if (n <= HEAP_ELEMENTS) return new Float32Array(n);
  if (n <= SLAB_ELEMENTS) return slabView(n);
  const pool = activeStepPool();
  if (pool) return pool.take(n, true);
  if (n > MIN_UNINITIALIZED) checkAllocation(n, 4, `a result of ${n} elements`);
  return alignedView(new ArrayBuffer(alignedBytes(n)), n); // zero-filled by the engine
}

export function outputBuffer(n: number): Float32Array {
  if (POISON) return zeroBuffer(n).fill(NaN);
  if (n <= SLAB_ELEMENTS) return zeroBuffer(n);
  const pool = activeStepPool();
  if (pool) return pool.take(n, false); // an intermediate of a fit/evaluate/predict batch (step-pool.ts)
  if (n < MIN_UNINITIALIZED) return zeroBuffer(n);
  checkAllocation(n, 4, `a result of ${n} elements`);
  const bytes = Buffer.allocUnsafe(alignedBytes(n));
  return alignedView(bytes.buffer, n, bytes.byteOffset);
}
