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
/* A conv geometry passed as an Int32Array of 15 values (see candor_conv_geometry). */
int candor_arg_conv_geometry(napi_env env, napi_value v, candor_conv_geometry *g);
void candor_register_training(napi_env env, napi_value exports);
#endif
