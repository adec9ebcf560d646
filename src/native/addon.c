/* Node-API bindings: typed arrays are passed by pointer (no copies); sizes are checked here too. */
#include <node_api.h>
#include <stdio.h>

#include <stdlib.h>
#include <unistd.h>
#include "candor.h"
#include "args.h"

#define CHECK(call) do { if ((call) != napi_ok) { napi_throw_error(env, 0, "candor native: N-API call failed: " #call); return 0; } } while (0)

static int float_array(napi_env env, napi_value v, float **data, size_t *length, const char *name) {
  return candor_arg_f32(env, v, name, data, length, 0);
}

static int int_arg(napi_env env, napi_value v, int *out) { return napi_get_value_int32(env, v, out) == napi_ok; }
static int bool_arg(napi_env env, napi_value v, int *out) {
  bool b;
  if (napi_get_value_bool(env, v, &b) != napi_ok) return 0;
  *out = b;
  return 1;
}


/* matmul(a, b, out, batch, m, n, k, transposeA, transposeB, aBatchStride, bBatchStride) */
static napi_value matmul(napi_env env, napi_callback_info info) {
  size_t argc = 11;
  napi_value argv[11];
  CHECK(napi_get_cb_info(env, info, &argc, argv, 0, 0));
  float *a, *b, *c;
  size_t la, lb, lc;
  int batch, m, n, k, ta, tb, sa, sb;
  if (argc < 11 || !float_array(env, argv[0], &a, &la, "a") || !float_array(env, argv[1], &b, &lb, "b") || !float_array(env, argv[2], &c, &lc, "out")) return 0;
  if (!int_arg(env, argv[3], &batch) || !int_arg(env, argv[4], &m) || !int_arg(env, argv[5], &n) || !int_arg(env, argv[6], &k) ||
      !bool_arg(env, argv[7], &ta) || !bool_arg(env, argv[8], &tb) || !int_arg(env, argv[9], &sa) || !int_arg(env, argv[10], &sb)) {
    napi_throw_type_error(env, 0, "candor native: matmul expects (a, b, out, batch, m, n, k, transposeA, transposeB, aStride, bStride)");
    return 0;
  }
  if (batch < 0 || m < 0 || n < 0 || k < 0 || sa < 0 || sb < 0) {
    napi_throw_range_error(env, 0, "candor native: matmul sizes and batch strides must be >= 0");
    return 0;
  }
  /* The last batch's operand must end inside its buffer; products cannot overflow (candor_prod). */
  const size_t lastA = candor_prod(2, (long long)(batch > 0 ? batch - 1 : 0), (long long)sa), lastB = candor_prod(2, (long long)(batch > 0 ? batch - 1 : 0), (long long)sb);
  const size_t sizeA = candor_prod(2, (long long)m, (long long)k), sizeB = candor_prod(2, (long long)k, (long long)n);
  if (batch > 0 && (lastA > la || sizeA > la - lastA)) return candor_too_small(env, "matmul a");
  if (batch > 0 && (lastB > lb || sizeB > lb - lastB)) return candor_too_small(env, "matmul b");
  if (candor_prod(3, (long long)batch, (long long)m, (long long)n) > lc) return candor_too_small(env, "matmul out");
  for (int i = 0; i < batch; i++) candor_gemm(a + (size_t)i * sa, b + (size_t)i * sb, c + (size_t)i * m * n, m, n, k, ta, tb, 0);
  return 0;
}

typedef void (*conv_fn)(const float *, const float *, float *, const candor_conv_geometry *);

/* Shared by the three conv entry points: (in0, in1, out, geometry) with the sizes each needs. */
static napi_value conv_call(napi_env env, napi_callback_info info, conv_fn fn, int in0Kind, int in1Kind, int outKind) {
  size_t argc = 4;
  napi_value argv[4];
  CHECK(napi_get_cb_info(env, info, &argc, argv, 0, 0));
  float *p0, *p1, *p2;
  size_t l0, l1, l2;
  candor_conv_geometry g;
  if (argc < 4 || !float_array(env, argv[0], &p0, &l0, "input") || !float_array(env, argv[1], &p1, &l1, "input") ||
      !float_array(env, argv[2], &p2, &l2, "output") || !candor_arg_conv_geometry(env, argv[3], &g)) return 0;
  if (l0 < candor_conv_size(&g, in0Kind) || l1 < candor_conv_size(&g, in1Kind) || l2 < candor_conv_size(&g, outKind)) return candor_too_small(env, "a conv buffer");
  fn(p0, p1, p2, &g);
  return 0;
}

static napi_value conv2d(napi_env env, napi_callback_info info) { return conv_call(env, info, candor_conv2d, 0, 1, 2); }
static napi_value conv2d_backprop_input(napi_env env, napi_callback_info info) { return conv_call(env, info, candor_conv2d_backprop_input, 2, 1, 0); }
static napi_value conv2d_backprop_filter(napi_env env, napi_callback_info info) { return conv_call(env, info, candor_conv2d_backprop_filter, 0, 2, 1); }

/* Reads argc Float32Arrays followed by integers into the given slots; throws and returns 0 on a mismatch. */
static int args(napi_env env, napi_callback_info info, size_t arrays, float **ptr, size_t *len, size_t ints, int64_t *num) {
  napi_value argv[8];
  size_t argc = 8;
  if (napi_get_cb_info(env, info, &argc, argv, 0, 0) != napi_ok || argc < arrays + ints) {
    napi_throw_type_error(env, 0, "candor native: wrong number of arguments");
    return 0;
  }
  for (size_t i = 0; i < arrays; i++) if (!float_array(env, argv[i], &ptr[i], &len[i], "array")) return 0;
  for (size_t i = 0; i < ints; i++) {
    if (napi_get_value_int64(env, argv[arrays + i], &num[i]) != napi_ok || num[i] < 0) {
      napi_throw_type_error(env, 0, "candor native: sizes must be non-negative integers");
      return 0;
    }
  }
  return 1;
}

/* relu(x, out) */
static napi_value relu(napi_env env, napi_callback_info info) {
  float *p[2];
  size_t l[2];
  if (!args(env, info, 2, p, l, 0, 0)) return 0;
  if (l[1] < l[0]) return candor_too_small(env, "relu out");
  candor_relu(p[0], p[1], l[0]);
  return 0;
}

/* reluGrad(x, dy, dx) */
static napi_value relu_grad(napi_env env, napi_callback_info info) {
  float *p[3];
  size_t l[3];
  if (!args(env, info, 3, p, l, 0, 0)) return 0;
  if (l[1] < l[0] || l[2] < l[0]) return candor_too_small(env, "reluGrad dy or dx");
  candor_relu_grad(p[0], p[1], p[2], l[0]);
  return 0;
}

/* arith(a, b, out, kind): b has a's length, length 1, or repeats with period b.length. */
static napi_value arith(napi_env env, napi_callback_info info) {
  float *p[3];
  size_t l[3];
  int64_t kind;
  if (!args(env, info, 3, p, l, 1, &kind)) return 0;
  if (l[2] < l[0] || l[1] == 0 || l[0] % l[1] != 0) return candor_too_small(env, "arith operands");
  if (!candor_arith((int)kind, p[0], p[1], p[2], l[0], l[1])) {
    napi_throw_range_error(env, 0, "candor native: arith kind must be 0 (add), 1 (sub), 2 (mul) or 3 (div)");
  }
  return 0;
}

/* reduceSum(x, out, outer, size, inner) */
static napi_value reduce_sum(napi_env env, napi_callback_info info) {
  float *p[2];
  size_t l[2];
  int64_t n[3];
  if (!args(env, info, 2, p, l, 3, n)) return 0;
  if (candor_prod(3, (long long)n[0], (long long)n[1], (long long)n[2]) > l[0] || candor_prod(2, (long long)n[0], (long long)n[2]) > l[1]) return candor_too_small(env, "reduceSum buffers");
  candor_reduce_sum(p[0], (size_t)n[0], (size_t)n[1], (size_t)n[2], p[1]);
  return 0;
}

static napi_value describe(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, isa, threads;
  CHECK(napi_create_object(env, &obj));
  CHECK(napi_create_string_utf8(env, candor_gemm_isa(), NAPI_AUTO_LENGTH, &isa));
  CHECK(napi_create_int32(env, candor_threads(), &threads));
  CHECK(napi_set_named_property(env, obj, "isa", isa));
  CHECK(napi_set_named_property(env, obj, "threads", threads));
  return obj;
}

static napi_value init(napi_env env, napi_value exports) {
  candor_gemm_init(getenv("CANDOR_ISA"));
  const char *env_threads = getenv("CANDOR_NUM_THREADS");
  long threads = env_threads ? strtol(env_threads, 0, 10) : sysconf(_SC_NPROCESSORS_ONLN);
  candor_pool_init(threads > 0 ? (int)threads : 1);
  napi_property_descriptor props[] = {
    {"matmul", 0, matmul, 0, 0, 0, napi_default, 0},
    {"conv2d", 0, conv2d, 0, 0, 0, napi_default, 0},
    {"conv2dBackpropInput", 0, conv2d_backprop_input, 0, 0, 0, napi_default, 0},
    {"conv2dBackpropFilter", 0, conv2d_backprop_filter, 0, 0, 0, napi_default, 0},
    {"relu", 0, relu, 0, 0, 0, napi_default, 0},
    {"reluGrad", 0, relu_grad, 0, 0, 0, napi_default, 0},
    {"arith", 0, arith, 0, 0, 0, napi_default, 0},
    {"reduceSum", 0, reduce_sum, 0, 0, 0, napi_default, 0},
    {"describe", 0, describe, 0, 0, 0, napi_default, 0},
  };
  CHECK(napi_define_properties(env, exports, sizeof props / sizeof props[0], props));
  candor_register_training(env, exports);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
