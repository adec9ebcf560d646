/*
 * The one binding convention: every binding (bind_<family>.c, one file per kernel family) starts
 * with ARGS(n), reads each argument with a candor_arg_* reader naming it (each throws a JavaScript
 * error naming the argument and returns 0 on a mismatch), checks every buffer against the sizes
 * with candor_prod / candor_too_small, then calls the kernel. Each file registers its functions
 * with candor_define from its candor_bind_<family>(env, exports).
 */
#ifndef CANDOR_ARGS_H
#define CANDOR_ARGS_H
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include "candor.h"

int candor_arg_f32(napi_env env, napi_value v, const char *name, float **data, size_t *length, int nullable);
int candor_arg_i32(napi_env env, napi_value v, const char *name, int32_t **data, size_t *length);
int candor_arg_u32(napi_env env, napi_value v, const char *name, uint32_t **data, size_t *length);
int candor_arg_double(napi_env env, napi_value v, const char *name, double *out);
int candor_arg_int(napi_env env, napi_value v, const char *name, int *out);
int candor_arg_bool(napi_env env, napi_value v, const char *name, int *out);
int candor_arg_size(napi_env env, napi_value v, const char *name, size_t *out);
napi_value candor_too_small(napi_env env, const char *what);
/* The product of n sizes (long long), or SIZE_MAX when a factor is negative or the product overflows:
 * compared with a buffer length, SIZE_MAX is always "too small", so bad dimensions are refused. */
size_t candor_prod(int n, ...);
/* Throws a RangeError unless every value of a geometry meets its minimum; names the field. */
int candor_check_fields(napi_env env, const char *what, const int32_t *values, const char *const *names, const int32_t *minimum, size_t n);
/* A conv geometry passed as an Int32Array of 15 values (see candor_conv_geometry). */
int candor_arg_conv_geometry(napi_env env, napi_value v, candor_conv_geometry *g);
/* Elements of a conv's input (0), kernel (1) or output (2), or SIZE_MAX on overflow. */
size_t candor_conv_size(const candor_conv_geometry *g, int which);

/* argv[0..n), or a TypeError naming how many arguments the binding takes. */
#define ARGS(n)                                                                    \
  size_t argc = n;                                                                 \
  napi_value argv[n];                                                              \
  if (napi_get_cb_info(env, info, &argc, argv, 0, 0) != napi_ok || argc < n) {     \
    napi_throw_type_error(env, 0, "candor native: expected " #n " arguments");    \
    return 0;                                                                      \
  }

#define CANDOR_FN(js, fn) {js, 0, fn, 0, 0, 0, napi_default, 0}
void candor_define(napi_env env, napi_value exports, const napi_property_descriptor *props, size_t n);

/* One registration per kernel family (bind_<family>.c). */
void candor_bind_gemm(napi_env env, napi_value exports);
void candor_bind_conv(napi_env env, napi_value exports);
void candor_bind_elementwise(napi_env env, napi_value exports);
void candor_bind_bias(napi_env env, napi_value exports);
void candor_bind_pooling(napi_env env, napi_value exports);
void candor_bind_optimizers(napi_env env, napi_value exports);
void candor_bind_random(napi_env env, napi_value exports);
void candor_bind_gather(napi_env env, napi_value exports);
#endif
