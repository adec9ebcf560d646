// The bench's Candor side (bench/candor_workload.mjs) prints what bench/run.mjs reads: one value per
// timed repetition, its unit and direction, and the process's peak RSS. Timings themselves belong
// to `npm run bench`; this only keeps the runner from breaking unnoticed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';
const root = fileURLToPath(new URL('../../', import.meta.url));
const child = (...args) => {
    const r = spawnSync(process.execPath, ['bench/candor_workload.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop());
};
describe('bench/candor_workload.mjs', { skip: c.nativeInfo() ? false : 'the native addon is not built' }, () => {
    it('G1 and W1 print a value per repetition, the unit, which way is better, and VmHWM', () => {
        const g1 = child('G1', 'native', '2');
        assert.equal(g1.values.length, 2);
        assert.ok(g1.values.every((v) => v > 0));
        assert.deepEqual([g1.unit, g1.better], ['GFLOP/s', 'higher']);
        assert.ok(g1.peakRssMB > 10, `peak RSS ${g1.peakRssMB} MB`);
        const w1 = child('W1', 'native', '1', '--quick');
        assert.deepEqual([w1.unit, w1.better, w1.values.length], ['s', 'lower', 1]);
    });
    it("conv prints W2's five convolution passes in GFLOP/s", () => {
        const conv = child('conv', 'native', '1');
        assert.deepEqual(Object.keys(conv.passes), [
            'conv1 forward',
            'conv1 backprop filter',
            'conv2 forward',
            'conv2 backprop input',
            'conv2 backprop filter',
        ]);
    });
});
//# sourceMappingURL=bench.test.js.map