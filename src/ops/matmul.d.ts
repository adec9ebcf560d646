/** Matrix products (batched, transposed operands) and their recording for gradients. */
import { Tensor } from '../tensor/tensor.js';
export interface MatmulOptions {
    transposeA?: boolean;
    transposeB?: boolean;
}
/**
 * Matrix product of the last two axes: a (..., M, K) @ b (..., K, N) -> (..., M, N).
 * Leading (batch) axes must match, or one operand is a plain matrix shared by every batch.
 */
export declare function matmul(a: Tensor, b: Tensor, options?: MatmulOptions): Tensor;
