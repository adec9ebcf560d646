import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
describe('candor CLI', () => {
    it('--help describes the tool and exits 0', () => {
        const r = run('--help');
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /Usage: candor/);
    });
    it('--version prints the package version', () => {
        const r = run('--version');
        assert.equal(r.status, 0);
        assert.match(r.stdout.trim(), /^\d+\.\d+\.\d+$/);
    });
    it('an unknown flag is an error with exit code 2', () => {
        const r = run('--no-such-flag');
        assert.equal(r.status, 2);
        assert.match(r.stderr, /unknown option '--no-such-flag'/);
    });
});
describe('package entry point', () => {
    it("resolves `import * as candor from 'candor'` through package exports to dist/", async () => {
        const candor = await import('candor');
        assert.equal(typeof candor.tensor, 'function');
        assert.equal(candor.backend(), process.env.CANDOR_BACKEND === 'reference' || !candor.nativeInfo() ? 'reference' : 'native');
    });
});
//# sourceMappingURL=cli.test.js.map