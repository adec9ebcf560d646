/* The Node-API module: initialises the GEMM dispatch and the thread pool, then registers each kernel family's bindings (bind_*.c). */
#include <node_api.h>
#include <stdlib.h>
#include <unistd.h>
#include "candor.h"
#include "args.h"

#define CHECK(call) do { if ((call) != napi_ok) { napi_throw_error(env, 0, "candor native: N-API call failed: " #call); return 0; } } while (0)

/* describe(): the GEMM's instruction-set path and the thread count, for nativeInfo() and the bench. */
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
  const napi_property_descriptor props[] = {CANDOR_FN("describe", describe)};
  candor_define(env, exports, props, sizeof props / sizeof props[0]);
  candor_bind_gemm(env, exports);
  candor_bind_conv(env, exports);
  candor_bind_elementwise(env, exports);
  candor_bind_bias(env, exports);
  candor_bind_pooling(env, exports);
  candor_bind_optimizers(env, exports);
  candor_bind_random(env, exports);
  candor_bind_gather(env, exports);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
