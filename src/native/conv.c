/*
 * Channels-last convolution as GEMM. A chunk of samples is unfolded (im2col) into
 *   col (chunk*OH*OW, KH*KW*Cin), whose column order (kh, kw, ci) matches the kernel (KH,KW,Cin,Cout) seen as (K, Cout):
 *   forward          y   (rows, Cout) = col @ W
 *   backprop input   dcol(rows, K)    = dy @ W^T, then folded back (col2im) into dx
 *   backprop filter  dW  (K, Cout)   += col^T @ dy, col^T read where it lies in x (no unfold) when a tap's channels fill the GEMM's tiles
 * Each thread takes its own range of samples and unfolds a chunk small enough to stay in its L2
 * cache before the GEMM reads it back (a batch-sized col buffer made every pass a trip to
 * memory). Filter gradients go to one partial dW per thread, added in part order; the chunk also
 * sets their depth blocks, so both ways of reading col give the same sums.
 */
#include "candor.h"
#include <string.h>
#include <immintrin.h>

#define CHUNK_BYTES (1u << 20) /* unfolded chunk per thread: half of a 2 MiB L2 */

static int chunk_samples(const candor_conv_geometry *g) {
  const size_t per = (size_t)g->outH * g->outW * g->kH * g->kW * g->inC * sizeof(float);
  size_t n = per ? CHUNK_BYTES / per : (size_t)g->batch;
  if (n < 1) n = 1;
  if (n > (size_t)g->batch) n = (size_t)g->batch;
  return (int)n;
}

/* Visits every (output position, kernel tap) of samples [b0, b0+n): col row r, column block kofs. */
#define FOR_EACH_TAP(g, b0, n, BODY)                                                          \
  for (int b = 0; b < (n); b++)                                                               \
    for (int oh = 0; oh < (g)->outH; oh++)                                                    \
      for (int ow = 0; ow < (g)->outW; ow++) {                                                \
        const size_t r = ((size_t)b * (g)->outH + oh) * (g)->outW + ow;                       \
        for (int kh = 0; kh < (g)->kH; kh++) {                                                \
          const int ih = oh * (g)->strideH - (g)->padTop + kh * (g)->dilationH;               \
          for (int kw = 0; kw < (g)->kW; kw++) {                                              \
            const int iw = ow * (g)->strideW - (g)->padLeft + kw * (g)->dilationW;            \
            const size_t kofs = ((size_t)kh * (g)->kW + kw) * (g)->inC;                       \
            const int inside = ih >= 0 && ih < (g)->inH && iw >= 0 && iw < (g)->inW;          \
            const size_t xofs = inside ? ((((size_t)(b0) + b) * (g)->inH + ih) * (g)->inW + iw) * (g)->inC : 0; \
            BODY                                                                              \
          }                                                                                   \
        }                                                                                     \
      }

static void im2col(const float *x, float *col, const candor_conv_geometry *g, int b0, int n) {
  const size_t K = (size_t)g->kH * g->kW * g->inC;
  FOR_EACH_TAP(g, b0, n, {
    float *dst = col + r * K + kofs;
    if (inside) memcpy(dst, x + xofs, sizeof(float) * g->inC);
    else memset(dst, 0, sizeof(float) * g->inC);
  })
}

/*
 * col2im at each vector width: the addon's baseline is SSE2 and the channel loop ran at that width
 * (a fifth of a conv2 input gradient on Zen 5). Each element's additions are the same at any
 * width (only independent channels share a vector), so every path gives the same sums; the path
 * follows the GEMM's (CANDOR_ISA lowers both).
 */
#define COL2IM_ADD(NAME, TARGET, VEC, LOAD, STORE, ADD)                                                                        \
  __attribute__((target(TARGET))) static void NAME(const float *restrict col, float *restrict dx, const candor_conv_geometry *g, int b0, \
                                                   int n) {                                                                   \
    const size_t K = (size_t)g->kH * g->kW * g->inC;                                                                           \
    FOR_EACH_TAP(g, b0, n, {                                                                                                   \
      if (inside) {                                                                                                            \
        const float *src = col + r * K + kofs;                                                                                 \
        float *dst = dx + xofs;                                                                                                \
        int ci = 0;                                                                                                            \
        for (; ci + VEC <= g->inC; ci += VEC) STORE(dst + ci, ADD(LOAD(dst + ci), LOAD(src + ci)));                            \
        for (; ci < g->inC; ci++) dst[ci] += src[ci];                                                                          \
      }                                                                                                                        \
    })                                                                                                                         \
  }
COL2IM_ADD(col2im_add_avx512, "avx512f", 16, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_add_ps)
COL2IM_ADD(col2im_add_avx2, "avx2", 8, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_add_ps)
COL2IM_ADD(col2im_add_sse2, "sse2", 4, _mm_loadu_ps, _mm_storeu_ps, _mm_add_ps)

static void col2im_add(const float *col, float *dx, const candor_conv_geometry *g, int b0, int n) {
  const int lanes = candor_gemm_lanes();
  if (lanes == 16) col2im_add_avx512(col, dx, g, b0, n);
  else if (lanes == 8) col2im_add_avx2(col, dx, g, b0, n);
  else col2im_add_sse2(col, dx, g, b0, n);
}

typedef struct {
  const candor_conv_geometry *g;
  const float *in, *w;
  float *out;
  float *partials[64]; /* backprop filter: each part's dW */
  const float *bias;   /* forward: optional fused epilogue act(y + bias) */
  int relu;
  int next; /* forward and input gradient: the first sample no part has taken yet */
} conv_job;

/*
 * The forward and input-gradient passes write each sample's output from that sample alone, so
 * parts take samples (or chunks of them) as they finish the last ones instead of a fixed half
 * each: the result is the same whichever thread computes a sample, and a thread slowed by other
 * work just takes fewer. Zen 5 VM, conv2 of W2: the two halves of a static split finished 12 %
 * apart for seconds at a time; with one core shared with a busy process, forward 159 -> 196 and
 * input gradient 174 -> 213 GFLOP/s. The fused input gradient takes its next sample
 * before computing the current one, to prefetch that sample's dy. (The filter gradient's partial
 * sums per thread fix its bits, so it keeps fixed halves.)
 */
static int take_samples(conv_job *j, int n) { return __atomic_fetch_add(&j->next, n, __ATOMIC_RELAXED); }

/* This part's sample range [*s0, *s1). */
static void samples_of(const candor_conv_geometry *g, int part, int parts, int *s0, int *s1) {
  *s0 = (int)((long)g->batch * part / parts);
  *s1 = (int)((long)g->batch * (part + 1) / parts);
}

/*
 * The extent (hp, wp) of an input image that holds every window: the input with its padding above
 * and to the left, grown below and to the right as far as the last window reaches. Returns whether
 * that differs from the input itself.
 */
int candor_conv_padded_extent(const candor_conv_geometry *g, int *hp, int *wp) {
  const int needH = (g->outH - 1) * g->strideH + (g->kH - 1) * g->dilationH + 1;
  const int needW = (g->outW - 1) * g->strideW + (g->kW - 1) * g->dilationW + 1;
  *hp = g->inH + g->padTop > needH ? g->inH + g->padTop : needH;
  *wp = g->inW + g->padLeft > needW ? g->inW + g->padLeft : needW;
  return g->padTop || g->padLeft || *hp > g->inH || *wp > g->inW;
}

void candor_conv_pad_samples(const float *x, const candor_conv_geometry *g, int b0, int n, float *out) {
  int hp, wp;
  candor_conv_padded_extent(g, &hp, &wp);
  const size_t C = (size_t)g->inC, rowIn = (size_t)g->inW * C, rowOut = (size_t)wp * C, left = (size_t)g->padLeft * C;
  for (int b = 0; b < n; b++)
    for (int h = 0; h < hp; h++) {
      float *dst = out + ((size_t)b * hp + h) * rowOut;
      const int ih = h - g->padTop;
      if (ih < 0 || ih >= g->inH) {
        memset(dst, 0, sizeof(float) * rowOut);
        continue;
      }
      memset(dst, 0, sizeof(float) * left);
      memcpy(dst + left, x + (((size_t)b0 + b) * g->inH + ih) * rowIn, sizeof(float) * rowIn);
      memset(dst + left + rowIn, 0, sizeof(float) * (rowOut - left - rowIn));
    }
}

/*
 * Whether the forward pass pays without im2col: its tiles run along one output row (MR positions
 * strideW pixels apart), so the row must fill them as runs_pay asks of a tap's channels, and each
 * run is a tap's channels, long enough to outweigh its start.
 */
#define MAX_FORWARD_RUNS 64 /* a depth block's runs: at most one per tap, plus one a tap cut by the block's start */
static int fused_forward_pays(const candor_conv_geometry *g, int mr) {
  const int tiles = (g->outW + mr - 1) / mr;
  return 8 * g->outW >= 7 * tiles * mr && g->inC >= 16 && candor_gemm_lanes() > 0 && g->kH * g->kW < MAX_FORWARD_RUNS;
}

/*
 * y = act(conv(x, W) + bias) without im2col: each tile of y (up to MR positions of one output row,
 * up to NR output channels) is the GEMM's micro-kernel over col's row read where it lies in x, a
 * run of inC channels per tap, positions strideW*inC floats apart (candor_gemm_runs), over the
 * GEMM's depth blocks and W packed as the GEMM packs B: the same sums in the same order as the
 * GEMM on an im2col buffer, bit for bit. A padded convolution reads a zero-bordered copy of each
 * sample (zeros where im2col writes them). Writing col (663 KB a sample for conv2 of W2) and
 * reading it back was a fifth of the pass.
 */
static void forward_fused(conv_job *j, int mr, int nr) {
  const candor_conv_geometry *g = j->g;
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, outC = g->outC, inC = g->inC;
  const int panelCols = (outC + nr - 1) / nr * nr, step = candor_gemm_depth_step(K);
  int hp, wp;
  const int padded = candor_conv_padded_extent(g, &hp, &wp);
  float *packed = candor_scratch(CANDOR_SCRATCH_PACK_B, (size_t)K * panelCols);
  for (int p0 = 0; p0 < K; p0 += step) candor_gemm_pack_b(j->w, 0, K, outC, p0, K - p0 < step ? K - p0 : step, packed + (size_t)p0 * panelCols);
  float *image = padded ? candor_scratch(CANDOR_SCRATCH_COL, (size_t)hp * wp * inC) : 0;
  candor_depth_run runs[MAX_FORWARD_RUNS];
  const size_t rs = (size_t)g->strideW * inC;
  for (int b = take_samples(j, 1); b < g->batch; b = take_samples(j, 1)) {
    const float *xb = image ? image : j->in + (size_t)b * g->inH * g->inW * inC;
    if (image) candor_conv_pad_samples(j->in, g, b, 1, image);
    float *yb = j->out + (size_t)b * P * outC;
    for (int p0 = 0; p0 < K; p0 += step) {
      const int kc = K - p0 < step ? K - p0 : step;
      for (int jp = 0; jp < outC; jp += nr)
        for (int oh = 0; oh < g->outH; oh++) {
          const float *row = xb + (size_t)oh * g->strideH * wp * inC;
          for (int from = 0; from < g->outW; from += mr) {
            /* The block's runs: the part of each tap's channels inside [p0, p0 + kc). */
            const float *window = row + (size_t)from * rs;
            int count = 0;
            for (int t = p0 / inC; t * inC < p0 + kc; t++) {
              const int first = t * inC > p0 ? t * inC : p0, last = (t + 1) * inC < p0 + kc ? (t + 1) * inC : p0 + kc;
              const size_t tap = ((size_t)(t / g->kW) * g->dilationH * wp + (size_t)(t % g->kW) * g->dilationW) * inC;
              runs[count++] = (candor_depth_run){window + tap + (first - t * inC), 1, last - first};
            }
            candor_gemm_runs(runs, count, rs, g->outW - from < mr ? g->outW - from : mr, packed + (size_t)p0 * panelCols + (size_t)jp * kc, kc,
                             outC - jp < nr ? outC - jp : nr, yb + ((size_t)oh * g->outW + from) * outC + jp, outC, p0 > 0, 0, 0);
          }
        }
    }
    if (j->bias) candor_bias_activation_serial(yb, j->bias, yb, (size_t)P, outC, j->relu);
  }
}

static void forward_part(void *arg, int part, int parts) {
  conv_job *j = (conv_job *)arg;
  const candor_conv_geometry *g = j->g;
  const int shallow = candor_conv_shallow_applies(g);
  /* The direct kernel for one channel has no buffer to fill: a sample at a time balances best. */
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = shallow ? 1 : chunk_samples(g);
  int mr, nr;
  candor_gemm_tile(&mr, &nr);
  if (!shallow && fused_forward_pays(g, mr)) {
    forward_fused(j, mr, nr);
    return;
  }
  float *col = shallow ? 0 : candor_scratch(CANDOR_SCRATCH_COL, (size_t)chunk * P * K);
  for (int b0 = take_samples(j, chunk); b0 < g->batch; b0 = take_samples(j, chunk)) {
    const int n = g->batch - b0 < chunk ? g->batch - b0 : chunk;
    float *y = j->out + (size_t)b0 * P * g->outC;
    if (shallow) {
      candor_conv_shallow_forward(j->in, j->w, j->bias, j->relu, y, g, b0, n); /* with the epilogue */
      continue;
    }
    im2col(j->in, col, g, b0, n);
    candor_gemm_serial(col, j->w, y, n * P, g->outC, K, 0, 0, 0);
    if (j->bias) candor_bias_activation_serial(y, j->bias, y, (size_t)n * P, g->outC, j->relu);
  }
}

/* Whether panels of one tap's channels fill the micro-kernel's NR columns (as runs_pay for rows), and dy @ W^T is one depth block. */
static int fused_input_pays(const candor_conv_geometry *g, int nr) {
  const int panels = (g->inC + nr - 1) / nr;
  return 8 * g->inC >= 7 * panels * nr && candor_gemm_depth_step(g->outC) == g->outC;
}

/*
 * dx += dcol folded back, without dcol: each tile of dcol (up to MR positions of one output row,
 * up to NR channels of one tap) is computed from dy and W^T's packed panel by the GEMM's
 * micro-kernel and added into dx where col2im would add it (input positions strideW pixels
 * apart). col2im adds position by position in raster order; two positions r1 < r2 that reach the
 * same dx element do so through taps t1 > t2 (an earlier output row needs a lower window row, an
 * earlier column in the same row a righter window column), so taps from the last down, each over
 * every position, add every element's terms in col2im's order: the same bits, and a tap's panel
 * stays in L1 while dy streams past it. Zen 5, conv2 of W2 (2 threads): ~295 -> 345-380 GFLOP/s;
 * dcol, 663 KB a sample, is never written. The next sample's dy is prefetched a few lines a tile.
 */
static void backprop_input_fused(conv_job *j, int mr, int nr) {
  const candor_conv_geometry *g = j->g;
  const int P = g->outH * g->outW, taps = g->kH * g->kW, outC = g->outC, inC = g->inC, sW = g->strideW;
  const int panelCols = (inC + nr - 1) / nr * nr;
  /* W^T packed tap by tap: panel columns are a tap's channels, depth the output channels. */
  float *packed = candor_scratch(CANDOR_SCRATCH_PACK_B, (size_t)taps * panelCols * outC);
  for (int t = 0; t < taps; t++) candor_gemm_pack_b(j->w + (size_t)t * inC * outC, 1, outC, inC, 0, outC, packed + (size_t)t * panelCols * outC);
  const size_t dyLines = (size_t)P * outC * sizeof(float) / 64, tiles = (size_t)taps * g->outH * ((g->outW + mr - 1) / mr);
  const size_t perTile = (dyLines + tiles - 1) / tiles;
  const size_t inSize = (size_t)g->inH * g->inW * inC;
  for (int b = take_samples(j, 1), next; b < g->batch; b = next) {
    next = take_samples(j, 1);
    const float *dyNext = j->in + (size_t)next * P * outC;
    size_t asked = next < g->batch ? 0 : dyLines;
    memset(j->out + (size_t)b * inSize, 0, sizeof(float) * inSize);
    for (int t = taps - 1; t >= 0; t--) {
      const int kh = t / g->kW, kw = t % g->kW, off = kw * g->dilationW - g->padLeft;
      /* Output columns whose window column is inside: ow*sW + off in [0, inW). */
      int lo = 0, hi = g->outW;
      while (lo < hi && lo * sW + off < 0) lo++;
      while (hi > lo && (hi - 1) * sW + off >= g->inW) hi--;
      const float *panels = packed + (size_t)t * panelCols * outC;
      for (int oh = 0; oh < g->outH; oh++) {
        const int ih = oh * g->strideH - g->padTop + kh * g->dilationH;
        if (ih < 0 || ih >= g->inH) continue;
        const float *dy = j->in + ((size_t)b * P + (size_t)oh * g->outW) * outC;
        for (int from = lo; from < hi; from += mr) {
          const size_t upTo = asked + perTile < dyLines ? asked + perTile : dyLines;
          candor_prefetch_lines(dyNext, asked, upTo);
          asked = upTo;
          float *dx = j->out + (((size_t)b * g->inH + ih) * g->inW + (size_t)(from * sW + off)) * inC;
          for (int c0 = 0; c0 < inC; c0 += nr)
            candor_gemm_microkernel(outC, dy + (size_t)from * outC, outC, 1, panels + (size_t)c0 * outC, dx + c0, sW * inC, hi - from < mr ? hi - from : mr,
                                    inC - c0 < nr ? inC - c0 : nr, 1);
        }
      }
    }
  }
}

static void backprop_input_part(void *arg, int part, int parts) {
  conv_job *j = (conv_job *)arg;
  const candor_conv_geometry *g = j->g;
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  const size_t inSize = (size_t)g->inH * g->inW * g->inC;
  int mr, nr;
  candor_gemm_tile(&mr, &nr);
  if (fused_input_pays(g, nr)) {
    backprop_input_fused(j, mr, nr);
    return;
  }
  float *col = candor_scratch(CANDOR_SCRATCH_COL, (size_t)chunk * P * K);
  for (int b0 = take_samples(j, chunk); b0 < g->batch; b0 = take_samples(j, chunk)) {
    const int n = g->batch - b0 < chunk ? g->batch - b0 : chunk;
    candor_gemm_serial(j->in + (size_t)b0 * P * g->outC, j->w, col, n * P, K, g->outC, 0, 1, 0);
    memset(j->out + (size_t)b0 * inSize, 0, sizeof(float) * (size_t)n * inSize);
    col2im_add(col, j->out, g, b0, n);
  }
}

/* Floats of zeros a run reads where the window leaves the input (stride 0): one tile's rows. */
static const float zeros[16];

/*
 * The depth runs of tap (kh, kw), channel 0, for rows [r0, r0+kc) of the chunk (samples
 * from b0): along each output row the window's column stays inside the input for ow in [lo, hi),
 * where the run reads x (a step of strideW pixels); outside it, and on rows outside, zeros.
 * Returns the count (at most 3 per output row touched).
 */
static int tap_runs(const float *x, const candor_conv_geometry *g, int b0, int r0, int kc, int kh, int kw, candor_depth_run *runs) {
  const int P = g->outH * g->outW, outW = g->outW, sW = g->strideW, off = kw * g->dilationW - g->padLeft;
  const int lo = off >= 0 ? 0 : (-off + sW - 1) / sW, hi = g->inW - off <= 0 ? 0 : (g->inW - off + sW - 1) / sW;
  int b = b0 + r0 / P, oh = r0 % P / outW, ow = r0 % outW, count = 0;
  for (int p = 0; p < kc;) {
    const int end = ow + (outW - ow < kc - p ? outW - ow : kc - p); /* this output row's positions: ow .. end-1 */
    const int ih = oh * g->strideH - g->padTop + kh * g->dilationH, rowInside = ih >= 0 && ih < g->inH;
    const int from = !rowInside ? end : lo > ow ? (lo < end ? lo : end) : ow, to = !rowInside ? end : hi < end ? (hi > from ? hi : from) : end;
    if (from > ow) runs[count++] = (candor_depth_run){zeros, 0, from - ow};
    if (to > from)
      runs[count++] = (candor_depth_run){x + (((size_t)b * g->inH + ih) * g->inW + (size_t)(from * sW + off)) * g->inC, (size_t)sW * g->inC, to - from};
    if (end > to) runs[count++] = (candor_depth_run){zeros, 0, end - to};
    p += end - ow;
    ow = end;
    if (ow == outW) {
      ow = 0;
      if (++oh == g->outH) oh = 0, b++;
    }
  }
  return count;
}

/*
 * Whether tiles of one tap's channels fill the micro-kernel: a tile never spans two taps, so with
 * 3 channels (RGB) an 8-row tile would do 3 rows' work; an im2col buffer's panels run across taps.
 */
static int runs_pay(const candor_conv_geometry *g, int mr) {
  const int tiles = (g->inC + mr - 1) / mr;
  return 8 * g->inC >= 7 * tiles * mr; /* at most 1/8 of the tile rows idle: 32 channels on AVX2's 6 rows use 32 of 36 */
}

/*
 * dW (K, Cout) += col^T @ dy over this part's samples without unfolding x: for each depth block
 * (the GEMM's blocks over the chunk's rows), dy is packed as the GEMM packs B, and each tile of
 * dW rows (up to MR channels of one tap) multiplies a column of col^T read where it lies in x, as
 * runs along output rows (candor_gemm_runs). Sums and their order are the GEMM's on an im2col
 * buffer, bit for bit. Zen 5, conv2 of W2 (26x26x32 -> 64, batch 128), 2 threads: 290-306 ->
 * 358-370 GFLOP/s; im2col wrote 663 KB a sample and the GEMM read it transposed, a line a step.
 * While a block computes, the next block's dy and the next chunk's x are prefetched (they come
 * from memory: without it, packing dy stalled for a tenth of the time).
 */
static void backprop_filter_part(void *arg, int part, int parts) {
  conv_job *j = (conv_job *)arg;
  const candor_conv_geometry *g = j->g;
  const int K = g->kH * g->kW * g->inC, P = g->outH * g->outW, chunk = chunk_samples(g);
  int s0, s1;
  samples_of(g, part, parts, &s0, &s1);
  float *dw = part == 0 ? j->out : candor_scratch(CANDOR_SCRATCH_PARTIAL, (size_t)K * g->outC);
  j->partials[part] = dw;
  if (s0 >= s1) memset(dw, 0, sizeof(float) * (size_t)K * g->outC);
  if (candor_conv_shallow_applies(g)) {
    float *scratch = candor_scratch(CANDOR_SCRATCH_COL, candor_conv_shallow_filter_scratch(g, chunk));
    for (int b0 = s0; b0 < s1; b0 += chunk) candor_conv_shallow_filter(j->in, j->w, dw, g, b0, s1 - b0 < chunk ? s1 - b0 : chunk, b0 == s0, scratch);
    return;
  }
  int mr, nr;
  candor_gemm_tile(&mr, &nr);
  if (!runs_pay(g, mr)) {
    float *col = candor_scratch(CANDOR_SCRATCH_COL, (size_t)chunk * P * K);
    for (int b0 = s0; b0 < s1; b0 += chunk) {
      const int n = s1 - b0 < chunk ? s1 - b0 : chunk;
      im2col(j->in, col, g, b0, n);
      candor_gemm_serial(col, j->w + (size_t)b0 * P * g->outC, dw, K, g->outC, n * P, 1, 0, b0 > s0);
    }
    return;
  }
  const int depth = candor_gemm_depth_step(chunk * P); /* the deepest block: a shorter last chunk's are no deeper */
  float *panelsB = candor_scratch(CANDOR_SCRATCH_PACK_B, (size_t)(g->outC + nr - 1) / nr * nr * depth);
  const size_t maxRuns = 3 * ((size_t)depth / g->outW + 2);
  candor_depth_run *runs = (candor_depth_run *)candor_scratch(CANDOR_SCRATCH_COL, maxRuns * sizeof(candor_depth_run) / sizeof(float) + 1);
  const size_t inSize = (size_t)g->inH * g->inW * g->inC, dyEnd = (size_t)s1 * P * g->outC;
  const int tiles = g->kH * g->kW * ((g->inC + mr - 1) / mr);
  for (int b0 = s0; b0 < s1; b0 += chunk) {
    const int n = s1 - b0 < chunk ? s1 - b0 : chunk, rows = n * P, step = candor_gemm_depth_step(rows), blocks = (rows + step - 1) / step;
    const int nextN = s1 - b0 - n < chunk ? s1 - b0 - n : chunk;
    const float *dy = j->w + (size_t)b0 * P * g->outC;
    for (int p0 = 0, block = 0; p0 < rows; p0 += step, block++) {
      const int kc = rows - p0 < step ? rows - p0 : step;
      candor_gemm_pack_b(dy, 0, rows, g->outC, p0, kc, panelsB);
      /* What comes next: dy's next block (this part's dy is one array), and this block's share of the next chunk's x. */
      const size_t dyFrom = ((size_t)b0 * P + p0 + kc) * g->outC, dyTo = dyEnd - dyFrom > (size_t)step * g->outC ? dyFrom + (size_t)step * g->outC : dyEnd;
      /* Each tile's share of both: dyPer floats of dy's next block, xPer bytes of the next chunk's x (its blocks share that). */
      const size_t xBytes = sizeof(float) * (size_t)nextN * inSize, xPer = (xBytes + (size_t)blocks * tiles - 1) / ((size_t)blocks * tiles);
      const size_t dyPer = (dyTo - dyFrom + tiles - 1) / tiles;
      const char *xNext = (const char *)(j->in + (size_t)(b0 + n) * inSize);
      for (int tap = 0, tile = 0; tap < g->kH * g->kW; tap++) {
        /* A tap's runs, moved mr channels along x for each tile (zero runs stay). */
        const int count = tap_runs(j->in, g, b0, p0, kc, tap / g->kW, tap % g->kW, runs);
        for (int c0 = 0; c0 < g->inC; c0 += mr, tile++) {
          if (c0 > 0)
            for (int r = 0; r < count; r++)
              if (runs[r].stride) runs[r].at += mr;
          const size_t share = (size_t)block * tiles + tile, dyAt = (size_t)tile * dyPer, xAt = share * xPer;
          const size_t dyLen = dyAt >= dyTo - dyFrom ? 0 : dyTo - dyFrom - dyAt < dyPer ? dyTo - dyFrom - dyAt : dyPer;
          const size_t xLen = xAt >= xBytes ? 0 : xBytes - xAt < xPer ? xBytes - xAt : xPer;
          const candor_prefetch next[2] = {{j->w + dyFrom + dyAt, sizeof(float) * dyLen}, {xNext + xAt, xLen}};
          candor_gemm_runs(runs, count, 1, g->inC - c0 < mr ? g->inC - c0 : mr, panelsB, kc, g->outC, dw + ((size_t)tap * g->inC + c0) * g->outC, g->outC,
                           b0 > s0 || p0 > 0, next, 2);
        }
      }
    }
  }
}

/* Threads for a convolution of this size: one sample range per thread, unless the work is tiny. */
static int conv_parts(const candor_conv_geometry *g) {
  const double macs = (double)g->batch * g->outH * g->outW * g->outC * g->kH * g->kW * g->inC;
  int parts = macs < 2e5 ? 1 : candor_threads();
  if (parts > g->batch) parts = g->batch > 0 ? g->batch : 1;
  return parts > 64 ? 64 : parts;
}

void candor_conv2d(const float *x, const float *w, float *y, const candor_conv_geometry *g) {
  candor_conv2d_bias_activation(x, w, 0, 0, y, g);
}

void candor_conv2d_bias_activation(const float *x, const float *w, const float *bias, int relu, float *y, const candor_conv_geometry *g) {
  conv_job j = {.g = g, .in = x, .w = w, .out = y, .bias = bias, .relu = relu};
  candor_parallel(forward_part, &j, conv_parts(g));
}

void candor_conv2d_backprop_input(const float *dy, const float *w, float *dx, const candor_conv_geometry *g) {
  conv_job j = {.g = g, .in = dy, .w = w, .out = dx};
  candor_parallel(backprop_input_part, &j, conv_parts(g));
}

void candor_conv2d_backprop_filter(const float *x, const float *dy, float *dw, const candor_conv_geometry *g) {
  const int parts = conv_parts(g);
  conv_job j = {.g = g, .in = x, .w = dy, .out = dw};
  const size_t size = (size_t)g->kH * g->kW * g->inC * g->outC;
  if (g->batch == 0) {
    memset(dw, 0, sizeof(float) * size);
    return;
  }
  candor_parallel(backprop_filter_part, &j, parts);
  for (int p = 1; p < parts; p++) {
    const float *partial = j.partials[p];
    for (size_t i = 0; i < size; i++) dw[i] += partial[i];
  }
}
