/*
 * Per-thread scratch buffers that live as long as the thread: the unfolded convolution input and
 * the GEMM packing panels are megabytes, and allocating them per call cost a page fault per 4 KiB
 * on every call (mmap'd by malloc, returned on free). Each slot only grows; pool threads and
 * Node's threads keep theirs until they exit.
 */
#include "candor.h"
#include <stdlib.h>

#define SLOTS 6

static __thread float *buffers[SLOTS];
static __thread size_t capacity[SLOTS];

float *candor_scratch(int slot, size_t floats) {
  if (floats > capacity[slot]) {
    free(buffers[slot]);
    const size_t bytes = ((floats * sizeof(float) + 63) / 64) * 64; /* aligned_alloc wants a multiple of the alignment */
    buffers[slot] = (float *)aligned_alloc(64, bytes);
    capacity[slot] = buffers[slot] ? floats : 0;
  }
  return buffers[slot];
}
