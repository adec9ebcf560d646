/** grad, valueAndGrad and variableGrads: gradients of functions. */
import { Tensor, type Variable } from '../tensor/tensor.js';
export interface ValueAndGrads {
    value: Tensor;
    grads: Tensor[];
}
/**
 * JAX-style: valueAndGrad(f)(...args) evaluates f and the gradient of its scalar result
 * with respect to every argument. Gradients are returned, never stored on tensors.
 */
export declare function valueAndGrad(f: (...args: Tensor[]) => Tensor): (...args: Tensor[]) => ValueAndGrads;
/** grad(f)(...args): the gradients of f's scalar result with respect to each argument. */
export declare function grad(f: (...args: Tensor[]) => Tensor): (...args: Tensor[]) => Tensor[];
/** Evaluates f() and the gradient of its scalar result with respect to each variable (how training steps are taken). */
export declare function variableGrads(f: () => Tensor, variables: readonly Variable[]): ValueAndGrads;
