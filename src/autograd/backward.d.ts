/** Reverse-mode differentiation over the tape. */
import { Tensor } from '../tensor/tensor.js';
/**
 * Gradients of `y` with respect to each of `xs` (zeros where y does not depend on one).
 * y must be a scalar unless `dy` (the gradient flowing into y) is given. First-order only.
 */
export declare function gradients(y: Tensor, xs: readonly Tensor[], dy?: Tensor): Tensor[];
