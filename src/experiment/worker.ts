import { parentPort, workerData } from 'node:worker_threads';
import * as c from '../index.js';
import { runJob, type SharedData } from './job.js';
import type { Job } from './types.js';

/** A worker thread of an experiment: runs the jobs it is sent, one at a time, and posts each outcome. */
const init = workerData as { backend: c.BackendName; shared: SharedData | null };
c.setBackend(init.backend);
c.setWarningHandler(() => {}); // the main thread has already shown the configs' warnings once

parentPort!.on('message', async (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, ok: true, value: await runJob(job, init.shared) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
