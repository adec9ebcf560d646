/** The allocation limit: checked before any large buffer is made. */
import { totalmem } from 'node:os';
/**
 * The largest single allocation Candor makes: a tensor, a layer weight, a file read whole or a
 * decompressed stream. Requests above it are refused with the size they would take, before any
 * memory is touched, so a config with `units: 1e9`, a model.json declaring an input of 2^31 or a
 * gzip bomb fails at once instead of growing the process until the system kills it.
 *
 * Default: a quarter of this machine's memory. Set `CANDOR_MAX_BYTES` (bytes, or with a K/M/G
 * suffix) or call `setLimits({ maxBytes })` to change it.
 */
const DEFAULT_FRACTION = 0.25;
function parseBytes(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(text);
    if (!m)
        return null;
    const scale = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 }[m[2].toLowerCase()];
    const bytes = Math.floor(Number(m[1]) * scale);
    return bytes > 0 ? bytes : null;
}
function initialLimits() {
    const env = process.env.CANDOR_MAX_BYTES;
    if (env !== undefined && env !== '') {
        const bytes = parseBytes(env);
        if (bytes === null)
            throw new RangeError(`CANDOR_MAX_BYTES must be a positive size such as 4G or 500M. Received: ${JSON.stringify(env)}`);
        return { maxBytes: bytes, source: 'CANDOR_MAX_BYTES' };
    }
    return { maxBytes: Math.floor(totalmem() * DEFAULT_FRACTION), source: "a quarter of this machine's memory" };
}
let limits = initialLimits();
/** The current allocation limit. */
export function getLimits() {
    return limits;
}
/** Changes the allocation limit (`maxBytes` in bytes); returns the previous limits. */
export function setLimits(options) {
    const maxBytes = options?.maxBytes;
    if (typeof maxBytes !== 'number' || !Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
        throw new RangeError(`setLimits: maxBytes must be a positive integer number of bytes. Received: ${JSON.stringify(maxBytes)}`);
    }
    const previous = limits;
    limits = { maxBytes, source: 'setLimits' };
    return previous;
}
/** A byte count as people read it (1.5 GiB, 12 MiB, 900 bytes). */
export function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return String(bytes);
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
    let value = bytes;
    let u = 0;
    while (value >= 1024 && u < units.length - 1) {
        value /= 1024;
        u++;
    }
    return u === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[u]}`;
}
const limitText = () => `the allocation limit of ${formatBytes(limits.maxBytes)} (${limits.source}; set CANDOR_MAX_BYTES or candor.setLimits({ maxBytes }) to change it)`;
/** The message for a refused allocation: what, how much it needs, the limit and how to change it. */
export function overLimitMessage(what, bytes) {
    return `${what} would need ${formatBytes(bytes)}, more than ${limitText()}`;
}
/** The message for a stream stopped at the limit (its full size is unknown). */
export function pastLimitMessage(what) {
    return `${what} grows past ${limitText()}`;
}
/** Throws a RangeError naming `what` unless `elements` × `bytesPerElement` fits the limit. */
export function checkAllocation(elements, bytesPerElement, what) {
    const bytes = elements * bytesPerElement;
    if (bytes > limits.maxBytes || !Number.isFinite(bytes))
        throw new RangeError(overLimitMessage(what, bytes));
}
//# sourceMappingURL=limits.js.map