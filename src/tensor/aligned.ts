/** Float32 views that start on a 64-byte boundary (the width of the native kernels' vector loads and stores). */

/**
 * Large arrays start on a 64-byte boundary: the GEMM's micro-kernel stores each row of its C tile
 * as two 64-byte vectors, and malloc hands out 16-byte-aligned memory, so a misaligned output
 * splits every store over three cache lines: a 1024³ product whose output sat 16 bytes past a
 * boundary ran 5-8 % slower (Zen 5, 2 threads; the inputs' alignment made no difference). Each
 * large buffer is allocated ALIGN bytes longer and viewed from its first aligned byte; the native
 * addon tells where the memory starts (without it nothing reads 64-byte vectors, and views start
 * at 0).
 */
export const ALIGN = 64;
let misalignment: (buffer: ArrayBuffer) => number = () => 0;

/** Called by the native backend when it loads (src/kernels/native/index.ts). */
export function setMisalignmentProbe(probe: (buffer: ArrayBuffer) => number): void {
  misalignment = probe;
}

/** The first offset at or after byteOffset at which the buffer's memory is 64-byte aligned. */
export function alignedOffset(buffer: ArrayBuffer, byteOffset: number): number {
  return byteOffset + ((ALIGN - ((misalignment(buffer) + byteOffset) % ALIGN)) % ALIGN);
}

/** Bytes to allocate for an aligned array of n floats. */
export function alignedBytes(n: number): number {
  return n * 4 + ALIGN;
}

/** The aligned view of n floats on a buffer of alignedBytes(n) (or more) bytes from byteOffset. */
export function alignedView(buffer: ArrayBuffer, n: number, byteOffset = 0): Float32Array {
  return new Float32Array(buffer, alignedOffset(buffer, byteOffset), n);
}

/** Bytes past a 64-byte boundary at which the view's first element lies (0 without the native addon, which alone can tell). */
export function misalignmentOf(view: Float32Array): number {
  return (misalignment(view.buffer as ArrayBuffer) + view.byteOffset) % ALIGN;
}
