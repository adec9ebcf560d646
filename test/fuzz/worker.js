import { parentPort, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as c from '../../src/index.js';
import { mutationFor } from './mutators.js';
import { SELF_TEST_TARGETS, TARGETS, scratchDir } from './targets.js';
import { classify } from './classify.js';
/** Runs inputs [start, end) of one target and reports each outcome to the parent (runner.ts). */
const { target: name, seed, start, end, root, maxBytes, } = workerData;
const target = [...TARGETS, ...SELF_TEST_TARGETS].find((t) => t.name === name);
// A mutated size must be refused by Candor's own limit long before it could exhaust this worker.
c.setLimits({ maxBytes });
c.setWarningHandler(() => { });
const scratch = scratchDir(root, `${name}-${start}`);
const seeds = await target.seeds(scratchDir(scratch, 'seeds'));
const inputs = seeds.map((s) => s.bytes);
const dir = scratchDir(scratch, 'input');
for (let i = start; i < end; i++) {
    const m = mutationFor(seed, name, i, inputs, target.json);
    // The mutated input keeps the file name of the seed it came from (its extension picks the reader).
    const path = join(dir, seeds[m.from].file);
    writeFileSync(path, m.bytes);
    parentPort.postMessage({ type: 'start', i });
    let result;
    try {
        await target.run(path);
        result = { outcome: 'accepted', detail: '' };
    }
    catch (err) {
        result = classify(err, path);
    }
    parentPort.postMessage({ type: 'result', i, kind: m.kind, ...result });
}
parentPort.postMessage({ type: 'end' });
//# sourceMappingURL=worker.js.map