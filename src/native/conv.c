/*
 * Channels-last convolution as GEMM. A chunk of samples is unfolded (im2col) into
 *   col (chunk*OH*OW, KH*KW*Cin), whose column order (kh, kw, ci) matches the kernel (KH,KW,Cin,Cout) seen as (K, Cout):
 *   forward          y   (rows, Cout) = col @ W
 *   backprop input   dcol(rows, K)    = dy @ W^T, then folded back (col2im) into dx
 *   backprop filter  dW  (K, Cout)   += col^T @ dy
 */
#include "candor.h"
#include <stdlib.h>
#include <string.h>

#define CHUNK_BYTES (24u << 20) /* bound on the unfolded buffer */

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

/* Unfolding and folding are memory-bound: each thread takes whole samples (their col rows and dx are disjoint). */
typedef struct {
  const candor_conv_geometry *g;
  const float *src;
  float *dst;
  int b0;
} fold_job;

static void im2col_samples(void *p, size_t begin, size_t end) {
  const fold_job *j = (const fold_job *)p;
  const candor_conv_geometry *g = j->g;
  const size_t K = (size_t)g->kH * g->kW * g->inC, rowsPerSample = (size_t)g->outH * g->outW;
  float *col = j->dst + begin * rowsPerSample * K;
  FOR_EACH_TAP(g, j->b0 + (int)begin, (int)(end - begin), {
    float *dst = col + r * K + kofs;
    if (inside) memcpy(dst, j->src + xofs, sizeof(float) * g->inC);
    else memset(dst, 0, sizeof(float) * g->inC);
  })
}

static void col2im_samples(void *p, size_t begin, size_t end) {
  const fold_job *j = (const fold_job *)p;
  const candor_conv_geometry *g = j->g;
  const size_t K = (size_t)g->kH * g->kW * g->inC, rowsPerSample = (size_t)g->outH * g->outW;
  const float *col = j->src + begin * rowsPerSample * K;
  FOR_EACH_TAP(g, j->b0 + (int)begin, (int)(end - begin), {
    if (inside) {
      const float *src = col + r * K + kofs;
      float *dst = j->dst + xofs;
      for (int ci = 0; ci < g->inC; ci++) dst[ci] += src[ci];
    }
  })
}

static void im2col(const float *x, float *col, const candor_conv_geometry *g, int b0, int n) {
  fold_job j = {g, x, col, b0};
  candor_parallel_for((size_t)n, 1, im2col_samples, &j);
}

static void col2im_add(const float *col, float *dx, const candor_conv_geometry *g, int b0, int n) {
  fold_job j = {g, col, dx, b0};
  candor_parallel_for((size_t)n, 1, col2im_samples, &j);
}

void candor_conv2d(const float *x, const float *w, float *y, const candor_conv_geometry *g) {
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  float *col = (float *)malloc(sizeof(float) * (size_t)chunk * P * K);
  for (int b0 = 0; b0 < g->batch; b0 += chunk) {
    const int n = g->batch - b0 < chunk ? g->batch - b0 : chunk;
    im2col(x, col, g, b0, n);
    candor_gemm(col, w, y + (size_t)b0 * P * g->outC, n * P, g->outC, K, 0, 0, 0);
  }
  free(col);
}

void candor_conv2d_backprop_input(const float *dy, const float *w, float *dx, const candor_conv_geometry *g) {
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  float *col = (float *)malloc(sizeof(float) * (size_t)chunk * P * K);
  memset(dx, 0, sizeof(float) * (size_t)g->batch * g->inH * g->inW * g->inC);
  for (int b0 = 0; b0 < g->batch; b0 += chunk) {
    const int n = g->batch - b0 < chunk ? g->batch - b0 : chunk;
    candor_gemm(dy + (size_t)b0 * P * g->outC, w, col, n * P, K, g->outC, 0, 1, 0);
    col2im_add(col, dx, g, b0, n);
  }
  free(col);
}

void candor_conv2d_backprop_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g) {
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  float *col = (float *)malloc(sizeof(float) * (size_t)chunk * P * K);
  for (int b0 = 0; b0 < g->batch; b0 += chunk) {
    const int n = g->batch - b0 < chunk ? g->batch - b0 : chunk;
    im2col(x, col, g, b0, n);
    candor_gemm(col, dy + (size_t)b0 * P * g->outC, dw, K, g->outC, n * P, 1, 0, b0 > 0);
  }
  if (g->batch == 0) memset(dw, 0, sizeof(float) * (size_t)K * g->outC);
  free(col);
}
