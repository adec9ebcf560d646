import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
// The reference backend is ~15x slower, so it runs a smaller subset that checks the plumbing, not the learning.
const native = process.env.CANDOR_BACKEND !== 'reference';
const sizes = native ? ['--quick'] : ['--train-size', '60', '--test-size', '60', '--batch-size', '20'];
describe('candor demo crossentropy', () => {
    it('--json holds what the table shows, and tells the seed 000 story', () => {
        const r = spawnSync(process.execPath, [cli, 'demo', 'crossentropy', ...sizes, '--json'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /training with binary_crossentropy/); // progress on stderr, JSON alone on stdout
        const { runs } = JSON.parse(r.stdout);
        const [bce, cce] = runs;
        assert.equal(bce.loss, 'binary_crossentropy');
        assert.equal(bce.kerasAccuracy.resolved, 'binary_accuracy');
        assert.equal(bce.accuracy.resolved, 'categorical_accuracy');
        assert.equal(cce.kerasAccuracy.resolved, 'categorical_accuracy');
        assert.ok(bce.kerasAccuracy.value > bce.accuracy.value, "BCE's Keras-style 'accuracy' is above its real accuracy");
        assert.equal(bce.baselines.binaryAccuracy.name, 'all zeros');
        assert.ok(Math.abs(bce.baselines.binaryAccuracy.value - 0.9) < 1e-6);
        assert.ok(bce.findings.includes('bce-on-multiclass') && bce.findings.includes('softmax-with-bce'));
        assert.ok(!cce.findings.includes('bce-on-multiclass'));
        if (native) {
            assert.ok(Math.abs(bce.accuracy.value - cce.accuracy.value) < 0.1, `real accuracies ${bce.accuracy.value} vs ${cce.accuracy.value}`);
            assert.ok(cce.accuracy.value > 0.5, `a CNN trained on 1,000 images should beat 50%: ${cce.accuracy.value}`);
        }
    });
    it("--with-mse adds seed 001's third setup: MSE on one-hot targets, its small loss beside its accuracy and baseline, and why losses do not compare", () => {
        const small = native
            ? ['--train-size', '300', '--test-size', '100']
            : ['--train-size', '40', '--test-size', '40', '--batch-size', '20'];
        const r = spawnSync(process.execPath, [cli, 'demo', 'crossentropy', ...small, '--with-mse'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /binary_crossentropy\s+categorical_crossentropy\s+mean_squared_error/);
        assert.match(r.stdout, /diagnostics .*regression-loss-on-classes/);
        assert.match(r.stdout, /MSE's test loss \d\.\d{4} looks far better .* losses of different functions cannot be compared\. Its accuracy, \d\.\d{4} against the baseline \d\.\d{4}/);
        const other = spawnSync(process.execPath, [cli, 'demo', 'pima', '--with-mse'], { encoding: 'utf8' });
        assert.equal(other.status, 2);
        assert.match(other.stderr, /--with-mse adds a column to the crossentropy demo only/);
    });
    it('an unknown demo or a bad flag value exits 2 with a message', () => {
        const unknown = spawnSync(process.execPath, [cli, 'demo', 'nope'], { encoding: 'utf8' });
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /unknown demo "nope". Expected one of: crossentropy/);
        const bad = spawnSync(process.execPath, [cli, 'demo', 'crossentropy', '--epochs', 'two'], { encoding: 'utf8' });
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /--epochs expects a positive integer. Received: "two"/);
    });
});
describe('candor demo multilabel', () => {
    it('--json shows per-label accuracy at its all-zeros baseline, the honest metrics, and the CCE findings', () => {
        const small = native ? ['--quick'] : ['--train-size', '40', '--test-size', '20', '--epochs', '1'];
        const r = spawnSync(process.execPath, [cli, 'demo', 'multilabel', ...small, '--json'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const { runs } = JSON.parse(r.stdout);
        const [bce, cce] = runs;
        const per = bce.metrics.find((m) => m.name === 'binary_accuracy');
        assert.equal(per.baseline.name, 'all zeros');
        assert.ok(per.baseline.value > 0.99, `all-zeros per-label accuracy with ~3 of 416 tags: ${per.baseline.value}`);
        assert.equal(bce.metrics.find((m) => m.name === 'accuracy').resolved, 'subset_accuracy');
        assert.deepEqual(bce.metrics.map((m) => m.name), ['binary_accuracy', 'accuracy', 'f1_micro', 'f1_macro', 'precision_at_3']);
        assert.ok(bce.findings.includes('per-label-accuracy-on-multilabel'));
        assert.ok(cce.findings.includes('cce-on-multihot') && cce.findings.includes('sigmoid-with-cce'));
    });
});
describe('candor demo text-cnn', () => {
    it('--json: BCE reports binary accuracy as "accuracy", Candor the categorical one, both with baselines', () => {
        const small = native ? ['--quick'] : ['--train-size', '40', '--test-size', '30', '--batch-size', '20'];
        const r = spawnSync(process.execPath, [cli, 'demo', 'text-cnn', ...small, '--json'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const { runs, classes } = JSON.parse(r.stdout);
        assert.equal(classes, 5);
        assert.equal(runs[0].kerasAccuracy.resolved, 'binary_accuracy');
        assert.equal(runs[0].accuracy.resolved, 'categorical_accuracy');
        assert.ok(Math.abs(runs[0].baselines.binaryAccuracy.value - 0.8) < 1e-6);
        assert.ok(runs[0].findings.includes('bce-on-multiclass'));
    });
});
//# sourceMappingURL=demo.test.js.map