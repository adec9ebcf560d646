/* Node-API binding of the GEMM: batched matmul with strides (typed arrays by pointer, no copies). */
#include "args.h"

/* matmul(a, b, out, batch, m, n, k, transposeA, transposeB, aBatchStride, bBatchStride) */
static napi_value matmul(napi_env env, napi_callback_info info) {
  ARGS(11)
  float *a, *b, *c;
  size_t la, lb, lc;
  int batch, m, n, k, ta, tb, sa, sb;
  if (!candor_arg_f32(env, argv[0], "a", &a, &la, 0) || !candor_arg_f32(env, argv[1], "b", &b, &lb, 0) || !candor_arg_f32(env, argv[2], "out", &c, &lc, 0) ||
      !candor_arg_int(env, argv[3], "batch", &batch) || !candor_arg_int(env, argv[4], "m", &m) || !candor_arg_int(env, argv[5], "n", &n) ||
      !candor_arg_int(env, argv[6], "k", &k) || !candor_arg_bool(env, argv[7], "transposeA", &ta) || !candor_arg_bool(env, argv[8], "transposeB", &tb) ||
      !candor_arg_int(env, argv[9], "aBatchStride", &sa) || !candor_arg_int(env, argv[10], "bBatchStride", &sb)) return 0;
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

void candor_bind_gemm(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {CANDOR_FN("matmul", matmul)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
}
