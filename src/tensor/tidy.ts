/**
 * tidy(fn): TF.js's tf.tidy for Candor's own memory. While fn runs, every large tensor it makes
 * takes its memory from the thread's step pool (tensor/step-pool.ts), as the intermediates of a
 * fit/evaluate/predict batch do; when fn returns, the tensors it returns are kept and the memory
 * of every other one goes back to the pool for the next tidy or batch.
 *
 * Why: JavaScript frees a discarded tensor only when the collector runs, so a loop that makes one
 * 4 MB product after another writes a new, cold buffer each time (and gives the collector work on
 * the cores the product runs on), where PyTorch's reference counting frees each output at once
 * and its next product writes the same warm memory. A 1024³ product in tidy writes the memory
 * the previous one used (bench G1's `candor tidy` row).
 *
 * The contract is tf.tidy's: a tensor made inside and kept past the end by other means than the
 * return value (stored in an outer variable, say) is released, and reading it throws naming the
 * cause. Variables copy their values (Variable's constructor and assign), so models and weights
 * made or updated inside are safe.
 */
import { Tensor } from './tensor.js';
import { sharedStepPool, type HeldMemory } from './step-pool.js';
import { describe } from './describe.js';

/** What tidy keeps of a return value: the memory under each tensor (or typed array) in it. */
function heldMemory(result: unknown): HeldMemory[] {
  const held: HeldMemory[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Tensor) held.push(value);
    else if (ArrayBuffer.isView(value)) held.push({ data: value });
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value instanceof Map) value.forEach(visit);
    else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
      Object.values(value).forEach(visit);
  };
  visit(result);
  return held;
}

/**
 * Runs fn and returns its result (a tensor, or arrays, plain objects and Maps of them, nested;
 * typed arrays are kept too); the memory of every other tensor fn made is recycled. Takes an
 * optional name first, as tf.tidy does (it only labels errors). fn must be synchronous.
 */
export function tidy<T>(fn: () => T): T;
export function tidy<T>(name: string, fn: () => T): T;
export function tidy<T>(nameOrFn: string | (() => T), maybeFn?: () => T): T {
  const named = typeof nameOrFn === 'string';
  const fn = named ? maybeFn : nameOrFn;
  const label = named ? `tidy("${nameOrFn}")` : 'tidy';
  if (typeof fn !== 'function') {
    throw new TypeError(
      `${label}: expected ${named ? 'a function after the name' : 'a function (or a name, then a function)'}. Received: ${describe(fn)}`,
    );
  }
  if (!named && maybeFn !== undefined)
    throw new TypeError(`tidy: a function comes alone or after a name. Received a second argument: ${describe(maybeFn)}`);
  return sharedStepPool().run(() => {
    const result = fn();
    if (typeof result === 'object' && result !== null && typeof (result as { then?: unknown }).then === 'function') {
      throw new TypeError(
        `${label}: the function returned a Promise. tidy runs synchronous code only (as TF.js's tf.tidy): the memory it lends would be recycled while the async function still uses it; await outside tidy, and tidy each synchronous part.`,
      );
    }
    return result;
  }, heldMemory);
}
