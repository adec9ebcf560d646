/*
 * Packed, cache-blocked SGEMM (the BLIS/GotoBLAS loop order) with a register-blocked
 * micro-kernel compiled three times: AVX-512F, AVX2+FMA and portable C. The instruction set
 * is chosen once at load time, so the addon never executes an instruction the CPU lacks.
 *
 *   C (M,N) = op(A) (M,K) @ op(B) (K,N) [+ C when accumulate]
 *   op(A) = A (M,K) row-major, or A^T with A stored (K,M); op(B) likewise (K,N) or (N,K).
 */
#include "candor.h"
#include <stdlib.h>
#include <string.h>
#include <immintrin.h>

#define KC 384   /* most depth in one packed block (A panel + B panel stay in L2); depths are split evenly below it */
#define MC 96    /* rows of A packed per block (a multiple of every MR) */
#define NC 2048  /* columns of B packed per block */
#define MR_MAX 8
#define NR_MAX 32

/* Micro-kernel: acc (mr x nr) = sum_p a[p*MR + i] * b[p*NR + j]; written (or added) into c. */
#define DEFINE_MICROKERNEL(NAME, TARGET, MR, NR)                                                  \
  __attribute__((target(TARGET))) static void NAME(int kc, const float *restrict a,               \
      const float *restrict b, float *restrict c, int ldc, int mr, int nr, int accumulate) {      \
    float acc[MR][NR];                                                                             \
    for (int i = 0; i < MR; i++)                                                                   \
      for (int j = 0; j < NR; j++) acc[i][j] = 0.0f;                                               \
    for (int p = 0; p < kc; p++) {                                                                 \
      const float *bp = b + (size_t)p * NR;                                                        \
      const float *ap = a + (size_t)p * MR;                                                        \
      _Pragma("GCC unroll 8") for (int i = 0; i < MR; i++) {                                       \
        const float av = ap[i];                                                                    \
        for (int j = 0; j < NR; j++) acc[i][j] += av * bp[j];                                      \
      }                                                                                            \
    }                                                                                              \
    for (int i = 0; i < mr; i++) {                                                                 \
      float *ci = c + (size_t)i * ldc;                                                             \
      if (accumulate) for (int j = 0; j < nr; j++) ci[j] += acc[i][j];                             \
      else for (int j = 0; j < nr; j++) ci[j] = acc[i][j];                                         \
    }                                                                                              \
  }

DEFINE_MICROKERNEL(kernel_avx512, "avx512f,fma", 8, 32)
DEFINE_MICROKERNEL(kernel_portable, "default", 4, 8)

/*
 * AVX2+FMA 6x16 micro-kernel in intrinsics: 12 accumulators, 2 loads of B and 6 broadcasts of A
 * per step fill the 16 ymm registers exactly. The accumulators are 12 named variables, not an
 * array: GCC kept an array in memory too and stored all 12 every step, which on a core with one
 * store port (Zen 2) halved the kernel's speed (43 % of the measured peak; see bench/run.mjs).
 */
#define AVX2_ROW(i) __m256 c##i##0 = _mm256_setzero_ps(), c##i##1 = _mm256_setzero_ps();
#define AVX2_STEP(i)                                        \
  {                                                         \
    const __m256 av = _mm256_broadcast_ss(ap + i);          \
    c##i##0 = _mm256_fmadd_ps(av, b0, c##i##0);             \
    c##i##1 = _mm256_fmadd_ps(av, b1, c##i##1);             \
  }
#define AVX2_STORE(i)                                                                         \
  if (i < mr) {                                                                               \
    float *ci = c + (size_t)i * ldc;                                                          \
    if (nr == 16) {                                                                           \
      if (accumulate) {                                                                       \
        c##i##0 = _mm256_add_ps(c##i##0, _mm256_loadu_ps(ci));                                \
        c##i##1 = _mm256_add_ps(c##i##1, _mm256_loadu_ps(ci + 8));                            \
      }                                                                                       \
      _mm256_storeu_ps(ci, c##i##0);                                                          \
      _mm256_storeu_ps(ci + 8, c##i##1);                                                      \
    } else {                                                                                  \
      float row[16];                                                                          \
      _mm256_storeu_ps(row, c##i##0);                                                         \
      _mm256_storeu_ps(row + 8, c##i##1);                                                     \
      if (accumulate) for (int j = 0; j < nr; j++) ci[j] += row[j];                           \
      else for (int j = 0; j < nr; j++) ci[j] = row[j];                                       \
    }                                                                                         \
  }

__attribute__((target("avx2,fma"))) static void kernel_avx2(int kc, const float *restrict a, const float *restrict b,
    float *restrict c, int ldc, int mr, int nr, int accumulate) {
  AVX2_ROW(0) AVX2_ROW(1) AVX2_ROW(2) AVX2_ROW(3) AVX2_ROW(4) AVX2_ROW(5)
  for (int p = 0; p < kc; p++) {
    const __m256 b0 = _mm256_loadu_ps(b + (size_t)p * 16), b1 = _mm256_loadu_ps(b + (size_t)p * 16 + 8);
    const float *ap = a + (size_t)p * 6;
    AVX2_STEP(0) AVX2_STEP(1) AVX2_STEP(2) AVX2_STEP(3) AVX2_STEP(4) AVX2_STEP(5)
  }
  AVX2_STORE(0) AVX2_STORE(1) AVX2_STORE(2) AVX2_STORE(3) AVX2_STORE(4) AVX2_STORE(5)
}

typedef void (*microkernel_fn)(int, const float *, const float *, float *, int, int, int, int);
static microkernel_fn microkernel = kernel_portable;
static int MR = 4, NR = 8;
static const char *isa_name = "portable";
static const char *kernel_name = "portable 4x8";

/*
 * The best micro-kernel the CPU supports; `cap` ("avx2", "portable", from CANDOR_ISA) may lower
 * it, so one machine can test every path. Asking for more than the CPU has is never honoured.
 */
void candor_gemm_init(const char *cap) {
  __builtin_cpu_init();
  const int allow512 = !cap || strcmp(cap, "avx512f") == 0;
  const int allow2 = allow512 || strcmp(cap, "avx2") == 0;
  if (allow512 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma")) {
    microkernel = kernel_avx512; MR = 8; NR = 32; isa_name = "avx512f"; kernel_name = "avx512f 8x32";
  } else if (allow2 && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    microkernel = kernel_avx2; MR = 6; NR = 16; isa_name = "avx2+fma"; kernel_name = "avx2+fma 6x16";
  }
}

const char *candor_gemm_isa(void) { return isa_name; }
const char *candor_gemm_kernel(void) { return kernel_name; }

/* Packs op(B)[p0:p0+kc, j0:j0+nc] into NR-wide column panels, zero-padded: panel[p][j]. */
static void pack_b(const float *b, int transB, int k, int n, int p0, int kc, int j0, int nc, float *out) {
  for (int jp = 0; jp < nc; jp += NR) {
    const int w = nc - jp < NR ? nc - jp : NR;
    for (int p = 0; p < kc; p++) {
      float *dst = out + (size_t)jp * kc + (size_t)p * NR;
      for (int j = 0; j < w; j++) dst[j] = transB ? b[(size_t)(j0 + jp + j) * k + p0 + p] : b[(size_t)(p0 + p) * n + j0 + jp + j];
      for (int j = w; j < NR; j++) dst[j] = 0.0f;
    }
  }
}

/* The left operand: (m, k) row-major, or (k, m) when transposed. */
typedef struct {
  const float *a;
  int m, k, transA;
} dense_a;

/* Packs op(A)[i0:i0+mc, p0:p0+kc] into mr-tall row panels, zero-padded: panel[p][i]. */
static void pack_a(const dense_a *d, int i0, int mc, int p0, int kc, int mr, float *out) {
  for (int ip = 0; ip < mc; ip += mr) {
    const int h = mc - ip < mr ? mc - ip : mr;
    for (int p = 0; p < kc; p++) {
      float *dst = out + (size_t)ip * kc + (size_t)p * mr;
      for (int i = 0; i < h; i++) dst[i] = d->transA ? d->a[(size_t)(p0 + p) * d->m + i0 + ip + i] : d->a[(size_t)(i0 + ip + i) * d->k + p0 + p];
      for (int i = h; i < mr; i++) dst[i] = 0.0f;
    }
  }
}

typedef struct {
  const dense_a *a;
  const float *b;
  float *c;
  int m, n, accumulate;
  const float *packedB;
  int kc, j0, nc, p0;
} gemm_job;

/* One thread's share of a packed-B block: a contiguous range of rows (whole MR panels), in MC blocks. */
static void gemm_rows(void *arg, int part, int parts) {
  const gemm_job *job = (const gemm_job *)arg;
  const int panels = (job->m + MR - 1) / MR;
  const int first = (int)((long)panels * part / parts) * MR;
  const int last = (int)((long)panels * (part + 1) / parts) * MR < job->m ? (int)((long)panels * (part + 1) / parts) * MR : job->m;
  if (first >= last) return;
  float *packedA = candor_scratch(CANDOR_SCRATCH_PACK_A, (size_t)MC * KC);
  for (int i0 = first; i0 < last; i0 += MC) {
    const int mc = last - i0 < MC ? last - i0 : MC;
    pack_a(job->a, i0, mc, job->p0, job->kc, MR, packedA);
    for (int jp = 0; jp < job->nc; jp += NR) {
      const int nr = job->nc - jp < NR ? job->nc - jp : NR;
      for (int ip = 0; ip < mc; ip += MR) {
        const int mr = mc - ip < MR ? mc - ip : MR;
        float *c = job->c + (size_t)(i0 + ip) * job->n + job->j0 + jp;
        microkernel(job->kc, packedA + (size_t)ip * job->kc, job->packedB + (size_t)jp * job->kc, c, job->n, mr, nr, job->accumulate);
      }
    }
  }
}

/* C = op(A) op(B) over depth [kBegin, kEnd) (accumulating into C when asked), split over `parts` threads by rows. */
static void gemm_blocked(const dense_a *a, const float *b, float *c, int m, int n, int k, int kBegin, int kEnd, int transB, int accumulate, int parts) {
  const int ncMax = NC < n ? NC : n;
  float *packedB = candor_scratch(CANDOR_SCRATCH_PACK_B, (size_t)KC * (((ncMax + NR - 1) / NR) * NR));
  for (int j0 = 0; j0 < n; j0 += NC) {
    const int nc = n - j0 < NC ? n - j0 : NC;
    /* Even depth blocks: a 288-deep product (a 3x3x32 convolution) is one pass over C, not 256 + 32. */
    const int blocks = (kEnd - kBegin + KC - 1) / KC, step = (kEnd - kBegin + blocks - 1) / blocks;
    for (int p0 = kBegin; p0 < kEnd; p0 += step) {
      const int kc = kEnd - p0 < step ? kEnd - p0 : step;
      pack_b(b, transB, k, n, p0, kc, j0, nc, packedB);
      /* Later depth slices add onto the first one's result. */
      gemm_job job = {a, b, c, m, n, accumulate || p0 > kBegin, packedB, kc, j0, nc, p0};
      if (parts > 1) candor_parallel(gemm_rows, &job, parts);
      else gemm_rows(&job, 0, 1);
    }
  }
}

typedef struct {
  const dense_a *a;
  const float *b;
  float *partial;
  int m, n, k, transB;
} depth_job;

/* One thread's slice of the depth into its own partial C (no synchronisation inside). */
static void gemm_depth_part(void *arg, int part, int parts) {
  const depth_job *j = (const depth_job *)arg;
  const int k0 = (int)((long)j->k * part / parts), k1 = (int)((long)j->k * (part + 1) / parts);
  float *c = j->partial + (size_t)part * j->m * j->n;
  if (k0 >= k1) memset(c, 0, sizeof(float) * (size_t)j->m * j->n);
  else gemm_blocked(j->a, j->b, c, j->m, j->n, j->k, k0, k1, j->transB, 0, 1);
}

static void gemm_parallel(const dense_a *a, const float *b, float *c, int m, int n, int k, int transB, int accumulate) {
  if (m == 0 || n == 0) return;
  if (k == 0) {
    if (!accumulate) memset(c, 0, sizeof(float) * (size_t)m * n);
    return;
  }
  /* Small products are not worth waking the pool. */
  const int parts = (double)m * n * k < 2e5 ? 1 : candor_threads();
  /*
   * A small, deep product (a weight gradient: C = X^T dY over a whole batch) has too few rows to
   * share and would synchronise once per depth block: split the depth instead, one partial C per
   * thread, then add the partials.
   */
  if (parts > 1 && m <= 2 * parts * MC && k >= 8 * KC) {
    float *partial = candor_scratch(CANDOR_SCRATCH_PARTIAL, (size_t)parts * m * n);
    depth_job job = {a, b, partial, m, n, k, transB};
    candor_parallel(gemm_depth_part, &job, parts);
    const size_t size = (size_t)m * n;
    for (size_t i = 0; i < size; i++) {
      float sum = accumulate ? c[i] : 0.0f;
      for (int p = 0; p < parts; p++) sum += partial[(size_t)p * size + i];
      c[i] = sum;
    }
    return;
  }
  gemm_blocked(a, b, c, m, n, k, 0, k, transB, accumulate, parts);
}

void candor_gemm_serial(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate) {
  if (m == 0 || n == 0) return;
  if (k == 0) {
    if (!accumulate) memset(c, 0, sizeof(float) * (size_t)m * n);
    return;
  }
  const dense_a d = {a, m, k, transA};
  gemm_blocked(&d, b, c, m, n, k, 0, k, transB, accumulate, 1);
}

void candor_gemm(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate) {
  const dense_a d = {a, m, k, transA};
  gemm_parallel(&d, b, c, m, n, k, transB, accumulate);
}
