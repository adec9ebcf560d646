import { parentPort } from 'node:worker_threads';
/** Test worker for the pool: job 'throw' fails inside, 'exit' kills the worker, anything else doubles. */
parentPort.on('message', (job) => {
    if (job.kind === 'exit')
        process.exit(3);
    if (job.kind === 'throw')
        parentPort.postMessage({ id: job.id, ok: false, error: 'thrown on purpose' });
    else
        parentPort.postMessage({ id: job.id, ok: true, value: job.value * 2 });
});
//# sourceMappingURL=crashing-worker.js.map