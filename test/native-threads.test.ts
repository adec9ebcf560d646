import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';

/** Several worker threads using the native GEMM at once must each get the right answer. */
const native = c.nativeInfo();
const entry = fileURLToPath(new URL('../src/index.js', import.meta.url));

describe('native kernels from several threads', { skip: native ? false : 'the native addon is not built' }, () => {
  it('concurrent matmuls in worker threads agree with the main thread', async () => {
    const a = c.randomNormal([200, 300], { seed: 1 });
    const b = c.randomNormal([300, 150], { seed: 2 });
    const expected = c.matmul(a, b).data as Float32Array;
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.entry).then((c) => {
        const a = c.randomNormal([200, 300], { seed: 1 }), b = c.randomNormal([300, 150], { seed: 2 });
        let out;
        for (let i = 0; i < 20; i++) out = c.matmul(a, b).data;
        parentPort.postMessage({ backend: c.backend(), out });
      });`;
    const results = await Promise.all(
      Array.from(
        { length: 3 },
        () =>
          new Promise<{ backend: string; out: Float32Array }>((resolve, reject) => {
            const w = new Worker(code, { eval: true, workerData: { entry } });
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
    );
    for (const r of results) {
      assert.equal(r.backend, c.backend());
      assert.deepEqual(r.out, expected);
    }
  });

  it("a matmul's bits do not depend on the thread count (the column split shares its last depth block)", () => {
    // Shapes the column split takes (wide, not too tall), with one and several depth blocks and
    // ragged edges: 1, 2 and 3 threads must give the same floats (3 parts on a 2-core machine too).
    const program = `
      const { createHash } = require('node:crypto');
      import(process.env.ENTRY).then((c) => {
        const shapes = [[1024, 1024, 1024], [32, 4096, 2048], [300, 900, 700], [96, 1000, 256], [517, 383, 1001]];
        const h = createHash('sha256');
        for (const [m, k, n] of shapes) {
          const out = c.matmul(c.randomNormal([m, k], { seed: m }), c.randomNormal([k, n], { seed: n })).data;
          h.update(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
        }
        console.log(h.digest('hex'));
      });`;
    const digests = ['1', '2', '3'].map((threads) => {
      const r = spawnSync(process.execPath, ['-e', program], {
        encoding: 'utf8',
        env: { ...process.env, ENTRY: entry, CANDOR_NUM_THREADS: threads },
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    });
    assert.match(digests[0]!, /^[0-9a-f]{64}$/);
    assert.deepEqual(digests, [digests[0], digests[0], digests[0]]);
  });
});
