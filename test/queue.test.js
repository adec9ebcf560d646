// Experiments on a BullMQ queue in a real Redis (`.ci/run` starts one and sets CANDOR_REDIS_URL;
// otherwise this test starts Debian's redis-server on a free loopback port): a coordinator and two
// `candor worker` processes finish an experiment with the numbers of one machine, finished fits are
// reused, a killed worker's job is retried on the other, and an unreachable Redis is one clear error.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';
import { configsFromFiles } from '../src/cli/experiment.js';
const root = fileURLToPath(new URL('../../', import.meta.url));
const configs = configsFromFiles([`${root}examples/pima-sigmoid-bce.json`, `${root}examples/pima-softmax-cce.json`]);
let url = process.env.CANDOR_REDIS_URL ?? '';
let server = null;
const workers = [];
const freePort = () => new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
        const port = s.address().port;
        s.close(() => resolve(port));
    });
});
before(async () => {
    if (url)
        return;
    const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
    assert.equal(found.status, 0, 'redis-server is needed for the queue tests: apt-get install redis-server (.ci/run installs it)');
    const port = await freePort();
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}/0`;
    for (let i = 0; i < 50; i++) {
        if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG')
            return;
        await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('redis-server did not start');
});
after(() => {
    for (const w of workers)
        w.kill('SIGKILL');
    server?.kill('SIGKILL');
});
/** A `candor worker` process on the queue; resolves once it listens. */
function worker(name) {
    const w = spawn(process.execPath, [`${root}dist/cli/main.js`, 'worker', '--queue', url, '--name', name, '--lock', '2'], {
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    workers.push(w);
    return new Promise((resolve, reject) => {
        let log = '';
        w.stderr.on('data', (d) => {
            log += d.toString();
            if (log.includes('listening on queue'))
                resolve(w);
        });
        w.on('exit', (code) => reject(new Error(`worker exited ${code}: ${log}`)));
    });
}
const perRun = (r) => r.configs.map((k) => k.runs.map((run) => [run.seed, run.test, run.train]));
const options = { configs, runs: 2, quick: true };
describe('experiments on a queue (BullMQ on Redis)', () => {
    it('a coordinator and two worker processes give the numbers of one machine; asking again reuses every finished fit', async () => {
        const name = `same-${process.pid}`;
        await Promise.all([worker(name), worker(name)]);
        const local = await c.experiment({ ...options, workers: 1 });
        const queued = await c.experiment({ ...options, queue: { url, name } });
        assert.deepEqual(perRun(queued), perRun(local));
        assert.deepEqual(queued.comparisons.map((k) => k.pHolm), local.comparisons.map((k) => k.pHolm));
        assert.equal(queued.settings.queue.reused, 0);
        const again = await c.experiment({ ...options, queue: { url, name } });
        assert.equal(again.settings.queue.reused, 4, 'every fit came from the queue');
        assert.deepEqual(perRun(again), perRun(local));
        const counts = await c.queueStatus(url, name);
        assert.equal(counts.completed, 4);
    });
    it('two coordinators asking for the same fits at once share the jobs: each fit runs once', async () => {
        const name = `twin-${process.pid}`;
        await worker(name);
        const [first, second] = await Promise.all([
            c.experiment({ ...options, queue: { url, name } }),
            c.experiment({ ...options, queue: { url, name } }),
        ]);
        assert.deepEqual(perRun(first), perRun(second));
        assert.equal((await c.queueStatus(url, name)).completed, 4, 'four fits, not eight');
    });
    it('a worker killed mid-job: its job is retried on another worker, with the same result', async () => {
        const name = `kill-${process.pid}`;
        const first = await worker(name);
        const busy = new Promise((resolve) => first.stderr.on('data', (d) => d.toString().includes('start ') && resolve()));
        const run = c.experiment({ ...options, runs: 1, epochs: 40, queue: { url, name } });
        await busy;
        first.kill('SIGKILL');
        await worker(name);
        const queued = await run;
        const local = await c.experiment({ ...options, runs: 1, epochs: 40, workers: 1 });
        assert.deepEqual(perRun(queued), perRun(local));
    });
    it('a coordinator stopped mid-experiment: the same command later reuses what finished and runs only the rest', async () => {
        const name = `resume-${process.pid}`;
        await worker(name);
        const stop = new AbortController();
        const partial = await c.experiment({
            ...options,
            queue: { url, name },
            signal: stop.signal,
            onProgress: (p) => {
                if (p.done === 1)
                    stop.abort();
            },
        });
        assert.ok(partial.interrupted);
        const resumed = await c.experiment({ ...options, queue: { url, name } });
        assert.ok(resumed.settings.queue.reused >= 1, `reused ${resumed.settings.queue.reused}`);
        assert.equal(resumed.interrupted, false);
        assert.deepEqual(perRun(resumed), perRun(await c.experiment({ ...options, workers: 1 })));
    });
    it("a worker without the coordinator's data file fetches it from Redis by its SHA-256 and computes the same numbers", async () => {
        const dir = mkdtempSync(join(tmpdir(), 'candor-queue-data-'));
        try {
            copyFileSync(`${root}data/pima-indians-diabetes.csv`, join(dir, 'pima.csv'));
            const paths = ['pima-sigmoid-bce.json', 'pima-softmax-cce.json'].map((f) => {
                const config = JSON.parse(readFileSync(`${root}examples/${f}`, 'utf8'));
                const { dataset: _d, ...rest } = config.data;
                config.data = { ...rest, csv: 'pima.csv', labels: 1 };
                writeFileSync(join(dir, f), JSON.stringify(config));
                return join(dir, f);
            });
            const own = { ...options, configs: configsFromFiles(paths), runs: 1 };
            const local = await c.experiment({ ...own, workers: 1 });
            const name = `upload-${process.pid}`;
            const run = c.experiment({ ...own, queue: { url, name } });
            while ((await c.queueStatus(url, name)).waiting !== 2)
                await new Promise((r) => setTimeout(r, 50));
            rmSync(join(dir, 'pima.csv')); // the worker's machine has no copy
            const w = spawn(process.execPath, [`${root}dist/cli/main.js`, 'worker', '--queue', url, '--name', name], {
                stdio: 'ignore',
                env: { ...process.env, CANDOR_DATA_DIR: join(dir, 'cache') },
            });
            workers.push(w);
            const queued = await run;
            assert.deepEqual(perRun(queued), perRun(local));
            assert.ok(existsSync(join(dir, 'cache', 'files')), 'the fetched copy is cached under its hash');
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    it("the CLI: --status prints the queue's counts; bad combinations and an unreachable Redis exit 2 naming the problem", () => {
        const cli = (...args) => spawnSync(process.execPath, [`${root}dist/cli/main.js`, ...args], { encoding: 'utf8', cwd: root });
        const status = cli('experiment', '--queue', url, '--status', `same-${process.pid}`);
        assert.equal(status.status, 0, status.stderr);
        assert.match(status.stdout, /queue same-\d+ at redis:.*: \d+ waiting, \d+ active, .*4 completed, 0 failed/);
        const pair = ['examples/pima-sigmoid-bce.json', 'examples/pima-softmax-cce.json'];
        const both = cli('experiment', ...pair, '--queue', url, '--workers', '2');
        assert.equal(both.status, 2);
        assert.match(both.stderr, /--workers runs fits on local threads, --queue on `candor worker` processes; give one of them/);
        const down = cli('experiment', ...pair, '--queue', 'redis://127.0.0.1:1/0');
        assert.equal(down.status, 2);
        assert.match(down.stderr, /cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0/);
        const noQueue = cli('worker', '--queue', 'redis://127.0.0.1:1/0');
        assert.equal(noQueue.status, 2);
        assert.match(noQueue.stderr, /worker: cannot reach Redis/);
    });
    it("a fit that runs past the worker's --timeout is stopped; failing every attempt, it is reported failed with its error", async () => {
        const name = `timeout-${process.pid}`;
        const w = spawn(process.execPath, [`${root}dist/cli/main.js`, 'worker', '--queue', url, '--name', name, '--timeout', '1'], {
            stdio: 'ignore',
        });
        workers.push(w);
        const result = await c.experiment({ ...options, runs: 1, epochs: 3000, queue: { url, name, attempts: 1 } });
        const failures = result.configs.flatMap((k) => k.failures);
        assert.equal(failures.length, 2);
        assert.match(failures[0].error, /the fit ran longer than 1 s and was stopped/);
    });
    it('an unreachable Redis is one clear error within seconds, not a hang', async () => {
        const t0 = performance.now();
        await assert.rejects(c.experiment({ ...options, queue: { url: 'redis://127.0.0.1:1/0' } }), /cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0/);
        assert.ok(performance.now() - t0 < 5000);
        await assert.rejects(c.experiment({ ...options, queue: { url: 'http://x' } }), /must be a redis:\/\/ or rediss:\/\/ URL/);
    });
});
//# sourceMappingURL=queue.test.js.map