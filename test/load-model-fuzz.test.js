import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { quietTempDir } from './helpers.js';
/** loadModel validates model.json before using it: a malformed or edited manifest is an error naming the file, never a TypeError or wrong weights. */
const tempDir = quietTempDir('candor-load-fuzz-');
async function savedModel() {
    const m = c.sequential([c.layers.dense({ units: 4, activation: 'relu', inputShape: [3] }), c.layers.dense({ units: 2, activation: 'softmax' })], { seed: 1 });
    m.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
    m.trainOnBatch(c.randomNormal([4, 3], { seed: 2 }), c.oneHot([0, 1, 1, 0], 2));
    const dir = join(tempDir(), 'good');
    await m.save(dir);
    return dir;
}
describe('loadModel refuses malformed and edited manifests', () => {
    it('edits that used to load silently or crash: swapped offsets, shifted offsets, a missing shape, layers not an array, fractional iterations', async () => {
        const good = await savedModel();
        const edits = [
            [
                'swapped offsets',
                (d) => {
                    const [a, b] = [d.weights.tensors[0], d.weights.tensors[2]];
                    [a.offset, b.offset] = [b.offset, a.offset];
                },
                /starts at byte|manifest checksum/,
            ],
            [
                'shifted offset',
                (d) => {
                    d.weights.tensors[1].offset += 4;
                },
                /tensor ".*" starts at byte \d+; .* should start at \d+/,
            ],
            [
                'no shape',
                (d) => {
                    delete d.weights.tensors[0].shape;
                },
                /weights.tensors\[0\] must be \{ name, shape/,
            ],
            [
                'layers not an array',
                (d) => {
                    d.model.layers = { a: 1 };
                },
                /model.layers must be a non-empty array/,
            ],
            [
                'fractional iterations',
                (d) => {
                    d.optimizer.iterations = 0.5;
                },
                /optimizer.iterations must be an integer >= 0. Received: 0.5/,
            ],
            [
                'no weights',
                (d) => {
                    delete d.weights;
                },
                /weights must be an object. Received: undefined/,
            ],
            [
                'renamed tensor with the same offsets',
                (d) => {
                    d.weights.tensors[0].name = 'other/kernel';
                },
                /manifest checksum|manifest lists tensors/,
            ],
            [
                'units 2^31',
                (d) => {
                    d.model.layers[0].config.units = 2 ** 31;
                },
                /cannot rebuild/,
            ],
            [
                "inputShape edited away from the layers' (it used to be ignored)",
                (d) => {
                    d.model.inputShape = [5];
                },
                /model.inputShape \[5\] disagrees with the first layer's input shape \[3\]/,
            ],
        ];
        for (const [what, edit, message] of edits) {
            const dir = join(tempDir(), what.replace(/\W+/g, '-'));
            cpSync(good, dir, { recursive: true });
            const doc = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
            edit(doc);
            writeFileSync(join(dir, 'model.json'), JSON.stringify(doc));
            await assert.rejects(c.loadModel(dir), (err) => err.message.startsWith('loadModel: ') && message.test(err.message), what);
        }
    });
    it('2,000 random mutations of model.json: each loads whole or fails with a loadModel error, never a raw TypeError', async () => {
        const good = await savedModel();
        const original = readFileSync(join(good, 'model.json'), 'utf8');
        const dir = join(tempDir(), 'fuzz');
        cpSync(good, dir, { recursive: true });
        const rng = new c.Rng(21);
        const values = [null, true, 0, -1, 0.5, 1e300, 'x', [], {}, [1, 2], { a: 1 }];
        let loaded = 0;
        for (let trial = 0; trial < 2000; trial++) {
            let text;
            if (trial % 2 === 0) {
                // Structured: one field of the document set to a value of another kind.
                const doc = JSON.parse(original);
                const paths = [];
                const walk = (o) => {
                    if (o && typeof o === 'object')
                        for (const [k, v] of Object.entries(o)) {
                            paths.push([o, k]);
                            walk(v);
                        }
                };
                walk(doc);
                const [obj, key] = paths[rng.int(paths.length)];
                obj[key] = values[rng.int(values.length)];
                text = JSON.stringify(doc);
            }
            else {
                const chars = original.split('');
                for (let f = 0; f < 1 + rng.int(3); f++)
                    chars[rng.int(chars.length)] = String.fromCharCode(32 + rng.int(90));
                text = chars.join('');
            }
            writeFileSync(join(dir, 'model.json'), text);
            try {
                await c.loadModel(dir);
                loaded++;
            }
            catch (err) {
                assert.ok(err instanceof Error && err.message.startsWith('loadModel: '), `trial ${trial}: ${err.name}: ${err.message}`);
            }
        }
        assert.ok(loaded < 2000);
    });
});
//# sourceMappingURL=load-model-fuzz.test.js.map