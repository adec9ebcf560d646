/**
 * A job's identity on a shared queue: a SHA-256 of everything its numbers depend on (the
 * configuration document, the data it names and the content of a data file, the seeds, the fold,
 * the epochs and batch size, the backend and the Candor version). The same fit asked for twice,
 * by one coordinator or two, is one job, and its stored result is reused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VERSION } from '../version.js';
/** JSON with object keys sorted, so that equal documents hash equally whatever their key order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object')
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    return JSON.stringify(value) ?? 'null';
}
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
/** The data file a job reads (a CSV named by its config, relative to the job's directory), or null for built-in datasets. */
export function dataFileOf(job) {
    const data = job.spec.data;
    return typeof data.csv === 'string' ? resolve(job.dir, data.csv) : null;
}
/** The job with what a worker needs to check and compute it; in-memory data cannot travel and is refused. */
export function queuedJob(job, backend) {
    if ('shared' in job.spec.data)
        throw new Error(`experiment: configuration "${job.config}" trains on in-memory data, which a queue cannot carry to other machines; name a dataset or a CSV file in "data" instead`);
    const path = dataFileOf(job);
    return { job, backend, file: path ? { path, sha256: sha256(readFileSync(path)) } : null };
}
/** The job's ID: the same for the same fit, on any machine; the directory itself is not part of it (the file's content is). */
export function jobKey(q) {
    const { id: _id, dir: _dir, ...job } = q.job;
    return sha256(canonical({ job, backend: q.backend, file: q.file?.sha256 ?? null, candor: VERSION }));
}
//# sourceMappingURL=job-key.js.map