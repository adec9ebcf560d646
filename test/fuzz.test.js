import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS } from './fuzz/targets.js';
import { fuzz, fuzzTable } from './fuzz/runner.js';
/**
 * Seeded fuzzing of every reader Candor has (a few thousand mutations each; `npm run fuzz` runs
 * 20,000 with a time budget): each mutated input must be read whole or refused with Candor's own
 * error naming the file, never crash, kill its worker or hang.
 */
const clean = (r) => [
    ...r.crashes.map((f) => `crash at input ${f.index} (${f.kind}): ${f.detail}`),
    ...r.hangs.map((f) => `hang at input ${f.index}: ${f.detail}`),
]
    .slice(0, 5)
    .join('\n');
describe('fuzzing the readers', () => {
    it('the runner classes raw errors, errors that do not name the file, hangs and dead workers as failures', async () => {
        const [raw, unnamed, hang, dies, refuses] = await fuzz(['self-test: raw TypeError', 'self-test: unnamed error', 'self-test: hang', 'self-test: dies', 'self-test: refuses'], 
        // 4 s per input before a hang is called: a loaded 2-core machine once took over 1.5 s to start a worker and answer.
        { mutations: 2, hangMs: 4000, parallel: 5 });
        assert.deepEqual([raw.crashes.length, unnamed.crashes.length, hang.hangs.length, dies.crashes.length, refuses.refused], [2, 2, 2, 2, 2]);
        assert.match(raw.crashes[0].detail, /TypeError: Cannot read properties of undefined/);
        assert.match(unnamed.crashes[0].detail, /error does not name x.bin/);
        assert.match(dies.crashes[0].detail, /the worker died: exit code 3/);
        assert.equal(refuses.crashes.length + refuses.hangs.length, 0);
    });
    it('every reader reads or refuses each of thousands of mutated inputs: no crash, no hang', async () => {
        const slow = new Set(['train config (candor train)']);
        const fast = TARGETS.map((t) => t.name).filter((n) => !slow.has(n));
        const reports = [...(await fuzz(fast, { mutations: 2000, seed: 7 })), ...(await fuzz([...slow], { mutations: 300, seed: 7 }))];
        for (const r of reports) {
            assert.equal(r.crashes.length + r.hangs.length, 0, `${r.target}:\n${clean(r)}\n${fuzzTable(reports)}`);
            assert.ok(r.refused > 0, `${r.target}: no mutation was refused, so the fuzzer did not reach the checks`);
            if (!r.target.startsWith('weights file'))
                assert.ok(r.accepted > 0, `${r.target}: no mutation was read whole, so the mutations are too blunt`);
        }
    });
});
//# sourceMappingURL=fuzz.test.js.map