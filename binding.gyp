{
  "targets": [
    {
      "target_name": "candor_native",
      "sources": ["src/native/addon.c", "src/native/gemm.c", "src/native/conv.c", "src/native/threads.c", "src/native/elementwise.c",
                  "src/native/args.c", "src/native/addon_training.c", "src/native/pooling.c", "src/native/optimizers.c", "src/native/random.c", "src/native/gather.c", "src/native/scratch.c", "src/native/bias.c"],
      "cflags": ["-O3", "-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-fno-math-errno"],
      "libraries": ["-lpthread"]
    }
  ]
}
