/*
 * Fused bias + activation (relu or identity) over a (rows, cols) buffer, bias along cols, and its
 * gradient. Forward values equal a separate add then relu exactly (the sum is rounded to float
 * first); the bias gradient sums in double like the reference reduction, per thread, then the
 * thread partials are added in order.
 */
#include "candor.h"
#include <stdlib.h>
#include <immintrin.h>

typedef struct {
  const float *x, *bias, *dy;
  float *out;
  double *partials;
  size_t cols;
  int relu;
} bias_job;

/*
 * One row of act(x + bias) at each vector width: the addon's baseline is SSE2, and a convolution's
 * epilogue over each sample's output ran at that width (AVX-512 rows: conv2 of W2's forward pass
 * ~2 % faster, 342 -> 348 GFLOP/s in alternating Node runs, Zen 5). Each element gets the same
 * operations at any width: the sum rounded to float, then z > 0 ? z : 0, which max(z, 0) matches
 * (it returns its second operand, +0, for a NaN and for -0). The width follows the GEMM's
 * (CANDOR_ISA lowers both).
 */
#define FORWARD_ROW(NAME, TARGET, VEC, VTYPE, LOAD, STORE, ADD, MAX, ZERO)                                                    \
  __attribute__((target(TARGET))) static void NAME(const float *x, const float *bias, float *out, size_t cols, int relu) {   \
    size_t c = 0;                                                                                                            \
    for (; c + VEC <= cols; c += VEC) {                                                                                      \
      const VTYPE z = ADD(LOAD(x + c), LOAD(bias + c));                                                                      \
      STORE(out + c, relu ? MAX(z, ZERO()) : z);                                                                             \
    }                                                                                                                        \
    for (; c < cols; c++) {                                                                                                  \
      const float z = x[c] + bias[c];                                                                                        \
      out[c] = relu ? (z > 0 ? z : 0.0f) : z;                                                                                \
    }                                                                                                                        \
  }
FORWARD_ROW(forward_row_avx512, "avx512f", 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_add_ps, _mm512_max_ps, _mm512_setzero_ps)
FORWARD_ROW(forward_row_avx2, "avx2", 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_add_ps, _mm256_max_ps, _mm256_setzero_ps)
FORWARD_ROW(forward_row_sse2, "sse2", 4, __m128, _mm_loadu_ps, _mm_storeu_ps, _mm_add_ps, _mm_max_ps, _mm_setzero_ps)

static void forward_rows(void *p, size_t begin, size_t end) {
  const bias_job *j = (const bias_job *)p;
  const int lanes = candor_gemm_lanes();
  void (*row)(const float *, const float *, float *, size_t, int) = lanes == 16 ? forward_row_avx512 : lanes == 8 ? forward_row_avx2 : forward_row_sse2;
  for (size_t r = begin; r < end; r++) row(j->x + r * j->cols, j->bias, j->out + r * j->cols, j->cols, j->relu);
}

void candor_bias_activation_serial(const float *x, const float *bias, float *out, size_t rows, size_t cols, int relu) {
  bias_job j = {.x = x, .bias = bias, .out = out, .cols = cols, .relu = relu};
  forward_rows(&j, 0, rows);
}

void candor_bias_activation(const float *x, const float *bias, float *out, size_t rows, size_t cols, int relu) {
  bias_job j = {.x = x, .bias = bias, .out = out, .cols = cols, .relu = relu};
  candor_parallel_for(rows, cols ? ((size_t)1 << 16) / cols + 1 : rows, forward_rows, &j);
}

/* Rows [begin, end) of one part; its bias partial is the slot of the part that starts at `begin`. */
typedef struct {
  bias_job *job;
  size_t rows;
  int parts;
} grad_job;

static void grad_part(void *p, int part, int parts) {
  const grad_job *g = (const grad_job *)p;
  const bias_job *j = g->job;
  const size_t cols = j->cols, begin = g->rows * part / parts, end = g->rows * (part + 1) / parts;
  double *acc = j->partials + (size_t)part * cols;
  for (size_t c = 0; c < cols; c++) acc[c] = 0.0;
  /* Blocks of rows: dx for the block (a vectorisable blend), then the block added into the double sums while it is still in cache. */
  for (size_t r0 = begin; r0 < end; r0 += 64) {
    const size_t r1 = end - r0 < 64 ? end : r0 + 64;
    for (size_t r = r0; r < r1; r++) {
      const float *y = j->x + r * cols, *dy = j->dy + r * cols;
      float *dx = j->out + r * cols;
      if (j->relu) {
        for (size_t c = 0; c < cols; c++) {
          const float d = dy[c];
          dx[c] = y[c] > 0 ? d : 0.0f;
        }
      } else {
        for (size_t c = 0; c < cols; c++) dx[c] = dy[c];
      }
    }
    for (size_t r = r0; r < r1; r++) {
      const float *dx = j->out + r * cols;
      for (size_t c = 0; c < cols; c++) acc[c] += dx[c];
    }
  }
}

void candor_bias_activation_grad(const float *y, const float *dy, float *dx, float *dbias, size_t rows, size_t cols, int relu) {
  int parts = rows * cols < ((size_t)1 << 16) ? 1 : candor_threads();
  if ((size_t)parts > rows) parts = rows ? (int)rows : 1;
  double *partials = (double *)malloc(sizeof(double) * (size_t)parts * (cols ? cols : 1));
  bias_job j = {.x = y, .dy = dy, .out = dx, .partials = partials, .cols = cols, .relu = relu};
  grad_job g = {&j, rows, parts};
  candor_parallel(grad_part, &g, parts);
  for (size_t c = 0; c < cols; c++) {
    double s = 0;
    for (int p = 0; p < parts; p++) s += partials[(size_t)p * cols + c];
    dbias[c] = (float)s;
  }
  free(partials);
}
