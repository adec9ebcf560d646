// The runnable examples in examples/ (ports of keras.io examples) run to the end and print what
// they promise: each metric beside its trivial baseline. Small subsets, so the suite stays quick.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (file, args) => {
    const r = spawnSync(process.execPath, [`examples/${file}`, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, `${file} exited ${r.status}:\n${r.stderr}`);
    return r.stdout;
};
describe('examples/', () => {
    it('text-rnn.mjs (keras.io "Text classification with an RNN"): trains on raw strings and reports accuracy beside its baseline', () => {
        const out = run('text-rnn.mjs', ['--samples', '120', '--epochs', '1']);
        assert.match(out, /accuracy\[binary\]\s+\d\.\d{4} \[.*\] \(binary_accuracy\)\s+trivial baseline \d\.\d{4} = majority class/);
        assert.match(out, /P\(spam \| ".*"\) = 0\.\d{3}/);
    });
    it('mnist-convnet.mjs (keras.io "Simple MNIST convnet"): the summary Keras prints, then test loss and accuracy', () => {
        const out = run('mnist-convnet.mjs', ['--train', '256', '--test', '64']);
        assert.match(out, /Total params: 34,826/);
        assert.match(out, /Test accuracy: \d\.\d{4}/);
    });
    it('multi-input-tickets.mjs (keras.io functional guide): three inputs, two outputs, each judged on its own', () => {
        const out = run('multi-input-tickets.mjs', []);
        assert.match(out, /priority_auc\s+\d\.\d{4}\s+trivial baseline 0\.5000/);
        assert.match(out, /department_accuracy\[categorical\]\s+\d\.\d{4}\s+trivial baseline/);
        assert.match(out, /Connected to/);
    });
});
//# sourceMappingURL=examples.test.js.map