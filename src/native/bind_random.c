/* Node-API binding of the counter-based dropout mask generator. */
#include "args.h"

#include <stdint.h>

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

void candor_bind_random(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("dropoutMask", dropout_mask)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
