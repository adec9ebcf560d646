/*
 * Channels-last pooling, x (B,H,W,C) -> y (B,OH,OW,C), with the reference kernel's semantics:
 * each window is clipped to the input, max takes the first maximum in row-major window order (a
 * NaN wins over numbers) and records where each maximum came from, average divides by the
 * clipped window size (Keras' 'same' padding). Forward passes are parallel over output rows
 * (batch x OH); overlapping windows make gradients add into shared dx, so those are parallel
 * over samples (each sample's outputs reach only its own dx).
 */
#include "candor.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct {
  const candor_pool_geometry *g;
  const float *x, *dy;
  float *y, *dx;
  int32_t *argmax;
} pool_job;

/* Output position i = (b*OH + oh)*OW + ow: its sample b and its window [h0,h1) x [w0,w1), clipped to the input. */
typedef struct {
  int b, h0, h1, w0, w1;
} pool_window;

static inline pool_window window_at(const candor_pool_geometry *g, size_t i) {
  const size_t row = i / (size_t)g->outW;
  const int ow = (int)(i % (size_t)g->outW), oh = (int)(row % (size_t)g->outH);
  const int hs = oh * g->strideH - g->padTop, ws = ow * g->strideW - g->padLeft;
  return (pool_window){(int)(row / (size_t)g->outH), hs > 0 ? hs : 0, hs + g->poolH < g->inH ? hs + g->poolH : g->inH,
                       ws > 0 ? ws : 0, ws + g->poolW < g->inW ? ws + g->poolW : g->inW};
}

/* Offset of input pixel (h, w) of sample b, channels innermost. */
#define PIXEL(g, b, h, w) ((((size_t)(b) * (g)->inH + (h)) * (g)->inW + (w)) * (g)->channels)

/*
 * One pixel of a window against the running first-maximum of each channel: branch-free selects on
 * restrict pointers, so the compiler vectorises the channel loop (the branchy form ran at ~0.5
 * elements per cycle). `v != v` is isnan: a NaN wins over a number, never over an earlier NaN.
 */
static inline void max_update(const float *restrict x, float *restrict y, int32_t *restrict at, int32_t off, int C) {
  for (int c = 0; c < C; c++) {
    const float v = x[c], m = y[c];
    const int take = (v > m) | ((v != v) & (m == m));
    y[c] = take ? v : m;
    at[c] = take ? off + c : at[c];
  }
}

/* Channels innermost: a running first-maximum per channel (value in y, offset in argmax), scanning each window once. */
static void max_rows(void *p, size_t begin, size_t end) {
  const pool_job *j = (const pool_job *)p;
  const candor_pool_geometry *g = j->g;
  const int C = g->channels;
  for (size_t i = begin * g->outW; i < end * g->outW; i++) {
    const pool_window win = window_at(g, i);
    float *y = j->y + i * C;
    int32_t *at = j->argmax + i * C;
    if (win.h0 >= win.h1 || win.w0 >= win.w1) { /* an empty window: no maximum (the reference gives NaN too) */
      for (int c = 0; c < C; c++) {
        y[c] = NAN;
        at[c] = -1;
      }
      continue;
    }
    const size_t first = PIXEL(g, win.b, win.h0, win.w0);
    for (int c = 0; c < C; c++) {
      y[c] = j->x[first + c];
      at[c] = (int32_t)(first + c);
    }
    for (int h = win.h0; h < win.h1; h++) {
      for (int w = win.w0; w < win.w1; w++) {
        const size_t off = PIXEL(g, win.b, h, w);
        if (off != first) max_update(j->x + off, y, at, (int32_t)off, C);
      }
    }
  }
}

static void avg_rows(void *p, size_t begin, size_t end) {
  const pool_job *j = (const pool_job *)p;
  const candor_pool_geometry *g = j->g;
  const int C = g->channels;
  for (size_t i = begin * g->outW; i < end * g->outW; i++) {
    const pool_window win = window_at(g, i);
    const double count = (double)(win.h1 - win.h0) * (win.w1 - win.w0);
    float *y = j->y + i * C;
    for (int c = 0; c < C; c++) {
      double s = 0; /* the reference sums in double, in row-major window order */
      for (int h = win.h0; h < win.h1; h++)
        for (int w = win.w0; w < win.w1; w++) s += j->x[PIXEL(g, win.b, h, w) + c];
      y[c] = (float)(s / count);
    }
  }
}

/* dy routed to the maxima the forward pass recorded; a sample's outputs only reach that sample's dx. */
static void max_grad_samples(void *p, size_t begin, size_t end) {
  const pool_job *j = (const pool_job *)p;
  const candor_pool_geometry *g = j->g;
  const size_t inSize = (size_t)g->inH * g->inW * g->channels, outSize = (size_t)g->outH * g->outW * g->channels;
  memset(j->dx + begin * inSize, 0, sizeof(float) * (end - begin) * inSize);
  for (size_t b = begin; b < end; b++) {
    /* Only offsets inside this sample's input are followed (threads own whole samples of dx). */
    const size_t lo = b * inSize, hi = lo + inSize;
    for (size_t i = b * outSize; i < (b + 1) * outSize; i++) {
      const int32_t at = j->argmax[i];
      if (at >= 0 && (size_t)at >= lo && (size_t)at < hi) j->dx[at] += j->dy[i];
    }
  }
}

static void avg_grad_samples(void *p, size_t begin, size_t end) {
  const pool_job *j = (const pool_job *)p;
  const candor_pool_geometry *g = j->g;
  const int C = g->channels;
  const size_t inSize = (size_t)g->inH * g->inW * C;
  memset(j->dx + begin * inSize, 0, sizeof(float) * (end - begin) * inSize);
  const size_t perSample = (size_t)g->outH * g->outW;
  for (size_t i = begin * perSample; i < end * perSample; i++) {
    const pool_window win = window_at(g, i);
    const double count = (double)(win.h1 - win.h0) * (win.w1 - win.w0);
    const float *dy = j->dy + i * C;
    for (int c = 0; c < C; c++) {
      const double share = dy[c] / count;
      for (int h = win.h0; h < win.h1; h++)
        for (int w = win.w0; w < win.w1; w++) {
          float *d = j->dx + PIXEL(g, win.b, h, w) + c;
          *d = (float)(*d + share);
        }
    }
  }
}

/* Work below ~64k window reads stays on the calling thread. */
static size_t grain(const candor_pool_geometry *g, size_t per) {
  const size_t work = per ? per : 1;
  return work >= 65536 ? 1 : 65536 / work;
}

void candor_max_pool2d(const float *x, float *y, int32_t *argmax, const candor_pool_geometry *g) {
  pool_job j = {g, x, 0, y, 0, argmax};
  candor_parallel_for((size_t)g->batch * g->outH, grain(g, (size_t)g->outW * g->channels * g->poolH * g->poolW), max_rows, &j);
}

void candor_avg_pool2d(const float *x, float *y, const candor_pool_geometry *g) {
  pool_job j = {g, x, 0, y, 0, 0};
  candor_parallel_for((size_t)g->batch * g->outH, grain(g, (size_t)g->outW * g->channels * g->poolH * g->poolW), avg_rows, &j);
}

void candor_max_pool2d_grad(const int32_t *argmax, const float *dy, float *dx, const candor_pool_geometry *g) {
  pool_job j = {g, 0, dy, 0, dx, (int32_t *)argmax};
  candor_parallel_for((size_t)g->batch, grain(g, (size_t)g->inH * g->inW * g->channels), max_grad_samples, &j);
}

void candor_avg_pool2d_grad(const float *dy, float *dx, const candor_pool_geometry *g) {
  pool_job j = {g, 0, dy, 0, dx, 0};
  candor_parallel_for((size_t)g->batch, grain(g, (size_t)g->outH * g->outW * g->channels * g->poolH * g->poolW), avg_grad_samples, &j);
}
