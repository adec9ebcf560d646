/** The worker-thread side of an experiment: runs the jobs it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { setBackend } from '../kernels/backend.js';
import { setWarningHandler } from '../registry/warnings.js';
import { runJob } from './job.js';
/** A worker thread of an experiment: runs the jobs it is sent, one at a time, and posts each outcome. */
const init = workerData;
setBackend(init.backend);
setWarningHandler(() => { }); // the main thread has already shown the configs' warnings once
parentPort.on('message', async (job) => {
    try {
        parentPort.postMessage({ id: job.id, ok: true, value: await runJob(job, init.shared) });
    }
    catch (err) {
        parentPort.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
});
//# sourceMappingURL=worker.js.map