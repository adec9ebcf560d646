import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import * as c from '../src/index.js';
import { quietTempDir } from './helpers.js';
/** Sizes are checked before allocation and special files are refused: each case used to grow the process by gigabytes or block. */
const tempDir = quietTempDir('candor-limits-');
const initial = c.getLimits().maxBytes;
afterEach(() => {
    c.setLimits({ maxBytes: initial });
});
const GROWTH_BOUND = 512 * 2 ** 20; // a refused allocation must not have touched its memory
function refusedWithoutGrowth(run, message) {
    const before = process.memoryUsage().rss;
    assert.throws(run, (err) => err instanceof RangeError && message.test(err.message) && /allocation limit of .* set CANDOR_MAX_BYTES/.test(err.message));
    assert.ok(process.memoryUsage().rss - before < GROWTH_BOUND, 'the refused allocation grew the process');
}
describe('allocation limit', () => {
    it("defaults to a quarter of the machine's memory and is settable; bad values are refused", () => {
        assert.match(c.getLimits().source, /quarter of this machine's memory|CANDOR_MAX_BYTES/);
        const previous = c.setLimits({ maxBytes: 2 ** 20 });
        assert.equal(previous.maxBytes, initial);
        assert.equal(c.getLimits().maxBytes, 2 ** 20);
        assert.throws(() => c.setLimits({ maxBytes: -1 }), /setLimits: maxBytes must be a positive integer number of bytes. Received: -1/);
        assert.throws(() => c.setLimits({ maxBytes: 1.5 }), /Received: 1.5/);
        assert.equal(c.formatBytes(3 * 2 ** 30), '3.00 GiB');
    });
    it('CANDOR_MAX_BYTES sets it, with K/M/G suffixes; a malformed value is an error naming the variable', () => {
        const entry = new URL('../src/index.js', import.meta.url).pathname;
        const script = `import('${entry}').then((c) => console.log(c.getLimits().maxBytes, c.getLimits().source))`;
        const ok = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, CANDOR_MAX_BYTES: '64M' }, encoding: 'utf8' });
        assert.equal(ok.trim(), `${64 * 2 ** 20} CANDOR_MAX_BYTES`);
        const bad = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, CANDOR_MAX_BYTES: 'lots' }, encoding: 'utf8' });
        assert.notEqual(bad.status, 0);
        assert.match(bad.stderr, /CANDOR_MAX_BYTES must be a positive size such as 4G or 500M. Received: "lots"/);
    });
    it('Dense units 1e9 is refused when the layer builds, naming the layer, the weight and the size', () => {
        refusedWithoutGrowth(() => c.sequential([c.layers.dense({ units: 1e9, inputShape: [8] })]), /Dense "dense(_\d+)?": weight "kernel" of shape \[8, 1000000000\] would need 29.8 GiB, more than the allocation limit/);
    });
    it('a tensor over the limit is refused before allocation', () => {
        c.setLimits({ maxBytes: 2 ** 20 });
        refusedWithoutGrowth(() => c.zeros([1024, 1024]), /a float32 tensor of 1048576 elements would need 4.00 MiB/);
        assert.equal(c.zeros([256, 256]).size, 65536);
        const big = c.ones([600, 300]);
        refusedWithoutGrowth(() => c.matmul(big, c.ones([300, 600])), /a result of 360000 elements would need 1.37 MiB/);
    });
    it('a saved model.json declaring an input of 2^31 fails to load with the size, not by exhausting memory', async () => {
        const m = c.sequential([c.layers.dense({ units: 2, inputShape: [3] })], { seed: 1 });
        const good = join(tempDir(), 'good');
        await m.save(good);
        const dir = join(tempDir(), 'huge-input');
        cpSync(good, dir, { recursive: true });
        const doc = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
        doc.model.inputShape = [2 ** 30];
        doc.model.layers[0].config.inputShape = [2 ** 30];
        writeFileSync(join(dir, 'model.json'), JSON.stringify(doc));
        const before = process.memoryUsage().rss;
        await assert.rejects(c.loadModel(dir), /loadModel: .*weight "kernel" of shape \[1073741824, 2\] would need 8.00 GiB, more than the allocation limit/);
        assert.ok(process.memoryUsage().rss - before < GROWTH_BOUND);
    });
});
describe('readers refuse what they cannot read whole', () => {
    it('a gzip bomb in an IDX file stops at the limit, with the limit named', () => {
        const header = Buffer.from([0, 0, 0x08, 1, 0x04, 0, 0, 0]); // uint8, one dimension of 64 Mi
        const bomb = gzipSync(Buffer.concat([header, Buffer.alloc(64 * 2 ** 20)]));
        assert.ok(bomb.length < 200_000);
        c.setLimits({ maxBytes: 16 * 2 ** 20 });
        refusedWithoutGrowth(() => c.parseIdx(bomb, 'bomb.idx.gz'), /bomb.idx.gz: the decompressed data grows past the allocation limit of 16.0 MiB/);
    });
    it('a zip entry declaring more than the limit is not unpacked (.npz, .keras)', () => {
        const npz = join(tempDir(), 'big.npz');
        writeFileSync(npz, zipSync({ 'x.npy': new Uint8Array(4 * 2 ** 20) }));
        c.setLimits({ maxBytes: 2 ** 20 });
        assert.throws(() => c.readArrayFile(npz, 'score'), /big.npz: unpacking x.npy would need 4.00 MiB, more than the allocation limit/);
    });
    it('a file larger than the limit is refused before reading', () => {
        const path = join(tempDir(), 'big.csv');
        writeFileSync(path, '1,2\n'.repeat(2 ** 18 + 1));
        c.setLimits({ maxBytes: 2 ** 20 });
        assert.throws(() => c.readNumericCsv(path), /readNumericCsv: reading .*big.csv would need 1.00 MiB, more than the allocation limit of 1.00 MiB/);
    });
    it('/dev/zero, a FIFO and a directory are refused at once instead of read forever or blocking', () => {
        const fifo = join(tempDir(), 'data.fifo');
        execFileSync('mkfifo', [fifo]);
        const started = Date.now();
        assert.throws(() => c.readNumericCsv('/dev/zero'), /readNumericCsv: \/dev\/zero is not a regular file \(a character device\)/);
        assert.throws(() => c.readNumericCsv(fifo), /data.fifo is not a regular file \(a FIFO\)/);
        assert.throws(() => c.readIdx(fifo), /readIdx: .*data.fifo is not a regular file \(a FIFO\)/);
        assert.throws(() => c.readArff(tempDir()), /readArff: .* is not a regular file \(a directory\)/);
        assert.ok(Date.now() - started < 5000);
    });
    it('a FIFO as model.json or as a train config is refused by loadModel and the CLI', async () => {
        const dir = join(tempDir(), 'fifo-model');
        execFileSync('mkdir', ['-p', dir]);
        execFileSync('mkfifo', [join(dir, 'model.json')]);
        await assert.rejects(c.loadModel(dir), /loadModel: .*model.json is not a regular file \(a FIFO\)/);
        const cli = new URL('../src/cli/main.js', import.meta.url).pathname;
        const run = spawnSync(process.execPath, [cli, 'train', join(dir, 'model.json')], { encoding: 'utf8', timeout: 20_000 });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /is not a regular file \(a FIFO\)/);
        assert.doesNotMatch(run.stderr, /\n\s+at /);
    });
});
//# sourceMappingURL=limits.test.js.map