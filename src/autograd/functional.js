/** grad, valueAndGrad and variableGrads: gradients of functions. */
import { Tensor } from '../tensor/tensor.js';
import { withGrad } from '../ops/graph.js';
import { gradients } from './backward.js';
import { stopGradient } from '../ops/layout.js';
/**
 * JAX-style: valueAndGrad(f)(...args) evaluates f and the gradient of its scalar result
 * with respect to every argument. Gradients are returned, never stored on tensors.
 */
export function valueAndGrad(f) {
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
export function grad(f) {
    const vg = valueAndGrad(f);
    return (...args) => vg(...args).grads;
}
/** Evaluates f() and the gradient of its scalar result with respect to each variable (how training steps are taken). */
export function variableGrads(f, variables) {
    const value = withGrad(f);
    return { value: stopGradient(value), grads: gradients(value, variables) };
}
//# sourceMappingURL=functional.js.map