export interface WorkerOptions {
    url: string;
    name?: string;
    /** Jobs trained at once (each on its own thread). Default 1. */
    concurrency?: number;
    /** A job running longer is stopped and retried (default: 2 hours). */
    timeoutSeconds?: number;
    /** How long a job's lock lasts between renewals (BullMQ's lockDuration; a dead worker's job is retried after it). Default 30 s. */
    lockSeconds?: number;
    /** Called as each job starts and ends (for the command's log). */
    onEvent?: (line: string) => void;
}
/** Starts a worker on the queue; resolves once it is connected. close() finishes the running jobs and disconnects. */
export declare function startWorker(o: WorkerOptions): Promise<{
    close: () => Promise<void>;
}>;
