import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as c from '../../src/index.js';
import { mutationFor } from './mutators.js';
import { TARGETS } from './targets.js';
/** `node test-build/test/fuzz/replay.js <target substring> <seed> <index>`: writes input `index` of a fuzz run to a file and reads it, printing the outcome with its stack. */
const [name, seedText, indexText] = process.argv.slice(2);
const target = TARGETS.find((t) => t.name.toLowerCase().includes(String(name).toLowerCase()));
if (!target || !seedText || !indexText)
    throw new Error(`usage: replay.js <target> <seed> <index>; targets: ${TARGETS.map((t) => t.name).join(', ')}`);
c.setLimits({ maxBytes: 256 * 2 ** 20 });
const dir = mkdtempSync(join(tmpdir(), 'candor-replay-'));
mkdirSync(join(dir, 'seeds'));
const seeds = await target.seeds(join(dir, 'seeds'));
const m = mutationFor(Number(seedText), target.name, Number(indexText), seeds.map((s) => s.bytes), target.json);
const path = join(dir, seeds[m.from].file);
writeFileSync(path, m.bytes);
console.log(`input ${indexText} (${m.kind}) written to ${path}`);
const started = performance.now();
try {
    await target.run(path);
    console.log('read whole');
}
catch (err) {
    console.log(err);
}
console.log(`${((performance.now() - started) / 1000).toFixed(2)} s`);
//# sourceMappingURL=replay.js.map