import type { Job } from './types.js';
/** A job as it travels on a queue: the plain job, its data file's content hash, and the backend to compute on. */
export interface QueuedJob {
    job: Job;
    backend: string;
    /** The data file the job reads, resolved, with its SHA-256 (workers check their copy against it). */
    file: {
        path: string;
        sha256: string;
    } | null;
}
export declare const sha256: (bytes: Uint8Array | string) => string;
/** The data file a job reads (a CSV named by its config, relative to the job's directory), or null for built-in datasets. */
export declare function dataFileOf(job: Job): string | null;
/** The job with what a worker needs to check and compute it; in-memory data cannot travel and is refused. */
export declare function queuedJob(job: Job, backend: string): QueuedJob;
/** The job's ID: the same for the same fit, on any machine; the directory itself is not part of it (the file's content is). */
export declare function jobKey(q: QueuedJob): string;
