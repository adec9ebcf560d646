/*
 * Fused optimizer updates: decoupled weight decay and the whole step in one pass over the
 * parameter buffer, split across the thread pool. The arithmetic is done in double in exactly
 * the reference kernels' order (src/kernels/reference/optimizers.ts), with FMA contraction off
 * for this file only (the GEMM needs it on), so native and reference updates are bit-identical.
 */
#pragma GCC optimize("fp-contract=off")
#include "candor.h"
#include <math.h>

#define GRAIN 32768 /* parameters per thread below which one thread does it all */

typedef struct {
  float *w, *m, *v, *vmax, *avg, *buf;
  const float *g;
  double alpha, lr, beta1, beta2, eps, decay, rho, momentum;
  int nesterov, centered;
} opt_job;

static void adam_range(void *p, size_t begin, size_t end) {
  const opt_job *j = (const opt_job *)p;
  const double c1 = 1 - j->beta1, c2 = 1 - j->beta2;
  for (size_t i = begin; i < end; i++) {
    if (j->decay != 0) j->w[i] = (float)(j->w[i] - j->decay * j->w[i]);
    const double gi = j->g[i];
    const double mi = j->m[i] + (gi - j->m[i]) * c1;
    double vi = j->v[i] + (gi * gi - j->v[i]) * c2;
    j->m[i] = (float)mi;
    j->v[i] = (float)vi;
    if (j->vmax) {
      vi = j->vmax[i] > vi ? j->vmax[i] : vi;
      j->vmax[i] = (float)vi;
    }
    j->w[i] = (float)(j->w[i] - (j->alpha * mi) / (sqrt(vi) + j->eps));
  }
}

void candor_adam(float *w, const float *g, float *m, float *v, float *vmax, size_t n, double alpha, double beta1, double beta2, double eps, double decay) {
  opt_job j = {.w = w, .g = g, .m = m, .v = v, .vmax = vmax, .alpha = alpha, .beta1 = beta1, .beta2 = beta2, .eps = eps, .decay = decay};
  candor_parallel_for(n, GRAIN, adam_range, &j);
}

static void sgd_range(void *p, size_t begin, size_t end) {
  const opt_job *j = (const opt_job *)p;
  for (size_t i = begin; i < end; i++) {
    if (j->decay != 0) j->w[i] = (float)(j->w[i] - j->decay * j->w[i]);
    if (!j->v) {
      j->w[i] = (float)(j->w[i] - j->lr * j->g[i]);
      continue;
    }
    const double vi = j->momentum * j->v[i] - j->lr * j->g[i];
    j->v[i] = (float)vi;
    j->w[i] = (float)(j->w[i] + (j->nesterov ? j->momentum * vi - j->lr * j->g[i] : vi));
  }
}

void candor_sgd(float *w, const float *g, float *velocity, size_t n, double lr, double momentum, int nesterov, double decay) {
  opt_job j = {.w = w, .g = g, .v = velocity, .lr = lr, .momentum = momentum, .nesterov = nesterov, .decay = decay};
  candor_parallel_for(n, GRAIN, sgd_range, &j);
}

static void rmsprop_range(void *p, size_t begin, size_t end) {
  const opt_job *j = (const opt_job *)p;
  for (size_t i = begin; i < end; i++) {
    if (j->decay != 0) j->w[i] = (float)(j->w[i] - j->decay * j->w[i]);
    const double gi = j->g[i];
    j->v[i] = (float)(j->rho * j->v[i] + (1 - j->rho) * gi * gi);
    double denom = j->v[i];
    if (j->centered) {
      j->avg[i] = (float)(j->rho * j->avg[i] + (1 - j->rho) * gi);
      denom -= (double)j->avg[i] * j->avg[i];
    }
    const double step = (j->lr * gi) / (sqrt(denom) + j->eps);
    if (j->momentum != 0) {
      j->buf[i] = (float)(j->momentum * j->buf[i] + step);
      j->w[i] = (float)(j->w[i] - j->buf[i]);
    } else {
      j->w[i] = (float)(j->w[i] - step);
    }
  }
}

void candor_rmsprop(float *w, const float *g, float *v, float *avg, float *buf, size_t n, double lr, double rho, double momentum, double eps, int centered, double decay) {
  opt_job j = {.w = w, .g = g, .v = v, .avg = avg, .buf = buf, .lr = lr, .rho = rho, .momentum = momentum, .eps = eps, .centered = centered, .decay = decay};
  candor_parallel_for(n, GRAIN, rmsprop_range, &j);
}
