/* Node-API bindings of gather along one axis and its gradient, scatter-add. */
#include "args.h"

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

void candor_bind_gather(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("gather", gather), CANDOR_FN("scatterAdd", scatter_add)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
