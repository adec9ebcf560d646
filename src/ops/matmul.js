import { outputBuffer } from '../tensor/alloc.js';
import { formatShape, shapesEqual, sizeOf } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { floatOperand, floatResult } from './operand.js';
/**
 * Matrix product of the last two axes: a (..., M, K) @ b (..., K, N) -> (..., M, N).
 * Leading (batch) axes must match, or one operand is a plain matrix shared by every batch.
 */
export function matmul(a, b, options = {}) {
    const ta = floatOperand(a, 'matmul', 'a');
    const tb = floatOperand(b, 'matmul', 'b');
    const { transposeA = false, transposeB = false } = options;
    if (ta.rank < 2 || tb.rank < 2) {
        throw new RangeError(`matmul: both operands must have rank >= 2. Received: a.shape=${formatShape(ta.shape)}, b.shape=${formatShape(tb.shape)}`);
    }
    const [aRows, aCols] = ta.shape.slice(-2);
    const [bRows, bCols] = tb.shape.slice(-2);
    const [m, k] = transposeA ? [aCols, aRows] : [aRows, aCols];
    const [k2, n] = transposeB ? [bCols, bRows] : [bRows, bCols];
    if (k !== k2) {
        throw new RangeError(`matmul: inner dimensions must match. Received: a.shape=${formatShape(ta.shape)}, b.shape=${formatShape(tb.shape)}${transposeA || transposeB ? ` (transposeA=${transposeA}, transposeB=${transposeB})` : ''}`);
    }
    const aBatch = ta.shape.slice(0, -2);
    const bBatch = tb.shape.slice(0, -2);
    if (aBatch.length > 0 && bBatch.length > 0 && !shapesEqual(aBatch, bBatch)) {
        throw new RangeError(`matmul: batch dimensions must match (or one operand must be 2-D). Received: a.shape=${formatShape(ta.shape)}, b.shape=${formatShape(tb.shape)}`);
    }
    const batchShape = aBatch.length > 0 ? aBatch : bBatch;
    const batch = sizeOf(batchShape);
    const out = outputBuffer(batch * m * n);
    kernels().matmul(ta.f32(), tb.f32(), out, batch, m, n, k, transposeA, transposeB, aBatch.length > 0 ? m * k : 0, bBatch.length > 0 ? k * n : 0);
    return record('matmul', [ta, tb], floatResult(out, [...batchShape, m, n]), { transposeA, transposeB });
}
//# sourceMappingURL=matmul.js.map