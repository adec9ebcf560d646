/*
 * Gather along the middle axis of (outer, size, inner) -> (outer, count, inner), and its
 * gradient: dx += dy scattered back by the same indices (repeated indices accumulate, in order,
 * as the reference kernel does). Indices were range-checked by the op.
 */
#include "candor.h"
#include <string.h>

void candor_gather(const float *x, size_t outer, size_t size, size_t inner, const int32_t *indices, size_t count, float *out) {
  for (size_t o = 0; o < outer; o++)
    for (size_t k = 0; k < count; k++) memcpy(out + (o * count + k) * inner, x + (o * size + (size_t)indices[k]) * inner, sizeof(float) * inner);
}

void candor_scatter_add(const float *dy, size_t outer, size_t size, size_t inner, const int32_t *indices, size_t count, float *dx) {
  for (size_t o = 0; o < outer; o++)
    for (size_t k = 0; k < count; k++) {
      float *d = dx + (o * size + (size_t)indices[k]) * inner;
      const float *s = dy + (o * count + k) * inner;
      for (size_t i = 0; i < inner; i++) d[i] += s[i];
    }
}
