/**
 * A file-system error as one line naming the path Candor tried to write (not the temporary file),
 * the reason in words and its code; `code` stays on the error for programs.
 */
export declare function writeError(err: unknown, where: string, path: string, action?: string, why?: string): Error;
/**
 * Creates `dir` and its missing parents one level at a time. Node's own recursive mkdir spins
 * forever where a level cannot be created although its parent exists (under /proc); one level
 * at a time, that is an ordinary error naming the folder.
 */
export declare function makeFolders(dir: string, where: string): Promise<void>;
/** Writes a file so that readers see the old content or the new, never half of it: temp file + rename. */
export declare function writeFileAtomic(path: string, data: string | Uint8Array, where?: string): Promise<void>;
/**
 * Checks, before long work, that a file can later be written at `path` (its folder exists);
 * returns a message naming the argument, or null.
 */
export declare function unwritablePath(path: string, argument: string): string | null;
/**
 * Checks, before training, that a model can later be saved at `path` (a directory): it is a
 * directory or does not exist yet, and its nearest existing ancestor is a writable directory.
 */
export declare function unsavablePath(path: string, argument: string): string | null;
