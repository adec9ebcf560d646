import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';
/** Several worker threads using the native GEMM at once must each get the right answer. */
const native = c.nativeInfo();
const entry = fileURLToPath(new URL('../src/index.js', import.meta.url));
describe('native kernels from several threads', { skip: native ? false : 'the native addon is not built' }, () => {
    it('concurrent matmuls in worker threads agree with the main thread', async () => {
        const a = c.randomNormal([200, 300], { seed: 1 });
        const b = c.randomNormal([300, 150], { seed: 2 });
        const expected = c.matmul(a, b).data;
        const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.entry).then((c) => {
        const a = c.randomNormal([200, 300], { seed: 1 }), b = c.randomNormal([300, 150], { seed: 2 });
        let out;
        for (let i = 0; i < 20; i++) out = c.matmul(a, b).data;
        parentPort.postMessage({ backend: c.backend(), out });
      });`;
        const results = await Promise.all(Array.from({ length: 3 }, () => new Promise((resolve, reject) => {
            const w = new Worker(code, { eval: true, workerData: { entry } });
            w.once('message', resolve);
            w.once('error', reject);
        })));
        for (const r of results) {
            assert.equal(r.backend, c.backend());
            assert.deepEqual(r.out, expected);
        }
    });
});
//# sourceMappingURL=native-threads.test.js.map