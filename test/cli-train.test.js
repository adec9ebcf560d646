import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
let dir = '';
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-train-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
describe('candor summary / train / evaluate / predict', () => {
    it('every example config builds', () => {
        for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json'))) {
            const r = run('summary', `examples/${file}`);
            assert.equal(r.status, 0, `${file}: ${r.stderr}`);
            assert.match(r.stdout, /Total params: /);
        }
    });
    it('summary prints the Keras parameter counts of an example config', () => {
        const r = run('summary', 'examples/mnist-cnn-cce.json');
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /Total params: 1,199,882/);
    });
    it('train --quick --json reports held-out metrics with baselines, and --save writes a loadable model', () => {
        const model = join(dir, 'pima');
        const r = run('train', 'examples/pima-sigmoid-bce.json', '--quick', '--json', '--save', model);
        assert.equal(r.status, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.equal(out.epochs, 2);
        assert.equal(out.history.loss.length, 2);
        assert.deepEqual(out.report.metrics.map((m) => m.resolved), ['binary_accuracy', 'f1_binary', 'auc']);
        assert.match(out.report.metrics[0].baseline.name, /^majority class/);
        const html = join(dir, 'train.html');
        assert.equal(run('train', 'examples/pima-sigmoid-bce.json', '--quick', '--report', html).status, 0);
        const page = readFileSync(html, 'utf8');
        for (const part of ['<h2>Held-out evaluation</h2>', '95% CI', 'wilson', 'bootstrap', 'weighted avg', 'Confusion matrix'])
            assert.ok(page.includes(part), `the train report shows ${part}`);
        const csv = join(dir, 'rows.csv');
        writeFileSync(csv, readFileSync(join(root, 'data/pima-indians-diabetes.csv'), 'utf8').split('\n').slice(0, 31).join('\n'));
        const ev = run('evaluate', model, '--data', csv, '--json');
        assert.equal(ev.status, 0, ev.stderr);
        const evaluated = JSON.parse(ev.stdout);
        assert.equal(evaluated.samples, 30);
        assert.deepEqual(evaluated.classification.classes.map((k) => k.label), ['0', '1']);
        assert.equal(evaluated.classification.confusion.flat().reduce((a, b) => a + b, 0), 30, 'the confusion matrix counts every row');
        assert.match(run('evaluate', model, '--data', csv).stdout, /per class:\n +precision +recall +f1-score +support/);
        const pr = run('predict', model, '--data', csv, '--labels', '1', '--json');
        assert.equal(pr.status, 0, pr.stderr);
        const rows = JSON.parse(pr.stdout);
        assert.equal(rows.length, 30);
        assert.ok(rows.every((p) => p.length === 1 && p[0] >= 0 && p[0] <= 1));
        const wide = run('predict', model, '--data', csv);
        assert.equal(wide.status, 2);
        assert.match(wide.stderr, /expects samples of shape \[8\]. Received: 9 feature columns/);
    });
    it('bad configs exit 2 with a message that says what is wrong', () => {
        const cfg = join(dir, 'bad.json');
        writeFileSync(cfg, JSON.stringify({
            data: { dataset: 'cifar' },
            layers: [{ className: 'Dense', config: { units: 1, inputShape: [2] } }],
            compile: { loss: 'mse' },
        }));
        const unknown = run('train', cfg);
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /unknown dataset "cifar"/);
        writeFileSync(cfg, JSON.stringify({ data: { dataset: 'pima' }, compile: { loss: 'mse' } }));
        assert.match(run('train', cfg).stderr, /missing "layers"/);
        writeFileSync(cfg, JSON.stringify({
            data: { dataset: 'pima' },
            layers: [{ className: 'Dense', config: { units: 1, inputShape: [8] } }],
            compile: { loss: 'mse', metrics: ['acuracy'] },
        }));
        assert.match(run('train', cfg).stderr, /unknown metric "acuracy"/);
        assert.equal(run('train', join(dir, 'missing.json')).status, 2);
    });
});
describe('candor experiment', () => {
    const config = (lr) => JSON.stringify({
        data: { dataset: 'pima', scale: true },
        layers: [
            { className: 'Dense', config: { units: 8, activation: 'relu', inputShape: [8] } },
            { className: 'Dense', config: { units: 1, activation: 'sigmoid' } },
        ],
        compile: { loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: lr }, metrics: ['accuracy'] },
        fit: { epochs: 30, batchSize: 32 },
    });
    it('two identical configurations: no evidence of a difference; a learning rate of 0 is detected as worse', () => {
        writeFileSync(join(dir, 'a.json'), config(0.01));
        writeFileSync(join(dir, 'b.json'), config(0.01));
        writeFileSync(join(dir, 'frozen.json'), config(0));
        const same = run('experiment', join(dir, 'a.json'), join(dir, 'b.json'), '--runs', '3', '--json', '--report', join(dir, 'same.html'));
        assert.equal(same.status, 0, same.stderr);
        const s = JSON.parse(same.stdout);
        const values = (k) => s.configs[k].runs.map((r) => r.test.accuracy);
        assert.deepEqual(values(0), values(1), 'same config, same seeds: the same numbers run by run');
        assert.match(readFileSync(join(dir, 'same.html'), 'utf8'), /^<!DOCTYPE html>/);
        assert.match(s.comparisons[0].verdict, /^No evidence that a and b differ/);
        const crippled = run('experiment', join(dir, 'a.json'), join(dir, 'frozen.json'), '--runs', '5', '--json');
        assert.equal(crippled.status, 0, crippled.stderr);
        const k = JSON.parse(crippled.stdout);
        assert.match(k.comparisons[0].verdict, /a and frozen differ at α = 0.05 .*: a is higher/);
    });
    it('k-fold on worker threads: a text table with the verdict and an ASCII chart of the mean curves', () => {
        const r = run('experiment', join(dir, 'a.json'), join(dir, 'b.json'), '--runs', '2', '--kfold', '3', '--epochs', '4', '--workers', '2');
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /2 paired runs per configuration \(seeds 1, 2\), 3-fold stratified cross-validation per run/);
        assert.match(r.stdout, /2 worker threads/);
        assert.match(r.stdout, /mean held-out accuracy per epoch/);
        assert.match(r.stderr, /experiment: 12\/12 fits done \(4\/4 runs\)/);
    });
    it('--fixed-split: one split for every run, the plain paired t-test, and the verdict says what it covers; the naive tests are labelled', () => {
        const r = run('experiment', join(dir, 'a.json'), join(dir, 'frozen.json'), '--runs', '3', '--epochs', '3', '--fixed-split', '--workers', '0');
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /one seeded hold-out split shared by every run \(seed 1\)/);
        assert.match(r.stdout, /between runs varied: initial weights, shuffling\n/);
        assert.match(r.stdout, /  paired t-test: t = -?[\d.]+, df = 2, p = /);
        assert.match(r.stdout, /naive tests \(runs as independent samples; not used for the verdict\): paired t p = /);
        assert.match(r.stdout, /on one fixed split only, not new data/);
        const both = run('experiment', join(dir, 'a.json'), join(dir, 'b.json'), '--kfold', '3', '--fixed-split');
        assert.equal(both.status, 2);
        assert.match(both.stderr, /--kfold and --fixed-split exclude each other/);
    });
    it('an error from inside the library is one paragraph naming the config file, exit 2; --debug or CANDOR_DEBUG=1 adds the stack', () => {
        const cfg = join(dir, 'no-class.json');
        writeFileSync(cfg, JSON.stringify({ data: { dataset: 'pima' }, layers: [{ config: { units: 2 } }], compile: { loss: 'mse' } }));
        const plain = run('summary', cfg);
        assert.equal(plain.status, 2);
        assert.match(plain.stderr, /^\/.*no-class.json: layers: model config: layers\[0\] must be \{ className, config \}/);
        assert.doesNotMatch(plain.stderr, /\n +at /, 'no stack trace');
        const debug = run('summary', cfg, '--debug');
        assert.equal(debug.status, 2);
        assert.match(debug.stderr, /\n +at /);
    });
    it('train --save is checked before training: an existing file there is refused at once', () => {
        const file = join(dir, 'not-a-folder');
        writeFileSync(file, 'x');
        const started = Date.now();
        const r = run('train', 'examples/pima-sigmoid-bce.json', '--save', file);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /train: --save: .*not-a-folder exists and is not a directory/);
        assert.doesNotMatch(r.stdout, /Epoch 1\//, 'no training before the refusal');
        assert.ok(Date.now() - started < 20_000);
    });
    it('needs two configs and a metric the configs compute', () => {
        assert.equal(run('experiment', 'examples/pima-sigmoid-bce.json').status, 2);
        const r = run('experiment', 'examples/pima-sigmoid-bce.json', 'examples/pima-softmax-cce.json', '--runs', '1', '--metric', 'r2', '--quick');
        assert.equal(r.status, 2);
        assert.match(r.stderr, /does not compute metric "r2"/);
        const nowhere = run('experiment', 'examples/pima-sigmoid-bce.json', 'examples/pima-softmax-cce.json', '--report', '/nonexistent/dir/r.html');
        assert.equal(nowhere.status, 2);
        assert.match(nowhere.stderr, /--report: the folder \/nonexistent\/dir does not exist/);
        const train = run('train', 'examples/pima-sigmoid-bce.json', '--report', '/nonexistent/dir/r.html');
        assert.equal(train.status, 2);
        assert.match(train.stderr, /train: --report: the folder \/nonexistent\/dir does not exist/);
        const bad = run('experiment', 'examples/pima-sigmoid-bce.json', 'examples/pima-softmax-cce.json', '--kfold', '1');
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /--kfold expects an integer >= 2. Received: "1"/);
    });
});
describe('candor experiment, interrupted', () => {
    it('Ctrl-C (SIGINT) stops the runs and still prints what finished', async () => {
        const { spawn } = await import('node:child_process');
        const child = spawn(process.execPath, [
            cli,
            'experiment',
            'examples/pima-sigmoid-bce.json',
            'examples/pima-softmax-cce.json',
            '--runs',
            '40',
            '--epochs',
            '60',
            '--workers',
            '1',
        ], { cwd: root });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
            stdout += d;
        });
        child.stderr.on('data', (d) => {
            stderr += d;
            if (/fits done/.test(stderr) && !child.killed)
                child.kill('SIGINT');
        });
        const code = await new Promise((resolve) => child.on('close', resolve));
        assert.equal(code, 130, `interrupted runs exit 130, the shell's code for SIGINT: ${stderr}`);
        assert.match(stderr, /Stopping: finished runs are kept/);
        assert.match(stdout, /Interrupted: the statistics cover the runs that finished before the stop/);
    });
});
//# sourceMappingURL=cli-train.test.js.map