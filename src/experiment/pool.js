/** The worker-thread pool that runs experiment jobs. */
import { Worker } from 'node:worker_threads';
/**
 * Runs jobs on a fixed number of worker threads, each job on whichever worker is free. A job that
 * throws is reported as failed; a worker that dies (crash, process.exit, out of memory) fails its
 * current job and is replaced, so the other jobs still finish.
 */
export function runPool(jobs, o) {
    const queue = [...jobs];
    const outcomes = [];
    const live = new Set();
    return new Promise((resolve) => {
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            o.signal?.removeEventListener('abort', abort);
            for (const w of live)
                void w.terminate();
            resolve(outcomes);
        };
        const settle = (outcome) => {
            outcomes.push(outcome);
            o.onSettled?.(outcome);
            if (outcomes.length === jobs.length)
                finish();
        };
        const abort = () => finish();
        if (o.signal?.aborted || jobs.length === 0)
            return finish();
        o.signal?.addEventListener('abort', abort);
        const spawn = () => {
            const worker = new Worker(o.workerUrl, { workerData: o.workerData });
            live.add(worker);
            let current;
            let crash;
            const next = () => {
                current = queue.shift();
                if (current)
                    worker.postMessage(current);
                else {
                    live.delete(worker);
                    void worker.terminate();
                }
            };
            worker.on('message', (outcome) => {
                if (finished)
                    return;
                current = undefined;
                settle(outcome);
                if (!finished)
                    next();
            });
            worker.on('error', (err) => {
                crash = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
            });
            worker.on('exit', (code) => {
                live.delete(worker);
                if (finished || !current)
                    return;
                settle({ id: current.id, ok: false, error: `the worker running it stopped: ${crash ?? `exit code ${code}`}` });
                if (!finished && queue.length > 0)
                    spawn();
            });
            next();
        };
        for (let i = 0; i < Math.min(Math.max(1, o.workers), jobs.length); i++)
            spawn();
    });
}
//# sourceMappingURL=pool.js.map