/** candor worker: a long-running process that trains experiment jobs from a BullMQ queue until stopped. */
import { startWorker } from '../experiment/queue-worker.js';
export async function runWorkerCli(o) {
    const log = (line) => void process.stderr.write(`candor worker: ${line}\n`);
    const worker = await startWorker({
        url: o.queue,
        concurrency: o.concurrency,
        timeoutSeconds: o.timeout,
        lockSeconds: o.lock,
        onEvent: log,
        ...(o.name !== undefined ? { name: o.name } : {}),
    });
    log(`listening on queue ${o.name ?? 'candor'} at ${o.queue} (concurrency ${o.concurrency}); Ctrl-C to stop`);
    await new Promise((resolve) => {
        const stop = () => {
            log('stopping: the running jobs finish first (Ctrl-C again to quit at once)');
            process.once('SIGINT', () => process.exit(130));
            void worker.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}
//# sourceMappingURL=worker.js.map