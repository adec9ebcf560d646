/* Node-API bindings of channels-last pooling: max (with argmax) and average, forward and backward. */
#include "args.h"

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

void candor_bind_pooling(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("maxPool2d", max_pool2d), CANDOR_FN("maxPool2dGrad", max_pool2d_grad), CANDOR_FN("avgPool2d", avg_pool2d), CANDOR_FN("avgPool2dGrad", avg_pool2d_grad)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
