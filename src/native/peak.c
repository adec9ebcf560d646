/*
 * The machine's measured FMA peak, for the bench: each pool thread runs independent chains of
 * fused multiply-adds in registers (enough chains to cover FMA latency times the FMA units of
 * any current core) for a fixed time, at the vector width of the active GEMM path. Counting the
 * FMAs done gives what the cores really sustain — two 512-bit units on a Xeon, 512-bit work split
 * over 256-bit units on Zen 4, the clock under all-core load — instead of a nominal formula.
 */
#include "candor.h"
#include <immintrin.h>
#include <string.h>
#include <time.h>

#define CHAINS 12 /* latency 4-5 cycles x 2 units = 8-10 chains needed; 12 leaves headroom and fits 16 registers */
#define ROUNDS 4096

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Runs ROUNDS x CHAINS FMAs per call, `calls` times; returns a value that depends on every result. */
#define DEFINE_PROBE(NAME, TARGET, VEC, SET1, FMA, STORE, LANES)                              \
  __attribute__((target(TARGET))) static float NAME(long calls) {                             \
    VEC acc[CHAINS];                                                                           \
    for (int i = 0; i < CHAINS; i++) acc[i] = SET1(1.0f + 1e-3f * (float)i);                  \
    const VEC m = SET1(0.999999f), a = SET1(1e-7f);                                            \
    for (long c = 0; c < calls; c++)                                                           \
      for (int r = 0; r < ROUNDS; r++) {                                                       \
        _Pragma("GCC unroll 12") for (int i = 0; i < CHAINS; i++) acc[i] = FMA(acc[i], m, a); \
      }                                                                                        \
    float out[LANES], sum = 0.0f;                                                              \
    for (int i = 0; i < CHAINS; i++) {                                                         \
      STORE(out, acc[i]);                                                                      \
      sum += out[0];                                                                           \
    }                                                                                          \
    return sum;                                                                                \
  }

DEFINE_PROBE(probe_avx512, "avx512f", __m512, _mm512_set1_ps, _mm512_fmadd_ps, _mm512_storeu_ps, 16)
DEFINE_PROBE(probe_avx2, "avx2,fma", __m256, _mm256_set1_ps, _mm256_fmadd_ps, _mm256_storeu_ps, 8)

typedef struct {
  int lanes;
  double seconds;
  double flops[64];
  volatile float sink;
} peak_job;

static void peak_part(void *arg, int part, int parts) {
  peak_job *j = (peak_job *)arg;
  float (*probe)(long) = j->lanes == 16 ? probe_avx512 : probe_avx2;
  probe(2); /* warm the units up (AVX-512 licence, clocks) before timing */
  long calls = 0, batch = 4;
  const double t0 = now_seconds();
  double t = t0;
  float sink = 0.0f;
  while (t - t0 < j->seconds) {
    sink += probe(batch);
    calls += batch;
    t = now_seconds();
  }
  j->sink += sink;
  j->flops[part] = (double)calls * ROUNDS * CHAINS * j->lanes * 2.0 / (t - t0);
}

/* GFLOP/s of float32 FMAs on every pool thread at the active GEMM path's width (0 on the portable path). */
double candor_fma_peak(double seconds) {
  const int lanes = candor_gemm_lanes();
  if (!lanes) return 0.0;
  peak_job j;
  memset(&j, 0, sizeof j);
  j.lanes = lanes;
  j.seconds = seconds;
  const int parts = candor_threads() > 64 ? 64 : candor_threads();
  candor_parallel(peak_part, &j, parts);
  double total = 0.0;
  for (int p = 0; p < parts; p++) total += j.flops[p];
  return total / 1e9;
}
