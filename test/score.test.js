import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';
import { readArrayFile } from '../src/io/readers/arrays.js';
import { score } from '../src/evaluation/score.js';
import { quietTempDir } from './helpers.js';
/** `candor score` and its readers, against files NumPy wrote (scripts/make_array_fixtures.py) and scikit-learn's values. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/arrays');
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8'));
const cli = join(root, 'dist/cli/main.js');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
const tempDir = quietTempDir('candor-score-');
const metric = (r, name) => r.metrics.find((m) => m.name === name).value;
describe('array readers', () => {
    it('every NumPy dtype in C and Fortran order reads to the values NumPy saved (C order)', () => {
        for (const [name, want] of Object.entries(expected.arrays)) {
            const a = readArrayFile(join(fixtures, name), 'test');
            assert.deepEqual(a.shape, want.shape, name);
            assert.deepEqual(a.values, want.values, name);
        }
    });
    it('.npz archives by name; JSON, JSONL and CSV', () => {
        const tags = readArrayFile(`${join(fixtures, 'tags.npz')}:y_test`, 'test');
        assert.deepEqual(tags.shape, [300, 40]);
        assert.throws(() => readArrayFile(join(fixtures, 'tags.npz'), '--targets'), /holds several arrays \(y_test, probs\); name one as .*tags.npz:<name>/);
        assert.throws(() => readArrayFile(`${join(fixtures, 'tags.npz')}:nope`, '--targets'), /has no array "nope". It holds: y_test, probs/);
        writeFileSync(join(tempDir(), 'a.json'), JSON.stringify({
            y: [
                [0, 1],
                [1, 0],
            ],
        }));
        writeFileSync(join(tempDir(), 'a.jsonl'), '[0.1, 0.9]\n[0.8, 0.2]\n');
        writeFileSync(join(tempDir(), 'a.csv'), 'y\n1\n0\n2\n');
        assert.deepEqual(readArrayFile(join(tempDir(), 'a.json'), 't').shape, [2, 2]);
        assert.deepEqual(readArrayFile(join(tempDir(), 'a.jsonl'), 't').values, [0.1, 0.9, 0.8, 0.2]);
        assert.deepEqual(readArrayFile(join(tempDir(), 'a.csv'), 't').values, [1, 0, 2]);
        writeFileSync(join(tempDir(), 'ragged.json'), '[[1, 2], [3]]');
        assert.throws(() => readArrayFile(join(tempDir(), 'ragged.json'), 't'), /rows of different lengths \(2 and 1\)/);
    });
    it('fuzzed .npy and .npz files (truncations, byte flips, inserted bytes, huge shapes) fail with a message, never a crash or a hang', () => {
        const rng = new c.Rng(99);
        const sources = ['float32_F.npy', 'int64_C.npy', 'strings.npy', 'tags.npz'].map((n) => [n, readFileSync(join(fixtures, n))]);
        let refused = 0;
        for (let trial = 0; trial < 1500; trial++) {
            const [name, original] = sources[trial % sources.length];
            let bytes = Buffer.from(original);
            const kind = trial % 4;
            if (kind === 0)
                bytes = bytes.subarray(0, rng.int(bytes.length));
            else if (kind === 1)
                for (let f = 0; f < 1 + rng.int(4); f++)
                    bytes[rng.int(bytes.length)] = rng.int(256);
            else if (kind === 2)
                bytes = Buffer.concat([bytes.subarray(0, rng.int(bytes.length)), Buffer.from([rng.int(256), rng.int(256)]), bytes]);
            else
                bytes = Buffer.from(bytes.toString('latin1').replace(/\((\d+),/, '(999999999999,'), 'latin1');
            const path = join(tempDir(), `fuzz${name.slice(name.lastIndexOf('.'))}`);
            writeFileSync(path, bytes);
            try {
                const a = readArrayFile(path, '--targets');
                assert.equal(a.values.length, a.shape.reduce((p, d) => p * d, 1), 'what reads whole is consistent with its shape');
            }
            catch (err) {
                assert.ok(err instanceof Error && /fuzz\.np[yz]/.test(err.message), `the message names the file: ${err.message}`);
                refused++;
            }
        }
        assert.ok(refused > 600, `${refused} of 1500 mutations refused`);
    });
});
describe('score: predictions from anywhere', () => {
    it("seed 002's case from .npz: per-label accuracy beside its all-zeros baseline, subset accuracy, F1 (= scikit-learn)", () => {
        const tags = join(fixtures, 'tags.npz');
        const r = score(readArrayFile(`${tags}:y_test`, 't'), readArrayFile(`${tags}:probs`, 'p'));
        assert.equal(r.task.kind, 'multilabel');
        for (const [name, want] of Object.entries(expected.score.tags))
            assert.ok(Math.abs(metric(r, name) - want) < 1e-6, `${name}: ${metric(r, name)} vs ${want}`);
        const perLabel = r.metrics.find((m) => m.name === 'binary_accuracy');
        assert.equal(perLabel.baseline.name, 'all zeros');
        assert.ok(r.findings.some((f) => f.code === 'per-label-accuracy-on-multilabel'));
        assert.ok(r.metrics.every((m) => m.ci95 !== null), 'every metric has an interval');
    });
    it('labels coded -1/1 are mapped (and said), logits are recognised (and said); values equal scikit-learn with pos_label', () => {
        const r = score(readArrayFile(join(fixtures, 'svm_y.npy'), 't'), readArrayFile(join(fixtures, 'svm_logits.npy'), 'p'));
        assert.match(r.mapping, /labels -1 → 0, 1 → 1 \(positive class: 1, scikit-learn's default\)/);
        assert.equal(r.predictions.kind, 'logits');
        assert.ok(r.findings.some((f) => f.code === 'predictions-look-like-logits'));
        for (const name of ['accuracy', 'precision', 'recall', 'auc'])
            assert.ok(Math.abs(metric(r, name) - expected.score.svm[name]) < 1e-6, name);
        const minus = score(readArrayFile(join(fixtures, 'svm_y.npy'), 't'), readArrayFile(join(fixtures, 'svm_pred.npy'), 'p'), {
            posLabel: -1,
            metrics: ['precision'],
        });
        assert.equal(minus.predictions.kind, 'labels');
        assert.ok(Math.abs(metric(minus, 'precision') - expected.score.svm.precision_pos_minus1) < 1e-9);
        assert.throws(() => score(readArrayFile(join(fixtures, 'svm_y.npy'), 't'), readArrayFile(join(fixtures, 'svm_pred.npy'), 'p'), { posLabel: 2 }), /"posLabel" 2 is not one of the labels \[-1,1\]/);
        // Scores are P(the larger label): with posLabel -1 the AUC of class -1 is that of 1 − score, the same ranking reversed.
        const flipped = score(readArrayFile(join(fixtures, 'svm_y.npy'), 't'), readArrayFile(join(fixtures, 'svm_logits.npy'), 'p'), {
            posLabel: -1,
            metrics: ['auc', 'accuracy'],
        });
        assert.match(flipped.predictions.note, /read as P\(1\), so P\(-1\) = 1 − score/);
        assert.ok(Math.abs(metric(flipped, 'auc') - expected.score.svm.auc) < 1e-6, 'AUC of -1 scored by 1 − p equals AUC of 1 scored by p');
        assert.ok(Math.abs(metric(flipped, 'accuracy') - expected.score.svm.accuracy) < 1e-9, 'the same decisions');
    });
    it('string labels, a forced reading, and mismatches refused with both sizes', () => {
        const y = { values: ['cat', 'dog', 'dog', 'bird'], shape: [4], source: 'y' };
        const p = { values: ['cat', 'dog', 'bird', 'bird'], shape: [4], source: 'p' };
        const r = score(y, p);
        assert.match(r.mapping, /"bird" → 0, "cat" → 1, "dog" → 2/);
        assert.equal(metric(r, 'accuracy'), 0.75);
        assert.deepEqual(r.classification.classes.map((k) => k.label), ['bird', 'cat', 'dog']);
        assert.throws(() => score(y, { ...p, values: [0.2, 0.4, 2, 3], shape: [4] }, { predictions: 'probabilities' }), /must lie in \[0, 1\]. Received: values in \[0.2, 3\]/);
        assert.throws(() => score(y, { ...p, shape: [4], values: ['cat', 'cow', 'dog', 'dog'] }), /prediction "cow" \(row 1\) is not one of the target labels/);
        assert.throws(() => score(y, { values: [1, 2], shape: [2], source: 'short.npy' }), /y has 4 samples but short.npy has 2/);
        assert.equal(c.score(['cat', 'dog', 'dog', 'bird'], ['cat', 'dog', 'bird', 'bird']).metrics[0].value, 0.75, 'candor.score takes plain arrays');
        assert.equal(c.score(c.tensor([[1], [0]]), c.tensor([[0.9], [0.2]])).task.kind, 'binary');
    });
    it('a threshold reaches every metric whose record takes one (accuracy, MCC too), never the ranking metrics', () => {
        const y = c.tensor([[1], [1], [0], [0], [1]]);
        const p = c.tensor([[0.9], [0.6], [0.55], [0.2], [0.8]]);
        const r = c.score(y, p, { threshold: 0.7 });
        const byName = Object.fromEntries(r.metrics.map((m) => [m.name, m]));
        // At 0.7: decisions 1, 0, 0, 0, 1 -> 4 of 5 right (at 0.5 it would be 4 of 5 too, but with another error).
        assert.equal(byName.accuracy.display, 'accuracy[binary, t=0.7]');
        assert.equal(byName.accuracy.value, 0.8);
        assert.equal(byName.matthews_corrcoef.display, 'matthews_corrcoef[t=0.7]');
        assert.equal(byName.auc.display, 'auc', 'a ranking metric takes no threshold');
    });
    it('candor score: text, --json, --report, exit codes 0 and 2', () => {
        const tags = join(fixtures, 'tags.npz');
        const text = run('score', '--targets', `${tags}:y_test`, '--predictions', `${tags}:probs`);
        assert.equal(text.status, 0, text.stderr);
        assert.match(text.stdout, /task: multilabel/);
        assert.match(text.stdout, /binary_accuracy +\d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\] +trivial baseline \d\.\d{4} = all zeros/);
        assert.match(text.stdout, /per class:\n +precision +recall +f1-score +support/);
        const json = run('score', '--targets', join(fixtures, 'svm_y.npy'), '--predictions', join(fixtures, 'svm_logits.npy'), '--json', '--report', join(tempDir(), 's.html'));
        assert.equal(json.status, 0, json.stderr);
        const out = JSON.parse(json.stdout);
        assert.equal(out.predictions.kind, 'logits');
        assert.ok(readFileSync(join(tempDir(), 's.html'), 'utf8').includes('Confusion matrix'));
        const missing = run('score', '--targets', join(tempDir(), 'nope.npy'), '--predictions', join(fixtures, 'svm_logits.npy'));
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /score: --targets: cannot read .*nope.npy/);
        assert.equal(run('score', '--targets', 'a.npy').status, 2, 'a required flag missing');
    });
});
//# sourceMappingURL=score.test.js.map