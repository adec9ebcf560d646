/** Reverse-mode differentiation over the tape. */
import { Tensor } from '../tensor/tensor.js';
import { formatShape } from '../tensor/shape.js';
import type { GraphNode, OpName } from '../ops/node.js';
import { noGrad } from '../ops/graph.js';
import { accumulatingRules, gradRules } from './grad-rules.js';
import { kernels } from '../kernels/backend.js';
import { floatResult } from '../ops/operand.js';
import { zeroBuffer } from '../tensor/alloc.js';

/** Tensors reachable from `root` through recorded ops, inputs before the tensors computed from them. */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  // Iterative DFS: deep graphs (long training unrolls) must not overflow the call stack.
  const stack: [Tensor, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [t, expanded] = stack.pop()!;
    if (expanded) {
      order.push(t);
      continue;
    }
    if (seen.has(t)) continue;
    seen.add(t);
    stack.push([t, true]);
    for (const input of t.node?.inputs ?? []) if (input.requiresGrad && !seen.has(input)) stack.push([input, false]);
  }
  return order;
}

function applyRule<K extends OpName>(node: GraphNode<K>, dy: Tensor, out: Tensor, needs: boolean[]): (Tensor | null)[] {
  return (gradRules[node.op] as (dy: Tensor, node: GraphNode<K>, out: Tensor, needs: boolean[]) => (Tensor | null)[])(dy, node, out, needs);
}

/**
 * Gradients of `y` with respect to each of `xs` (zeros where y does not depend on one).
 * y must be a scalar unless `dy` (the gradient flowing into y) is given. First-order only.
 */
export function gradients(y: Tensor, xs: readonly Tensor[], dy?: Tensor): Tensor[] {
  if (dy === undefined && y.size !== 1) {
    throw new RangeError(`grad: the differentiated function must return a scalar. Received: shape=${formatShape(y.shape)}`);
  }
  return noGrad(() => {
    const grads = new Map<Tensor, Tensor>();
    /**
     * Gradient buffers this pass allocated for one tensor alone (a sum of several contributions):
     * later contributions are added into them in place. A gradient a rule returned may be shared
     * (add passes dy to both operands), so it is copied before anything is added into it.
     */
    const owned = new Set<Tensor>();
    const ownedFor = (input: Tensor): Tensor => {
      const previous = grads.get(input);
      if (previous && owned.has(input)) return previous;
      const buffer = floatResult(previous ? Float32Array.from(previous.f32()) : zeroBuffer(input.size), input.shape);
      grads.set(input, buffer);
      owned.add(input);
      return buffer;
    };
    grads.set(y, dy ?? floatResult(new Float32Array(y.size).fill(1), y.shape));
    const order = topologicalOrder(y);
    for (let i = order.length - 1; i >= 0; i--) {
      const t = order[i]!;
      const g = grads.get(t);
      if (!t.node || g === undefined) continue;
      const needs = t.node.inputs.map((input) => input.requiresGrad);
      // An op whose gradient adds into its (single) input's, such as slice, skips its full-size rule.
      const accumulate = accumulatingRules[t.node.op] as ((dy: Tensor, node: GraphNode, into: Float32Array) => void) | undefined;
      if (accumulate) {
        if (needs[0]) accumulate(g, t.node, ownedFor(t.node.inputs[0]!).f32());
        continue;
      }
      const inputGrads = applyRule(t.node, g, t, needs);
      t.node.inputs.forEach((input, j) => {
        const gi = inputGrads[j];
        if (!needs[j] || !gi) return;
        if (!grads.has(input)) {
          grads.set(input, gi);
          return;
        }
        const sum = ownedFor(input);
        if (gi.size !== sum.size)
          throw new RangeError(`grad: a gradient of shape ${formatShape(gi.shape)} reached a tensor of shape ${formatShape(sum.shape)}`);
        kernels().binary('add', sum.f32(), [], gi.f32(), [], sum.f32(), sum.shape);
      });
    }
    return xs.map((x) => grads.get(x) ?? floatResult(zeroBuffer(x.size), x.shape));
  });
}
