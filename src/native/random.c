/*
 * Dropout masks from a counter-based stream, bit-identical to src/kernels/reference/random.ts:
 * element i keeps (mask = scale) when splitmix32(key + (i + 1) * 0x9E3779B9) / 2^32 >= rate.
 * Each element depends only on (key, i), so the loop vectorises and splits across threads.
 */
#include "candor.h"

typedef struct {
  uint32_t key;
  uint32_t threshold; /* keep when hash >= rate * 2^32 (exact: rate * 2^32 and the hash are exact in double) */
  int none;           /* rate so close to 1 that no 32-bit hash reaches it */
  float scale;
  float *mask;
} mask_job;

/* Vectorised where the CPU has 32-bit lane multiplies (AVX2 / AVX-512); baseline SSE2 has none. */
__attribute__((target_clones("avx512f", "avx2", "default"))) static void mask_range(void *p, size_t begin, size_t end) {
  const mask_job *j = (const mask_job *)p;
  const uint32_t key = j->key, threshold = j->threshold;
  const float keep = j->none ? 0.0f : j->scale;
  float *mask = j->mask;
  for (size_t i = begin; i < end; i++) {
    uint32_t z = key + ((uint32_t)i + 1u) * 0x9e3779b9u;
    z = (z ^ (z >> 16)) * 0x85ebca6bu;
    z = (z ^ (z >> 13)) * 0xc2b2ae35u;
    z ^= z >> 16;
    mask[i] = z >= threshold ? keep : 0.0f;
  }
}

void candor_dropout_mask(uint32_t key, double rate, float scale, float *mask, size_t n) {
  /* hash / 2^32 >= rate  <=>  hash >= ceil(rate * 2^32) for an integer hash */
  const double t = rate * 4294967296.0;
  uint64_t threshold = (uint64_t)t;
  if ((double)threshold < t) threshold++;
  mask_job j = {key, threshold > 0xffffffffu ? 0xffffffffu : (uint32_t)threshold, threshold > 0xffffffffu, scale, mask};
  candor_parallel_for(n, (size_t)1 << 16, mask_range, &j);
}
