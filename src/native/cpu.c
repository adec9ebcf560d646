/*
 * Which core this is (vendor, family, model, and the microarchitecture name when known), read
 * with CPUID once, for nativeInfo() and the bench's report (no GEMM choice depends on the model yet:
 * the measurements in gemm.c found one default tile per ISA).
 */
#include "candor.h"
#include <cpuid.h>
#include <stdio.h>
#include <string.h>

static candor_cpu info;
static int known;

static const char *amd_name(int family, int model) {
  if (family == 0x17) return model >= 0x30 ? "Zen 2" : "Zen / Zen+";
  if (family == 0x19) return (model >= 0x10 && model <= 0x1f) || (model >= 0x60 && model <= 0xaf) ? "Zen 4" : "Zen 3";
  if (family == 0x1a) return "Zen 5";
  return "";
}

const candor_cpu *candor_cpu_info(void) {
  if (known) return &info;
  unsigned a = 0, b = 0, c = 0, d = 0;
  memset(&info, 0, sizeof info);
  if (__get_cpuid(0, &a, &b, &c, &d)) {
    memcpy(info.vendor, &b, 4);
    memcpy(info.vendor + 4, &d, 4);
    memcpy(info.vendor + 8, &c, 4);
  }
  if (__get_cpuid(1, &a, &b, &c, &d)) {
    const int base = (a >> 8) & 0xf, ext = (a >> 20) & 0xff;
    info.family = base == 0xf ? base + ext : base;
    info.model = (int)(((a >> 4) & 0xf) | (base == 0x6 || base == 0xf ? ((a >> 16) & 0xf) << 4 : 0));
  }
  info.amd = strcmp(info.vendor, "AuthenticAMD") == 0;
  info.intel = strcmp(info.vendor, "GenuineIntel") == 0;
  const char *uarch = info.amd ? amd_name(info.family, info.model) : "";
  snprintf(info.name, sizeof info.name, "%s family %d model %d%s%s%s", info.amd ? "AMD" : info.intel ? "Intel" : info.vendor, info.family,
           info.model, *uarch ? " (" : "", uarch, *uarch ? ")" : "");
  known = 1;
  return &info;
}
