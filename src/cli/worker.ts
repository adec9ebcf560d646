/** candor worker: a long-running process that trains experiment jobs from a BullMQ queue until stopped. */
import { startWorker } from '../experiment/queue-worker.js';

export async function runWorkerCli(o: { queue: string; name?: string; concurrency: number; timeout: number; lock: number }): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`candor worker: ${line}\n`);
  const worker = await startWorker({
    url: o.queue,
    concurrency: o.concurrency,
    timeoutSeconds: o.timeout,
    lockSeconds: o.lock,
    onEvent: log,
    ...(o.name !== undefined ? { name: o.name } : {}),
  });
  log(`listening on queue ${o.name ?? 'candor'} at ${o.queue} (concurrency ${o.concurrency}); Ctrl-C to stop`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      log('stopping: the running jobs finish first (Ctrl-C again to quit at once)');
      process.once('SIGINT', () => process.exit(130));
      void worker.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
