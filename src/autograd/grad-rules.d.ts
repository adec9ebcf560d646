/** The gradient rule of every op, in one exhaustive table. */
import { Tensor } from '../tensor/tensor.js';
import type { GraphNode, OpName } from '../ops/node.js';
type Grads = (Tensor | null)[];
/** A rule maps the output gradient to one gradient per input; `needs[i]` is false for inputs that want none. */
type GradRule<K extends OpName> = (dy: Tensor, node: GraphNode<K>, out: Tensor, needs: readonly boolean[]) => Grads;
type GradRules = {
    [K in OpName]: GradRule<K>;
};
/** Sums a broadcast gradient back down to the shape of the operand it came from. */
export declare function sumToShape(g: Tensor, shape: readonly number[]): Tensor;
/** The gradient of every differentiable primitive. The mapped type makes a missing rule a compile error. */
/**
 * Rules that add an op's input gradient straight into the buffer being summed for that input.
 * backward uses them instead of the op's full rule, so a slice taken once per time step does not
 * allocate and add a full-size zero gradient per step (which made recurrent layers O(time²)).
 * Only ops whose contribution touches each element at most once: the sum is then exactly what
 * adding the rule's tensor would give (gather's repeated indices would reorder the additions).
 */
export declare const accumulatingRules: {
    [K in OpName]?: (dy: Tensor, node: GraphNode<K>, into: Float32Array) => void;
};
export declare const gradRules: GradRules;
export {};
