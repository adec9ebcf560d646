/*
 * How glibc's malloc treats the large buffers Candor allocates (tensor outputs through
 * Buffer.allocUnsafe, scratch panels). By default every block over 128 KiB is a fresh mmap, so
 * each 4 KiB page of each new tensor page-faults on first write and is unmapped when the tensor
 * is collected; under a hypervisor a fault costs microseconds (a 1024² product's 4 MiB output
 * took as long to fault in as the product took to compute on Zen 5). glibc raises these limits by
 * itself after the first free of a large block (to at most 32 MiB / 64 MiB); setting them at load
 * makes that steady state immediate and keeps it when the collector frees in bursts: blocks up to
 * 32 MiB are reused from the heap, and up to 64 MiB of free heap top is kept rather than returned.
 * CANDOR_MALLOC_TUNING=0 leaves malloc as it was (for a host process that tunes it itself).
 */
#include "candor.h"
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#define MMAP_THRESHOLD (32 << 20) /* glibc's own ceiling for its dynamic threshold (DEFAULT_MMAP_THRESHOLD_MAX) */
#define TRIM_THRESHOLD (64 << 20) /* twice that, as glibc sets it when it raises the threshold */

static int tuned;

const char *candor_tune_malloc(const char *setting) {
  if (setting && *setting && strcmp(setting, "0") != 0 && strcmp(setting, "1") != 0) return "CANDOR_MALLOC_TUNING must be 0 or 1";
  if (setting && strcmp(setting, "0") == 0) return 0;
#ifdef __GLIBC__
  tuned = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 && mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1;
#endif
  return 0;
}

int candor_malloc_tuned(void) { return tuned; }
