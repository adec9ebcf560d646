/** grad, valueAndGrad and variableGrads: gradients of functions. */
import { Tensor, type Variable } from '../tensor/tensor.js';
import { withGrad } from '../ops/graph.js';
import { gradients } from './backward.js';
import { stopGradient } from '../ops/layout.js';

export interface ValueAndGrads {
  value: Tensor;
  grads: Tensor[];
}

/**
 * JAX-style: valueAndGrad(f)(...args) evaluates f and the gradient of its scalar result
 * with respect to every argument. Gradients are returned, never stored on tensors.
 */
export function valueAndGrad(f: (...args: Tensor[]) => Tensor): (...args: Tensor[]) => ValueAndGrads {
  return (...args) => {
    const leaves = args.map((a) => {
      const leaf = new Tensor(a.data, a.shape, a.dtype);
      leaf.requiresGrad = true;
      return leaf;
    });
    const value = withGrad(() => f(...leaves));
    return { value: stopGradient(value), grads: gradients(value, leaves) };
  };
}

/** grad(f)(...args): the gradients of f's scalar result with respect to each argument. */
export function grad(f: (...args: Tensor[]) => Tensor): (...args: Tensor[]) => Tensor[] {
  const vg = valueAndGrad(f);
  return (...args) => vg(...args).grads;
}

/** Evaluates f() and the gradient of its scalar result with respect to each variable (how training steps are taken). */
export function variableGrads(f: () => Tensor, variables: readonly Variable[]): ValueAndGrads {
  const value = withGrad(f);
  return { value: stopGradient(value), grads: gradients(value, variables) };
}
