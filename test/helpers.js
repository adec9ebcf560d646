import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../src/index.js';
/** Asserts |actual - expected| <= atol + rtol·|expected| elementwise, naming the first failing index. */
export function assertClose(actual, expected, options = {}) {
    const { rtol = 1e-5, atol = 1e-6, label = 'values' } = options;
    assert.equal(actual.length, expected.length, `${label}: length ${actual.length} != expected ${expected.length}`);
    for (let i = 0; i < actual.length; i++) {
        const a = actual[i];
        const e = expected[i];
        if (Number.isNaN(e) && Number.isNaN(a))
            continue;
        if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
            assert.fail(`${label}[${i}]: got ${a}, expected ${e} (atol ${atol}, rtol ${rtol})`);
        }
    }
}
export function assertShape(t, shape) {
    assert.deepEqual([...t.shape], [...shape]);
}
/** Reads a JSON fixture from test/fixtures (tests run from build/test). */
export function loadFixture(name) {
    return JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));
}
/**
 * A temporary directory for one test file, and Candor's warnings silenced while it runs; both
 * undone after the file's tests. Returns a getter for the directory.
 */
export function quietTempDir(prefix) {
    let dir = '';
    let restore;
    before(() => {
        dir = mkdtempSync(join(tmpdir(), prefix));
        restore = c.setWarningHandler(() => { });
    });
    after(() => {
        rmSync(dir, { recursive: true, force: true });
        c.setWarningHandler(restore);
    });
    return () => dir;
}
//# sourceMappingURL=helpers.js.map