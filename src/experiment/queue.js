/**
 * Experiments on a BullMQ queue in Redis: the coordinator side. Each fit is one job whose ID is the
 * hash of what its numbers depend on (job-key.ts), so a fit finished earlier — by this command, an
 * interrupted one, or another coordinator — is reused, and only what is missing runs. Workers
 * (`candor worker`, queue-worker.ts) on any number of machines take the jobs.
 */
import { readFileSync, statSync } from 'node:fs';
import { queuePackages } from './queue-packages.js';
import { UsageError } from '../usage-error.js';
import { jobKey, queuedJob } from './job-key.js';
import { decodeResult } from './wire.js';
/** How long the coordinator waits for Redis to answer before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 3000;
/** A queue name as BullMQ accepts it (no ':' — it separates Redis key parts). */
export function queueName(name) {
    const n = name ?? 'candor';
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(n))
        throw new UsageError(`experiment: the queue name must be letters, digits, '.', '_' or '-' (at most 100). Received: ${JSON.stringify(n)}`);
    return n;
}
/** Connects and pings, or says within seconds that Redis cannot be reached (BullMQ's own connections retry forever). */
export async function checkRedis(url, where) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new UsageError(`${where}: --queue must be a redis:// URL (redis://host:6379/0). Received: ${JSON.stringify(url)}`);
    }
    if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
        throw new UsageError(`${where}: --queue must be a redis:// or rediss:// URL. Received: ${JSON.stringify(url)}`);
    const { Redis } = await queuePackages(where);
    const probe = new Redis(url, {
        lazyConnect: true,
        connectTimeout: CONNECT_TIMEOUT_MS,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
    });
    probe.on('error', () => { }); // reported by the rejected connect below
    try {
        await Promise.race([
            probe.connect().then(() => probe.ping()),
            new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS)),
        ]);
    }
    catch (err) {
        throw new UsageError(`${where}: cannot reach Redis at ${url}: ${err.message}`);
    }
    finally {
        probe.disconnect();
    }
}
/** Data files up to this size travel through Redis (content-addressed by SHA-256) to workers without a copy. */
export const UPLOAD_LIMIT_BYTES = 16 * 1024 * 1024;
/** The Redis key a data file's bytes are kept under. */
export const fileKey = (sha256) => `candor:file:${sha256}`;
/** Stores each small data file the jobs read once under its content hash (kept 30 days; SET NX: an existing copy stays). */
async function uploadFiles(url, jobs) {
    const files = new Map(jobs.flatMap((q) => (q.file ? [[q.file.sha256, q.file.path]] : [])));
    if (files.size === 0)
        return;
    const { Redis } = await queuePackages('experiment');
    const client = new Redis(url, { maxRetriesPerRequest: 1 });
    try {
        for (const [sha, path] of files) {
            if (statSync(path).size > UPLOAD_LIMIT_BYTES)
                continue; // workers must have it at the same path
            await client.set(fileKey(sha), readFileSync(path), 'EX', 30 * 24 * 3600, 'NX');
        }
    }
    finally {
        client.disconnect();
    }
}
/** BullMQ connection options for a URL (workers need maxRetriesPerRequest: null). */
export const connectionFor = (url) => ({ url, maxRetriesPerRequest: null });
/** What a job's stored state says: its result, its failure after every attempt, or that it still has to run. */
async function settled(job) {
    const state = await job.getState();
    if (state === 'completed')
        return { ok: true, value: decodeResult(String(job.returnvalue)) };
    if (state === 'failed')
        return { ok: false, error: job.failedReason || 'failed' };
    return null;
}
/**
 * Runs the jobs on the queue and waits for every result; `onSettled` sees each as it lands (reused
 * results first). Aborting stops waiting — the jobs stay on the queue, and the same command later
 * picks their results up.
 */
export async function runQueued(jobs, o) {
    await checkRedis(o.url, 'experiment');
    const { Queue, QueueEvents } = (await queuePackages('experiment')).bullmq;
    const name = queueName(o.name);
    const connection = connectionFor(o.url);
    const queue = new Queue(name, { connection });
    const events = new QueueEvents(name, { connection });
    // Every job waited for listens on both (an experiment has hundreds of jobs).
    queue.setMaxListeners(0);
    events.setMaxListeners(0);
    let reused = 0;
    let failedBefore = 0;
    try {
        await events.waitUntilReady();
        const entries = jobs.map((job) => ({ job, queued: queuedJob(job, o.backend) }));
        await uploadFiles(o.url, entries.map((e) => e.queued));
        const pending = [];
        for (const { job, queued } of entries) {
            const id = jobKey(queued);
            let bull = await queue.getJob(id);
            const known = bull ? await settled(bull) : null;
            if (known?.ok) {
                reused++;
                o.onSettled({ id: job.id, ...known });
                continue;
            }
            if (bull && known && !known.ok) {
                // Failed every attempt last time: asked again, it gets its attempts again.
                failedBefore++;
                await bull.retry('failed');
            }
            bull ??= await queue.add('fit', queued, {
                jobId: id,
                attempts: o.attempts ?? 3,
                backoff: { type: 'exponential', delay: 1000 },
                removeOnComplete: false,
                removeOnFail: false,
            });
            pending.push({ job, bull });
        }
        const poll = o.onWorkers
            ? setInterval(() => {
                void queue.getWorkersCount().then(o.onWorkers, () => { });
            }, 2000)
            : null;
        if (o.onWorkers)
            void queue.getWorkersCount().then(o.onWorkers, () => { });
        const aborted = new Promise((resolve) => {
            if (o.signal?.aborted)
                resolve();
            o.signal?.addEventListener('abort', () => resolve());
        });
        await Promise.race([
            Promise.all(pending.map(async ({ job, bull }) => {
                try {
                    const value = decodeResult(String(await bull.waitUntilFinished(events)));
                    if (!o.signal?.aborted)
                        o.onSettled({ id: job.id, ok: true, value });
                }
                catch (err) {
                    if (!o.signal?.aborted)
                        o.onSettled({ id: job.id, ok: false, error: err.message });
                }
            })),
            aborted,
        ]);
        if (poll)
            clearInterval(poll);
        return { reused, failedBefore };
    }
    finally {
        await Promise.allSettled([events.close(), queue.close()]);
    }
}
/** `candor experiment --queue URL --status NAME`: how many jobs wait, run, finished and failed. */
export async function queueStatus(url, name) {
    await checkRedis(url, 'experiment --status');
    const { Queue } = (await queuePackages('experiment --status')).bullmq;
    const queue = new Queue(queueName(name), { connection: connectionFor(url) });
    try {
        return await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    }
    finally {
        await queue.close();
    }
}
//# sourceMappingURL=queue.js.map