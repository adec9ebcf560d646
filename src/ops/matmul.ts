/** Matrix products (batched, transposed operands) and their recording for gradients. */
import { Tensor } from '../tensor/tensor.js';
import { outputBuffer } from '../tensor/alloc.js';
import { formatShape, shapesEqual, sizeOf } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { floatOperand, floatResult } from './operand.js';

export interface MatmulOptions {
  transposeA?: boolean;
  transposeB?: boolean;
}

/**
 * Matrix product of the last two axes: a (..., M, K) @ b (..., K, N) -> (..., M, N).
 * Leading (batch) axes must match, or one operand is a plain matrix shared by every batch.
 */
export function matmul(a: Tensor, b: Tensor, options: MatmulOptions = {}): Tensor {
  const ta = floatOperand(a, 'matmul', 'a');
  const tb = floatOperand(b, 'matmul', 'b');
  const { transposeA = false, transposeB = false } = options;
  if (ta.rank < 2 || tb.rank < 2) {
    throw new RangeError(
      `matmul: both operands must have rank >= 2. Received: a.shape=${formatShape(ta.shape)}, b.shape=${formatShape(tb.shape)}`,
    );
  }
  // Indexed reads, not slices: a small model's step makes a dozen products, each paying for its bookkeeping.
  const aRows = ta.shape[ta.rank - 2]!;
  const aCols = ta.shape[ta.rank - 1]!;
  const bRows = tb.shape[tb.rank - 2]!;
  const bCols = tb.shape[tb.rank - 1]!;
  const m = transposeA ? aCols : aRows;
  const k = transposeA ? aRows : aCols;
  const k2 = transposeB ? bCols : bRows;
  const n = transposeB ? bRows : bCols;
  if (k !== k2) {
    throw new RangeError(
      `matmul: inner dimensions must match. Received: a.shape=${formatShape(ta.shape)}, b.shape=${formatShape(tb.shape)}${transposeA || transposeB ? ` (transposeA=${transposeA}, transposeB=${transposeB})` : ''}`,
    );
  }
  const aBatched = ta.rank > 2;
  const bBatched = tb.rank > 2;
  const aBatch = aBatched ? ta.shape.slice(0, -2) : [];
  const bBatch = bBatched ? tb.shape.slice(0, -2) : [];
  if (aBatched && bBatched && !shapesEqual(aBatch, bBatch)) {
    throw new RangeError(
      `matmul: batch dimensions must match (or one operand must be 2-D). Received: a.shape=${formatShape(ta.shape)}, b.shape=${formatShape(tb.shape)}`,
    );
  }
  const batchShape = aBatched ? aBatch : bBatch;
  const batch = sizeOf(batchShape);
  const out = outputBuffer(batch * m * n);
  kernels().matmul(ta.f32(), tb.f32(), out, batch, m, n, k, transposeA, transposeB, aBatched ? m * k : 0, bBatched ? k * n : 0);
  return record('matmul', [ta, tb], floatResult(out, [...batchShape, m, n]), { transposeA, transposeB });
}
