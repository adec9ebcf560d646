/* The Node-API module: initialises the GEMM dispatch and the thread pool, then registers each kernel family's bindings (bind_*.c). */
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "candor.h"
#include "args.h"

#define CHECK(call) do { if ((call) != napi_ok) { napi_throw_error(env, 0, "candor native: N-API call failed: " #call); return 0; } } while (0)

/* describe(): the GEMM's instruction-set path, its micro-kernel, the core, the thread count and whether malloc was tuned, for nativeInfo() and the bench. */
static napi_value describe(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, isa, kernel, cpu, threads, malloc_tuned;
  CHECK(napi_create_object(env, &obj));
  CHECK(napi_create_string_utf8(env, candor_gemm_isa(), NAPI_AUTO_LENGTH, &isa));
  CHECK(napi_create_string_utf8(env, candor_gemm_kernel(), NAPI_AUTO_LENGTH, &kernel));
  CHECK(napi_create_string_utf8(env, candor_cpu_info()->name, NAPI_AUTO_LENGTH, &cpu));
  CHECK(napi_create_int32(env, candor_threads(), &threads));
  CHECK(napi_get_boolean(env, candor_malloc_tuned(), &malloc_tuned));
  CHECK(napi_set_named_property(env, obj, "isa", isa));
  CHECK(napi_set_named_property(env, obj, "kernel", kernel));
  CHECK(napi_set_named_property(env, obj, "cpu", cpu));
  CHECK(napi_set_named_property(env, obj, "threads", threads));
  CHECK(napi_set_named_property(env, obj, "mallocTuned", malloc_tuned));
  return obj;
}

/* fmaPeak(seconds): the measured FMA peak in GFLOP/s (the bench's yardstick; blocks the calling thread). */
static napi_value fma_peak(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], out;
  double seconds = 0.5;
  CHECK(napi_get_cb_info(env, info, &argc, argv, 0, 0));
  if (argc >= 1) CHECK(napi_get_value_double(env, argv[0], &seconds));
  if (!(seconds > 0 && seconds <= 30)) {
    napi_throw_range_error(env, 0, "fmaPeak: seconds must be in (0, 30]");
    return 0;
  }
  CHECK(napi_create_double(env, candor_fma_peak(seconds), &out));
  return out;
}

/* misalignment(arrayBuffer): how many bytes its memory starts past a 64-byte boundary (src/tensor/aligned.ts aligns views with it). */
static napi_value misalignment(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], out;
  void *data = 0;
  bool is_buffer = false;
  CHECK(napi_get_cb_info(env, info, &argc, argv, 0, 0));
  if (argc < 1 || napi_is_arraybuffer(env, argv[0], &is_buffer) != napi_ok || !is_buffer) {
    napi_throw_type_error(env, 0, "candor native: misalignment expects an ArrayBuffer");
    return 0;
  }
  CHECK(napi_get_arraybuffer_info(env, argv[0], &data, 0));
  CHECK(napi_create_int32(env, (int32_t)((uintptr_t)data % 64), &out));
  return out;
}

static napi_value init(napi_env env, napi_value exports) {
  const char *bad = candor_gemm_init(getenv("CANDOR_ISA"), getenv("CANDOR_GEMM_KERNEL"));
  if (!bad) bad = candor_tune_malloc(getenv("CANDOR_MALLOC_TUNING"));
  if (bad) {
    napi_throw_error(env, 0, bad);
    return 0;
  }
  const char *env_threads = getenv("CANDOR_NUM_THREADS");
  long threads = env_threads ? strtol(env_threads, 0, 10) : sysconf(_SC_NPROCESSORS_ONLN);
  candor_pool_init(threads > 0 ? (int)threads : 1);
  const napi_property_descriptor props[] = {CANDOR_FN("describe", describe), CANDOR_FN("fmaPeak", fma_peak), CANDOR_FN("misalignment", misalignment)};
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
