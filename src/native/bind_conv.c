/* Node-API bindings of the convolutions: forward (plain and with a fused bias + activation) and both backward passes. */
#include "args.h"

typedef void (*conv_fn)(const float *, const float *, float *, const candor_conv_geometry *);

/* Shared by the three plain entry points: (in0, in1, out, geometry) with the sizes each needs (0 input, 1 kernel, 2 output). */
static napi_value conv_call(napi_env env, napi_callback_info info, conv_fn fn, int in0Kind, int in1Kind, int outKind) {
  ARGS(4)
  float *p0, *p1, *p2;
  size_t l0, l1, l2;
  candor_conv_geometry g;
  if (!candor_arg_f32(env, argv[0], "input", &p0, &l0, 0) || !candor_arg_f32(env, argv[1], "input", &p1, &l1, 0) ||
      !candor_arg_f32(env, argv[2], "output", &p2, &l2, 0) || !candor_arg_conv_geometry(env, argv[3], &g)) return 0;
  if (l0 < candor_conv_size(&g, in0Kind) || l1 < candor_conv_size(&g, in1Kind) || l2 < candor_conv_size(&g, outKind)) return candor_too_small(env, "a conv buffer");
  fn(p0, p1, p2, &g);
  return 0;
}

static napi_value conv2d(napi_env env, napi_callback_info info) { return conv_call(env, info, candor_conv2d, 0, 1, 2); }
static napi_value conv2d_backprop_input(napi_env env, napi_callback_info info) { return conv_call(env, info, candor_conv2d_backprop_input, 2, 1, 0); }
static napi_value conv2d_backprop_filter(napi_env env, napi_callback_info info) { return conv_call(env, info, candor_conv2d_backprop_filter, 0, 2, 1); }

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

void candor_bind_conv(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {
    CANDOR_FN("conv2d", conv2d), CANDOR_FN("conv2dBackpropInput", conv2d_backprop_input), CANDOR_FN("conv2dBackpropFilter", conv2d_backprop_filter),
    CANDOR_FN("conv2dBiasActivation", conv2d_bias_activation),
  };
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
