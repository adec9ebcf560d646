/*
 * Dropout masks from xoshiro128** with the TypeScript Rng's exact stream (src/random/rng.ts):
 * keep (mask = scale) when uniform() = next / 2^32 >= rate, else 0. The state is read and
 * written back, so the stream continues in TypeScript where C left it. Inherently serial.
 */
#include "candor.h"

static inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

void candor_dropout_mask(uint32_t s[4], double rate, float scale, float *mask, size_t n) {
  uint32_t s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
  for (size_t i = 0; i < n; i++) {
    const uint32_t result = rotl(s1 * 5, 7) * 9;
    const uint32_t t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    mask[i] = (double)result / 4294967296.0 >= rate ? scale : 0.0f;
  }
  s[0] = s0;
  s[1] = s1;
  s[2] = s2;
  s[3] = s3;
}
