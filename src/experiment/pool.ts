/** The worker-thread pool that runs experiment jobs. */
import { Worker } from 'node:worker_threads';

/** How one job ended: its value, or the error that stopped it (thrown inside it, or its worker dying). */
export type Outcome<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: string };

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
export function runPool<J extends { id: number }, R>(jobs: readonly J[], o: PoolOptions<R>): Promise<Outcome<R>[]> {
  const queue = [...jobs];
  const outcomes: Outcome<R>[] = [];
  const live = new Set<Worker>();
  return new Promise((resolve) => {
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      o.signal?.removeEventListener('abort', abort);
      for (const w of live) void w.terminate();
      resolve(outcomes);
    };
    const settle = (outcome: Outcome<R>): void => {
      outcomes.push(outcome);
      o.onSettled?.(outcome);
      if (outcomes.length === jobs.length) finish();
    };
    const abort = (): void => finish();
    if (o.signal?.aborted || jobs.length === 0) return finish();
    o.signal?.addEventListener('abort', abort);

    const spawn = (): void => {
      const worker = new Worker(o.workerUrl, { workerData: o.workerData });
      live.add(worker);
      let current: J | undefined;
      let crash: string | undefined;
      const next = (): void => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else {
          live.delete(worker);
          void worker.terminate();
        }
      };
      worker.on('message', (outcome: Outcome<R>) => {
        if (finished) return;
        current = undefined;
        settle(outcome);
        if (!finished) next();
      });
      worker.on('error', (err) => {
        crash = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      });
      worker.on('exit', (code) => {
        live.delete(worker);
        if (finished || !current) return;
        settle({ id: current.id, ok: false, error: `the worker running it stopped: ${crash ?? `exit code ${code}`}` });
        if (!finished && queue.length > 0) spawn();
      });
      next();
    };
    for (let i = 0; i < Math.min(Math.max(1, o.workers), jobs.length); i++) spawn();
  });
}
