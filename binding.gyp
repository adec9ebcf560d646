{
  "targets": [
    {
      "target_name": "candor_native",
      "sources": ["src/native/addon.c", "src/native/args.c",
                  "src/native/gemm.c", "src/native/cpu.c", "src/native/peak.c", "src/native/conv.c", "src/native/conv_shallow.c", "src/native/threads.c", "src/native/elementwise.c", "src/native/pooling.c",
                  "src/native/optimizers.c", "src/native/random.c", "src/native/gather.c", "src/native/scratch.c", "src/native/memory.c", "src/native/bias.c",
                  "src/native/bind_gemm.c", "src/native/bind_conv.c", "src/native/bind_elementwise.c", "src/native/bind_bias.c",
                  "src/native/bind_pooling.c", "src/native/bind_optimizers.c", "src/native/bind_random.c", "src/native/bind_gather.c"],
      "cflags": ["-O3", "-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-fno-math-errno"],
      "libraries": ["-lpthread"]
    }
  ]
}
