/*
 * How glibc's malloc treats the large buffers Candor allocates (tensor outputs through
 * Buffer.allocUnsafe, scratch panels). By default every block over 128 KiB is a fresh mmap, so
 * each 4 KiB page of each new tensor page-faults on first write and is unmapped when the tensor
 * is collected, and free heap over 128 KiB at the top is handed back. Under a hypervisor a fault
 * costs microseconds: a 1024² product's 4 MiB output took as long to fault in as the product took
 * to compute on Zen 5, and a W2 training step (MNIST CNN, batch 128) frees and allocates hundreds
 * of MB per collection. At load, blocks up to 32 MiB (glibc's own ceiling for its adaptive
 * threshold) come from the heap and are reused; up to 256 MiB of free heap top is kept rather than
 * returned (64 MiB, twice the threshold as glibc would set it, still gave a W2 step back to the
 * kernel at each collection); the heap grows 16 MiB past each request. Measured on W2 here
 * (bench/candor_workload.mjs, Zen 5 VM): page faults 182,000-197,000 -> 76,000, 1,570 -> 1,860
 * samples/s, peak RSS 324-330 -> 331-333 MB.
 * CANDOR_MALLOC_TUNING=0 leaves malloc as it was (for a host process that tunes it itself).
 */
#include "candor.h"
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#define MMAP_THRESHOLD (32 << 20) /* glibc's own ceiling for its dynamic threshold (DEFAULT_MMAP_THRESHOLD_MAX) */
#define TRIM_THRESHOLD (256 << 20)
#define TOP_PAD (16 << 20)

static int tuned;

const char *candor_tune_malloc(const char *setting) {
  if (setting && *setting && strcmp(setting, "0") != 0 && strcmp(setting, "1") != 0) return "CANDOR_MALLOC_TUNING must be 0 or 1";
  if (setting && strcmp(setting, "0") == 0) return 0;
#ifdef __GLIBC__
  tuned = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 && mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1 && mallopt(M_TOP_PAD, TOP_PAD) == 1;
#endif
  return 0;
}

int candor_malloc_tuned(void) { return tuned; }
