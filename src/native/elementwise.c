/*
 * Memory-bound element-wise kernels on the hot path of training: relu and its gradient, the
 * four arithmetic ops where b is the same length as a, a scalar, repeats every `period`
 * values (a bias over the last axis) or holds one value per row of `repeat` values (a per-row
 * statistic such as LayerNormalization's mean), and sums over the middle axis of (outer, size, inner).
 * Semantics match the reference kernels exactly (NaN handling included); sums accumulate in double.
 */
#include "candor.h"
#include <stddef.h>

/* Large element-wise calls are shared between threads: a core alone cannot saturate memory bandwidth. */
#define GRAIN ((size_t)1 << 17)

enum { ARITH_SAME, ARITH_SCALAR, ARITH_BIAS, ARITH_ROWS };

typedef struct {
  const float *x, *dy, *b;
  float *out;
  size_t period;
  int kind, mode;
} ew_job;

static void relu_range(void *p, size_t begin, size_t end) {
  const ew_job *j = (const ew_job *)p;
  const float *x = j->x;
  float *out = j->out;
  for (size_t i = begin; i < end; i++) out[i] = x[i] > 0 ? x[i] : 0.0f;
}

static void relu_grad_range(void *p, size_t begin, size_t end) {
  const ew_job *j = (const ew_job *)p;
  const float *x = j->x, *dy = j->dy;
  float *dx = j->out;
  for (size_t i = begin; i < end; i++) {
    const float g = dy[i]; /* an unconditional load lets the loop vectorise as a blend (no branch to mispredict) */
    dx[i] = x[i] > 0 ? g : 0.0f;
  }
}

void candor_relu(const float *x, float *out, size_t n) {
  ew_job j = {.x = x, .out = out};
  candor_parallel_for(n, GRAIN, relu_range, &j);
}

void candor_relu_grad(const float *x, const float *dy, float *dx, size_t n) {
  ew_job j = {.x = x, .dy = dy, .out = dx};
  candor_parallel_for(n, GRAIN, relu_grad_range, &j);
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

/* out[r·repeat + k] = a[r·repeat + k] op b[r]: one b value per row of `repeat` values. */
#define ARITH_ROWWISE(NAME, OP)                                                                           \
  static void NAME(const float *a, const float *b, float *out, size_t rows, size_t repeat) {              \
    for (size_t r = 0; r < rows; r++) {                                                                   \
      const float v = b[r];                                                                               \
      for (size_t k = 0; k < repeat; k++) out[r * repeat + k] = a[r * repeat + k] OP v;                   \
    }                                                                                                     \
  }
ARITH_ROWWISE(rows_add, +)
ARITH_ROWWISE(rows_sub, -)
ARITH_ROWWISE(rows_mul, *)
ARITH_ROWWISE(rows_div, /)

/*
 * Parts of an arithmetic call: element ranges when b is the same length (b advances with a) or a
 * scalar, whole rows when b is a bias repeating every `period` values (each part starts at b[0])
 * or a per-row value (rows [begin, end) read b[begin, end)).
 */
static void arith_range(void *p, size_t begin, size_t end) {
  const ew_job *j = (const ew_job *)p;
  if (j->mode == ARITH_ROWS) {
    const size_t r = j->period, from = begin * r;
    switch (j->kind) {
      case 0: rows_add(j->x + from, j->b + begin, j->out + from, end - begin, r); break;
      case 1: rows_sub(j->x + from, j->b + begin, j->out + from, end - begin, r); break;
      case 2: rows_mul(j->x + from, j->b + begin, j->out + from, end - begin, r); break;
      default: rows_div(j->x + from, j->b + begin, j->out + from, end - begin, r); break;
    }
    return;
  }
  const int rows = j->mode == ARITH_BIAS;
  const size_t from = rows ? begin * j->period : begin, count = rows ? (end - begin) * j->period : end - begin;
  const float *b = j->mode == ARITH_SAME ? j->b + from : j->b;
  const size_t period = j->mode == ARITH_SAME ? count : j->mode == ARITH_SCALAR ? 1 : j->period;
  switch (j->kind) {
    case 0: arith_add(j->x + from, b, j->out + from, count, period); break;
    case 1: arith_sub(j->x + from, b, j->out + from, count, period); break;
    case 2: arith_mul(j->x + from, b, j->out + from, count, period); break;
    default: arith_div(j->x + from, b, j->out + from, count, period); break;
  }
}

int candor_arith(int kind, const float *a, const float *b, float *out, size_t n, size_t period, size_t repeat) {
  if (kind < 0 || kind > 3) return 0;
  if (repeat > 1) {
    /* b holds n / repeat values, one per row. */
    ew_job j = {.x = a, .b = b, .out = out, .kind = kind, .period = repeat, .mode = ARITH_ROWS};
    candor_parallel_for(n / repeat, (GRAIN + repeat - 1) / repeat, arith_range, &j);
    return 1;
  }
  const int mode = period == n ? ARITH_SAME : period == 1 ? ARITH_SCALAR : ARITH_BIAS;
  ew_job j = {.x = a, .b = b, .out = out, .kind = kind, .period = period, .mode = mode};
  if (mode == ARITH_BIAS) candor_parallel_for(n / period, (GRAIN + period - 1) / period, arith_range, &j);
  else candor_parallel_for(n, GRAIN, arith_range, &j);
  return 1;
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
