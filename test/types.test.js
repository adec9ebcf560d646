import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * The published declarations (dist/*.d.ts, built by `npm test`'s pretest) type-check in a strict
 * consumer program under --module nodenext, without skipLibCheck and without @types/node, with
 * the TypeScript this repository builds with (5.9) and with TypeScript 7 (devDependency alias).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const project = join(root, 'test/fixtures/consumer/tsconfig.json');
describe('published types', () => {
    for (const [label, pkg] of [
        ['TypeScript 5.9', 'typescript'],
        ['TypeScript 7', 'typescript7'],
    ]) {
        it(`a strict nodenext consumer type-checks with ${label}`, () => {
            const version = spawnSync(process.execPath, [join(root, 'node_modules', pkg, 'bin/tsc'), '--version'], { encoding: 'utf8' });
            assert.match(version.stdout, label === 'TypeScript 7' ? /Version 7\./ : /Version 5\.9/);
            const r = spawnSync(process.execPath, [join(root, 'node_modules', pkg, 'bin/tsc'), '-p', project], { encoding: 'utf8', cwd: root });
            assert.equal(r.status, 0, `${label}:\n${r.stdout}${r.stderr}`);
        });
    }
});
//# sourceMappingURL=types.test.js.map