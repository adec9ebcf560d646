#ifndef CANDOR_H
#define CANDOR_H

#include <stddef.h>

/* gemm.c */
/* isa_cap (CANDOR_ISA): NULL, "avx512f", "avx2" or "portable"; shape (CANDOR_GEMM_KERNEL): NULL or a tile such as "8x32". An error message for unknown values. */
const char *candor_gemm_init(const char *isa_cap, const char *shape);
const char *candor_gemm_isa(void);
/* float32 lanes of the chosen path's vectors: 16 (AVX-512F), 8 (AVX2+FMA), 0 (portable); the width every other kernel follows, so CANDOR_ISA lowers them too. */
int candor_gemm_lanes(void);
/* Most depth in one packed block (gemm.c); conv_shallow.c splits its depth the same way to give the same sums. */
#define CANDOR_GEMM_KC 384
const char *candor_gemm_kernel(void); /* the micro-kernel chosen for this core, e.g. "avx2 6x16" */
void candor_gemm(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate);
/*
 * The GEMM's parts, for a caller whose left operand is scattered (conv.c's filter gradient, where
 * A = im2col(x)^T and each of its columns is a run of channels in x): the micro-kernel's tile;
 * the depth of each block a k-deep product is split into (even blocks of at most KC); B packed
 * into NR-wide panels as the GEMM packs it, op(B)[p0:p0+kc, 0:n]; and
 *   C (rows, n) (+)= A @ B over one block, A(i, p) = run.at[i*rs + q*run.stride] at the run's q-th step,
 * the runs in depth order, as deep as B's block, rows <= MR. Every tile's sums are the GEMM's (one
 * chain from zero over the block per element), so the result is bit-identical to candor_gemm on
 * the unfolded A. Up to two ranges the caller reads next are prefetched into L2 as it goes.
 */
typedef struct {
  const void *at;
  size_t bytes;
} candor_prefetch;
/* Asks for cache lines [from, to) of `at` into L2. An asm statement: GCC 12 deleted such a loop written with _mm_prefetch (or __builtin_prefetch) once inlined. */
static inline void candor_prefetch_lines(const void *at, size_t from, size_t to) {
  for (size_t l = from; l < to; l++) __asm__ volatile("prefetcht1 %0" : : "m"(((const char *)at)[l * 64]));
}
typedef struct {
  const float *at;
  size_t stride;
  int len;
} candor_depth_run;
void candor_gemm_tile(int *mr, int *nr);
int candor_gemm_depth_step(int k);
void candor_gemm_pack_b(const float *b, int transB, int k, int n, int p0, int kc, float *out);
/* One micro-kernel call: C (mr, nr) (+)= A (mr, kc) @ a packed B panel, A(i, p) = a[i*rs + p*cs] read where it lies, mr <= MR, nr <= NR. */
void candor_gemm_microkernel(int kc, const float *a, size_t rs, size_t cs, const float *packedB, float *c, int ldc, int mr, int nr, int accumulate);
void candor_gemm_runs(const candor_depth_run *runs, int count, size_t rs, int rows, const float *packedB, int kc, int n, float *c, int ldc, int accumulate,
                      const candor_prefetch *prefetch, int prefetchCount);
/* The same on the calling thread only (for code already running on a pool thread). */
void candor_gemm_serial(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate);

/* memory.c: glibc malloc keeps large blocks for reuse (setting: CANDOR_MALLOC_TUNING, "0" leaves it); an error message for unknown values. */
const char *candor_tune_malloc(const char *setting);
int candor_malloc_tuned(void);

/* cpu.c: the core, read once with CPUID. */
typedef struct {
  char vendor[13];
  int family, model, amd, intel;
  char name[64];
} candor_cpu;
const candor_cpu *candor_cpu_info(void);

/* peak.c: float32 FMA GFLOP/s measured on every pool thread at the active GEMM width (0 on the portable path). */
double candor_fma_peak(double seconds);

/* threads.c: run fn(arg, part, parts) for part = 0..parts-1 on the pool (the caller runs part 0). */
typedef void (*candor_task)(void *arg, int part, int parts);
void candor_pool_init(int threads);
int candor_threads(void);
void candor_parallel(candor_task fn, void *arg, int parts);
/* Splits [0, n) into contiguous ranges of at least `grain` items, one per thread (serial when small). */
#include <stddef.h>
typedef void (*candor_range_task)(void *arg, size_t begin, size_t end);
void candor_parallel_for(size_t n, size_t grain, candor_range_task fn, void *arg);

/* scratch.c: a thread-local buffer per slot, grown on demand and reused across calls (never free it). */
enum { CANDOR_SCRATCH_COL, CANDOR_SCRATCH_PACK_A, CANDOR_SCRATCH_PACK_B, CANDOR_SCRATCH_PARTIAL, CANDOR_SCRATCH_POOL_VALUE, CANDOR_SCRATCH_POOL_OFFSET };
float *candor_scratch(int slot, size_t floats);

/* conv.c: channels-last convolution through im2col + GEMM. */
typedef struct {
  int batch, inH, inW, inC, outH, outW, outC, kH, kW, strideH, strideW, dilationH, dilationW, padTop, padLeft;
} candor_conv_geometry;
void candor_conv2d(const float *x, const float *w, float *y, const candor_conv_geometry *g);
/* y = act(conv2d(x, w) + bias): the epilogue runs on each chunk while it is in cache (bias NULL: plain conv2d). */
void candor_conv2d_bias_activation(const float *x, const float *w, const float *bias, int relu, float *y, const candor_conv_geometry *g);
void candor_conv2d_backprop_input(const float *dy, const float *w, float *dx, const candor_conv_geometry *g);
void candor_conv2d_backprop_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g);
/* The zero-bordered image every window fits in (hp, wp), whether it differs from the input, and samples [b0, b0+n) copied into it. */
int candor_conv_padded_extent(const candor_conv_geometry *g, int *hp, int *wp);
void candor_conv_pad_samples(const float *x, const candor_conv_geometry *g, int b0, int n, float *out);
/* conv_shallow.c: direct kernels for one input channel, bit-identical to the GEMM path (conv.c uses them when they apply). */
int candor_conv_shallow_applies(const candor_conv_geometry *g);
void candor_conv_shallow_forward(const float *x, const float *w, const float *bias, int relu, float *y, const candor_conv_geometry *g, int b0, int n);
void candor_conv_shallow_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g, int b0, int n, int first, float *scratch);
/* Floats of scratch the filter gradient needs for n samples (a zero-bordered copy when the convolution pads). */
size_t candor_conv_shallow_filter_scratch(const candor_conv_geometry *g, int n);

/* elementwise.c */
#include <stddef.h>
void candor_relu(const float *x, float *out, size_t n);
void candor_relu_grad(const float *x, const float *dy, float *dx, size_t n);
int candor_arith(int kind, const float *a, const float *b, float *out, size_t n, size_t period, size_t repeat);
void candor_reduce_sum(const float *x, size_t outer, size_t size, size_t inner, float *out);

#include <stdint.h>
/* pooling.c: channels-last 2-D pooling; windows are clipped to the input (padding never wins or counts). */
typedef struct {
  int batch, inH, inW, channels, outH, outW, poolH, poolW, strideH, strideW, padTop, padLeft;
} candor_pool_geometry;
void candor_max_pool2d(const float *x, float *y, int32_t *argmax, const candor_pool_geometry *g);
void candor_max_pool2d_grad(const int32_t *argmax, const float *dy, float *dx, const candor_pool_geometry *g);
void candor_avg_pool2d(const float *x, float *y, const candor_pool_geometry *g);
void candor_avg_pool2d_grad(const float *dy, float *dx, const candor_pool_geometry *g);

/* optimizers.c: one fused pass per parameter buffer, in double like the reference kernels. */
void candor_adam(float *w, const float *g, float *m, float *v, float *vmax, size_t n, double alpha, double beta1, double beta2, double eps, double decay);
void candor_sgd(float *w, const float *g, float *velocity, size_t n, double lr, double momentum, int nesterov, double decay);
void candor_rmsprop(float *w, const float *g, float *v, float *avg, float *buf, size_t n, double lr, double rho, double momentum, double eps, int centered, double decay);

/* bias.c: out = act(x + bias) over (rows, cols), act relu or identity; and its gradient from the output. */
void candor_bias_activation(const float *x, const float *bias, float *out, size_t rows, size_t cols, int relu);
/* The same on the calling thread only (for code already running on a pool thread; x may be out). */
void candor_bias_activation_serial(const float *x, const float *bias, float *out, size_t rows, size_t cols, int relu);
void candor_bias_activation_grad(const float *y, const float *dy, float *dx, float *dbias, size_t rows, size_t cols, int relu);

/* random.c: dropout masks from a counter-based hash stream keyed per call (as the TypeScript reference). */
#include <stdint.h>
void candor_dropout_mask(uint32_t key, double rate, float scale, float *mask, size_t n);

/* gather.c: rows picked along the middle axis of (outer, size, inner), and the scatter-add that is its gradient. */
void candor_gather(const float *x, size_t outer, size_t size, size_t inner, const int32_t *indices, size_t count, float *out);
void candor_scatter_add(const float *dy, size_t outer, size_t size, size_t inner, const int32_t *indices, size_t count, float *dx);

#endif
