/* Argument readers for the Node-API bindings: each throws a JavaScript error naming the argument and returns 0 on a mismatch. */
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
void candor_register_training(napi_env env, napi_value exports);
#endif
