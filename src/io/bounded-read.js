/** Whole-file reads of regular files only, refused above the allocation limit. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { getLimits, overLimitMessage } from '../tensor/limits.js';
/**
 * Reads a whole regular file, refusing special files (a FIFO would block forever, /dev/zero never
 * ends) and files larger than the allocation limit (src/tensor/limits.ts); errors name `where`
 * and the path.
 */
export function readFileBounded(path, where) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO with no writer would otherwise block before fstat can refuse it.
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (err) {
        throw new Error(`${where}: cannot read ${path}: ${err.message}`);
    }
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile())
            throw new Error(`${where}: ${path} is not a regular file (${kind(stat)}). Expected a file`);
        if (stat.size > getLimits().maxBytes)
            throw new RangeError(overLimitMessage(`${where}: reading ${path}`, stat.size));
        const buf = Buffer.alloc(stat.size);
        let at = 0;
        while (at < buf.length) {
            const n = readSync(fd, buf, at, buf.length - at, at);
            if (n === 0)
                break;
            at += n;
        }
        return buf.subarray(0, at);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * A filter for fflate's unzip that refuses an entry whose declared size is over the allocation
 * limit (a zip bomb), naming the archive and the entry.
 */
export function withinLimit(entry, archive) {
    if (entry.originalSize > getLimits().maxBytes)
        throw new RangeError(overLimitMessage(`${archive}: unpacking ${entry.name}`, entry.originalSize));
    return true;
}
/** A whole regular file as UTF-8 text (see readFileBounded). */
export function readTextBounded(path, where) {
    return readFileBounded(path, where).toString('utf8');
}
function kind(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    return 'not a file';
}
//# sourceMappingURL=bounded-read.js.map