/* Node-API bindings of the fused bias + activation and its gradient. */
#include "args.h"

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

void candor_bind_bias(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("biasActivation", bias_activation), CANDOR_FN("biasActivationGrad", bias_activation_grad)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
