/** IDX files (MNIST's format), bounded by the allocation limit. */
import { readFileBounded } from '../bounded-read.js';
import { constants as bufferConstants } from 'node:buffer';
import { getLimits, pastLimitMessage } from '../../tensor/limits.js';
import { gunzipSync } from 'node:zlib';
const TYPES = {
    0x08: { type: 'uint8', bytes: 1 },
    0x09: { type: 'int8', bytes: 1 },
    0x0b: { type: 'int16', bytes: 2 },
    0x0c: { type: 'int32', bytes: 4 },
    0x0d: { type: 'float32', bytes: 4 },
    0x0e: { type: 'float64', bytes: 8 },
};
/**
 * Parses an IDX file (big-endian header: 0, 0, type code, rank, then one uint32 per dimension),
 * gzip-compressed or not. Every inconsistency is an error naming the file and what was expected.
 */
export function parseIdx(bytes, name = 'IDX data') {
    let buf = bytes;
    if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
        // Decompression is capped at the allocation limit, so a small gzip bomb cannot grow to gigabytes.
        const cap = Math.min(getLimits().maxBytes, bufferConstants.MAX_LENGTH);
        try {
            buf = gunzipSync(buf, { maxOutputLength: cap });
        }
        catch (err) {
            if (err.code === 'ERR_BUFFER_TOO_LARGE')
                throw new RangeError(pastLimitMessage(`${name}: the decompressed data`));
            throw new Error(`${name}: gzip data is corrupt or truncated (${err.message})`);
        }
    }
    if (buf.length < 4)
        throw new RangeError(`${name}: expected an IDX header of at least 4 bytes. Received: ${buf.length} bytes`);
    if (buf[0] !== 0 || buf[1] !== 0)
        throw new RangeError(`${name}: expected the IDX magic number to start with two zero bytes. Received: ${buf[0]}, ${buf[1]} (not an IDX file)`);
    const info = TYPES[buf[2]];
    if (!info)
        throw new RangeError(`${name}: unknown IDX element type 0x${buf[2].toString(16)}. Expected one of 0x08, 0x09, 0x0b, 0x0c, 0x0d, 0x0e`);
    const rank = buf[3];
    const headerBytes = 4 + 4 * rank;
    if (rank === 0 || buf.length < headerBytes)
        throw new RangeError(`${name}: expected ${rank} dimension sizes after the magic number. Received: a ${buf.length}-byte file`);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const shape = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
    const count = shape.reduce((a, b) => a * b, 1);
    const expected = headerBytes + count * info.bytes;
    if (buf.length !== expected) {
        throw new RangeError(`${name}: expected ${expected} bytes for shape [${shape.join(',')}] of ${info.type}. Received: ${buf.length} bytes (${buf.length < expected ? 'truncated' : 'trailing data'})`);
    }
    const body = buf.subarray(headerBytes);
    let data;
    switch (info.type) {
        case 'uint8':
            data = Uint8Array.from(body);
            break;
        case 'int8':
            data = Int8Array.from(body, (b) => (b << 24) >> 24);
            break;
        case 'int16':
            data = Int16Array.from({ length: count }, (_, i) => view.getInt16(headerBytes + 2 * i));
            break;
        case 'int32':
            data = Int32Array.from({ length: count }, (_, i) => view.getInt32(headerBytes + 4 * i));
            break;
        case 'float32':
            data = Float32Array.from({ length: count }, (_, i) => view.getFloat32(headerBytes + 4 * i));
            break;
        case 'float64':
            data = Float64Array.from({ length: count }, (_, i) => view.getFloat64(headerBytes + 8 * i));
            break;
        default:
            return info.type;
    }
    return { type: info.type, shape, data };
}
/** Reads an IDX file (plain or .gz) from disk. */
export function readIdx(path) {
    return parseIdx(readFileBounded(path, 'readIdx'), path);
}
//# sourceMappingURL=idx.js.map