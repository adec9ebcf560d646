/** How one job ended: its value, or the error that stopped it (thrown inside it, or its worker dying). */
export type Outcome<R> = {
    id: number;
    ok: true;
    value: R;
} | {
    id: number;
    ok: false;
    error: string;
};
export interface PoolOptions<R> {
    workers: number;
    /** Module run by each worker thread: it answers every job message with an Outcome message. */
    workerUrl: URL;
    workerData?: unknown;
    /** Aborting terminates the workers; jobs not finished by then are left out of the outcomes. */
    signal?: AbortSignal;
    onSettled?: (outcome: Outcome<R>) => void;
}
/**
 * Runs jobs on a fixed number of worker threads, each job on whichever worker is free. A job that
 * throws is reported as failed; a worker that dies (crash, process.exit, out of memory) fails its
 * current job and is replaced, so the other jobs still finish.
 */
export declare function runPool<J extends {
    id: number;
}, R>(jobs: readonly J[], o: PoolOptions<R>): Promise<Outcome<R>[]>;
