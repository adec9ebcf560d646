// node bench/queue.mjs [runs] [workers]: #18's queue overhead. The same experiment (two Pima
// configurations, 1 epoch each, `runs` seeded runs) on `workers` local threads and on a BullMQ queue
// taken by `workers` `candor worker` processes on this machine: jobs/s of each and the queue's
// overhead per job. Starts Debian's redis-server on a free port unless CANDOR_REDIS_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import * as c from '../dist/index.js';
import { configsFromFiles } from '../dist/cli/experiment.js';

const runs = Number(process.argv[2] ?? 100);
const n = Number(process.argv[3] ?? 2);
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
let url = process.env.CANDOR_REDIS_URL;
const children = [];
if (!url) {
  children.push(
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' }),
  );
  url = `redis://127.0.0.1:${port}/0`;
  while (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() !== 'PONG')
    await new Promise((r) => setTimeout(r, 100));
}
const name = `bench-${process.pid}`;
for (let i = 0; i < n; i++) {
  const w = spawn(process.execPath, ['dist/cli/main.js', 'worker', '--queue', url, '--name', name], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(w);
  await new Promise((resolve) => w.stderr.on('data', (d) => d.toString().includes('listening') && resolve()));
}
c.setWarningHandler?.(() => {});
const options = {
  configs: configsFromFiles(['examples/pima-sigmoid-bce.json', 'examples/pima-softmax-cce.json']),
  runs,
  epochs: 1,
  quick: true,
};
const time = async (extra) => {
  const t0 = performance.now();
  await c.experiment({ ...options, ...extra });
  return (performance.now() - t0) / 1000;
};
const local = await time({ workers: n });
const queued = await time({ queue: { url, name } });
const again = await time({ queue: { url, name } });
const jobs = 2 * runs;
console.log(`#18 queue overhead: ${jobs} jobs of a 1-epoch Pima MLP, ${n} workers (jobs/s, higher is better)`);
console.log(`  local worker threads  ${(jobs / local).toFixed(1).padStart(7)}`);
console.log(
  `  BullMQ queue          ${(jobs / queued).toFixed(1).padStart(7)}   overhead ${(((queued - local) * 1000 * n) / jobs).toFixed(1)} ms per job per worker`,
);
console.log(`  same command again    ${(jobs / again).toFixed(1).padStart(7)}   (every result reused from the queue)`);
for (const ch of children) ch.kill('SIGKILL');
process.exit(0);
