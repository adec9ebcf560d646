import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs, { mkdirSync, readdirSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { quietTempDir } from './helpers.js';
/** A save killed at any instant leaves a folder that loads the previous model or the new one, and no litter. */
const tempDir = quietTempDir('candor-save-kill-');
const script = new URL('./helpers/save-loop.js', import.meta.url).pathname;
function killDuringSaves(dir, delayMs) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
        child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
        child.once('exit', () => resolve());
        child.once('error', reject);
    });
}
describe('saves never lose the previous model', () => {
    it('40 kills at random instants while two models are saved over each other: the folder always loads one of them', async () => {
        const expected = [1, 2].map((seed) => {
            const m = c.sequential([c.layers.dense({ units: 64, activation: 'relu', inputShape: [32] }), c.layers.dense({ units: 4 })], { seed });
            return Array.from(m.predict(c.ones([1, 32])).dataSync());
        });
        const rng = new c.Rng(8);
        for (let batch = 0; batch < 10; batch++) {
            const dirs = [0, 1, 2, 3].map((k) => join(tempDir(), `kill-${batch}-${k}`));
            await Promise.all(dirs.map((d) => killDuringSaves(d, rng.int(120))));
            for (const d of dirs) {
                const model = await c.loadModel(d);
                const p = Array.from(model.predict(c.ones([1, 32])).dataSync());
                assert.ok(expected.some((e) => e.every((v, i) => v === p[i])), `${d} loads one of the two saved models`);
                const weights = readdirSync(d).filter((f) => f.startsWith('weights'));
                assert.ok(weights.length <= 2, `at most the current and one interrupted weights file: ${weights}`);
                // The next save cleans up what the killed one left.
                await model.save(d);
                assert.deepEqual(readdirSync(d).filter((f) => f.includes('candor-tmp') || f.startsWith('weights')).length, 1, `${readdirSync(d)}`);
            }
        }
    });
});
describe('a failing disk is one line naming the path, and the previous save stays', () => {
    const model = (seed) => c.sequential([c.layers.dense({ units: 256, inputShape: [64] })], { seed });
    const out = (m) => Array.from(m.predict(c.ones([1, 64])).dataSync());
    for (const code of ['ENOSPC', 'EACCES', 'EROFS']) {
        it(`${code} from the file system (mocked write): the error names the target, the previous model still loads, no temporary file is left`, async () => {
            const dir = join(tempDir(), `mock-${code}`);
            const first = model(1);
            await first.save(dir);
            const fsp = fs.promises;
            const original = fsp.writeFile;
            mock.method(fsp, 'writeFile', async (...args) => {
                await original(...args); // a partly written temporary file, then the failure
                throw Object.assign(new Error(`${code}: mocked failure`), { code });
            });
            syncBuiltinESMExports();
            try {
                await assert.rejects(model(2).save(dir), (err) => err.code === code &&
                    new RegExp(`^save: cannot write .*/mock-${code}/weights-[0-9a-f]{16}\\.bin: .* \\(${code}\\); anything saved there before is unchanged$`).test(err.message));
            }
            finally {
                mock.restoreAll();
                syncBuiltinESMExports();
            }
            assert.deepEqual(out(await c.loadModel(dir)), out(first));
            assert.deepEqual(readdirSync(dir).filter((f) => f.includes('candor-tmp')), []);
        });
    }
    it('a folder that cannot be created (under /proc, or below a file) is one line at once, not a hang', async () => {
        const m = model(1);
        const started = Date.now();
        await assert.rejects(m.save('/proc/candor-model-test/inner'), /save: cannot create the folder \/proc\/candor-model-test: this file system does not allow a folder here \(ENOENT\)/);
        const file = join(tempDir(), 'a-file');
        fs.writeFileSync(file, 'x');
        await assert.rejects(m.save(join(file, 'model')), /save: cannot create the folder .*a-file\/model: a part of the path is not a directory \(ENOTDIR\)/);
        await m.save(join(tempDir(), 'new', 'nested', 'model'));
        assert.ok(Date.now() - started < 5000);
    });
    it('a real full disk (a 256 KiB tmpfs): the save fails with one line naming the file; the previous model loads', async (t) => {
        const mount = join(tempDir(), 'small-disk');
        mkdirSync(mount);
        if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]).status !== 0) {
            t.skip('mounting a tmpfs needs privileges this machine does not give; the mocked ENOSPC test covers the path');
            return;
        }
        try {
            const dir = join(mount, 'model');
            const small = c.sequential([c.layers.dense({ units: 4, inputShape: [8] })], { seed: 1 });
            await small.save(dir);
            await assert.rejects(c.sequential([c.layers.dense({ units: 1024, inputShape: [64] })], { seed: 2 }).save(dir), /save: cannot write .*weights-[0-9a-f]{16}\.bin: no space left on the device \(ENOSPC\); anything saved there before is unchanged$/);
            assert.deepEqual(out8(await c.loadModel(dir)), out8(small));
            assert.deepEqual(readdirSync(dir).filter((f) => f.includes('candor-tmp')), []);
        }
        finally {
            spawnSync('umount', [mount]);
        }
    });
    const out8 = (m) => Array.from(m.predict(c.ones([1, 8])).dataSync());
});
//# sourceMappingURL=save-kill.test.js.map