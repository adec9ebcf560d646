/** The tape: whether ops record, and noGrad / withGrad scopes. */
import type { Tensor } from '../tensor/tensor.js';
import type { OpContexts, OpName } from './node.js';
/** Runs f without recording anything (inference, metrics, optimizer updates). */
export declare function noGrad<T>(f: () => T): T;
/** Runs f with recording on, even inside noGrad (used by the gradient functions). */
export declare function withGrad<T>(f: () => T): T;
/** True when an op on these inputs must record itself. */
export declare function needsGrad(inputs: readonly Tensor[]): boolean;
/** Attaches the op that produced `out`, when any input needs a gradient; returns `out`. */
export declare function record<K extends OpName>(op: K, inputs: Tensor[], out: Tensor, ctx: OpContexts[K]): Tensor;
