/**
 * Downloads into a cache, as Keras' get_file: a file already in the cache with the right checksum
 * is used as it is; otherwise it is fetched into `<file>.part` (resumed with an HTTP Range request
 * after an interrupted download), checked (MD5 or SHA-256), and only then renamed into place — a
 * truncated download or a checksum mismatch leaves nothing half-written in the cache.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import { makeFolders } from './atomic.js';
/** Where downloaded data sets live: $CANDOR_DATA_DIR, else ~/.candor/datasets. */
export const dataRoot = () => process.env.CANDOR_DATA_DIR ?? join(homedir(), '.candor', 'datasets');
async function hashOf(path, checksum) {
    const hash = createHash(checksum.length === 32 ? 'md5' : 'sha256');
    await pipeline(createReadStream(path), hash);
    return hash.digest('hex');
}
/** Progress on stderr: a bar on a terminal (MB done, speed, ETA), else a line per tenth of the file. */
function progress(file) {
    const mb = (bytes) => (bytes / 1e6).toFixed(1);
    if (process.stderr.isTTY) {
        let bar = null;
        return {
            report: (got, total) => {
                if (!bar) {
                    bar = new cliProgress.SingleBar({
                        format: `downloading ${file} [{bar}] {percentage}% | {done} of {size} MB | ETA {eta_formatted}`,
                        barsize: 30,
                        hideCursor: true,
                        stream: process.stderr,
                    });
                    bar.start(total ?? 0, 0, { done: mb(0), size: total ? mb(total) : '?' });
                }
                bar.update(got, { done: mb(got) });
            },
            stop: () => bar?.stop(),
        };
    }
    let shown = -1;
    return {
        report: (got, total) => {
            const tenth = total ? Math.floor((10 * got) / total) : -1;
            if (total && tenth > shown) {
                shown = tenth;
                process.stderr.write(`candor: downloading ${file}: ${mb(got)} of ${mb(total)} MB\n`);
            }
        },
        stop: () => { },
    };
}
/** The cached path of `r` in `dir`, downloading (or resuming) it first when needed. */
export async function cached(r, dir, where, quiet = false) {
    const path = join(dir, r.file);
    if (existsSync(path) && (await hashOf(path, r.checksum)) === r.checksum)
        return path;
    await makeFolders(dir, where);
    const part = `${path}.part`;
    const have = existsSync(part) ? statSync(part).size : 0;
    let res;
    try {
        res = await fetch(r.url, have > 0 ? { headers: { range: `bytes=${have}-` } } : {});
    }
    catch (err) {
        throw new Error(`${where}: cannot download ${r.url}: ${err.cause instanceof Error ? err.cause.message : err.message}`);
    }
    if (!res.ok || !res.body)
        throw new Error(`${where}: cannot download ${r.url}: HTTP ${res.status} ${res.statusText}`);
    const resumed = res.status === 206;
    const length = Number(res.headers.get('content-length') ?? NaN);
    const total = Number.isFinite(length) ? length + (resumed ? have : 0) : null;
    let got = resumed ? have : 0;
    const shown = quiet ? { report: () => { }, stop: () => { } } : progress(r.file);
    const body = Readable.fromWeb(res.body);
    body.on('data', (chunk) => shown.report((got += chunk.length), total));
    try {
        await pipeline(body, createWriteStream(part, { flags: resumed ? 'a' : 'w' }));
        shown.stop();
    }
    catch (err) {
        shown.stop();
        throw new Error(`${where}: the download of ${r.url} broke off after ${got} of ${total ?? '?'} bytes (${err.message}); run again to resume it (kept in ${part})`);
    }
    if (total !== null && got < total)
        throw new Error(`${where}: the download of ${r.url} is truncated: ${got} of ${total} bytes; run again to resume it (kept in ${part})`);
    const hash = await hashOf(part, r.checksum);
    if (hash !== r.checksum) {
        rmSync(part, { force: true });
        throw new Error(`${where}: ${r.url} does not have the expected checksum: expected ${r.checksum}, received ${hash}. The file was removed; nothing was cached`);
    }
    renameSync(part, path);
    return path;
}
//# sourceMappingURL=download.js.map