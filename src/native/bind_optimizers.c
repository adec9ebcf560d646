/* Node-API bindings of the fused optimizer steps (one pass over a parameter buffer): Adam, SGD, RMSprop. */
#include "args.h"

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

void candor_bind_optimizers(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("adam", adam), CANDOR_FN("sgd", sgd), CANDOR_FN("rmsprop", rmsprop)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
