/* Node-API bindings of the training kernels: pooling, fused optimizer steps, bias + activation, dropout masks, gather/scatter-add. */
#include "args.h"
#include "candor.h"

#define ARGS(n)                                                                    \
  size_t argc = n;                                                                 \
  napi_value argv[n];                                                              \
  if (napi_get_cb_info(env, info, &argc, argv, 0, 0) != napi_ok || argc < n) {     \
    napi_throw_type_error(env, 0, "candor native: expected " #n " arguments");    \
    return 0;                                                                      \
  }

static int pool_geometry(napi_env env, napi_value v, candor_pool_geometry *g) {
  int32_t *d;
  size_t n;
  if (!candor_arg_i32(env, v, "geometry", &d, &n)) return 0;
  if (n != 12) {
    napi_throw_type_error(env, 0, "candor native: pool geometry must hold 12 values");
    return 0;
  }
  static const char *const names[12] = {"batch", "inH", "inW", "channels", "outH", "outW", "poolH", "poolW", "strideH", "strideW", "padTop", "padLeft"};
  static const int32_t minimum[12] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
  if (!candor_check_fields(env, "pool geometry", d, names, minimum, 12)) return 0;
  *g = (candor_pool_geometry){d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11]};
  return 1;
}

#define IN_SIZE(g) candor_prod(4, (long long)(g).batch, (long long)(g).inH, (long long)(g).inW, (long long)(g).channels)
#define OUT_SIZE(g) candor_prod(4, (long long)(g).batch, (long long)(g).outH, (long long)(g).outW, (long long)(g).channels)

/* avgPool2d(x, y, geometry) */
static napi_value avg_pool2d(napi_env env, napi_callback_info info) {
  ARGS(3)
  float *x, *y;
  size_t lx, ly;
  candor_pool_geometry g;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "y", &y, &ly, 0) || !pool_geometry(env, argv[2], &g)) return 0;
  if (lx < IN_SIZE(g) || ly < OUT_SIZE(g)) return candor_too_small(env, "a pooling buffer");
  candor_avg_pool2d(x, y, &g);
  return 0;
}

/* maxPool2d(x, y, geometry, argmax) */
static napi_value max_pool2d(napi_env env, napi_callback_info info) {
  ARGS(4)
  float *x, *y;
  int32_t *at;
  size_t lx, ly, la;
  candor_pool_geometry g;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "y", &y, &ly, 0) || !pool_geometry(env, argv[2], &g) ||
      !candor_arg_i32(env, argv[3], "argmax", &at, &la)) return 0;
  if (lx < IN_SIZE(g) || ly < OUT_SIZE(g) || la < OUT_SIZE(g)) return candor_too_small(env, "a pooling buffer");
  if (IN_SIZE(g) > 2147483647u) return candor_too_small(env, "int32 argmax offsets for this input");
  candor_max_pool2d(x, y, at, &g);
  return 0;
}

/* maxPool2dGrad(argmax, dy, dx, geometry): argmax as written by maxPool2d for the same geometry */
static napi_value max_pool2d_grad(napi_env env, napi_callback_info info) {
  ARGS(4)
  int32_t *at;
  float *dy, *dx;
  size_t la, ldy, ldx;
  candor_pool_geometry g;
  if (!candor_arg_i32(env, argv[0], "argmax", &at, &la) || !candor_arg_f32(env, argv[1], "dy", &dy, &ldy, 0) ||
      !candor_arg_f32(env, argv[2], "dx", &dx, &ldx, 0) || !pool_geometry(env, argv[3], &g)) return 0;
  if (la < OUT_SIZE(g) || ldx < IN_SIZE(g) || ldy < OUT_SIZE(g)) return candor_too_small(env, "a pooling buffer");
  candor_max_pool2d_grad(at, dy, dx, &g);
  return 0;
}

/* avgPool2dGrad(dy, dx, geometry) */
static napi_value avg_pool2d_grad(napi_env env, napi_callback_info info) {
  ARGS(3)
  float *dy, *dx;
  size_t ldy, ldx;
  candor_pool_geometry g;
  if (!candor_arg_f32(env, argv[0], "dy", &dy, &ldy, 0) || !candor_arg_f32(env, argv[1], "dx", &dx, &ldx, 0) || !pool_geometry(env, argv[2], &g)) return 0;
  if (ldx < IN_SIZE(g) || ldy < OUT_SIZE(g)) return candor_too_small(env, "a pooling buffer");
  candor_avg_pool2d_grad(dy, dx, &g);
  return 0;
}

/* Reads w, g and `slots` optional state buffers, all of w's length. */
static int param_buffers(napi_env env, napi_value *argv, float **p, int count, const char **names, int firstNullable, size_t *n) {
  size_t len;
  for (int i = 0; i < count; i++) {
    if (!candor_arg_f32(env, argv[i], names[i], &p[i], &len, i >= firstNullable)) return 0;
    if (i == 0) *n = len;
    else if (p[i] && len != *n) {
      candor_too_small(env, names[i]);
      return 0;
    }
  }
  return 1;
}

/* adam(w, g, m, v, vmax|null, alpha, beta1, beta2, epsilon, decay) */
static napi_value adam(napi_env env, napi_callback_info info) {
  ARGS(10)
  static const char *names[] = {"w", "g", "m", "v", "vmax"};
  float *p[5];
  size_t n;
  double alpha, b1, b2, eps, decay;
  if (!param_buffers(env, argv, p, 5, names, 4, &n) || !candor_arg_double(env, argv[5], "alpha", &alpha) || !candor_arg_double(env, argv[6], "beta1", &b1) ||
      !candor_arg_double(env, argv[7], "beta2", &b2) || !candor_arg_double(env, argv[8], "epsilon", &eps) || !candor_arg_double(env, argv[9], "decay", &decay)) return 0;
  candor_adam(p[0], p[1], p[2], p[3], p[4], n, alpha, b1, b2, eps, decay);
  return 0;
}

/* sgd(w, g, velocity|null, lr, momentum, nesterov (0/1), decay) */
static napi_value sgd(napi_env env, napi_callback_info info) {
  ARGS(7)
  static const char *names[] = {"w", "g", "velocity"};
  float *p[3];
  size_t n;
  double lr, momentum, nesterov, decay;
  if (!param_buffers(env, argv, p, 3, names, 2, &n) || !candor_arg_double(env, argv[3], "lr", &lr) || !candor_arg_double(env, argv[4], "momentum", &momentum) ||
      !candor_arg_double(env, argv[5], "nesterov", &nesterov) || !candor_arg_double(env, argv[6], "decay", &decay)) return 0;
  candor_sgd(p[0], p[1], p[2], n, lr, momentum, nesterov != 0, decay);
  return 0;
}

/* rmsprop(w, g, v, avg|null, buf|null, lr, rho, momentum, epsilon, centered (0/1), decay) */
static napi_value rmsprop(napi_env env, napi_callback_info info) {
  ARGS(11)
  static const char *names[] = {"w", "g", "v", "avg", "buf"};
  float *p[5];
  size_t n;
  double lr, rho, momentum, eps, centered, decay;
  if (!param_buffers(env, argv, p, 5, names, 3, &n) || !candor_arg_double(env, argv[5], "lr", &lr) || !candor_arg_double(env, argv[6], "rho", &rho) ||
      !candor_arg_double(env, argv[7], "momentum", &momentum) || !candor_arg_double(env, argv[8], "epsilon", &eps) ||
      !candor_arg_double(env, argv[9], "centered", &centered) || !candor_arg_double(env, argv[10], "decay", &decay)) return 0;
  if ((centered != 0 && !p[3]) || (momentum != 0 && !p[4])) {
    napi_throw_type_error(env, 0, "candor native: rmsprop needs avg when centered and buf with momentum");
    return 0;
  }
  candor_rmsprop(p[0], p[1], p[2], p[3], p[4], n, lr, rho, momentum, eps, centered != 0, decay);
  return 0;
}

/* dropoutMask(key (uint32), rate, scale, mask) */
static napi_value dropout_mask(napi_env env, napi_callback_info info) {
  ARGS(4)
  double key, rate, scale;
  float *mask;
  size_t lm;
  if (!candor_arg_double(env, argv[0], "key", &key) || !candor_arg_double(env, argv[1], "rate", &rate) ||
      !candor_arg_double(env, argv[2], "scale", &scale) || !candor_arg_f32(env, argv[3], "mask", &mask, &lm, 0)) return 0;
  if (!(key >= 0 && key <= 4294967295.0 && key == (double)(uint32_t)key)) {
    napi_throw_range_error(env, 0, "candor native: dropout key must be an unsigned 32-bit integer");
    return 0;
  }
  candor_dropout_mask((uint32_t)key, rate, (float)scale, mask, lm);
  return 0;
}

/* gather(x, outer, size, inner, indices, out) and scatterAdd(dy, outer, size, inner, indices, dx) */
static napi_value gather_call(napi_env env, napi_callback_info info, int scatter) {
  ARGS(6)
  float *src, *dst;
  int32_t *idx;
  size_t ls, ld, li, outer, size, inner;
  if (!candor_arg_f32(env, argv[0], scatter ? "dy" : "x", &src, &ls, 0) || !candor_arg_size(env, argv[1], "outer", &outer) ||
      !candor_arg_size(env, argv[2], "size", &size) || !candor_arg_size(env, argv[3], "inner", &inner) ||
      !candor_arg_i32(env, argv[4], "indices", &idx, &li) || !candor_arg_f32(env, argv[5], scatter ? "dx" : "out", &dst, &ld, 0)) return 0;
  const size_t full = candor_prod(3, (long long)outer, (long long)size, (long long)inner), picked = candor_prod(3, (long long)outer, (long long)li, (long long)inner);
  if ((scatter ? ls < picked || ld < full : ls < full || ld < picked)) return candor_too_small(env, "a gather buffer");
  for (size_t i = 0; i < li; i++) {
    if (idx[i] < 0 || (size_t)idx[i] >= size) {
      napi_throw_range_error(env, 0, "candor native: gather index out of range");
      return 0;
    }
  }
  if (scatter) candor_scatter_add(src, outer, size, inner, idx, li, dst);
  else candor_gather(src, outer, size, inner, idx, li, dst);
  return 0;
}
static napi_value gather(napi_env env, napi_callback_info info) { return gather_call(env, info, 0); }
static napi_value scatter_add(napi_env env, napi_callback_info info) { return gather_call(env, info, 1); }

/* biasActivation(x, bias, out, rows, cols, relu (0/1)) */
static napi_value bias_activation(napi_env env, napi_callback_info info) {
  ARGS(6)
  float *x, *b, *out;
  size_t lx, lb, lo, rows, cols;
  double relu;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "bias", &b, &lb, 0) || !candor_arg_f32(env, argv[2], "out", &out, &lo, 0) ||
      !candor_arg_size(env, argv[3], "rows", &rows) || !candor_arg_size(env, argv[4], "cols", &cols) || !candor_arg_double(env, argv[5], "relu", &relu)) return 0;
  const size_t total = candor_prod(2, (long long)rows, (long long)cols);
  if (lx < total || lo < total || lb < cols) return candor_too_small(env, "a biasActivation buffer");
  candor_bias_activation(x, b, out, rows, cols, relu != 0);
  return 0;
}

/* biasActivationGrad(y, dy, dx, dbias, rows, cols, relu (0/1)) */
static napi_value bias_activation_grad(napi_env env, napi_callback_info info) {
  ARGS(7)
  float *y, *dy, *dx, *db;
  size_t ly, ldy, ldx, ldb, rows, cols;
  double relu;
  if (!candor_arg_f32(env, argv[0], "y", &y, &ly, 0) || !candor_arg_f32(env, argv[1], "dy", &dy, &ldy, 0) || !candor_arg_f32(env, argv[2], "dx", &dx, &ldx, 0) ||
      !candor_arg_f32(env, argv[3], "dbias", &db, &ldb, 0) || !candor_arg_size(env, argv[4], "rows", &rows) || !candor_arg_size(env, argv[5], "cols", &cols) ||
      !candor_arg_double(env, argv[6], "relu", &relu)) return 0;
  const size_t total = candor_prod(2, (long long)rows, (long long)cols);
  if (ly < total || ldy < total || ldx < total || ldb < cols) return candor_too_small(env, "a biasActivationGrad buffer");
  candor_bias_activation_grad(y, dy, dx, db, rows, cols, relu != 0);
  return 0;
}

/* conv2dBiasActivation(x, w, bias, y, geometry (Int32Array 15), relu (0/1)) */
static napi_value conv2d_bias_activation(napi_env env, napi_callback_info info) {
  ARGS(6)
  float *x, *w, *b, *y;
  size_t lx, lw, lb, ly;
  candor_conv_geometry g;
  double relu;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "w", &w, &lw, 0) || !candor_arg_f32(env, argv[2], "bias", &b, &lb, 0) ||
      !candor_arg_f32(env, argv[3], "y", &y, &ly, 0) || !candor_arg_conv_geometry(env, argv[4], &g) || !candor_arg_double(env, argv[5], "relu", &relu)) return 0;
  if (lx < candor_conv_size(&g, 0) || lw < candor_conv_size(&g, 1) || lb < (size_t)g.outC || ly < candor_conv_size(&g, 2)) return candor_too_small(env, "a conv buffer");
  candor_conv2d_bias_activation(x, w, b, relu != 0, y, &g);
  return 0;
}

void candor_register_training(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    {"maxPool2d", 0, max_pool2d, 0, 0, 0, napi_default, 0},
    {"maxPool2dGrad", 0, max_pool2d_grad, 0, 0, 0, napi_default, 0},
    {"avgPool2d", 0, avg_pool2d, 0, 0, 0, napi_default, 0},
    {"avgPool2dGrad", 0, avg_pool2d_grad, 0, 0, 0, napi_default, 0},
    {"adam", 0, adam, 0, 0, 0, napi_default, 0},
    {"sgd", 0, sgd, 0, 0, 0, napi_default, 0},
    {"rmsprop", 0, rmsprop, 0, 0, 0, napi_default, 0},
    {"dropoutMask", 0, dropout_mask, 0, 0, 0, napi_default, 0},
    {"biasActivation", 0, bias_activation, 0, 0, 0, napi_default, 0},
    {"conv2dBiasActivation", 0, conv2d_bias_activation, 0, 0, 0, napi_default, 0},
    {"biasActivationGrad", 0, bias_activation_grad, 0, 0, 0, napi_default, 0},
    {"gather", 0, gather, 0, 0, 0, napi_default, 0},
    {"scatterAdd", 0, scatter_add, 0, 0, 0, napi_default, 0},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
}
