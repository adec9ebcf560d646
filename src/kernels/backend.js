import { referenceKernels } from './reference/index.js';
import { nativeKernels, nativeUnavailableReason } from './native/index.js';
import { warnOnce } from '../registry/warnings.js';
let active = referenceKernels;
/** The kernels every op dispatches to. */
export function kernels() {
    return active;
}
/** Name of the active backend: 'native' (C addon) or 'reference' (plain TypeScript). */
export function backend() {
    return active.name;
}
/** Replaces the active kernels; a partial backend falls back to the reference kernel for what it lacks. */
export function setKernels(next) {
    active = { ...referenceKernels, ...next };
}
/** Chooses a backend by name; 'native' falls back to 'reference' (with one warning) when the addon is missing. */
export function setBackend(name) {
    if (name !== 'native' && name !== 'reference') {
        throw new RangeError(`setBackend: argument "name" must be 'native' or 'reference'. Received: ${JSON.stringify(name)}`);
    }
    const native = name === 'native' ? nativeKernels() : null;
    if (name === 'native' && !native) {
        warnOnce('native-unavailable', `native kernels unavailable: ${nativeUnavailableReason}. Using the TypeScript reference kernels.`);
    }
    active = native ? { ...referenceKernels, ...native } : referenceKernels;
}
// At start-up: CANDOR_BACKEND=reference|native forces one; otherwise native when it was built.
const requested = process.env.CANDOR_BACKEND;
if (requested !== undefined && requested !== 'native' && requested !== 'reference') {
    warnOnce('backend-env', `CANDOR_BACKEND must be 'native' or 'reference'. Received: ${JSON.stringify(requested)}; using the default.`);
}
setBackend(requested === 'reference' ? 'reference' : 'native');
//# sourceMappingURL=backend.js.map