import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../../test/fixtures/keras/${name}`, import.meta.url));
const doctor = (...args) => spawnSync(process.execPath, [cli, 'doctor', ...args], { encoding: 'utf8' });
const json = (...args) => {
    const r = doctor(...args, '--json');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return JSON.parse(r.stdout);
};
const codes = (r) => r.findings.map((f) => f.code).sort();
let dir = '';
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-doctor-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
function writeCsv(name, rows, header) {
    const path = join(dir, name);
    writeFileSync(path, [...(header ? [header.join(',')] : []), ...rows.map((r) => r.join(','))].join('\n'));
    return path;
}
describe('candor doctor on Keras documents', () => {
    it('seed 000 (Keras 2.2.4): BCE on a 20-class softmax with one-hot data', () => {
        const rows = Array.from({ length: 40 }, (_, i) => [i * 0.5, ...Array.from({ length: 20 }, (_, k) => (k === i % 20 ? 1 : 0))]);
        const data = writeCsv('topics.csv', rows);
        const r = json(fixture('seed000-keras2.json'), '--loss', 'binary_crossentropy', '--metrics', 'accuracy', '--data', data, '--labels', '20');
        assert.deepEqual(r.model.output, { units: 20, activation: 'softmax' });
        assert.deepEqual(codes(r), ['bce-on-multiclass', 'softmax-with-bce']);
        assert.deepEqual(r.kerasReads, [{ name: 'accuracy', as: 'binary_accuracy' }]);
        const text = doctor(fixture('seed000-keras2.json'), '--loss', 'binary_crossentropy', '--data', data, '--labels', '20');
        assert.equal(text.status, 0);
        assert.match(text.stdout, /warning bce-on-multiclass\n  Expected categorical_crossentropy for one-hot targets over 20 classes/);
        assert.equal(doctor(fixture('seed000-keras2.json'), '--loss', 'binary_crossentropy', '--strict').status, 1);
    });
    it('seed 002 (Keras 3): CCE on 416 sigmoid units with multi-hot data', () => {
        const y = Array.from({ length: 30 }, (_, r) => Array.from({ length: 416 }, (_, k) => (k === r || k === ((r * 7) % 416) + 1 || k === 400 ? 1 : 0)));
        const data = join(dir, 'tags.json');
        writeFileSync(data, JSON.stringify({ y }));
        assert.deepEqual(codes(json(fixture('seed002-keras3.json'), '--loss', 'categorical_crossentropy', '--metrics', 'accuracy', '--data', data)), ['cce-on-multihot', 'sigmoid-with-cce']);
        assert.deepEqual(codes(json(fixture('seed002-keras3.json'), '--loss', 'binary_crossentropy', '--metrics', 'accuracy', '--data', data)), []);
    });
    it("Keras 2's reading of 'accuracy' as binary_accuracy is flagged on multi-label data", () => {
        const y = Array.from({ length: 10 }, (_, r) => [r % 2, 1, 0]);
        const data = join(dir, 'ml.json');
        writeFileSync(data, JSON.stringify({ y }));
        const doc = join(dir, 'ml-keras2.json');
        writeFileSync(doc, JSON.stringify({
            class_name: 'Sequential',
            keras_version: '2.3.1',
            config: {
                name: 'm',
                layers: [{ class_name: 'Dense', config: { name: 'd', units: 3, activation: 'sigmoid', batch_input_shape: [null, 5] } }],
            },
        }));
        assert.deepEqual(codes(json(doc, '--loss', 'binary_crossentropy', '--metrics', 'accuracy', '--data', data)), [
            'per-label-accuracy-on-multilabel',
        ]);
    });
    it('seed 003 (Keras 2.0 list format, VarianceScaling initializers): a correct setup has no findings', () => {
        const data = writeCsv('pima.csv', Array.from({ length: 12 }, (_, i) => [1, 2, 3, 4, 5, 6, 7, 8, i % 3 === 0 ? 1 : 0]), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'outcome']);
        const r = json(fixture('seed003-keras2.0.json'), '--loss', 'binary_crossentropy', '--metrics', 'accuracy', '--data', data);
        assert.deepEqual(codes(r), []);
        assert.deepEqual(r.model.output, { units: 1, activation: 'sigmoid' });
    });
    it('reads compile settings from a Keras 3 .keras config.json (compile_config)', () => {
        const data = join(dir, 'onehot.json');
        writeFileSync(data, JSON.stringify({
            y: [
                [1, 0],
                [0, 1],
                [0, 1],
            ],
        }));
        const r = json(fixture('seed003-softmax-keras3-config.json'), '--data', data);
        assert.equal(r.loss, 'categorical_crossentropy');
        assert.deepEqual(codes(r), []);
    });
    it('an error finding exits 1', () => {
        const doc = join(dir, 'single-softmax.json');
        writeFileSync(doc, JSON.stringify({
            layers: [{ className: 'Dense', config: { units: 1, activation: 'softmax', inputShape: [4] } }],
            compile: { loss: 'binary_crossentropy' },
        }));
        const r = doctor(doc);
        assert.equal(r.status, 1);
        assert.match(r.stdout, /error softmax-single-unit/);
    });
    it('reads a model saved by Candor, compile settings included', async () => {
        const model = c.sequential([c.layers.dense({ units: 3, activation: 'sigmoid', inputShape: [2] })]);
        model.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        await model.save(join(dir, 'saved'));
        assert.deepEqual(codes(json(join(dir, 'saved', 'model.json'))), ['sigmoid-with-cce']);
    });
});
describe('candor doctor on bad input: exit 2 and a message naming the problem', () => {
    it('missing file, invalid JSON, unknown loss, bad data', () => {
        const missing = doctor(join(dir, 'nope.json'));
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /cannot read model file .*nope.json/);
        const bad = join(dir, 'bad.json');
        writeFileSync(bad, '{"class_name": "Seq');
        assert.match(doctor(bad).stderr, /is not valid JSON/);
        const loss = doctor(fixture('seed003-keras2.0.json'), '--loss', 'binary_crossentropi');
        assert.equal(loss.status, 2);
        assert.match(loss.stderr, /Did you mean 'binary_crossentropy'\?/);
        const csv = join(dir, 'broken.csv');
        writeFileSync(csv, '1,2,3\n4,x,6\n');
        const data = doctor(fixture('seed003-keras2.0.json'), '--loss', 'binary_crossentropy', '--data', csv);
        assert.equal(data.status, 2);
        assert.match(data.stderr, /broken.csv:2: expected a number in column 2. Received: "x"/);
        assert.equal(doctor(fixture('seed003-keras2.0.json'), '--labels', '0').status, 2);
        const functional = join(dir, 'functional.json');
        writeFileSync(functional, JSON.stringify({ class_name: 'Functional', config: {} }));
        assert.match(doctor(functional).stderr, /functional.json: the model has no layers/);
    });
});
//# sourceMappingURL=doctor.test.js.map