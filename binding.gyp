{
  "targets": [
    {
      "target_name": "candor_native",
      "sources": ["src/native/addon.c", "src/native/gemm.c", "src/native/conv.c", "src/native/pool.c", "src/native/elementwise.c"],
      "cflags": ["-O3", "-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-fno-math-errno"],
      "libraries": ["-lpthread"]
    }
  ]
}
