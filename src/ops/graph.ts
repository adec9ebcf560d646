/** The tape: whether ops record, and noGrad / withGrad scopes. */
import type { Tensor } from '../tensor/tensor.js';
import type { OpContexts, OpName } from './node.js';

/** Whether ops currently record how their outputs were computed. */
let recording = true;

/** Runs f without recording anything (inference, metrics, optimizer updates). */
export function noGrad<T>(f: () => T): T {
  const previous = recording;
  recording = false;
  try {
    return f();
  } finally {
    recording = previous;
  }
}

/** Runs f with recording on, even inside noGrad (used by the gradient functions). */
export function withGrad<T>(f: () => T): T {
  const previous = recording;
  recording = true;
  try {
    return f();
  } finally {
    recording = previous;
  }
}

/** True when an op on these inputs must record itself. */
export function needsGrad(inputs: readonly Tensor[]): boolean {
  return recording && inputs.some((t) => t.requiresGrad);
}

/** Attaches the op that produced `out`, when any input needs a gradient; returns `out`. */
export function record<K extends OpName>(op: K, inputs: Tensor[], out: Tensor, ctx: OpContexts[K]): Tensor {
  if (needsGrad(inputs)) {
    out.requiresGrad = true;
    out.node = { op, inputs, ctx };
  }
  return out;
}
