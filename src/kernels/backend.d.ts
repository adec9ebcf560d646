/** The active kernel set (reference or native) and how to switch it. */
import type { Kernels } from './kernels.js';
export type BackendName = 'reference' | 'native';
/** The kernels every op dispatches to. */
export declare function kernels(): Kernels;
/** Name of the active backend: 'native' (C addon) or 'reference' (plain TypeScript). */
export declare function backend(): string;
/** Replaces the active kernels; a partial backend falls back to the reference kernel for what it lacks. */
export declare function setKernels(next: Partial<Kernels> & {
    name: string;
}): void;
/** Chooses a backend by name; 'native' falls back to 'reference' (with one warning) when the addon is missing. */
export declare function setBackend(name: BackendName): void;
