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
 * Safety: a buffer is lent for one batch. When the batch ends, every lent buffer except those
 * under the tensors the batch returns (the model's outputs, which metrics, predict and callers
 * read afterwards) is *detached* — structuredClone with transfer moves its memory to a new
 * ArrayBuffer only the pool holds — and the next batch gets that memory. A tensor made inside a
 * batch and kept past its end (a custom layer that stashes its input, say) is left with an empty
 * array: reading it throws (Tensor.f32, dataSync, toArray name the cause) instead of returning
 * the next batch's numbers. Variables, optimizer slots and layer weights never come from the pool
 * (Variable copies its initial value with slice; slots are allocated directly), so nothing a
 * model keeps is ever lent. This is TF.js's tf.tidy contract, applied to Candor's own loops.
 */
import type { Tensor } from './tensor.js';
import { checkAllocation } from './limits.js';
import { alignedBytes, alignedView } from './aligned.js';

export class StepPool {
  /** Free buffers by byte length (alignedBytes of their element count): a loop's shapes repeat, so exact sizes match batch after batch. */
  private readonly free = new Map<number, ArrayBuffer[]>();
  private lent: ArrayBuffer[] = [];

  /** A float32 buffer of n elements for the running batch: zeroed when asked, otherwise holding old values. */
  take(n: number, zero: boolean): Float32Array {
    const bytes = alignedBytes(n);
    const recycled = this.free.get(bytes)?.pop();
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
  run<T>(step: () => T, keep: (result: T) => readonly Tensor[]): T {
    if (activePool) return step();
    activePool = this;
    let kept: readonly Tensor[] = [];
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
    for (const list of this.free.values()) for (const b of list) bytes += b.byteLength;
    return bytes;
  }

  private reclaim(kept: ReadonlySet<ArrayBufferLike>): void {
    for (const buffer of this.lent) {
      if (kept.has(buffer)) continue; // now the caller's, like any other allocation
      const moved = structuredClone(buffer, { transfer: [buffer] });
      let list = this.free.get(moved.byteLength);
      if (!list) this.free.set(moved.byteLength, (list = []));
      list.push(moved);
    }
    this.lent = [];
  }
}

let activePool: StepPool | null = null;

/** The pool of the batch running now, if any (alloc.ts takes its buffers from it). */
export function activeStepPool(): StepPool | null {
  return activePool;
}
