/* Node-API bindings of the element-wise kernels: relu and its gradient, broadcast arithmetic, a sum over one axis. */
#include "args.h"

/* relu(x, out) */
static napi_value relu(napi_env env, napi_callback_info info) {
  ARGS(2)
  float *x, *out;
  size_t lx, lo;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "out", &out, &lo, 0)) return 0;
  if (lo < lx) return candor_too_small(env, "relu out");
  candor_relu(x, out, lx);
  return 0;
}

/* reluGrad(x, dy, dx) */
static napi_value relu_grad(napi_env env, napi_callback_info info) {
  ARGS(3)
  float *x, *dy, *dx;
  size_t lx, ldy, ldx;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "dy", &dy, &ldy, 0) || !candor_arg_f32(env, argv[2], "dx", &dx, &ldx, 0)) return 0;
  if (ldy < lx || ldx < lx) return candor_too_small(env, "reluGrad dy or dx");
  candor_relu_grad(x, dy, dx, lx);
  return 0;
}

/*
 * arith(a, b, out, kind, repeat): with repeat 1, b has a's length, length 1, or repeats with period
 * b.length; with repeat > 1, b holds one value per row of `repeat` values (b.length · repeat = a.length).
 */
static napi_value arith(napi_env env, napi_callback_info info) {
  ARGS(5)
  float *a, *b, *out;
  size_t la, lb, lo, kind, repeat;
  if (!candor_arg_f32(env, argv[0], "a", &a, &la, 0) || !candor_arg_f32(env, argv[1], "b", &b, &lb, 0) || !candor_arg_f32(env, argv[2], "out", &out, &lo, 0) ||
      !candor_arg_size(env, argv[3], "kind", &kind) || !candor_arg_size(env, argv[4], "repeat", &repeat)) return 0;
  if (lo < la || lb == 0 || (repeat > 1 ? lb * repeat != la : la % lb != 0)) return candor_too_small(env, "arith operands");
  if (!candor_arith((int)kind, a, b, out, la, lb, repeat)) napi_throw_range_error(env, 0, "candor native: arith kind must be 0 (add), 1 (sub), 2 (mul) or 3 (div)");
  return 0;
}

/* reduceSum(x, out, outer, size, inner) */
static napi_value reduce_sum(napi_env env, napi_callback_info info) {
  ARGS(5)
  float *x, *out;
  size_t lx, lo, outer, size, inner;
  if (!candor_arg_f32(env, argv[0], "x", &x, &lx, 0) || !candor_arg_f32(env, argv[1], "out", &out, &lo, 0) || !candor_arg_size(env, argv[2], "outer", &outer) ||
      !candor_arg_size(env, argv[3], "size", &size) || !candor_arg_size(env, argv[4], "inner", &inner)) return 0;
  if (candor_prod(3, (long long)outer, (long long)size, (long long)inner) > lx || candor_prod(2, (long long)outer, (long long)inner) > lo) return candor_too_small(env, "reduceSum buffers");
  candor_reduce_sum(x, outer, size, inner, out);
  return 0;
}

void candor_bind_elementwise(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("relu", relu), CANDOR_FN("reluGrad", relu_grad), CANDOR_FN("arith", arith), CANDOR_FN("reduceSum", reduce_sum)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
