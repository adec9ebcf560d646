/**
 * Reads a whole regular file, refusing special files (a FIFO would block forever, /dev/zero never
 * ends) and files larger than the allocation limit (src/tensor/limits.ts); errors name `where`
 * and the path.
 */
export declare function readFileBounded(path: string, where: string): Buffer;
/**
 * A filter for fflate's unzip that refuses an entry whose declared size is over the allocation
 * limit (a zip bomb), naming the archive and the entry.
 */
export declare function withinLimit(entry: {
    name: string;
    originalSize: number;
}, archive: string): true;
/** A whole regular file as UTF-8 text (see readFileBounded). */
export declare function readTextBounded(path: string, where: string): string;
