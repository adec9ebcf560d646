/*
 * Direct AVX2 (and, for the filter gradient, AVX-512) kernels for convolutions with one input channel (a first layer on grey images):
 * there im2col + GEMM multiplies 9-deep tiles and ran at ~16 GFLOP/s. Here each output position's
 * taps are gathered into registers (zeros where the window leaves the input) and multiplied into
 * 32 output channels at a time. Both kernels add their products in exactly the GEMM path's order
 * — one FMA chain per output from zero over the taps in (kh, kw) order; for the filter gradient,
 * one chain per depth block of the same size, blocks added in turn — so results are bit-identical
 * to it (and the golden fits unchanged).
 */
#include "candor.h"
#include <immintrin.h>
#include <string.h>

#define MAX_TAPS 64 /* kernels up to 8x8 */

/* The window values of output position r (of the chunk starting at sample b0): taps[p], 0 outside the input. */
/* (no-tree-loop-distribute-patterns: GCC turned the 3-float row copy into a memcpy call, a third of the time) */
__attribute__((optimize("no-tree-loop-distribute-patterns"))) static inline void gather_taps(const float *x, const candor_conv_geometry *g,
                                                                                             int b, int oh, int ow, float *taps) {
  const int ih0 = oh * g->strideH - g->padTop, iw0 = ow * g->strideW - g->padLeft;
  if (ih0 >= 0 && iw0 >= 0 && ih0 + (g->kH - 1) * g->dilationH < g->inH && iw0 + (g->kW - 1) * g->dilationW < g->inW) {
    const float *row = x + ((size_t)b * g->inH + ih0) * g->inW + iw0; /* the whole window is inside: no checks */
    for (int kh = 0, p = 0; kh < g->kH; kh++, row += (size_t)g->dilationH * g->inW)
      for (int kw = 0; kw < g->kW; kw++, p++) taps[p] = row[kw * g->dilationW];
    return;
  }
  int p = 0;
  for (int kh = 0; kh < g->kH; kh++) {
    const int ih = oh * g->strideH - g->padTop + kh * g->dilationH;
    for (int kw = 0; kw < g->kW; kw++, p++) {
      const int iw = ow * g->strideW - g->padLeft + kw * g->dilationW;
      taps[p] = ih >= 0 && ih < g->inH && iw >= 0 && iw < g->inW ? x[((size_t)b * g->inH + ih) * g->inW + iw] : 0.0f;
    }
  }
}

int candor_conv_shallow_applies(const candor_conv_geometry *g) {
  return g->inC == 1 && g->outC % 8 == 0 && g->kH * g->kW <= MAX_TAPS && candor_gemm_lanes() > 0;
}

#define FORWARD_CHAINS(q) __m256 y##q##0 = _mm256_setzero_ps(), y##q##1 = _mm256_setzero_ps(), y##q##2 = _mm256_setzero_ps(), y##q##3 = _mm256_setzero_ps();
#define FORWARD_STEP(q, tap)                     \
  {                                              \
    const __m256 tv = _mm256_broadcast_ss(tap);  \
    y##q##0 = _mm256_fmadd_ps(tv, w0, y##q##0);  \
    y##q##1 = _mm256_fmadd_ps(tv, w1, y##q##1);  \
    y##q##2 = _mm256_fmadd_ps(tv, w2, y##q##2);  \
    y##q##3 = _mm256_fmadd_ps(tv, w3, y##q##3);  \
  }
#define FORWARD_STORE(q)                                     \
  {                                                          \
    float *o = out + (size_t)(q) * C + co;                   \
    _mm256_storeu_ps(o, epilogue(y##q##0, bias, co, relu));      \
    _mm256_storeu_ps(o + 8, epilogue(y##q##1, bias, co + 8, relu));   \
    _mm256_storeu_ps(o + 16, epilogue(y##q##2, bias, co + 16, relu)); \
    _mm256_storeu_ps(o + 24, epilogue(y##q##3, bias, co + 24, relu)); \
  }

/*
 * bias.c's epilogue on a register, while the result is still in it (a separate pass over the
 * output ran at memory speed: a quarter of the layer): z = y + bias rounded to float, then
 * max(z, +0) — which, like bias.c's z > 0 ? z : 0, gives +0 for -0 and for NaN.
 */
__attribute__((target("avx2,fma"))) static inline __m256 epilogue(__m256 y, const float *bias, int co, int relu) {
  if (!bias) return y;
  const __m256 z = _mm256_add_ps(y, _mm256_loadu_ps(bias + co));
  return relu ? _mm256_max_ps(z, _mm256_setzero_ps()) : z;
}

/* y rows of samples [b0, b0+n): y[r][co] = act(sum_p taps_r[p] * w[p][co] + bias[co]) (bias NULL: the sum), 3 positions of a row at a time. */
__attribute__((target("avx2,fma"))) void candor_conv_shallow_forward(const float *x, const float *w, const float *bias, int relu, float *y,
                                                                      const candor_conv_geometry *g, int b0, int n) {
  const int K = g->kH * g->kW, C = g->outC;
  float taps[3][MAX_TAPS];
  float *out = y; /* y starts at sample b0; rows are visited in order */
  for (int b = b0; b < b0 + n; b++)
    for (int oh = 0; oh < g->outH; oh++)
      for (int ow = 0; ow < g->outW; ow += 3, out += 3 * (size_t)C) {
        const int count = g->outW - ow < 3 ? g->outW - ow : 3;
        /* Three windows inside the input: broadcast straight from x (tap (kh, kw) of position q at row kh, column q*stride + kw*dilation). */
        const int ih0 = oh * g->strideH - g->padTop, iw0 = ow * g->strideW - g->padLeft;
        const int inside = count == 3 && ih0 >= 0 && iw0 >= 0 && ih0 + (g->kH - 1) * g->dilationH < g->inH &&
                           iw0 + 2 * g->strideW + (g->kW - 1) * g->dilationW < g->inW;
        if (inside) {
          const float *x0 = x + ((size_t)b * g->inH + ih0) * g->inW + iw0;
          const size_t s1 = (size_t)g->strideW, s2 = 2 * (size_t)g->strideW;
          int co = 0;
          /* 3 positions x 32 channels: 12 independent chains (3 were FMA-latency bound at ~17 GFLOP/s). */
          for (; co + 32 <= C; co += 32) {
            FORWARD_CHAINS(0) FORWARD_CHAINS(1) FORWARD_CHAINS(2)
            const float *wp = w + co;
            for (int kh = 0; kh < g->kH; kh++) {
              const float *row = x0 + (size_t)kh * g->dilationH * g->inW;
              for (int kw = 0; kw < g->kW; kw++, wp += C) {
                const float *t = row + (size_t)kw * g->dilationW;
                const __m256 w0 = _mm256_loadu_ps(wp), w1 = _mm256_loadu_ps(wp + 8), w2 = _mm256_loadu_ps(wp + 16), w3 = _mm256_loadu_ps(wp + 24);
                FORWARD_STEP(0, t) FORWARD_STEP(1, t + s1) FORWARD_STEP(2, t + s2)
              }
            }
            FORWARD_STORE(0) FORWARD_STORE(1) FORWARD_STORE(2)
          }
          for (; co < C; co += 8) {
            __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps(), a2 = _mm256_setzero_ps();
            const float *wp = w + co;
            for (int kh = 0; kh < g->kH; kh++) {
              const float *row = x0 + (size_t)kh * g->dilationH * g->inW;
              for (int kw = 0; kw < g->kW; kw++, wp += C) {
                const float *t = row + (size_t)kw * g->dilationW;
                const __m256 wv = _mm256_loadu_ps(wp);
                a0 = _mm256_fmadd_ps(_mm256_broadcast_ss(t), wv, a0);
                a1 = _mm256_fmadd_ps(_mm256_broadcast_ss(t + s1), wv, a1);
                a2 = _mm256_fmadd_ps(_mm256_broadcast_ss(t + s2), wv, a2);
              }
            }
            _mm256_storeu_ps(out + co, epilogue(a0, bias, co, relu));
            _mm256_storeu_ps(out + C + co, epilogue(a1, bias, co, relu));
            _mm256_storeu_ps(out + 2 * C + co, epilogue(a2, bias, co, relu));
          }
          continue;
        }
        for (int q = 0; q < 3; q++) gather_taps(x, g, b, oh, ow + (q < count ? q : 0), taps[q]); /* extra positions repeat one and are dropped */
        for (int co = 0; co < C; co += 8) {
          __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps(), a2 = _mm256_setzero_ps();
          for (int p = 0; p < K; p++) {
            const __m256 wv = _mm256_loadu_ps(w + (size_t)p * C + co);
            a0 = _mm256_fmadd_ps(_mm256_broadcast_ss(&taps[0][p]), wv, a0);
            a1 = _mm256_fmadd_ps(_mm256_broadcast_ss(&taps[1][p]), wv, a1);
            a2 = _mm256_fmadd_ps(_mm256_broadcast_ss(&taps[2][p]), wv, a2);
          }
          _mm256_storeu_ps(out + co, epilogue(a0, bias, co, relu));
          if (count > 1) _mm256_storeu_ps(out + C + co, epilogue(a1, bias, co, relu));
          if (count > 2) _mm256_storeu_ps(out + 2 * C + co, epilogue(a2, bias, co, relu));
        }
        if (count < 3) out -= (size_t)(3 - count) * C;
      }
}

/*
 * The filter gradient reads each output position's taps straight from the input: row r's window
 * starts at `base` and tap p sits at base[off[p]]. Copying the taps of every position out first
 * (what the GEMM path's im2col does) took 60 % of the pass. With padding, the chunk's samples are
 * first copied into a zero-bordered image so that every window lies inside it.
 */
typedef struct {
  const float *row;  /* the first input row of the current output row's windows */
  const float *base; /* the current window's first tap */
  int oh, ow;
} window_cursor;

size_t candor_conv_shallow_filter_scratch(const candor_conv_geometry *g, int n) {
  int hp, wp;
  return candor_conv_padded_extent(g, &hp, &wp) ? (size_t)n * hp * wp : 1;
}

/* The window of row r (rows count output positions from the chunk's first sample). */
static window_cursor cursor_at(const float *xp, const candor_conv_geometry *g, int hp, int wp, int r) {
  const int per = g->outH * g->outW, b = r / per, oh = r % per / g->outW, ow = r % g->outW;
  const float *row = xp + ((size_t)b * hp + (size_t)oh * g->strideH) * wp;
  return (window_cursor){row, row + (size_t)ow * g->strideW, oh, ow};
}

static inline void cursor_next(window_cursor *c, const candor_conv_geometry *g, int hp, int wp) {
  c->base += g->strideW;
  if (++c->ow < g->outW) return;
  c->ow = 0;
  c->row += (size_t)g->strideH * wp;
  if (++c->oh == g->outH) {
    c->oh = 0;
    c->row += (size_t)(hp - g->outH * g->strideH) * wp; /* the next sample */
  }
  c->base = c->row;
}

#define Z_TAPS(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8)
#define Z_TAP_OFFSET(t) const size_t o##t = (size_t)off[p0 + t < K ? p0 + t : p0]; /* taps past K repeat the first and are dropped */
#define Z_FILTER_CHAINS(t) __m512 z##t##0 = _mm512_setzero_ps(), z##t##1 = _mm512_setzero_ps();
#define Z_FILTER_STEP(t)                          \
  {                                               \
    const __m512 tv = _mm512_set1_ps(c.base[o##t]); \
    z##t##0 = _mm512_fmadd_ps(tv, d0, z##t##0);   \
    z##t##1 = _mm512_fmadd_ps(tv, d1, z##t##1);   \
  }
#define Z_FILTER_STORE(t)                                                                            \
  if (p0 + t < K) {                                                                                  \
    float *out = dw + (size_t)(p0 + t) * C + co;                                                     \
    _mm512_storeu_ps(out, store ? z##t##0 : _mm512_add_ps(_mm512_loadu_ps(out), z##t##0));           \
    _mm512_storeu_ps(out + 16, store ? z##t##1 : _mm512_add_ps(_mm512_loadu_ps(out + 16), z##t##1)); \
  }

/*
 * The AVX-512 block of the filter gradient: 9 taps x 32 channels = 18 zmm chains, so a 3x3
 * kernel's block is one pass over its rows of dy (the AVX2 code makes three, 3 taps each). Each
 * chain is the same FMA sequence over the same rows, so the sums are bit-identical. Returns the
 * first channel it left to the AVX2 code (channels past the last multiple of 32).
 */
__attribute__((target("avx512f,fma"))) static int filter_block_avx512(window_cursor start, const int *off, const candor_conv_geometry *g, int hp,
                                                                      int wp, const float *d, float *dw, int r0, int r1, int store) {
  const int K = g->kH * g->kW, C = g->outC;
  int co = 0;
  for (; co + 32 <= C; co += 32)
    for (int p0 = 0; p0 < K; p0 += 9) {
      Z_TAPS(Z_TAP_OFFSET)
      Z_TAPS(Z_FILTER_CHAINS)
      window_cursor c = start;
      for (int r = r0; r < r1; r++, cursor_next(&c, g, hp, wp)) {
        const float *dr = d + (size_t)r * C + co;
        const __m512 d0 = _mm512_loadu_ps(dr), d1 = _mm512_loadu_ps(dr + 16);
        Z_TAPS(Z_FILTER_STEP)
      }
      Z_TAPS(Z_FILTER_STORE)
    }
  return co;
}

#define FILTER_CHAINS(t) __m256 f##t##0 = _mm256_setzero_ps(), f##t##1 = _mm256_setzero_ps(), f##t##2 = _mm256_setzero_ps(), f##t##3 = _mm256_setzero_ps();
#define FILTER_STEP(t, tap)                          \
  {                                                  \
    const __m256 tv = _mm256_broadcast_ss(&(tap));   \
    f##t##0 = _mm256_fmadd_ps(tv, d0, f##t##0);      \
    f##t##1 = _mm256_fmadd_ps(tv, d1, f##t##1);      \
    f##t##2 = _mm256_fmadd_ps(tv, d2, f##t##2);      \
    f##t##3 = _mm256_fmadd_ps(tv, d3, f##t##3);      \
  }
#define FILTER_STORE(t, tap)                                                                              \
  {                                                                                                       \
    float *out = dw + (size_t)(p0 + (tap)) * C + co;                                                      \
    const __m256 v[4] = {f##t##0, f##t##1, f##t##2, f##t##3};                                             \
    for (int q = 0; q < 4; q++) _mm256_storeu_ps(out + 8 * q, store ? v[q] : _mm256_add_ps(_mm256_loadu_ps(out + 8 * q), v[q])); \
  }

/*
 * dw[p][co] (+)= sum over the rows of samples [b0, b0+n) of taps_r[p] * dy[r][co], in the depth
 * blocks the GEMM path would use (`step` rows each): a fresh chain per block, added onto dw in
 * turn; `first` stores the first block instead of adding it. `scratch` holds
 * candor_conv_shallow_filter_scratch(g, n) floats.
 */
__attribute__((target("avx2,fma"))) void candor_conv_shallow_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g,
                                                                     int b0, int n, int first, float *scratch) {
  const int K = g->kH * g->kW, C = g->outC;
  const int rows = n * g->outH * g->outW;
  const int blocks = (rows + CANDOR_GEMM_KC - 1) / CANDOR_GEMM_KC, step = (rows + blocks - 1) / blocks; /* as gemm.c: even depth blocks */
  const int avx512 = candor_gemm_lanes() == 16;
  int hp, wp;
  const float *xp = x + (size_t)b0 * g->inH * g->inW;
  if (candor_conv_padded_extent(g, &hp, &wp)) {
    candor_conv_pad_samples(x, g, b0, n, scratch);
    xp = scratch;
  } else hp = g->inH, wp = g->inW;
  int off[MAX_TAPS];
  for (int kh = 0; kh < g->kH; kh++)
    for (int kw = 0; kw < g->kW; kw++) off[kh * g->kW + kw] = kh * g->dilationH * wp + kw * g->dilationW;
  const float *d = dy + (size_t)b0 * g->outH * g->outW * C;
  for (int r0 = 0; r0 < rows; r0 += step) {
    const int r1 = rows - r0 < step ? rows : r0 + step;
    const int store = first && r0 == 0;
    const window_cursor start = cursor_at(xp, g, hp, wp, r0);
    const int done = avx512 ? filter_block_avx512(start, off, g, hp, wp, d, dw, r0, r1, store) : 0;
    /*
     * 3 taps x 32 channels = 12 independent chains per pass over the block's rows (one chain was
     * FMA-latency bound), as named variables (an array stayed in memory, stored every step); the
     * channels past the last multiple of 32 go 8 at a time.
     */
    for (int p0 = 0; p0 < K; p0 += 3) {
      const int t1 = p0 + 1 < K ? 1 : 0, t2 = p0 + 2 < K ? 2 : t1; /* taps past K repeat one inside and are dropped */
      const size_t o0 = (size_t)off[p0], o1 = (size_t)off[p0 + t1], o2 = (size_t)off[p0 + t2];
      int co = done;
      for (; co + 32 <= C; co += 32) {
        FILTER_CHAINS(0) FILTER_CHAINS(1) FILTER_CHAINS(2)
        window_cursor c = start;
        for (int r = r0; r < r1; r++, cursor_next(&c, g, hp, wp)) {
          const float *dr = d + (size_t)r * C + co;
          const __m256 d0 = _mm256_loadu_ps(dr), d1 = _mm256_loadu_ps(dr + 8), d2 = _mm256_loadu_ps(dr + 16), d3 = _mm256_loadu_ps(dr + 24);
          FILTER_STEP(0, c.base[o0]) FILTER_STEP(1, c.base[o1]) FILTER_STEP(2, c.base[o2])
        }
        FILTER_STORE(0, 0) if (t1) FILTER_STORE(1, 1) if (t2 == 2) FILTER_STORE(2, 2)
      }
      for (; co < C; co += 8) {
        __m256 e0 = _mm256_setzero_ps(), e1 = _mm256_setzero_ps(), e2 = _mm256_setzero_ps();
        window_cursor c = start;
        for (int r = r0; r < r1; r++, cursor_next(&c, g, hp, wp)) {
          const __m256 dv = _mm256_loadu_ps(d + (size_t)r * C + co);
          e0 = _mm256_fmadd_ps(_mm256_broadcast_ss(c.base + o0), dv, e0);
          e1 = _mm256_fmadd_ps(_mm256_broadcast_ss(c.base + o1), dv, e1);
          e2 = _mm256_fmadd_ps(_mm256_broadcast_ss(c.base + o2), dv, e2);
        }
        const __m256 e[3] = {e0, e1, e2};
        for (int t = 0; t < 3 && p0 + t < K; t++) {
          float *out = dw + (size_t)(p0 + t) * C + co;
          _mm256_storeu_ps(out, store ? e[t] : _mm256_add_ps(_mm256_loadu_ps(out), e[t]));
        }
      }
    }
  }
}
