#ifndef CANDOR_H
#define CANDOR_H

/* gemm.c */
void candor_gemm_init(void);
const char *candor_gemm_isa(void);
void candor_gemm(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate);

/* pool.c: run fn(arg, part, parts) for part = 0..parts-1 on the pool (the caller runs part 0). */
typedef void (*candor_task)(void *arg, int part, int parts);
void candor_pool_init(int threads);
int candor_threads(void);
void candor_parallel(candor_task fn, void *arg, int parts);

/* conv.c: channels-last convolution through im2col + GEMM. */
typedef struct {
  int batch, inH, inW, inC, outH, outW, outC, kH, kW, strideH, strideW, dilationH, dilationW, padTop, padLeft;
} candor_conv_geometry;
void candor_conv2d(const float *x, const float *w, float *y, const candor_conv_geometry *g);
void candor_conv2d_backprop_input(const float *dy, const float *w, float *dx, const candor_conv_geometry *g);
void candor_conv2d_backprop_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g);

/* elementwise.c */
#include <stddef.h>
void candor_relu(const float *x, float *out, size_t n);
void candor_relu_grad(const float *x, const float *dy, float *dx, size_t n);
int candor_arith(int kind, const float *a, const float *b, float *out, size_t n, size_t period);
void candor_reduce_sum(const float *x, size_t outer, size_t size, size_t inner, float *out);

#endif
