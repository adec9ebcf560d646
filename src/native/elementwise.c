/*
 * Memory-bound element-wise kernels on the hot path of training: relu and its gradient, the
 * four arithmetic ops where b is the same length as a, a scalar, or repeats every `period`
 * values (a bias over the last axis), and sums over the middle axis of (outer, size, inner).
 * Semantics match the reference kernels exactly (NaN handling included); sums accumulate in double.
 */
#include "candor.h"
#include <stddef.h>

void candor_relu(const float *x, float *out, size_t n) {
  for (size_t i = 0; i < n; i++) out[i] = x[i] > 0 ? x[i] : 0.0f;
}

void candor_relu_grad(const float *x, const float *dy, float *dx, size_t n) {
  for (size_t i = 0; i < n; i++) dx[i] = x[i] > 0 ? dy[i] : 0.0f;
}

/* out[i] = a[i] op b[i % period] (period = n: same shape; 1: scalar). */
#define ARITH(NAME, OP)                                                                                   \
  static void NAME(const float *a, const float *b, float *out, size_t n, size_t period) {                 \
    if (period == n) { for (size_t i = 0; i < n; i++) out[i] = a[i] OP b[i]; return; }                  \
    if (period == 1) { const float v = b[0]; for (size_t i = 0; i < n; i++) out[i] = a[i] OP v; return; } \
    for (size_t row = 0; row < n; row += period)                                                          \
      for (size_t j = 0; j < period; j++) out[row + j] = a[row + j] OP b[j];                              \
  }
ARITH(arith_add, +)
ARITH(arith_sub, -)
ARITH(arith_mul, *)
ARITH(arith_div, /)

int candor_arith(int kind, const float *a, const float *b, float *out, size_t n, size_t period) {
  switch (kind) {
    case 0: arith_add(a, b, out, n, period); return 1;
    case 1: arith_sub(a, b, out, n, period); return 1;
    case 2: arith_mul(a, b, out, n, period); return 1;
    case 3: arith_div(a, b, out, n, period); return 1;
    default: return 0;
  }
}

void candor_reduce_sum(const float *x, size_t outer, size_t size, size_t inner, float *out) {
  double acc[256];
  for (size_t o = 0; o < outer; o++) {
    const float *base = x + o * size * inner;
    /* Blocks of up to 256 inner positions: each block streams the rows once. */
    for (size_t j0 = 0; j0 < inner; j0 += 256) {
      const size_t w = inner - j0 < 256 ? inner - j0 : 256;
      for (size_t j = 0; j < w; j++) acc[j] = 0.0;
      for (size_t s = 0; s < size; s++) {
        const float *row = base + s * inner + j0;
        for (size_t j = 0; j < w; j++) acc[j] += row[j];
      }
      for (size_t j = 0; j < w; j++) out[o * inner + j0 + j] = (float)acc[j];
    }
  }
}
