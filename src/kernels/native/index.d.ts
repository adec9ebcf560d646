import type { Kernels } from '../kernels.js';
/** What the addon chose on this machine: the instruction-set path, its GEMM micro-kernel, the core as CPUID names it, the threads, the malloc setting. */
export interface NativeInfo {
    isa: string;
    kernel: string;
    cpu: string;
    threads: number;
    /** Whether glibc's malloc keeps large blocks for reuse (src/native/memory.c; CANDOR_MALLOC_TUNING=0 turns it off). */
    mallocTuned: boolean;
}
/** Why the native kernels are unavailable ('' when they are available). */
export declare const nativeUnavailableReason: string;
/** Instruction set, micro-kernel, core and thread count the addon chose, when loaded. */
export declare function nativeInfo(): NativeInfo | null;
/**
 * The float32 FMA throughput this machine sustains on all the addon's threads at the active
 * vector width, in GFLOP/s, measured for `seconds` (the bench's peak; 0 on the portable path).
 */
export declare function measuredFmaPeak(seconds?: number): number | null;
/** The kernels the addon accelerates; every other kernel falls back to the reference. */
export declare function nativeKernels(): (Partial<Kernels> & {
    name: string;
}) | null;
