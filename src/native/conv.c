/*
 * Channels-last convolution as GEMM. A chunk of samples is unfolded (im2col) into
 *   col (chunk*OH*OW, KH*KW*Cin), whose column order (kh, kw, ci) matches the kernel (KH,KW,Cin,Cout) seen as (K, Cout):
 *   forward          y   (rows, Cout) = col @ W
 *   backprop input   dcol(rows, K)    = dy @ W^T, then folded back (col2im) into dx
 *   backprop filter  dW  (K, Cout)   += col^T @ dy
 * Each thread takes its own range of samples and unfolds a chunk small enough to stay in its L2
 * cache before the GEMM reads it back (a batch-sized col buffer made every pass a trip to
 * memory). Filter gradients go to one partial dW per thread, added in part order.
 */
#include "candor.h"
#include <string.h>
#include <immintrin.h>

#define CHUNK_BYTES (1u << 20) /* unfolded chunk per thread: half of a 2 MiB L2 */

static int chunk_samples(const candor_conv_geometry *g) {
  const size_t per = (size_t)g->outH * g->outW * g->kH * g->kW * g->inC * sizeof(float);
  size_t n = per ? CHUNK_BYTES / per : (size_t)g->batch;
  if (n < 1) n = 1;
  if (n > (size_t)g->batch) n = (size_t)g->batch;
  return (int)n;
}

/* Visits every (output position, kernel tap) of samples [b0, b0+n): col row r, column block kofs. */
#define FOR_EACH_TAP(g, b0, n, BODY)                                                          \
  for (int b = 0; b < (n); b++)                                                               \
    for (int oh = 0; oh < (g)->outH; oh++)                                                    \
      for (int ow = 0; ow < (g)->outW; ow++) {                                                \
        const size_t r = ((size_t)b * (g)->outH + oh) * (g)->outW + ow;                       \
        for (int kh = 0; kh < (g)->kH; kh++) {                                                \
          const int ih = oh * (g)->strideH - (g)->padTop + kh * (g)->dilationH;               \
          for (int kw = 0; kw < (g)->kW; kw++) {                                              \
            const int iw = ow * (g)->strideW - (g)->padLeft + kw * (g)->dilationW;            \
            const size_t kofs = ((size_t)kh * (g)->kW + kw) * (g)->inC;                       \
            const int inside = ih >= 0 && ih < (g)->inH && iw >= 0 && iw < (g)->inW;          \
            const size_t xofs = inside ? ((((size_t)(b0) + b) * (g)->inH + ih) * (g)->inW + iw) * (g)->inC : 0; \
            BODY                                                                              \
          }                                                                                   \
        }                                                                                     \
      }

static void im2col(const float *x, float *col, const candor_conv_geometry *g, int b0, int n) {
  const size_t K = (size_t)g->kH * g->kW * g->inC;
  FOR_EACH_TAP(g, b0, n, {
    float *dst = col + r * K + kofs;
    if (inside) memcpy(dst, x + xofs, sizeof(float) * g->inC);
    else memset(dst, 0, sizeof(float) * g->inC);
  })
}

/*
 * col2im at each vector width: the addon's baseline is SSE2 and the channel loop ran at that width
 * (a fifth of a conv2 input gradient on Zen 5). Each element's additions are the same at any
 * width (only independent channels share a vector), so every path gives the same sums; the path
 * follows the GEMM's (CANDOR_ISA lowers both).
 */
#define COL2IM_ADD(NAME, TARGET, VEC, LOAD, STORE, ADD)                                                                        \
  __attribute__((target(TARGET))) static void NAME(const float *restrict col, float *restrict dx, const candor_conv_geometry *g, int b0, \
                                                   int n) {                                                                   \
    const size_t K = (size_t)g->kH * g->kW * g->inC;                                                                           \
    FOR_EACH_TAP(g, b0, n, {                                                                                                   \
      if (inside) {                                                                                                            \
        const float *src = col + r * K + kofs;                                                                                 \
        float *dst = dx + xofs;                                                                                                \
        int ci = 0;                                                                                                            \
        for (; ci + VEC <= g->inC; ci += VEC) STORE(dst + ci, ADD(LOAD(dst + ci), LOAD(src + ci)));                            \
        for (; ci < g->inC; ci++) dst[ci] += src[ci];                                                                          \
      }                                                                                                                        \
    })                                                                                                                         \
  }
COL2IM_ADD(col2im_add_avx512, "avx512f", 16, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_add_ps)
COL2IM_ADD(col2im_add_avx2, "avx2", 8, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_add_ps)
COL2IM_ADD(col2im_add_sse2, "sse2", 4, _mm_loadu_ps, _mm_storeu_ps, _mm_add_ps)

static void col2im_add(const float *col, float *dx, const candor_conv_geometry *g, int b0, int n) {
  const int lanes = candor_gemm_lanes();
  if (lanes == 16) col2im_add_avx512(col, dx, g, b0, n);
  else if (lanes == 8) col2im_add_avx2(col, dx, g, b0, n);
  else col2im_add_sse2(col, dx, g, b0, n);
}

typedef struct {
  const candor_conv_geometry *g;
  const float *in, *w;
  float *out;
  float *partials[64]; /* backprop filter: each part's dW */
  const float *bias;   /* forward: optional fused epilogue act(y + bias) */
  int relu;
} conv_job;

/* This part's sample range [*s0, *s1). */
static void samples_of(const candor_conv_geometry *g, int part, int parts, int *s0, int *s1) {
  *s0 = (int)((long)g->batch * part / parts);
  *s1 = (int)((long)g->batch * (part + 1) / parts);
}

static void forward_part(void *arg, int part, int parts) {
  const conv_job *j = (const conv_job *)arg;
  const candor_conv_geometry *g = j->g;
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  int s0, s1;
  samples_of(g, part, parts, &s0, &s1);
  const int shallow = candor_conv_shallow_applies(g);
  float *col = shallow ? 0 : candor_scratch(CANDOR_SCRATCH_COL, (size_t)chunk * P * K);
  for (int b0 = s0; b0 < s1; b0 += chunk) {
    const int n = s1 - b0 < chunk ? s1 - b0 : chunk;
    float *y = j->out + (size_t)b0 * P * g->outC;
    if (shallow) {
      candor_conv_shallow_forward(j->in, j->w, j->bias, j->relu, y, g, b0, n); /* with the epilogue */
      continue;
    }
    im2col(j->in, col, g, b0, n);
    candor_gemm_serial(col, j->w, y, n * P, g->outC, K, 0, 0, 0);
    if (j->bias) candor_bias_activation_serial(y, j->bias, y, (size_t)n * P, g->outC, j->relu);
  }
}

static void backprop_input_part(void *arg, int part, int parts) {
  const conv_job *j = (const conv_job *)arg;
  const candor_conv_geometry *g = j->g;
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  const size_t inSize = (size_t)g->inH * g->inW * g->inC;
  int s0, s1;
  samples_of(g, part, parts, &s0, &s1);
  memset(j->out + (size_t)s0 * inSize, 0, sizeof(float) * (size_t)(s1 - s0) * inSize);
  float *col = candor_scratch(CANDOR_SCRATCH_COL, (size_t)chunk * P * K);
  for (int b0 = s0; b0 < s1; b0 += chunk) {
    const int n = s1 - b0 < chunk ? s1 - b0 : chunk;
    candor_gemm_serial(j->in + (size_t)b0 * P * g->outC, j->w, col, n * P, K, g->outC, 0, 1, 0);
    col2im_add(col, j->out, g, b0, n);
  }
}

static void backprop_filter_part(void *arg, int part, int parts) {
  conv_job *j = (conv_job *)arg;
  const candor_conv_geometry *g = j->g;
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  int s0, s1;
  samples_of(g, part, parts, &s0, &s1);
  float *dw = part == 0 ? j->out : candor_scratch(CANDOR_SCRATCH_PARTIAL, (size_t)K * g->outC);
  j->partials[part] = dw;
  if (s0 >= s1) memset(dw, 0, sizeof(float) * (size_t)K * g->outC);
  const int shallow = candor_conv_shallow_applies(g);
  float *col = candor_scratch(CANDOR_SCRATCH_COL, shallow ? candor_conv_shallow_filter_scratch(g, chunk) : (size_t)chunk * P * K);
  for (int b0 = s0; b0 < s1; b0 += chunk) {
    const int n = s1 - b0 < chunk ? s1 - b0 : chunk;
    if (shallow) {
      candor_conv_shallow_filter(j->in, j->w, dw, g, b0, n, b0 == s0, col);
      continue;
    }
    im2col(j->in, col, g, b0, n);
    candor_gemm_serial(col, j->w + (size_t)b0 * P * g->outC, dw, K, g->outC, n * P, 1, 0, b0 > s0);
  }
}

/* Threads for a convolution of this size: one sample range per thread, unless the work is tiny. */
static int conv_parts(const candor_conv_geometry *g) {
  const double macs = (double)g->batch * g->outH * g->outW * g->outC * g->kH * g->kW * g->inC;
  int parts = macs < 2e5 ? 1 : candor_threads();
  if (parts > g->batch) parts = g->batch > 0 ? g->batch : 1;
  return parts > 64 ? 64 : parts;
}

void candor_conv2d(const float *x, const float *w, float *y, const candor_conv_geometry *g) {
  candor_conv2d_bias_activation(x, w, 0, 0, y, g);
}

void candor_conv2d_bias_activation(const float *x, const float *w, const float *bias, int relu, float *y, const candor_conv_geometry *g) {
  conv_job j = {.g = g, .in = x, .w = w, .out = y, .bias = bias, .relu = relu};
  candor_parallel(forward_part, &j, conv_parts(g));
}

void candor_conv2d_backprop_input(const float *dy, const float *w, float *dx, const candor_conv_geometry *g) {
  conv_job j = {.g = g, .in = dy, .w = w, .out = dx};
  candor_parallel(backprop_input_part, &j, conv_parts(g));
}

void candor_conv2d_backprop_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g) {
  const int parts = conv_parts(g);
  conv_job j = {.g = g, .in = x, .w = dy, .out = dw};
  const size_t size = (size_t)g->kH * g->kW * g->inC * g->outC;
  if (g->batch == 0) {
    memset(dw, 0, sizeof(float) * size);
    return;
  }
  candor_parallel(backprop_filter_part, &j, parts);
  for (int p = 1; p < parts; p++) {
    const float *partial = j.partials[p];
    for (size_t i = 0; i < size; i++) dw[i] += partial[i];
  }
}
