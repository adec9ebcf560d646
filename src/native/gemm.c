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
#include <stdio.h>
#include <string.h>
#include <immintrin.h>
#include <sched.h>

/*
 * KC: most depth in one packed block (A panel + B panel stay in L2); depths are split evenly below
 * it. Zen 5, 1024³ on 2 threads: 192-2048 run alike into a reused output; into a new output each
 * product, one 1024-deep block ran 1-4 % faster than three (one pass over a cold C instead of
 * three), but it changes the sums of every deeper product (the golden tests' hashes). Keeping
 * three blocks and taking each 96-row block of C through all of them (B packed over the whole
 * depth, the same sums) gained nothing (-1 %).
 */
#define KC CANDOR_GEMM_KC
#define MC 96    /* rows of A packed per block (a multiple of every MR) */
#define NC 2048  /* columns of B packed per block */

/*
 * Micro-kernel: acc (mr x nr) = sum_p A(i, p) * b[p*NR + j], written (or added) into c, where
 * A(i, p) = a[i*rs + p*cs]: a packed panel (rs 1, cs MR), or A read where it lies — row-major
 * (rs = lda, cs 1) or transposed (rs 1, cs = lda) — when packing it would cost more than it saves.
 * Rows past mr are never read beyond the last valid one (their results are dropped).
 * The portable one is defined with the depth-run kernels below (one body for both).
 */

/*
 * AVX-512F MRx32 micro-kernels in intrinsics, one per row count (8 or 12): 2*MR named
 * accumulators, 2 loads of B and MR broadcasts of A per step; with 32 zmm registers a 12-row
 * tile (24 accumulators) needs 14 loads per 24 FMAs where 8 rows need 10 per 16. The C tile is
 * written with masked vector stores (an edge tile too): the compiled-C kernel this replaces went
 * through an array and memcpy'd each row out, ~11 % of a 1024³ product on Zen 5.
 * A packed panel (rs 1, cs MR) gets its own copy with those strides as constants.
 */
#define Z_ROW(i)                                                         \
  __m512 c##i##0 = _mm512_setzero_ps(), c##i##1 = _mm512_setzero_ps(); \
  const size_t row##i = (size_t)(i < rows ? i : rows - 1) * rs;
#define Z_STEP(i)                                     \
  {                                                   \
    const __m512 av = _mm512_set1_ps(ap[row##i]);     \
    c##i##0 = _mm512_fmadd_ps(av, b0, c##i##0);       \
    c##i##1 = _mm512_fmadd_ps(av, b1, c##i##1);       \
  }
#define Z_PREFETCH(i)                                                            \
  if (i < mr) {                                                                  \
    _mm_prefetch((const char *)(c + (size_t)i * ldc), _MM_HINT_T0);              \
    _mm_prefetch((const char *)(c + (size_t)i * ldc + nr - 1), _MM_HINT_T0);     \
  }
#define Z_STORE(i)                                                                       \
  if (i < mr) {                                                                          \
    float *ci = c + (size_t)i * ldc;                                                     \
    if (accumulate) {                                                                    \
      c##i##0 = _mm512_add_ps(c##i##0, _mm512_maskz_loadu_ps(m0, ci));                   \
      c##i##1 = _mm512_add_ps(c##i##1, _mm512_maskz_loadu_ps(m1, ci + 16));              \
    }                                                                                    \
    _mm512_mask_storeu_ps(ci, m0, c##i##0);                                              \
    _mm512_mask_storeu_ps(ci + 16, m1, c##i##1);                                         \
  }
#define Z_ROWS8(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7)
#define Z_ROWS12(X) Z_ROWS8(X) X(8) X(9) X(10) X(11)
/* `rows` rows of A are read (rows past it repeat the last one), `mr` rows of C written. */
#define DEFINE_AVX512_KERNEL(NAME, MRV, ROWS)                                                                             \
  __attribute__((target("avx512f,fma"), always_inline)) static inline void NAME##_body(                                 \
      int kc, const float *restrict a, size_t rs, size_t cs, const float *restrict b, float *restrict c, int ldc, int rows, \
      int mr, int nr, int accumulate) {                                                                                   \
    ROWS(Z_ROW)                                                                                                           \
    ROWS(Z_PREFETCH)                                                                                                      \
    for (int p = 0; p < kc; p++) {                                                                                        \
      const __m512 b0 = _mm512_loadu_ps(b + (size_t)p * 32), b1 = _mm512_loadu_ps(b + (size_t)p * 32 + 16);             \
      const float *ap = a + (size_t)p * cs;                                                                               \
      ROWS(Z_STEP)                                                                                                        \
    }                                                                                                                     \
    const __mmask16 m0 = nr >= 16 ? 0xffff : (__mmask16)((1u << nr) - 1);                                                \
    const __mmask16 m1 = nr >= 32 ? 0xffff : nr <= 16 ? 0 : (__mmask16)((1u << (nr - 16)) - 1);                          \
    ROWS(Z_STORE)                                                                                                         \
  }                                                                                                                       \
  __attribute__((target("avx512f,fma"))) static void NAME(int kc, const float *restrict a, size_t rs, size_t cs,       \
      const float *restrict b, float *restrict c, int ldc, int mr, int nr, int accumulate) {                             \
    /* A packed panel is zero-padded to MR rows: read them all, with constant strides. */                                  \
    if (rs == 1 && cs == MRV) NAME##_body(kc, a, 1, MRV, b, c, ldc, MRV, mr, nr, accumulate);                             \
    else NAME##_body(kc, a, rs, cs, b, c, ldc, mr, mr, nr, accumulate);                                                   \
  }

DEFINE_AVX512_KERNEL(kernel_avx512_8x32, 8, Z_ROWS8)
DEFINE_AVX512_KERNEL(kernel_avx512_12x32, 12, Z_ROWS12)

/*
 * AVX2+FMA 6x16 micro-kernel in intrinsics: 12 accumulators, 2 loads of B and 6 broadcasts of A
 * per step fill the 16 ymm registers exactly. The accumulators are 12 named variables, not an
 * array: GCC kept an array in memory too and stored all 12 every step, which on a core with one
 * store port (Zen 2) halved the kernel's speed (43 % of the measured peak; see bench/run.mjs).
 */
#define AVX2_ROW(i) __m256 c##i##0 = _mm256_setzero_ps(), c##i##1 = _mm256_setzero_ps();
#define AVX2_STEP(i)                                        \
  {                                                         \
    const __m256 av = _mm256_broadcast_ss(ap + row##i);     \
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

__attribute__((target("avx2,fma"))) static void kernel_avx2(int kc, const float *restrict a, size_t rs, size_t cs,
    const float *restrict b, float *restrict c, int ldc, int mr, int nr, int accumulate) {
  AVX2_ROW(0) AVX2_ROW(1) AVX2_ROW(2) AVX2_ROW(3) AVX2_ROW(4) AVX2_ROW(5)
  /* The C tile is written after kc steps: ask for its lines now, so the write-back does not wait on memory. */
  for (int i = 0; i < mr; i++) {
    _mm_prefetch((const char *)(c + (size_t)i * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + (size_t)i * ldc + 15), _MM_HINT_T0);
  }
  /* Row offsets of A; rows past mr repeat the last valid one, so nothing outside A is read. */
  const size_t row0 = 0, row1 = (mr > 1 ? 1 : 0) * rs, row2 = (mr > 2 ? 2 : mr - 1) * rs, row3 = (mr > 3 ? 3 : mr - 1) * rs,
               row4 = (mr > 4 ? 4 : mr - 1) * rs, row5 = (mr > 5 ? 5 : mr - 1) * rs;
  for (int p = 0; p < kc; p++) {
    const __m256 b0 = _mm256_loadu_ps(b + (size_t)p * 16), b1 = _mm256_loadu_ps(b + (size_t)p * 16 + 8);
    const float *ap = a + (size_t)p * cs;
    AVX2_STEP(0) AVX2_STEP(1) AVX2_STEP(2) AVX2_STEP(3) AVX2_STEP(4) AVX2_STEP(5)
  }
  AVX2_STORE(0) AVX2_STORE(1) AVX2_STORE(2) AVX2_STORE(3) AVX2_STORE(4) AVX2_STORE(5)
}

/*
 * The same tiles with the depth given as runs (candor_gemm_runs): A(i, p) = at[i*rs + q*stride] for
 * the q-th step of a run, the accumulators kept across runs, so a tile's sums are exactly the
 * packed kernel's over the same depth. Each run asks for its share of the caller's prefetch
 * ranges into L2 before its FMAs: run r, lines [r*per, min((r+1)*per, lines)).
 */
typedef struct {
  const char *at;
  size_t lines, per;
} prefetch_plan;

static inline void prefetch_share(const prefetch_plan *pf, int pfCount, int r) {
  for (int k = 0; k < pfCount; k++) {
    const size_t first = (size_t)r * pf[k].per, n = first >= pf[k].lines ? 0 : pf[k].lines - first < pf[k].per ? pf[k].lines - first : pf[k].per;
    candor_prefetch_lines(pf[k].at, first, first + n);
  }
}

/* The portable 4x8 tile over runs, A's rows rs apart: the body of both portable kernels. */
static void portable_tile(const candor_depth_run *runs, int count, size_t rs, int mr, const float *restrict b, float *restrict c, int ldc, int nr,
                          int accumulate, const prefetch_plan *pf, int pfCount) {
  enum { MR = 4, NR = 8 };
  float acc[MR][NR] = {{0.0f}};
  for (int r = 0; r < count; r++) {
    prefetch_share(pf, pfCount, r);
    const float *ap = runs[r].at;
    for (int p = 0; p < runs[r].len; p++, ap += runs[r].stride, b += NR)
      _Pragma("GCC unroll 8") for (int i = 0; i < MR; i++) {
        const float av = ap[(size_t)(i < mr ? i : mr - 1) * rs];
        for (int j = 0; j < NR; j++) acc[i][j] += av * b[j];
      }
  }
  for (int i = 0; i < mr; i++) {
    float *ci = c + (size_t)i * ldc;
    if (accumulate) for (int j = 0; j < nr; j++) ci[j] += acc[i][j];
    else for (int j = 0; j < nr; j++) ci[j] = acc[i][j];
  }
}

static void kernel_portable(int kc, const float *restrict a, size_t rs, size_t cs, const float *restrict b, float *restrict c, int ldc, int mr, int nr,
                            int accumulate) {
  const candor_depth_run run = {a, cs, kc};
  portable_tile(&run, 1, rs, mr, b, c, ldc, nr, accumulate, 0, 0);
}

static void run_kernel_portable(const candor_depth_run *runs, int count, size_t rs, int mr, const float *restrict b, float *restrict c, int ldc, int nr,
                                int accumulate, const prefetch_plan *pf, int pfCount) {
  portable_tile(runs, count, rs, mr, b, c, ldc, nr, accumulate, pf, pfCount);
}

#define DEFINE_AVX512_RUN_KERNEL(NAME, MRV, ROWS)                                                                                  \
  __attribute__((target("avx512f,fma"), always_inline)) static inline void NAME##_body(                                          \
      const candor_depth_run *runs, int count, size_t rs, int rows, const float *restrict b, float *restrict c, int ldc, int mr,  \
      int nr, int accumulate, const prefetch_plan *pf, int pfCount) {                                                            \
    ROWS(Z_ROW)                                                                                                                    \
    for (int r = 0; r < count; r++) {                                                                                              \
      prefetch_share(pf, pfCount, r);                                                                                              \
      const float *ap = runs[r].at;                                                                                                \
      const size_t cs = runs[r].stride;                                                                                            \
      for (int p = 0; p < runs[r].len; p++, ap += cs, b += 32) {                                                                   \
        const __m512 b0 = _mm512_loadu_ps(b), b1 = _mm512_loadu_ps(b + 16);                                                        \
        ROWS(Z_STEP)                                                                                                               \
      }                                                                                                                            \
    }                                                                                                                              \
    const __mmask16 m0 = nr >= 16 ? 0xffff : (__mmask16)((1u << nr) - 1);                                                         \
    const __mmask16 m1 = nr >= 32 ? 0xffff : nr <= 16 ? 0 : (__mmask16)((1u << (nr - 16)) - 1);                                   \
    ROWS(Z_STORE)                                                                                                                  \
  }                                                                                                                                \
  __attribute__((target("avx512f,fma"))) static void NAME(const candor_depth_run *runs, int count, size_t rs, int mr,              \
                                                          const float *restrict b, float *restrict c, int ldc, int nr,             \
                                                          int accumulate, const prefetch_plan *pf, int pfCount) {                  \
    /* Whole tiles read rows at constant offsets (adjacent ones for a filter gradient's channels). */                              \
    if (mr == MRV && rs == 1) NAME##_body(runs, count, 1, MRV, b, c, ldc, MRV, nr, accumulate, pf, pfCount);                      \
    else if (mr == MRV) NAME##_body(runs, count, rs, MRV, b, c, ldc, MRV, nr, accumulate, pf, pfCount);                           \
    else NAME##_body(runs, count, rs, mr, b, c, ldc, mr, nr, accumulate, pf, pfCount);                                             \
  }
DEFINE_AVX512_RUN_KERNEL(run_kernel_avx512_8x32, 8, Z_ROWS8)
DEFINE_AVX512_RUN_KERNEL(run_kernel_avx512_12x32, 12, Z_ROWS12)

__attribute__((target("avx2,fma"))) static void run_kernel_avx2(const candor_depth_run *runs, int count, size_t rs, int mr, const float *restrict b,
                                                                 float *restrict c, int ldc, int nr, int accumulate, const prefetch_plan *pf,
                                                                 int pfCount) {
  AVX2_ROW(0) AVX2_ROW(1) AVX2_ROW(2) AVX2_ROW(3) AVX2_ROW(4) AVX2_ROW(5)
  const size_t row0 = 0, row1 = (mr > 1 ? 1 : 0) * rs, row2 = (mr > 2 ? 2 : mr - 1) * rs, row3 = (mr > 3 ? 3 : mr - 1) * rs,
               row4 = (mr > 4 ? 4 : mr - 1) * rs, row5 = (mr > 5 ? 5 : mr - 1) * rs;
  for (int r = 0; r < count; r++) {
    prefetch_share(pf, pfCount, r);
    const float *ap = runs[r].at;
    const size_t cs = runs[r].stride;
    for (int p = 0; p < runs[r].len; p++, ap += cs, b += 16) {
      const __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8);
      AVX2_STEP(0) AVX2_STEP(1) AVX2_STEP(2) AVX2_STEP(3) AVX2_STEP(4) AVX2_STEP(5)
    }
  }
  AVX2_STORE(0) AVX2_STORE(1) AVX2_STORE(2) AVX2_STORE(3) AVX2_STORE(4) AVX2_STORE(5)
}

typedef void (*microkernel_fn)(int, const float *, size_t, size_t, const float *, float *, int, int, int, int);
typedef void (*run_kernel_fn)(const candor_depth_run *, int, size_t, int, const float *, float *, int, int, int, const prefetch_plan *, int);

/* A micro-kernel with its tile, ISA and that ISA's float32 lanes (0: no vectors). */
typedef struct {
  const char *isa, *shape;
  microkernel_fn fn;
  run_kernel_fn runs;
  int mr, nr, lanes;
} gemm_kernel;

/*
 * The first kernel of an ISA is its default. On AVX-512 that is 8x32 on every core measured so
 * far: on Zen 5 (2 threads, interleaved runs) 8x32 and 12x32 tie from 256³ to 512³, 8x32 leads
 * by 5 % at 1024³-2048³ and by 30 % on a 128-row deep product (128 rows are 10⅔ panels of 12),
 * 12x32 leads by 5 % on a 64-wide filter gradient; Intel servers ran 8x32 before 12x32 existed.
 * bench/run.mjs measures 12x32 beside it on every AVX-512 machine, so a core where it wins shows
 * in the G1 table; CANDOR_GEMM_KERNEL picks a kernel by hand.
 */
static const gemm_kernel KERNELS[] = {
    {"avx512f", "8x32", kernel_avx512_8x32, run_kernel_avx512_8x32, 8, 32, 16},
    {"avx512f", "12x32", kernel_avx512_12x32, run_kernel_avx512_12x32, 12, 32, 16},
    {"avx2+fma", "6x16", kernel_avx2, run_kernel_avx2, 6, 16, 8},
    {"portable", "4x8", kernel_portable, run_kernel_portable, 4, 8, 0},
};

static microkernel_fn microkernel = kernel_portable;
static run_kernel_fn run_kernel = run_kernel_portable;
static int MR = 4, NR = 8;
/* Whether the kernel may read A unpacked (see gemm_rows). */
static int direct_a = 0;
/* Whether A is packed by 8x8 register transposes (AVX2 or better). */
static int vector_pack = 0;
#define DIRECT_A_MAX_PANELS 24
#define DIRECT_A_MAX_ROWS 512
/* gemm_parallel splits the columns (not the rows) when each thread gets this many and A is at most this many times taller than B is wide. */
#define COLUMN_SPLIT_WIDTH 128
#define COLUMN_SPLIT_MAX_ASPECT 8
static const char *isa_name = "portable";
static int lanes = 0;
static char kernel_name[32] = "portable 4x8";

static int supported(const char *isa) {
  if (strcmp(isa, "avx512f") == 0) return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma");
  if (strcmp(isa, "avx2+fma") == 0) return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return 1;
}

/*
 * The best micro-kernel the CPU supports. `cap` (CANDOR_ISA: "avx512f", "avx2", "portable") may
 * lower the ISA, and `shape` (CANDOR_GEMM_KERNEL: "8x32", "12x32", "6x16", "4x8") names a kernel to
 * run instead of the default one, so one machine can test every kernel; asking for more than the
 * CPU has is never honoured (the choice below is made). Returns an error message for a value it
 * does not know, NULL otherwise.
 */
const char *candor_gemm_init(const char *cap, const char *shape) {
  __builtin_cpu_init();
  if (cap && *cap && strcmp(cap, "avx512f") != 0 && strcmp(cap, "avx2") != 0 && strcmp(cap, "portable") != 0)
    return "CANDOR_ISA must be avx512f, avx2 or portable";
  int known_shape = !shape || !*shape;
  for (size_t i = 0; i < sizeof KERNELS / sizeof KERNELS[0]; i++) known_shape |= shape && strcmp(shape, KERNELS[i].shape) == 0;
  if (!known_shape) return "CANDOR_GEMM_KERNEL must be one of 8x32, 12x32 (AVX-512), 6x16 (AVX2), 4x8 (portable)";
  const gemm_kernel *chosen = 0;
  for (size_t i = 0; shape && *shape && i < sizeof KERNELS / sizeof KERNELS[0]; i++)
    if (strcmp(shape, KERNELS[i].shape) == 0 && supported(KERNELS[i].isa)) chosen = &KERNELS[i];
  if (!chosen) {
    /* ISAs from the best down; the first one allowed and supported is used, with its default tile. */
    const char *order[] = {"avx512f", "avx2+fma", "portable"};
    const int from = !cap || !*cap || strcmp(cap, "avx512f") == 0 ? 0 : strcmp(cap, "avx2") == 0 ? 1 : 2;
    const char *isa = "portable";
    for (int i = from; i < 3; i++)
      if (supported(order[i])) {
        isa = order[i];
        break;
      }
    for (size_t i = 0; i < sizeof KERNELS / sizeof KERNELS[0]; i++)
      if (!chosen && strcmp(KERNELS[i].isa, isa) == 0) chosen = &KERNELS[i];
  }
  microkernel = chosen->fn;
  run_kernel = chosen->runs;
  MR = chosen->mr;
  NR = chosen->nr;
  isa_name = chosen->isa;
  lanes = chosen->lanes;
  direct_a = vector_pack = lanes > 0;
  snprintf(kernel_name, sizeof kernel_name, "%s %s", chosen->isa, chosen->shape);
  return 0;
}

const char *candor_gemm_isa(void) { return isa_name; }
int candor_gemm_lanes(void) { return lanes; }
const char *candor_gemm_kernel(void) { return kernel_name; }

/* One row of a B panel: NR floats, a constant-size copy (vector moves) for each tile width. */
static inline void copy_panel_row(float *dst, const float *src) {
  if (NR == 32) memcpy(dst, src, 32 * sizeof(float));
  else if (NR == 16) memcpy(dst, src, 16 * sizeof(float));
  else memcpy(dst, src, (size_t)NR * sizeof(float));
}

/* Packs op(B)[p0:p0+kc, j0+jfrom : j0+jto] (jfrom a multiple of NR) into NR-wide column panels, zero-padded: panel[p][j]. */
static void pack_b_range(const float *b, int transB, int k, int n, int p0, int kc, int j0, int nc, int jfrom, int jto, float *out) {
  if (!transB && jto - jfrom <= 4 * NR && (jto - jfrom) % NR == 0) {
    /* A narrow B (a convolution's dy: 64 channels) row by row, one pass over its lines (panel by panel read each line twice, apart). */
    const float *src = b + (size_t)p0 * n + j0 + jfrom;
    for (int p = 0; p < kc; p++, src += n)
      for (int jp = jfrom; jp < jto; jp += NR) copy_panel_row(out + (size_t)jp * kc + (size_t)p * NR, src + (jp - jfrom));
    return;
  }
  for (int jp = jfrom; jp < jto; jp += NR) {
    const int w = nc - jp < NR ? nc - jp : NR;
    float *panel = out + (size_t)jp * kc;
    if (!transB) {
      /* Row p of the panel is a run of B's row p0 + p. */
      const float *src = b + (size_t)p0 * n + j0 + jp;
      for (int p = 0; p < kc; p++, src += n) {
        float *dst = panel + (size_t)p * NR;
        if (w == NR) copy_panel_row(dst, src);
        else {
          for (int j = 0; j < w; j++) dst[j] = src[j];
          for (int j = w; j < NR; j++) dst[j] = 0.0f;
        }
      }
    } else {
      /* Column j of the panel is a run of B's row j0 + jp + j (B stored (N, K)). */
      for (int j = 0; j < w; j++) {
        const float *src = b + (size_t)(j0 + jp + j) * k + p0;
        for (int p = 0; p < kc; p++) panel[(size_t)p * NR + j] = src[p];
      }
      for (int j = w; j < NR; j++)
        for (int p = 0; p < kc; p++) panel[(size_t)p * NR + j] = 0.0f;
    }
  }
}

typedef struct {
  const float *b;
  int transB, k, n, p0, kc, j0, nc;
  float *out;
} pack_b_job;

/* One thread's share of the B panels. */
static void pack_b_part(void *arg, int part, int parts) {
  const pack_b_job *j = (const pack_b_job *)arg;
  const int panels = (j->nc + NR - 1) / NR;
  const int from = (int)((long)panels * part / parts) * NR, to = (int)((long)panels * (part + 1) / parts) * NR;
  pack_b_range(j->b, j->transB, j->k, j->n, j->p0, j->kc, j->j0, j->nc, from, to < j->nc ? to : j->nc, j->out);
}

void candor_gemm_pack_b(const float *b, int transB, int k, int n, int p0, int kc, float *out) {
  pack_b_range(b, transB, k, n, p0, kc, 0, n, 0, n, out);
}

/* Packs op(B)[p0:p0+kc, j0:j0+nc]; on `parts` threads when that pays (a serial pack left the other threads idle: ~3 % of a 1024³ product). */
static void pack_b(const float *b, int transB, int k, int n, int p0, int kc, int j0, int nc, float *out, int parts) {
  pack_b_job job = {b, transB, k, n, p0, kc, j0, nc, out};
  if (parts > 1 && (long)kc * nc >= 65536) candor_parallel(pack_b_part, &job, parts);
  else pack_b_part(&job, 0, 1);
}

/* The left operand: (m, k) row-major, or (k, m) when transposed. */
typedef struct {
  const float *a;
  int m, k, transA;
} dense_a;

/*
 * Eight rows of a row-major A, eight depths at a time, transposed in registers into eight
 * panel columns: out[q * mr + i] = src[i * ld + q] for i < rows (rows >= rows are zeros), writing
 * `width` floats of each column (the panel rows from this group: 8, 4 or 6 (a 6-row panel)).
 */
__attribute__((target("avx2,fma"))) static void transpose_8x8(const float *src, size_t ld, int rows, float *out, int mr, int width) {
  __m256 r[8];
  for (int i = 0; i < 8; i++) r[i] = i < rows ? _mm256_loadu_ps(src + (size_t)i * ld) : _mm256_setzero_ps();
  const __m256 t0 = _mm256_unpacklo_ps(r[0], r[1]), t1 = _mm256_unpackhi_ps(r[0], r[1]), t2 = _mm256_unpacklo_ps(r[2], r[3]),
               t3 = _mm256_unpackhi_ps(r[2], r[3]), t4 = _mm256_unpacklo_ps(r[4], r[5]), t5 = _mm256_unpackhi_ps(r[4], r[5]),
               t6 = _mm256_unpacklo_ps(r[6], r[7]), t7 = _mm256_unpackhi_ps(r[6], r[7]);
  const __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44), u1 = _mm256_shuffle_ps(t0, t2, 0xee), u2 = _mm256_shuffle_ps(t1, t3, 0x44),
               u3 = _mm256_shuffle_ps(t1, t3, 0xee), u4 = _mm256_shuffle_ps(t4, t6, 0x44), u5 = _mm256_shuffle_ps(t4, t6, 0xee),
               u6 = _mm256_shuffle_ps(t5, t7, 0x44), u7 = _mm256_shuffle_ps(t5, t7, 0xee);
  __m256 col[8];
  col[0] = _mm256_permute2f128_ps(u0, u4, 0x20);
  col[1] = _mm256_permute2f128_ps(u1, u5, 0x20);
  col[2] = _mm256_permute2f128_ps(u2, u6, 0x20);
  col[3] = _mm256_permute2f128_ps(u3, u7, 0x20);
  col[4] = _mm256_permute2f128_ps(u0, u4, 0x31);
  col[5] = _mm256_permute2f128_ps(u1, u5, 0x31);
  col[6] = _mm256_permute2f128_ps(u2, u6, 0x31);
  col[7] = _mm256_permute2f128_ps(u3, u7, 0x31);
  for (int q = 0; q < 8; q++) {
    float *dst = out + (size_t)q * mr;
    if (width == 8) _mm256_storeu_ps(dst, col[q]);
    else {
      const __m128 lo = _mm256_castps256_ps128(col[q]);
      _mm_storeu_ps(dst, lo);
      if (width == 6) _mm_storel_pi((__m64 *)(dst + 4), _mm256_extractf128_ps(col[q], 1));
    }
  }
}

/* Packs op(A)[i0:i0+mc, p0:p0+kc] into mr-tall row panels, zero-padded: panel[p][i]. */
static void pack_a(const dense_a *d, int i0, int mc, int p0, int kc, int mr, float *out) {
  /* Panels of 12, 8 or 6 rows split into groups of at most 8 the transpose fills. */
  const int simd = vector_pack && (mr == 12 || mr == 8 || mr == 6) && !d->transA;
  for (int ip = 0; ip < mc; ip += mr) {
    const int h = mc - ip < mr ? mc - ip : mr;
    float *panel = out + (size_t)ip * kc;
    if (d->transA) {
      /* Column p of the panel is a run of A's row p0 + p (A stored (K, M)). */
      const float *src = d->a + (size_t)p0 * d->m + i0 + ip;
      for (int p = 0; p < kc; p++, src += d->m) {
        float *dst = panel + (size_t)p * mr;
        for (int i = 0; i < h; i++) dst[i] = src[i];
        for (int i = h; i < mr; i++) dst[i] = 0.0f;
      }
      continue;
    }
    const float *src = d->a + (size_t)(i0 + ip) * d->k + p0;
    int p = 0;
    if (simd)
      for (; p + 8 <= kc; p += 8)
        for (int g = 0; g < mr; g += 8) {
          const int rows = h - g < 0 ? 0 : h - g > 8 ? 8 : h - g;
          transpose_8x8(src + (size_t)g * d->k + p, d->k, rows, panel + (size_t)p * mr + g, mr, mr - g < 8 ? mr - g : 8);
        }
    /* Row i of the panel gathers A's row i0 + ip + i (depth first: the reads run along eight rows at once). */
    for (; p < kc; p++) {
      float *dst = panel + (size_t)p * mr;
      for (int i = 0; i < h; i++) dst[i] = src[(size_t)i * d->k + p];
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

/*
 * Packing A pays off only over many B panels: with a convolution's 32-64 output channels it was a
 * quarter of the time. Up to 24 panels the AVX2 kernel reads A where it lies — a row-major A as
 * six sequential row streams (conv2 forward 115 -> 152 GFLOP/s on this Zen 2), a transposed A
 * when it is narrow too, since each depth step is a new row of it (filter gradient 102 -> 159; a
 * 9216-wide one fell 87 -> 75). Wider blocks keep packing (1024³: 163 packed, 158 direct).
 */
static int reads_a_directly(const dense_a *d, int nc) {
  return direct_a && (nc + NR - 1) / NR <= DIRECT_A_MAX_PANELS && (!d->transA || d->m <= DIRECT_A_MAX_ROWS);
}

/*
 * C rows [i0, i0+mc) x columns [j0+jFrom, j0+jTo) (+)= A's rows over depth [p0, p0+kc) @ the
 * packed B block, one kernel call per tile; A comes from packedA (its rows i0.. packed) or, when
 * packedA is NULL, from where it lies.
 */
static void block_tiles(const dense_a *d, const float *packedA, int i0, int mc, int p0, int kc, const float *packedB, int jFrom, int jTo, float *c0,
                        int ldc, int j0, int accumulate) {
  for (int jp = jFrom; jp < jTo; jp += NR) {
    const int nr = jTo - jp < NR ? jTo - jp : NR;
    const float *bp = packedB + (size_t)jp * kc;
    for (int ip = 0; ip < mc; ip += MR) {
      const int mr = mc - ip < MR ? mc - ip : MR;
      float *c = c0 + (size_t)(i0 + ip) * ldc + j0 + jp;
      if (packedA) microkernel(kc, packedA + (size_t)ip * kc, 1, MR, bp, c, ldc, mr, nr, accumulate);
      else if (d->transA) microkernel(kc, d->a + (size_t)p0 * d->m + i0 + ip, 1, d->m, bp, c, ldc, mr, nr, accumulate);
      else microkernel(kc, d->a + (size_t)(i0 + ip) * d->k + p0, d->k, 1, bp, c, ldc, mr, nr, accumulate);
    }
  }
}

/* One thread's share of a packed-B block: a contiguous range of rows (whole MR panels), in MC blocks. */
static void gemm_rows(void *arg, int part, int parts) {
  const gemm_job *job = (const gemm_job *)arg;
  const int panels = (job->m + MR - 1) / MR;
  const int first = (int)((long)panels * part / parts) * MR;
  const int last = (int)((long)panels * (part + 1) / parts) * MR < job->m ? (int)((long)panels * (part + 1) / parts) * MR : job->m;
  if (first >= last) return;
  const dense_a *d = job->a;
  float *packedA = reads_a_directly(d, job->nc) ? 0 : candor_scratch(CANDOR_SCRATCH_PACK_A, (size_t)MC * KC);
  for (int i0 = first; i0 < last; i0 += MC) {
    const int mc = last - i0 < MC ? last - i0 : MC;
    if (packedA) pack_a(d, i0, mc, job->p0, job->kc, MR, packedA);
    block_tiles(d, packedA, i0, mc, job->p0, job->kc, job->packedB, 0, job->nc, job->c, job->n, job->j0, job->accumulate);
  }
}

void candor_gemm_tile(int *mr, int *nr) {
  *mr = MR;
  *nr = NR;
}

int candor_gemm_depth_step(int k) {
  const int blocks = (k + KC - 1) / KC;
  return (k + blocks - 1) / blocks;
}

void candor_gemm_microkernel(int kc, const float *a, size_t rs, size_t cs, const float *packedB, float *c, int ldc, int mr, int nr, int accumulate) {
  microkernel(kc, a, rs, cs, packedB, c, ldc, mr, nr, accumulate);
}

void candor_gemm_runs(const candor_depth_run *runs, int count, size_t rs, int rows, const float *packedB, int kc, int n, float *c, int ldc, int accumulate,
                      const candor_prefetch *prefetch, int prefetchCount) {
  const int panels = (n + NR - 1) / NR;
  for (int q = 0, jp = 0; jp < n; q++, jp += NR) {
    /*
     * Range r is asked for during panel r % panels's call, spread over its runs. (Each call taking
     * a share of every range ran 5-8 % slower on conv2's filter gradient, Zen 5.)
     */
    prefetch_plan plan[2];
    int plans = 0;
    for (int r = 0; r < prefetchCount && r < 2 && count > 0; r++)
      if (r % panels == q) {
        const size_t lines = (prefetch[r].bytes + 63) / 64;
        plan[plans++] = (prefetch_plan){(const char *)prefetch[r].at, lines, (lines + count - 1) / count};
      }
    run_kernel(runs, count, rs, rows, packedB + (size_t)jp * kc, c + jp, ldc, n - jp < NR ? n - jp : NR, accumulate, plan, plans);
  }
}

/*
 * A column part's last depth block, offered to the other parts: a part that has finished its
 * own work takes units (MC rows x UNIT_PANELS panels) of another's last block instead of waiting
 * for it. Each unit is the same kernel calls on the same packed B, whichever thread runs it, so
 * the sums are the static split's, bit for bit. Zen 5 VM, 1024³ on 2 threads: one half
 * regularly finished 4-7 % after the other (a virtual CPU slower for seconds at a time).
 */
#define UNIT_PANELS 4
typedef struct {
  gemm_job job; /* the block, as gemm_rows would run it (its packed B is the owner's scratch, untouched until the parallel job ends) */
  int chunks;   /* UNIT_PANELS-panel column chunks per row block */
  int units;    /* row blocks x chunks */
  int next;     /* the first unit nobody has taken */
  int ready;    /* set with release once the fields above are written */
} offered_block;

/* Publishes `job` as `offer`: its units are run by whoever takes them (run_offered). */
static void offer_block(offered_block *offer, const gemm_job *job) {
  const int chunks = (job->nc + UNIT_PANELS * NR - 1) / (UNIT_PANELS * NR);
  *offer = (offered_block){*job, chunks, (job->m + MC - 1) / MC * chunks, 0, 0};
  __atomic_store_n(&offer->ready, 1, __ATOMIC_RELEASE);
}

/* Takes and runs units of `blk` until none is left; A is packed (when it is) once per row block in a row. */
static void run_offered(offered_block *blk) {
  const gemm_job *job = &blk->job;
  const dense_a *d = job->a;
  float *packedA = reads_a_directly(d, job->nc) ? 0 : candor_scratch(CANDOR_SCRATCH_PACK_A, (size_t)MC * KC); /* as gemm_rows on this block */
  int packedRow = -1;
  for (int u = __atomic_fetch_add(&blk->next, 1, __ATOMIC_RELAXED); u < blk->units; u = __atomic_fetch_add(&blk->next, 1, __ATOMIC_RELAXED)) {
    const int i0 = u / blk->chunks * MC, mc = job->m - i0 < MC ? job->m - i0 : MC, first = u % blk->chunks * UNIT_PANELS * NR;
    if (packedA && packedRow != i0) pack_a(d, i0, mc, job->p0, job->kc, MR, packedA);
    packedRow = i0;
    block_tiles(d, packedA, i0, mc, job->p0, job->kc, job->packedB, first, first + UNIT_PANELS * NR < job->nc ? first + UNIT_PANELS * NR : job->nc, job->c,
                job->n, job->j0, job->accumulate);
  }
}

/*
 * C[:, jBegin:jEnd] = op(A) op(B)[:, jBegin:jEnd] over depth [kBegin, kEnd) (accumulating into C
 * when asked), split over `parts` threads by rows; with `offer` (one thread), the last block is
 * offered there instead of run.
 */
static void gemm_blocked(const dense_a *a, const float *b, float *c, int m, int n, int k, int kBegin, int kEnd, int jBegin, int jEnd,
    int transB, int accumulate, int parts, offered_block *offer) {
  const int ncMax = NC < jEnd - jBegin ? NC : jEnd - jBegin;
  float *packedB = candor_scratch(CANDOR_SCRATCH_PACK_B, (size_t)KC * (((ncMax + NR - 1) / NR) * NR));
  for (int j0 = jBegin; j0 < jEnd; j0 += NC) {
    const int nc = jEnd - j0 < NC ? jEnd - j0 : NC;
    /* Even depth blocks: a 288-deep product (a 3x3x32 convolution) is one pass over C, not 256 + 32. */
    const int step = candor_gemm_depth_step(kEnd - kBegin);
    for (int p0 = kBegin; p0 < kEnd; p0 += step) {
      const int kc = kEnd - p0 < step ? kEnd - p0 : step;
      pack_b(b, transB, k, n, p0, kc, j0, nc, packedB, parts);
      /* Later depth slices add onto the first one's result. */
      gemm_job job = {a, b, c, m, n, accumulate || p0 > kBegin, packedB, kc, j0, nc, p0};
      if (offer && j0 + NC >= jEnd && p0 + step >= kEnd) offer_block(offer, &job); /* the last block, run by whoever is free */
      else if (parts > 1) candor_parallel(gemm_rows, &job, parts);
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
  else gemm_blocked(j->a, j->b, c, j->m, j->n, j->k, k0, k1, 0, j->n, j->transB, 0, 1, 0);
}

typedef struct {
  const dense_a *a;
  const float *b;
  float *c;
  int m, n, k, transB, accumulate;
  offered_block last[64];
} column_job;

/*
 * One thread's share of the columns (whole NR panels), the whole product over them on this
 * thread; its last depth block is offered, and then it helps with the others' (every part
 * offers one, so waiting for each to appear cannot hang).
 */
static void gemm_column_part(void *arg, int part, int parts) {
  column_job *j = (column_job *)arg;
  const int panels = (j->n + NR - 1) / NR;
  const int from = (int)((long)panels * part / parts) * NR, toPanel = (int)((long)panels * (part + 1) / parts) * NR, to = toPanel < j->n ? toPanel : j->n;
  offered_block *mine = &j->last[part];
  if (from < to) {
    gemm_blocked(j->a, j->b, j->c, j->m, j->n, j->k, 0, j->k, from, to, j->transB, j->accumulate, 1, mine);
    run_offered(mine);
  } else __atomic_store_n(&mine->ready, 1, __ATOMIC_RELEASE); /* no units */
  for (int q = 1; q < parts; q++) {
    offered_block *other = &j->last[(part + q) % parts];
    for (int spins = 0; !__atomic_load_n(&other->ready, __ATOMIC_ACQUIRE); spins++) {
      _mm_pause();
      if (spins > 1024) sched_yield(); /* its owner may be waiting for this core */
    }
    run_offered(other);
  }
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
   * Wide and not too tall: split the columns. Each thread then packs only its own B panels and runs
   * its whole depth loop alone — no barrier between packing B and using it (two per depth block
   * when split by rows), no thread waiting on the slower one at each — but every thread reads or
   * packs all of A, which costs more than the barriers once A is many times taller than B is wide.
   * Zen 5, 2 threads, AVX-512 (AVX2 alike): 1024³ 356-366 -> 381-393 GFLOP/s, 256³ 302 -> 376-401,
   * 512x384x128 326 -> 400, 128x1024x4096 (split by depth before) 277 -> 332; but 4096x256x576
   * 379 -> 366 and 9216x256x128 (A transposed) 345 -> 333, 64 columns a thread (4096x128x576)
   * 400 -> 391, and a convolution's 64 channels (18432x64x288) 362 -> 258: those keep rows.
   */
  if (parts > 1 && n >= parts * COLUMN_SPLIT_WIDTH && (long)m <= COLUMN_SPLIT_MAX_ASPECT * (long)n) {
    column_job job = {.a = a, .b = b, .c = c, .m = m, .n = n, .k = k, .transB = transB, .accumulate = accumulate}; /* every offer starts not ready */
    candor_parallel(gemm_column_part, &job, parts);
    return;
  }
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
  gemm_blocked(a, b, c, m, n, k, 0, k, 0, n, transB, accumulate, parts, 0);
}

void candor_gemm_serial(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate) {
  if (m == 0 || n == 0) return;
  if (k == 0) {
    if (!accumulate) memset(c, 0, sizeof(float) * (size_t)m * n);
    return;
  }
  const dense_a d = {a, m, k, transA};
  gemm_blocked(&d, b, c, m, n, k, 0, k, 0, n, transB, accumulate, 1, 0);
}

void candor_gemm(const float *a, const float *b, float *c, int m, int n, int k, int transA, int transB, int accumulate) {
  const dense_a d = {a, m, k, transA};
  gemm_parallel(&d, b, c, m, n, k, transB, accumulate);
}
