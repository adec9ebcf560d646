import type { Outcome } from './pool.js';
import type { Job, JobResult } from './types.js';
export interface QueueOptions {
    /** redis://host:port/db */
    url: string;
    /** The queue's name (one per experiment family; workers listen on it). Default 'candor'. */
    name?: string;
    /** Attempts per job before it is reported failed (BullMQ retries with exponential backoff). Default 3. */
    attempts?: number;
}
/** A queue name as BullMQ accepts it (no ':' — it separates Redis key parts). */
export declare function queueName(name: string | undefined): string;
/** Connects and pings, or says within seconds that Redis cannot be reached (BullMQ's own connections retry forever). */
export declare function checkRedis(url: string, where: string): Promise<void>;
/** Data files up to this size travel through Redis (content-addressed by SHA-256) to workers without a copy. */
export declare const UPLOAD_LIMIT_BYTES: number;
/** The Redis key a data file's bytes are kept under. */
export declare const fileKey: (sha256: string) => string;
/** BullMQ connection options for a URL (workers need maxRetriesPerRequest: null). */
export declare const connectionFor: (url: string) => {
    url: string;
    maxRetriesPerRequest: null;
};
/**
 * Runs the jobs on the queue and waits for every result; `onSettled` sees each as it lands (reused
 * results first). Aborting stops waiting — the jobs stay on the queue, and the same command later
 * picks their results up.
 */
export declare function runQueued(jobs: readonly Job[], o: QueueOptions & {
    backend: string;
    signal?: AbortSignal;
    onSettled: (outcome: Outcome<JobResult>) => void;
    /** How many workers listen on the queue, polled every 2 s while jobs run. */
    onWorkers?: (count: number) => void;
}): Promise<{
    reused: number;
    failedBefore: number;
}>;
/** `candor experiment --queue URL --status NAME`: how many jobs wait, run, finished and failed. */
export declare function queueStatus(url: string, name: string): Promise<Record<string, number>>;
