import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Files larger than this are refused before they are read (scores, labels and model files are far smaller). */
export const MAX_FILE_BYTES = 2 ** 31;

/**
 * Reads a whole regular file, refusing special files (a FIFO would block forever) and sizes
 * over MAX_FILE_BYTES; errors name `where` and the path.
 */
export function readFileBounded(path: string, where: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new Error(`${where}: cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${where}: ${path} is not a regular file`);
    if (stat.size > MAX_FILE_BYTES) throw new Error(`${where}: ${path} has ${stat.size} bytes; more than ${MAX_FILE_BYTES} is not read`);
    const buf = Buffer.alloc(stat.size);
    let at = 0;
    while (at < buf.length) {
      const n = readSync(fd, buf, at, buf.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
