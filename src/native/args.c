#include "args.h"
#include <stdbool.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

static int typed(napi_env env, napi_value v, const char *name, napi_typedarray_type want, const char *typeName, void **data, size_t *length, int nullable) {
  napi_valuetype kind;
  if (nullable && napi_typeof(env, v, &kind) == napi_ok && (kind == napi_null || kind == napi_undefined)) {
    *data = 0;
    *length = 0;
    return 1;
  }
  napi_typedarray_type type;
  napi_value buffer;
  size_t offset;
  if (napi_get_typedarray_info(env, v, &type, length, data, &buffer, &offset) != napi_ok || type != want) {
    char msg[160];
    snprintf(msg, sizeof msg, "candor native: argument \"%s\" must be a %s%s", name, typeName, nullable ? " or null" : "");
    napi_throw_type_error(env, 0, msg);
    return 0;
  }
  return 1;
}

int candor_arg_f32(napi_env env, napi_value v, const char *name, float **data, size_t *length, int nullable) {
  return typed(env, v, name, napi_float32_array, "Float32Array", (void **)data, length, nullable);
}
int candor_arg_i32(napi_env env, napi_value v, const char *name, int32_t **data, size_t *length) {
  return typed(env, v, name, napi_int32_array, "Int32Array", (void **)data, length, 0);
}
int candor_arg_u32(napi_env env, napi_value v, const char *name, uint32_t **data, size_t *length) {
  return typed(env, v, name, napi_uint32_array, "Uint32Array", (void **)data, length, 0);
}

int candor_arg_double(napi_env env, napi_value v, const char *name, double *out) {
  if (napi_get_value_double(env, v, out) == napi_ok) return 1;
  char msg[128];
  snprintf(msg, sizeof msg, "candor native: argument \"%s\" must be a number", name);
  napi_throw_type_error(env, 0, msg);
  return 0;
}

int candor_arg_int(napi_env env, napi_value v, const char *name, int *out) {
  int32_t n;
  if (napi_get_value_int32(env, v, &n) == napi_ok) {
    *out = n;
    return 1;
  }
  char msg[128];
  snprintf(msg, sizeof msg, "candor native: argument \"%s\" must be an integer", name);
  napi_throw_type_error(env, 0, msg);
  return 0;
}

int candor_arg_bool(napi_env env, napi_value v, const char *name, int *out) {
  bool b;
  if (napi_get_value_bool(env, v, &b) == napi_ok) {
    *out = b;
    return 1;
  }
  char msg[128];
  snprintf(msg, sizeof msg, "candor native: argument \"%s\" must be a boolean", name);
  napi_throw_type_error(env, 0, msg);
  return 0;
}

void candor_define(napi_env env, napi_value exports, const napi_property_descriptor *props, size_t n) {
  if (napi_define_properties(env, exports, n, props) != napi_ok) napi_throw_error(env, 0, "candor native: could not register the addon's functions");
}

int candor_arg_size(napi_env env, napi_value v, const char *name, size_t *out) {
  int64_t n;
  if (napi_get_value_int64(env, v, &n) == napi_ok && n >= 0) {
    *out = (size_t)n;
    return 1;
  }
  char msg[128];
  snprintf(msg, sizeof msg, "candor native: argument \"%s\" must be a non-negative integer", name);
  napi_throw_type_error(env, 0, msg);
  return 0;
}

napi_value candor_too_small(napi_env env, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "candor native: %s is smaller than its dimensions require", what);
  napi_throw_range_error(env, 0, msg);
  return 0;
}

size_t candor_prod(int n, ...) {
  va_list ap;
  va_start(ap, n);
  size_t out = 1;
  int bad = 0;
  for (int i = 0; i < n; i++) {
    const long long f = va_arg(ap, long long);
    if (f < 0 || __builtin_mul_overflow(out, (size_t)f, &out)) bad = 1;
  }
  va_end(ap);
  return bad ? SIZE_MAX : out;
}

int candor_check_fields(napi_env env, const char *what, const int32_t *values, const char *const *names, const int32_t *minimum, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (values[i] < minimum[i]) {
      char msg[192];
      snprintf(msg, sizeof msg, "candor native: %s field \"%s\" must be >= %d. Received: %d", what, names[i], minimum[i], values[i]);
      napi_throw_range_error(env, 0, msg);
      return 0;
    }
  }
  return 1;
}

static const char *const CONV_FIELDS[15] = {"batch", "inH", "inW", "inC", "outH", "outW", "outC", "kH", "kW", "strideH", "strideW", "dilationH", "dilationW", "padTop", "padLeft"};
static const int32_t CONV_MINIMUM[15] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0};

int candor_arg_conv_geometry(napi_env env, napi_value v, candor_conv_geometry *g) {
  int32_t *d;
  size_t n;
  if (!typed(env, v, "geometry", napi_int32_array, "Int32Array", (void **)&d, &n, 0)) return 0;
  if (n != 15) {
    napi_throw_type_error(env, 0, "candor native: conv geometry must be an Int32Array of 15 values");
    return 0;
  }
  if (!candor_check_fields(env, "conv geometry", d, CONV_FIELDS, CONV_MINIMUM, 15)) return 0;
  *g = (candor_conv_geometry){d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13], d[14]};
  return 1;
}

size_t candor_conv_size(const candor_conv_geometry *g, int which) {
  switch (which) {
    case 0: return candor_prod(4, (long long)g->batch, (long long)g->inH, (long long)g->inW, (long long)g->inC);   /* x or dx */
    case 1: return candor_prod(4, (long long)g->kH, (long long)g->kW, (long long)g->inC, (long long)g->outC);     /* kernel */
    default: return candor_prod(4, (long long)g->batch, (long long)g->outH, (long long)g->outW, (long long)g->outC); /* y or dy */
  }
}
