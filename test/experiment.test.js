import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import * as c from '../src/index.js';
import { experiment } from '../src/experiment/experiment.js';
import { runPool } from '../src/experiment/pool.js';
import { experimentReport } from '../src/report/html.js';
import { formatExperiment } from '../src/experiment/format.js';
const small = (lr, extra = {}) => ({
    layers: [
        { className: 'Dense', config: { units: 6, activation: 'relu', inputShape: [8] } },
        { className: 'Dense', config: { units: 1, activation: 'sigmoid' } },
    ],
    compile: { loss: 'binary_crossentropy', optimizer: { name: 'adam', learningRate: lr }, metrics: ['accuracy', 'auc'] },
    fit: { epochs: 8, batchSize: 32 },
    ...extra,
});
const pima = { dataset: 'pima', scale: true };
const finals = (r) => r.configs.map((k) => k.runs.map((run) => run.test.accuracy));
describe('experiment engine', () => {
    it('worker threads give exactly the single-thread numbers, curves included', async () => {
        const o = { configs: { a: small(0.01), b: small(0.03) }, data: pima, runs: 3, seed: 5 };
        const threaded = await experiment({ ...o, workers: 2 });
        const inline = await experiment({ ...o, workers: 0 });
        assert.equal(threaded.settings.workers, 2);
        assert.deepEqual(finals(threaded), finals(inline));
        assert.deepEqual(threaded.configs.map((k) => k.runs.map((r) => r.curves)), inline.configs.map((k) => k.runs.map((r) => r.curves)));
        assert.ok(threaded.configs[0].runs[0].curves.val_accuracy.length === 8, 'one held-out value per epoch');
    });
    it('runs whose loss went non-finite are left out and counted by default; keepDiverged includes them and the verdict says so', async () => {
        const blowUp = {
            ...small(0.01),
            compile: { loss: 'binary_crossentropy', optimizer: { name: 'sgd', learningRate: 1e12 }, metrics: ['accuracy'] },
            fit: { epochs: 2, batchSize: 32 },
        };
        const calm = {
            ...small(0.01),
            compile: { ...small(0.01).compile, metrics: ['accuracy'] },
            fit: { epochs: 2, batchSize: 32 },
        };
        const o = { configs: { calm, blowUp }, data: pima, runs: 3, workers: 0 };
        const r = await experiment(o);
        const b = r.configs[1];
        assert.equal(b.runs.length, 0, 'diverged runs are not in the statistics');
        assert.equal(b.diverged.length, 3);
        assert.ok(b.diverged.every((d) => !d.kept && /the training loss became (NaN|-?Infinity) at epoch 1/.test(d.reason)), JSON.stringify(b.diverged));
        assert.equal(r.comparisons.length, 0);
        const text = formatExperiment(r);
        assert.match(text, /blowUp\s+0\s+no finished run; 3 diverged run\(s\) left out/);
        assert.match(text, /3 run\(s\) diverged \(loss non-finite\) and are left out of the statistics \(--keep-diverged keeps them\):\n  blowUp run 1 \(seed 1\): the training loss became/);
        const kept = await experiment({ ...o, keepDiverged: true });
        assert.equal(kept.settings.keepDiverged, true);
        assert.equal(kept.configs[1].runs.length, 3);
        assert.ok(kept.configs[1].diverged.every((d) => d.kept));
        assert.match(kept.comparisons[0].verdict, /It includes 3 diverged run\(s\) whose loss went non-finite \(kept by keepDiverged \/ --keep-diverged\)\./);
        assert.match(formatExperiment(kept), /are KEPT in the statistics \(--keep-diverged\)/);
        assert.match(experimentReport(kept), /Diverged runs \(kept in the statistics by keepDiverged\)/);
        await assert.rejects(experiment({ ...o, keepDiverged: 'yes' }), /experiment: "keepDiverged" must be a boolean. Received: "yes"/);
    });
    it('re-running one run by its seed reproduces its numbers', async () => {
        const all = await experiment({ configs: { a: small(0.01) }, data: pima, seeds: [11, 12, 13], workers: 0 });
        const alone = await experiment({ configs: { a: small(0.01) }, data: pima, seeds: [12], workers: 0 });
        assert.deepEqual(alone.configs[0].runs[0].test, all.configs[0].runs[1].test);
        assert.deepEqual(alone.configs[0].runs[0].curves, all.configs[0].runs[1].curves);
        assert.match(formatExperiment(alone), /\(one run: no CI\)/);
        assert.doesNotMatch(formatExperiment(alone), /Infinity/, 'a single run prints no infinite interval');
    });
    it('identical configurations: no evidence of a difference; a learning rate of 0 is detected as worse', async () => {
        const same = await experiment({ configs: { a: small(0.01), b: small(0.01) }, data: pima, runs: 4, workers: 0 });
        assert.deepEqual(finals(same)[0], finals(same)[1], 'paired: same seeds and splits, the same numbers');
        assert.match(same.comparisons[0].verdict, /^No evidence that a and b differ/);
        const crippled = await experiment({
            configs: { good: small(0.02, { fit: { epochs: 20 } }), frozen: small(0) },
            data: pima,
            runs: 8,
            workers: 0,
        });
        assert.match(crippled.comparisons[0].verdict, /good and frozen differ at α = 0.05 .*: good is higher/);
    });
    it('k-fold: every fold of every run is trained and a run is the mean over its folds', async () => {
        let total = 0;
        const runsSeen = [];
        const r = await experiment({
            configs: { a: small(0.01) },
            data: pima,
            runs: 2,
            split: { kfold: 4 },
            workers: 0,
            onProgress: (p) => {
                total = p.total;
                runsSeen.push(p.runsDone);
            },
        });
        assert.equal(total, 2 * 4);
        assert.deepEqual(runsSeen, [0, 0, 0, 1, 1, 1, 1, 2], 'a run counts as done when its last fold is');
        assert.match(r.configs[0].data, /4-fold stratified cross-validation/);
        const { runJob } = await import('../src/experiment/job.js');
        const spec = { ...small(0.01), data: pima };
        const folds = await Promise.all([0, 1, 2, 3].map((fold) => runJob({
            id: fold,
            config: 'a',
            run: 0,
            seed: 1,
            splitSeed: 1,
            plan: { kind: 'kfold', k: 4, fold, stratified: true },
            spec,
            dir: '.',
            epochs: 8,
            batchSize: 32,
            quick: false,
        }, null)));
        const mean = folds.reduce((s, f) => s + f.test.find((m) => m.name === 'accuracy').value, 0) / 4;
        assert.ok(Math.abs(r.configs[0].runs[0].test.accuracy - mean) < 1e-12);
    });
    it("in-memory data with a per-configuration one-hot override (seed 003's two models)", async () => {
        const { x, y } = c.datasets.pima.load();
        const softmax = {
            ...small(0.01),
            layers: [small(0.01).layers[0], { className: 'Dense', config: { units: 2, activation: 'softmax' } }],
            compile: { loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] },
            data: { oneHot: true },
        };
        const r = await experiment({ configs: { sigmoid: small(0.01), softmax }, data: { x, y, scale: true }, runs: 2, workers: 2 });
        assert.deepEqual(r.configs.map((k) => k.metrics[0].resolved), ['binary_accuracy', 'categorical_accuracy']);
        assert.equal(r.comparisons.length, 1);
    });
    it('a failing configuration is reported with its error while the others finish', async () => {
        const broken = small(0.01, { data: { csv: '/nonexistent/file.csv' } });
        const r = await experiment({ configs: { ok: small(0.01), broken }, data: pima, runs: 2, workers: 2 });
        assert.equal(r.configs[0].runs.length, 2);
        assert.equal(r.configs[1].runs.length, 0);
        assert.equal(r.configs[1].failures.length, 2);
        assert.match(r.configs[1].failures[0].error, /nonexistent/);
        assert.match(r.skipped[0], /ok vs broken: needs at least 2 finished runs/);
        assert.match(formatExperiment(r), /2 fit\(s\) failed; their runs are left out/);
    });
    it('a run whose loss turns NaN is reported as stopped early', async () => {
        const wild = small(0, {
            compile: { loss: 'binary_crossentropy', optimizer: { name: 'sgd', learningRate: 1e38 }, metrics: ['accuracy'] },
        });
        const r = await experiment({ configs: { wild }, data: pima, runs: 2, workers: 0 });
        const stopped = r.configs[0].findings.find((f) => f.code === 'training-stopped');
        assert.ok(stopped && /the loss became NaN/.test(stopped.message), JSON.stringify(r.configs[0].findings));
        assert.match(formatExperiment(r), /wild: warning training-stopped in \d of 2 fits/);
    });
    it('aborting keeps the runs that finished', async () => {
        const controller = new AbortController();
        const r = await experiment({
            configs: { a: small(0.01) },
            data: pima,
            runs: 6,
            workers: 1,
            signal: controller.signal,
            onProgress: (p) => {
                if (p.done === 2)
                    controller.abort();
            },
        });
        assert.ok(r.interrupted);
        assert.equal(r.configs[0].runs.length, 2);
    });
    it("split: 'fixed' gives every run the same split; the paired t-test decides and the verdict names training randomness only", async () => {
        // Constant initial weights and a learning rate of 0: a run's score depends on its test split alone.
        const frozen = (init) => ({
            layers: [{ className: 'Dense', config: { units: 1, activation: 'sigmoid', inputShape: [8], kernelInitializer: init } }],
            compile: { loss: 'binary_crossentropy', optimizer: { name: 'sgd', learningRate: 0 }, metrics: ['accuracy'] },
            fit: { epochs: 1 },
        });
        const fixed = await experiment({ configs: { a: frozen('ones') }, data: pima, runs: 4, split: 'fixed', workers: 0 });
        const resplit = await experiment({ configs: { a: frozen('ones') }, data: pima, runs: 4, workers: 0 });
        const scores = (r) => r.configs[0].runs.map((run) => run.test.accuracy);
        assert.equal(new Set(scores(fixed)).size, 1, `one split: ${scores(fixed)}`);
        assert.ok(new Set(scores(resplit)).size > 1, `new splits: ${scores(resplit)}`);
        assert.deepEqual(fixed.design, { resampling: 'fixed', varied: ['initial weights', 'shuffling'] });
        assert.deepEqual(resplit.design.varied, ['split', 'initial weights', 'shuffling']);
        const trained = await experiment({ configs: { a: small(0.01), b: small(0.03) }, data: pima, runs: 4, split: 'fixed', workers: 0 });
        const cmp = trained.comparisons[0];
        assert.equal(cmp.test.name, 'paired-t');
        assert.equal(cmp.test.p, cmp.naive.pairedT.p);
        assert.match(cmp.verdict, /This covers training randomness \(initial weights, shuffling\) on one fixed split only, not new data/);
        assert.match(formatExperiment(trained), /one seeded hold-out split shared by every run \(seed 1\)/);
    });
    it('fold-level results in the JSON re-compute the reported corrected statistic exactly (hold-out and k-fold)', async () => {
        for (const split of ['holdout', { kfold: 3 }]) {
            const r = JSON.parse(JSON.stringify(await experiment({ configs: { a: small(0.01), b: small(0.03) }, data: pima, runs: 3, split, workers: 0 })));
            const [a, b] = r.configs;
            const diffs = a.runs.map((run, i) => run.folds.map((f, j) => f.test.accuracy - b.runs[i].folds[j].test.accuracy));
            const sizes = [...a.runs, ...b.runs].flatMap((run) => run.folds);
            const ratio = sizes.reduce((s, f) => s + f.nTest / f.nTrain, 0) / sizes.length;
            const cmp = r.comparisons[0];
            const expected = split === 'holdout'
                ? c.correctedResampledTTest(diffs.map((d) => d[0]), { testTrainRatio: ratio })
                : c.correctedRepeatedCvTTest(diffs, { testTrainRatio: ratio });
            assert.equal(cmp.test.name, split === 'holdout' ? 'corrected-resampled-t' : 'corrected-repeated-cv-t');
            assert.equal(cmp.test.statistic, expected.statistic);
            assert.equal(cmp.test.p, expected.p);
            assert.equal(cmp.test.df, split === 'holdout' ? 2 : 8);
            assert.ok(a.runs[0].folds.every((f) => f.nTrain + f.nTest === 768));
            assert.ok(cmp.naive.welch.p >= 0 && cmp.naive.mannWhitney.p >= 0, 'the naive tests stay in the JSON, labelled');
        }
    });
    it('rejects bad options with the argument named', async () => {
        await assert.rejects(experiment({ configs: { a: small(0.01) }, data: pima, runs: 0 }), /"runs" must be an integer >= 1. Received: 0/);
        await assert.rejects(experiment({ configs: { a: small(0.01) }, data: pima, split: { kfold: 1 } }), /"split" must be 'holdout', 'fixed' or \{ kfold: k >= 2/);
        await assert.rejects(experiment({ configs: { a: small(0.01) }, data: pima, metric: 'r2' }), /does not compute metric "r2"/);
        await assert.rejects(experiment({ configs: { a: small(0.01) } }), /has no data/);
        const { x, y } = c.datasets.pima.load();
        await assert.rejects(experiment({ configs: { a: small(0.01, { data: { x, y } }) } }), /configuration "a" brings its own x\/y/);
    });
});
describe('worker pool', () => {
    it('a job that throws or kills its worker fails alone; the others finish', async () => {
        const jobs = [
            { id: 0, kind: 'ok', value: 1 },
            { id: 1, kind: 'exit', value: 0 },
            { id: 2, kind: 'throw', value: 0 },
            { id: 3, kind: 'ok', value: 4 },
            { id: 4, kind: 'ok', value: 5 },
        ];
        const out = await runPool(jobs, {
            workers: 2,
            workerUrl: new URL('./helpers/crashing-worker.js', import.meta.url),
        });
        const byId = new Map(out.map((o) => [o.id, o]));
        assert.equal(out.length, 5);
        assert.deepEqual([0, 3, 4].map((i) => {
            const o = byId.get(i);
            return o.ok ? o.value : NaN;
        }), [2, 8, 10]);
        const exited = byId.get(1);
        assert.ok(!exited.ok && /worker running it stopped: exit code 3/.test(exited.error));
        const thrown = byId.get(2);
        assert.ok(!thrown.ok && thrown.error === 'thrown on purpose');
    });
});
const elements = (n) => {
    const children = 'childNodes' in n ? n.childNodes : [];
    const self = 'tagName' in n ? [n] : [];
    return [...self, ...children.flatMap(elements), ...('content' in n && n.content ? elements(n.content) : [])];
};
const attr = (e, name) => e.attrs.find((a) => a.name === name)?.value;
describe('HTML report', () => {
    it('parses cleanly, has one curve chart per metric with one line per run plus the mean, and no external URL', async () => {
        const r = await experiment({ configs: { a: small(0.01), b: small(0.05) }, data: pima, runs: 3, workers: 0 });
        const html = experimentReport(r);
        const errors = [];
        const doc = parse(html, { onParseError: (e) => errors.push(e.code) });
        assert.deepEqual(errors, []);
        const all = elements(doc);
        const charts = all.filter((e) => e.tagName === 'svg' && attr(e, 'class') === 'chart curves');
        assert.deepEqual(charts.map((e) => attr(e, 'data-metric')), ['loss', 'accuracy', 'auc']);
        for (const chart of charts) {
            const series = elements(chart).filter((e) => attr(e, 'class') === 'series' && attr(e, 'data-panel') === 'held-out');
            assert.deepEqual(series.map((s) => attr(s, 'data-config')), ['a', 'b']);
            for (const s of series) {
                const lines = elements(s).filter((e) => e.tagName === 'polyline');
                assert.equal(lines.filter((e) => attr(e, 'class') === 'run').length, 3);
                assert.equal(lines.filter((e) => attr(e, 'class') === 'mean').length, 1);
            }
        }
        assert.equal(all.filter((e) => e.tagName === 'svg' && attr(e, 'class') === 'chart box').length, 2, 'a box plot per metric');
        assert.ok(!/https?:|\/\/[a-z]|<script|<link|src=/i.test(html), 'self-contained: no URL, script, stylesheet link or src');
        assert.match(html, /accuracy \(binary_accuracy\)/);
        assert.match(html, /majority class/);
        assert.match(html, /No evidence that a and b differ|a and b differ at/);
    });
    it('fit({ report }) writes the same report for a single run', async () => {
        const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
        const { join } = await import('node:path');
        const { tmpdir } = await import('node:os');
        const dir = mkdtempSync(join(tmpdir(), 'candor-report-'));
        try {
            const { x, y } = c.datasets.pima.load();
            const model = c.sequential([c.layers.dense({ units: 4, activation: 'relu', inputShape: [8] }), c.layers.dense({ units: 1, activation: 'sigmoid' })], { seed: 1 });
            model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
            await model.fit(x, y, { epochs: 3, verbose: 0, validationSplit: 0.2, report: join(dir, 'fit.html') });
            const html = readFileSync(join(dir, 'fit.html'), 'utf8');
            const errors = [];
            const charts = elements(parse(html, { onParseError: (e) => errors.push(e.code) })).filter((e) => e.tagName === 'svg');
            assert.deepEqual(errors, []);
            assert.deepEqual(charts.map((e) => attr(e, 'data-metric')), ['loss', 'accuracy']);
            assert.match(html, /One fit/);
            await assert.rejects(model.fit(x, y, { epochs: 1, verbose: 0, report: '' }), /argument "report" must be a file path/);
            const diverging = c.sequential([c.layers.dense({ units: 4, activation: 'relu', inputShape: [8] }), c.layers.dense({ units: 1, activation: 'sigmoid' })], { seed: 1 });
            diverging.compile({ loss: 'binary_crossentropy', optimizer: { name: 'sgd', learningRate: 1e38 }, metrics: ['accuracy'] });
            const restore = c.setWarningHandler(() => { });
            try {
                await diverging.fit(x, y, { epochs: 2, verbose: 0, report: join(dir, 'nan.html') });
            }
            finally {
                c.setWarningHandler(restore);
            }
            const nan = readFileSync(join(dir, 'nan.html'), 'utf8');
            assert.match(nan, /training-stopped\] the loss became NaN/, 'a fit stopped by a NaN loss says so');
            assert.ok(!/points="[^"]*NaN/.test(nan), 'no NaN coordinates in the charts');
            await assert.rejects(model.fit(x, y, { epochs: 1, verbose: 0, report: '/nonexistent/r.html' }), /fit: argument "report": the folder \/nonexistent does not exist/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=experiment.test.js.map