import type { Kernels } from './kernels.js';
import { referenceKernels } from './reference/index.js';

let active: Kernels = referenceKernels;

/** The kernels every op dispatches to. */
export function kernels(): Kernels {
  return active;
}

/** Name of the active backend ('reference' until a native backend is registered and chosen). */
export function backend(): string {
  return active.name;
}

/** Replaces the active kernels; a partial backend falls back to the reference kernel for what it lacks. */
export function setKernels(next: Partial<Kernels> & { name: string }): void {
  active = { ...referenceKernels, ...next };
}
