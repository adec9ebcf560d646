/** Writes that never leave half a file: temporary name, fsync, rename; failures in one line naming the target. */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
const REASONS = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    EEXIST: 'a file is in the way',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    ENOENT: 'the folder does not exist',
    EIO: 'an input/output error on the device',
};
/**
 * A file-system error as one line naming the path Candor tried to write (not the temporary file),
 * the reason in words and its code; `code` stays on the error for programs.
 */
export function writeError(err, where, path, action = 'cannot write', why) {
    const code = err?.code;
    const reason = code && (why ?? REASONS[code]) ? `${why ?? REASONS[code]} (${code})` : (err?.message ?? String(err));
    return Object.assign(new Error(`${where}: ${action} ${path}: ${reason}; anything saved there before is unchanged`), code ? { code } : {});
}
/**
 * Creates `dir` and its missing parents one level at a time. Node's own recursive mkdir spins
 * forever where a level cannot be created although its parent exists (under /proc); one level
 * at a time, that is an ordinary error naming the folder.
 */
export async function makeFolders(dir, where) {
    const missing = [];
    for (let at = resolve(dir);; at = dirname(at)) {
        let isDirectory;
        try {
            isDirectory = (await stat(at)).isDirectory();
        }
        catch (err) {
            if (err.code !== 'ENOENT' || dirname(at) === at)
                throw writeError(err, where, at, 'cannot create the folder');
            missing.unshift(at);
            continue;
        }
        if (!isDirectory)
            throw writeError({ code: 'ENOTDIR' }, where, at, 'cannot create the folder');
        break;
    }
    for (const level of missing) {
        try {
            await mkdir(level);
        }
        catch (err) {
            const code = err.code;
            // ENOENT although the parent exists: this file system takes no folders here (/proc, /sys).
            if (code !== 'EEXIST')
                throw writeError(err, where, level, 'cannot create the folder', code === 'ENOENT' ? 'this file system does not allow a folder here' : undefined);
        }
    }
}
/** Writes a file so that readers see the old content or the new, never half of it: temp file + rename. */
export async function writeFileAtomic(path, data, where = 'write') {
    const temp = join(dirname(path), `.${basename(path)}.candor-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
        await writeFile(temp, data, { flush: true });
        await rename(temp, path);
    }
    catch (err) {
        await rm(temp, { force: true });
        throw writeError(err, where, path);
    }
}
/**
 * Checks, before long work, that a file can later be written at `path` (its folder exists);
 * returns a message naming the argument, or null.
 */
export function unwritablePath(path, argument) {
    const dir = dirname(path);
    try {
        if (statSync(dir).isDirectory())
            return null;
        return `${argument}: ${dir} is not a directory. Received: ${path}`;
    }
    catch {
        return `${argument}: the folder ${dir} does not exist. Received: ${path}`;
    }
}
/**
 * Checks, before training, that a model can later be saved at `path` (a directory): it is a
 * directory or does not exist yet, and its nearest existing ancestor is a writable directory.
 */
export function unsavablePath(path, argument) {
    try {
        if (!statSync(path).isDirectory())
            return `${argument}: ${path} exists and is not a directory (a saved model is a folder)`;
        return null;
    }
    catch {
        let parent = dirname(path);
        for (let i = 0; i < 64; i++) {
            try {
                if (!statSync(parent).isDirectory())
                    return `${argument}: ${parent} is not a directory. Received: ${path}`;
                accessSync(parent, constants.W_OK);
                return null;
            }
            catch (err) {
                if (err.code === 'EACCES')
                    return `${argument}: ${parent} is not writable. Received: ${path}`;
                const up = dirname(parent);
                if (up === parent)
                    break;
                parent = up;
            }
        }
        return `${argument}: no existing folder above ${path}`;
    }
}
//# sourceMappingURL=atomic.js.map