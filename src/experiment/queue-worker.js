/**
 * `candor worker`: takes experiment jobs from a BullMQ queue and trains each on a worker thread of
 * its own, so the CPU-bound fit never stalls this thread's lock renewals (a stalled lock would make
 * BullMQ run the job twice). A job that exceeds its time is stopped (its thread terminated) and
 * retried like a crash. A data file missing here or different from the coordinator's is fetched from
 * Redis when the coordinator could upload it (small files), else the job fails at once with what to
 * copy where.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeFolders, writeFileAtomic } from '../io/atomic.js';
import { dataRoot } from '../io/download.js';
import { queuePackages } from './queue-packages.js';
import { Worker as ThreadWorker } from 'node:worker_threads';
import { UPLOAD_LIMIT_BYTES, checkRedis, connectionFor, fileKey, queueName } from './queue.js';
import { sha256 } from './job-key.js';
import { encodeResult } from './wire.js';
/** Where data files fetched from Redis are kept on this machine: files/ in the data cache ($CANDOR_DATA_DIR, else ~/.candor/datasets). */
const cacheDir = () => join(dataRoot(), 'files');
/**
 * The job with a data file this machine has byte for byte: the coordinator's path when the copy
 * there matches, else the copy the coordinator put in Redis (small files), cached under its SHA-256.
 */
async function withLocalData(q, redis, UnrecoverableError) {
    if (!q.file)
        return q.job;
    const { path, sha256: want } = q.file;
    if (existsSync(path) && sha256(readFileSync(path)) === want)
        return q.job;
    const cached = join(cacheDir(), `${want}.csv`);
    if (!existsSync(cached) || sha256(readFileSync(cached)) !== want) {
        const bytes = await redis.getBuffer(fileKey(want));
        if (!bytes || sha256(bytes) !== want)
            throw new UnrecoverableError(`this worker has ${existsSync(path) ? 'a different' : 'no'} data file ${path} (the job needs SHA-256 ${want.slice(0, 12)}…), and the queue holds no copy (files over ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MiB are not uploaded); copy the coordinator's file there`);
        await makeFolders(cacheDir(), 'worker: data cache');
        await writeFileAtomic(cached, bytes, 'worker: data cache');
    }
    const data = { ...q.job.spec.data, csv: cached };
    return { ...q.job, spec: { ...q.job.spec, data } };
}
/**
 * Training threads kept between jobs (starting one loads Candor and its native kernels, ~0.3 s):
 * one per concurrent job, replaced when a fit runs past its time (the thread is terminated) or
 * its thread dies.
 */
class TrainingThreads {
    idle = [];
    async run(job, backend, timeoutMs) {
        const at = this.idle.findIndex((t) => t.backend === backend);
        const thread = at >= 0 ? this.idle.splice(at, 1)[0] : new Thread(backend);
        const outcome = await thread.run(job, timeoutMs);
        if (thread.alive)
            this.idle.push(thread);
        if (!outcome.ok)
            throw new Error(outcome.error);
        return outcome.value;
    }
    async close() {
        await Promise.all(this.idle.splice(0).map((t) => t.stop()));
    }
}
/** One worker thread running experiment/worker.ts, one job at a time. */
class Thread {
    backend;
    worker;
    alive = true;
    constructor(backend) {
        this.backend = backend;
        this.worker = new ThreadWorker(new URL('./worker.js', import.meta.url), {
            workerData: { backend: backend, shared: null },
        });
        this.worker.on('exit', () => (this.alive = false));
    }
    run(job, timeoutMs) {
        return new Promise((resolve) => {
            let crash = '';
            const done = (outcome) => {
                clearTimeout(timer);
                this.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
                resolve(outcome);
            };
            const onMessage = (outcome) => done(outcome);
            const onError = (err) => void (crash = `${err.name}: ${err.message}`);
            const onExit = (code) => done({ id: job.id, ok: false, error: `the thread running it stopped: ${crash || `exit code ${code}`}` });
            const timer = setTimeout(() => {
                done({ id: job.id, ok: false, error: `the fit ran longer than ${timeoutMs / 1000} s and was stopped` });
                void this.stop();
            }, timeoutMs);
            this.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
            this.worker.postMessage(job);
        });
    }
    async stop() {
        this.alive = false;
        await this.worker.terminate();
    }
}
/** Starts a worker on the queue; resolves once it is connected. close() finishes the running jobs and disconnects. */
export async function startWorker(o) {
    await checkRedis(o.url, 'worker');
    const timeoutMs = (o.timeoutSeconds ?? 7200) * 1000;
    const threads = new TrainingThreads();
    const { bullmq, Redis } = await queuePackages('worker');
    const { Worker, UnrecoverableError } = bullmq;
    const files = new Redis(o.url, { maxRetriesPerRequest: 1 });
    files.on('error', () => { }); // a lost connection shows in the worker's own errors
    const worker = new Worker(queueName(o.name), async (bull) => {
        const q = bull.data;
        o.onEvent?.(`start ${q.job.config} run ${q.job.run} fold ${q.job.plan.kind === 'kfold' ? q.job.plan.fold : 0} (attempt ${bull.attemptsMade + 1})`);
        const job = await withLocalData(q, files, UnrecoverableError);
        const result = await threads.run(job, q.backend, timeoutMs);
        o.onEvent?.(`done  ${q.job.config} run ${q.job.run} in ${result.seconds.toFixed(1)} s`);
        return encodeResult(result);
    }, {
        connection: connectionFor(o.url),
        concurrency: o.concurrency ?? 1,
        lockDuration: (o.lockSeconds ?? 30) * 1000,
        stalledInterval: Math.max(500, ((o.lockSeconds ?? 30) * 1000) / 2),
    });
    worker.on('failed', (bull, err) => o.onEvent?.(`fail  ${bull?.data.job.config ?? '?'} run ${bull?.data.job.run ?? '?'}: ${err.message}`));
    worker.on('error', (err) => o.onEvent?.(`error ${err.message}`));
    await worker.waitUntilReady();
    return {
        close: async () => {
            await worker.close();
            await threads.close();
            files.disconnect();
        },
    };
}
//# sourceMappingURL=queue-worker.js.map