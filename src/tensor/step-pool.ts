/**
 * Recycled memory for the intermediates of a batch: activations, their gradients and every other
 * op output made while a training step (or an evaluate/predict batch) runs come from buffers the
 * previous batch used, instead of fresh allocations.
 *
 * Why: a CNN step allocates hundreds of MB of op outputs, and fresh memory is faulted in page by
 * page (and zeroed by the kernel) on every step. Reusing the previous step's buffers makes W4
 * (text CNN) ~40 % and W2 (MNIST CNN) ~10 % faster on Zen 5 (see the README's Benchmarks), and
 * V8 starts a third fewer full GCs on W2 (still about one per step: measured with --trace-gc, the
 * transfers below start none in isolation).
 *
 * One pool serves every fit, evaluate and predict of a thread (sharedStepPool), so the first batch
 * of a call reuses the last call's memory too: with a pool per call, that batch allocated the
 * whole working set afresh while the last call's pool still waited for the collector (W2 fits of
 * 8 steps: the first step 90-120 ms against ~55; one pool: ~2,050 -> ~2,300 samples/s, peak RSS
 * 343 -> 225 MB). Buffers of a size no batch has taken for IDLE_MS are let go (at the end of
 * a batch, and by a timer that does not keep the process alive), so a pool holds at most the
 * working sets of the last second's batches.
 *
 * Safety: a buffer is lent for one batch. When the batch ends, every lent buffer except those
 * under the tensors the batch returns (the model's outputs, which metrics, predict and callers
 * read afterwards) is *detached* — structuredClone with transfer moves its memory to a new
 * ArrayBuffer only the pool holds — and the next batch gets that memory. A tensor made inside a
 * batch and kept past its end (a custom layer that stashes its input, say) is left with an empty
 * array: reading it throws (Tensor.f32, dataSync, toArray name the cause) instead of returning
 * the next batch's numbers. Variables, optimizer slots and layer weights never come from the pool
 * (Variable copies its initial value with slice; slots are allocated directly), so nothing a
 * model keeps is ever lent. This is TF.js's tf.tidy contract, applied to Candor's own loops (and
 * offered to users as tidy: tensor/tidy.ts).
 */
import { checkAllocation } from './limits.js';
import { alignedBytes, alignedView } from './aligned.js';

/** What a batch keeps: anything over pool memory that outlives it (a Tensor, or a typed array in tidy's result). */
export interface HeldMemory {
  readonly data: { readonly buffer: ArrayBufferLike };
}

/** Milliseconds a size may go untaken before its free buffers are let go. */
const IDLE_MS = 1000;

/** Free buffers of one byte length, and when a batch that asked for that length last ended (performance.now()). */
interface SizeClass {
  buffers: ArrayBuffer[];
  asked: number;
}

export class StepPool {
  /** Free buffers by byte length (alignedBytes of their element count): a loop's shapes repeat, so exact sizes match batch after batch. */
  private readonly free = new Map<number, SizeClass>();
  private lent: ArrayBuffer[] = [];
  private sweepTimer: ReturnType<typeof setTimeout> | null = null;

  /** idleMs: how long a size may go untaken before its buffers are let go. */
  constructor(private readonly idleMs = IDLE_MS) {}

  /** A float32 buffer of n elements for the running batch: zeroed when asked, otherwise holding old values. */
  take(n: number, zero: boolean): Float32Array {
    const bytes = alignedBytes(n);
    let size = this.free.get(bytes);
    if (!size) this.free.set(bytes, (size = { buffers: [], asked: 0 })); // stamped when the batch ends (reclaim)
    const recycled = size.buffers.pop();
    let buffer: ArrayBuffer;
    if (recycled) buffer = recycled;
    else {
      checkAllocation(n, 4, `a result of ${n} elements`);
      buffer = new ArrayBuffer(bytes); // zero-filled by the engine
    }
    this.lent.push(buffer);
    const view = alignedView(buffer, n);
    return recycled && zero ? view.fill(0) : view;
  }

  /**
   * Runs one batch with this pool lending buffers. Afterwards (also when it throws) every lent
   * buffer is detached and kept for the next batch, except those under the tensors `keep` returns.
   * A batch run inside another (predict called from a custom layer, say) is part of the outer one.
   */
  run<T>(step: () => T, keep: (result: T) => readonly HeldMemory[]): T {
    if (activePool) return step();
    activePool = this;
    let kept: readonly HeldMemory[] = [];
    try {
      const result = step();
      kept = keep(result);
      return result;
    } finally {
      activePool = null;
      this.reclaim(new Set(kept.map((t) => t.data.buffer)));
    }
  }

  /** Bytes waiting for the next batch. */
  get heldBytes(): number {
    let bytes = 0;
    for (const size of this.free.values()) for (const b of size.buffers) bytes += b.byteLength;
    return bytes;
  }

  private reclaim(kept: ReadonlySet<ArrayBufferLike>): void {
    const now = performance.now();
    for (const buffer of this.lent) {
      const size = this.free.get(buffer.byteLength)!; // take() made its size class
      size.asked = now;
      if (kept.has(buffer)) continue; // now the caller's, like any other allocation
      size.buffers.push(structuredClone(buffer, { transfer: [buffer] }));
    }
    this.lent = [];
    this.sweep(now);
  }

  /** Lets go of the buffers of sizes untaken for idleMs; while any are held, checks again later. */
  private sweep(now = performance.now()): void {
    for (const [bytes, size] of this.free) if (now - size.asked >= this.idleMs) this.free.delete(bytes);
    if (this.free.size === 0 || this.sweepTimer) return;
    this.sweepTimer = setTimeout(() => {
      this.sweepTimer = null;
      this.sweep();
    }, this.idleMs);
    this.sweepTimer.unref(); // never what keeps a process alive
  }
}

let activePool: StepPool | null = null;
let shared: StepPool | null = null;

/** The pool every fit, evaluate and predict of this thread runs its batches in. */
export function sharedStepPool(): StepPool {
  return (shared ??= new StepPool());
}

/** The pool of the batch running now, if any (alloc.ts takes its buffers from it). */
export function activeStepPool(): StepPool | null {
  return activePool;
}
