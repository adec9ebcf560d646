/** candor.experiment: repeated seeded runs of configurations, their statistics and verdicts. */
import { availableParallelism } from 'node:os';
import { backend as currentBackend } from '../kernels/backend.js';
import { buildModel, compileFromConfig } from '../config/run-config.js';
import { isInMemory } from '../config/data-config.js';
import { UsageError } from '../usage-error.js';
import { warnOnce } from '../registry/warnings.js';
import { describe, holm, mean } from './stats.js';
import { compareRuns } from './verdict.js';
import { runJob, toPlain } from './job.js';
import { runPool } from './pool.js';
import { queueName, runQueued } from './queue.js';
import { meanOf } from './curves.js';
function positiveInteger(value, name, fallback, min = 1) {
    const v = value ?? fallback;
    if (!Number.isInteger(v) || v < min)
        throw new UsageError(`experiment: "${name}" must be an integer >= ${min}. Received: ${JSON.stringify(value)}`);
    return v;
}
function plans(split) {
    if (split === 'holdout' || split === 'fixed')
        return [{ kind: 'holdout' }];
    if (typeof split !== 'object' || split === null || !Number.isInteger(split.kfold) || split.kfold < 2) {
        throw new UsageError(`experiment: "split" must be 'holdout', 'fixed' or { kfold: k >= 2, stratified?: boolean }. Received: ${JSON.stringify(split)}`);
    }
    return Array.from({ length: split.kfold }, (_, fold) => ({ kind: 'kfold', k: split.kfold, fold, stratified: split.stratified ?? true }));
}
/** Builds and compiles each configuration once on this thread, so bad configs fail before any worker starts. */
function preflight(name, config, metric) {
    const model = buildModel(config, 0, `experiment: configuration "${name}"`);
    compileFromConfig(model, config.compile, `experiment: configuration "${name}"`);
    const metrics = model.compiled.metricNames;
    if (metric !== undefined && !metrics.includes(metric))
        throw new UsageError(`experiment: configuration "${name}" does not compute metric "${metric}". Its metrics: ${metrics.join(', ')}`);
    return metrics;
}
function meanCurves(histories) {
    return Object.fromEntries(Object.keys(histories[0]).map((key) => [key, meanOf(histories.map((h) => h[key] ?? []))]));
}
const valuesOf = (loss, metrics) => ({
    loss,
    ...Object.fromEntries(metrics.map((m) => [m.name, m.value])),
});
/** Folds of one run into its record; under k-fold every number is the mean over the folds, and each fold is kept. */
function runRecord(results) {
    const folds = results.map((r) => ({
        fold: r.fold,
        test: valuesOf(r.testLoss, r.test),
        train: valuesOf(r.trainLoss, r.train),
        nTrain: r.nTrain,
        nTest: r.nTest,
    }));
    const meanOver = (pick) => Object.fromEntries(Object.keys(pick(folds[0])).map((name) => [name, mean(folds.map((f) => pick(f)[name]))]));
    return {
        run: results[0].run,
        seed: results[0].seed,
        test: meanOver((f) => f.test),
        train: meanOver((f) => f.train),
        folds,
        curves: meanCurves(results.map((r) => r.history)),
        seconds: results.reduce((s, r) => s + r.seconds, 0),
    };
}
const describeOrNull = (values) => (values.length > 0 ? describe(values) : null);
/**
 * Trains every configuration `runs` times with seeded runs (in parallel on worker threads) and
 * compares them with the statistics in stats.ts. Any run can be reproduced alone with its seed.
 */
export async function experiment(o) {
    const started = performance.now();
    const names = Object.keys(o.configs ?? {});
    if (names.length < 1)
        throw new UsageError('experiment: "configs" must name at least one configuration, e.g. { a: {...}, b: {...} }');
    const runs = o.seeds ? o.seeds.length : positiveInteger(o.runs, 'runs', 10);
    const first = positiveInteger(o.seed, 'seed', 1, 0);
    const seeds = o.seeds ?? Array.from({ length: runs }, (_, r) => first + r);
    if (seeds.length === 0 || seeds.some((s) => !Number.isInteger(s) || s < 0))
        throw new UsageError(`experiment: "seeds" must be non-negative integers. Received: ${JSON.stringify(o.seeds)}`);
    const paired = o.paired ?? true;
    const split = o.split ?? 'holdout';
    const folds = plans(split);
    const workers = positiveInteger(o.workers, 'workers', availableParallelism(), 0);
    const quick = o.quick ?? false;
    if (o.keepDiverged !== undefined && typeof o.keepDiverged !== 'boolean')
        throw new UsageError(`experiment: "keepDiverged" must be a boolean. Received: ${JSON.stringify(o.keepDiverged)}`);
    const keepDiverged = o.keepDiverged ?? false;
    const metricLists = names.map((name) => preflight(name, o.configs[name], o.metric));
    const metric = o.metric ?? metricLists[0][0];
    const missing = names.findIndex((_, i) => !metricLists[i].includes(metric));
    if (missing >= 0)
        throw new UsageError(`experiment: configuration "${names[missing]}" does not compute metric "${metric}". Its metrics: ${metricLists[missing].join(', ')}`);
    // In-memory samples go to each worker once; jobs then only name them.
    let shared = null;
    const base = o.data ?? {};
    if (isInMemory(base))
        shared = { x: toPlain(base.x), y: toPlain(base.y) };
    const jobs = [];
    const epochsOf = new Map();
    for (const [i, name] of names.entries()) {
        const config = o.configs[name];
        if (config.data && ('x' in config.data || 'y' in config.data)) {
            throw new UsageError(`experiment: configuration "${name}" brings its own x/y. In-memory samples go in the experiment's "data" (shared by every configuration, sent once to each worker); a configuration may only adjust them (e.g. { oneHot: true })`);
        }
        if (config.fit?.validationSplit !== undefined)
            throw new UsageError(`experiment: configuration "${name}" sets fit.validationSplit, which an experiment does not use: runs are measured on the experiment's held-out split. Remove it`);
        // A config file made for `candor train` carries its own seed; in an experiment every run has one.
        if (config.fit?.seed !== undefined)
            warnOnce(`experiment-seed:${name}`, `experiment: fit.seed ${config.fit.seed} of configuration "${name}" is not used; run r trains with the experiment's seed + r.`);
        // A configuration's data that names its own source replaces the experiment's; otherwise it adjusts it (e.g. { oneHot: true }).
        const own = config.data ?? {};
        const merged = ('csv' in own || 'dataset' in own ? { ...own } : { ...base, ...own });
        if (Object.keys(merged).length === 0)
            throw new UsageError(`experiment: configuration "${name}" has no data. Give "data" to the experiment or the configuration`);
        const data = shared
            ? { ...Object.fromEntries(Object.entries(merged).filter(([k]) => k !== 'x' && k !== 'y')), shared: true }
            : merged;
        const epochs = o.epochs ?? (quick ? Math.min(config.fit?.epochs ?? 1, 5) : (config.fit?.epochs ?? 1));
        epochsOf.set(name, epochs);
        const spec = { ...config, data };
        seeds.forEach((runSeed, run) => {
            // Unpaired configurations draw their own seeds: distinct from every other configuration's.
            const seed = paired ? runSeed : runSeed + i * 1_000_003;
            const splitSeed = split === 'fixed' ? seeds[0] : seed;
            for (const plan of folds) {
                jobs.push({
                    id: jobs.length,
                    config: name,
                    run,
                    seed,
                    splitSeed,
                    plan,
                    spec,
                    dir: o.dir ?? process.cwd(),
                    epochs,
                    batchSize: o.batchSize ?? config.fit?.batchSize ?? 32,
                    quick,
                });
            }
        });
    }
    const outcomes = [];
    let queueWorkers;
    let failed = 0;
    let runsDone = 0;
    const foldsLeft = new Map();
    const record = (outcome) => {
        outcomes.push(outcome);
        if (!outcome.ok)
            failed++;
        const job = jobs[outcome.id];
        const key = `${job.config}\u0000${job.run}`;
        const left = (foldsLeft.get(key) ?? folds.length) - 1;
        foldsLeft.set(key, left);
        if (left === 0)
            runsDone++;
        o.onProgress?.({
            done: outcomes.length,
            total: jobs.length,
            failed,
            runsDone,
            runsTotal: names.length * seeds.length,
            last: outcome,
            ...(queueWorkers !== undefined ? { workers: queueWorkers } : {}),
        });
    };
    let reused = 0;
    if (o.queue) {
        ({ reused } = await runQueued(jobs, {
            ...o.queue,
            backend: currentBackend(),
            onSettled: record,
            onWorkers: (n) => (queueWorkers = n),
            ...(o.signal ? { signal: o.signal } : {}),
        }));
    }
    else if (workers === 0) {
        for (const job of jobs) {
            if (o.signal?.aborted)
                break;
            try {
                record({ id: job.id, ok: true, value: await runJob(job, shared) });
            }
            catch (err) {
                record({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
            }
        }
    }
    else {
        await runPool(jobs, {
            workers,
            workerUrl: new URL('./worker.js', import.meta.url),
            workerData: { backend: currentBackend(), shared },
            onSettled: record,
            ...(o.signal ? { signal: o.signal } : {}),
        });
    }
    const configs = names.map((name) => summarise(name, o.configs[name], epochsOf.get(name), jobs, outcomes, folds.length, seeds.length, keepDiverged));
    const design = designOf(split, outcomes, names.map((name) => o.configs[name]));
    const { comparisons, skipped } = compareConfigs(configs, metric, paired, design, seeds[0]);
    const resolved = configs.flatMap((k) => k.metrics.filter((m) => m.name === metric).map((m) => m.resolved))[0] ?? metric;
    return {
        settings: {
            runs: seeds.length,
            seeds,
            split,
            paired,
            workers,
            backend: currentBackend(),
            quick,
            keepDiverged,
            ...(o.queue ? { queue: { name: queueName(o.queue.name), reused } } : {}),
        },
        design,
        metric: { name: metric, resolved },
        configs,
        comparisons,
        skipped,
        interrupted: outcomes.length < jobs.length,
        seconds: (performance.now() - started) / 1000,
    };
}
function summarise(name, config, epochs, jobs, outcomes, folds, runCount, keepDiverged) {
    const mine = outcomes.filter((x) => jobs[x.id].config === name);
    const failures = mine.flatMap((x) => x.ok
        ? []
        : [
            {
                run: jobs[x.id].run,
                seed: jobs[x.id].seed,
                fold: jobs[x.id].plan.kind === 'kfold' ? jobs[x.id].plan.fold : 0,
                error: x.error,
            },
        ]);
    const done = mine.flatMap((x) => (x.ok ? [x.value] : []));
    const runs = [];
    const diverged = [];
    for (let run = 0; run < runCount; run++) {
        const parts = done.filter((r) => r.run === run).sort((a, b) => a.fold - b.fold);
        if (parts.length !== folds)
            continue; // a run counts only when all its folds finished
        const record = runRecord(parts);
        // A metric that ended NaN cannot enter a mean or a test, whatever keepDiverged says: the run is reported as failed.
        const bad = Object.entries(record.test).find(([key, v]) => key !== 'loss' && !Number.isFinite(v));
        if (bad) {
            failures.push({ run, seed: record.seed, fold: 0, error: `${bad[0]} ended as ${bad[1]} (the run diverged)` });
            continue;
        }
        // A loss that went non-finite leaves garbage weights whose scores (often the majority class) still look like numbers.
        const divergedPart = parts.find((p) => p.diverged !== null);
        if (divergedPart)
            diverged.push({ run, seed: record.seed, fold: divergedPart.fold, reason: divergedPart.diverged, kept: keepDiverged });
        if (!divergedPart || keepDiverged)
            runs.push(record);
    }
    const firstResult = done[0];
    const metrics = (firstResult?.test ?? []).map((m) => ({
        name: m.name,
        resolved: m.resolved,
        baseline: { name: m.baseline.name, value: mean(done.map((r) => r.test.find((t) => t.name === m.name).baseline.value)) },
        test: describeOrNull(runs.map((r) => r.test[m.name])),
        train: describeOrNull(runs.map((r) => r.train[m.name])),
    }));
    // One line per finding code (messages carry each fit's numbers): the first message and how many fits raised it.
    const findings = [];
    // Runs stopped early (a NaN loss) are reported like findings: the worker threads show no warnings.
    const stops = done.flatMap((r) => (r.stopReason ? [{ code: 'training-stopped', severity: 'warning', message: r.stopReason }] : []));
    for (const f of [...done.flatMap((r) => r.findings), ...stops]) {
        const seen = findings.find((x) => x.code === f.code);
        if (seen)
            seen.fits++;
        else
            findings.push({ ...f, fits: 1 });
    }
    return { name, config, epochs, runs, failures, diverged, metrics, findings, fits: done.length, data: firstResult?.data ?? '' };
}
/**
 * What differed between runs. A fixed split, or data with its own test set (MNIST), leaves only
 * training randomness; a generated data set draws new samples per seed; anything else is re-split.
 */
function designOf(split, outcomes, configs) {
    const kinds = new Set(outcomes.flatMap((x) => (x.ok ? [x.value.resampling] : [])));
    // Configurations whose data behave differently are treated as the most overlapping case.
    const resampling = split === 'fixed' ? 'fixed' : kinds.has('resplit') || kinds.size === 0 ? 'resplit' : kinds.has('fresh') ? 'fresh' : 'fixed';
    const varied = [
        ...(resampling === 'fresh' ? ['data (drawn anew)'] : []),
        ...(resampling !== 'fixed' ? [typeof split === 'object' ? 'folds' : 'split'] : []),
        'initial weights',
        ...(configs.some((k) => k.fit?.shuffle !== false) ? ['shuffling'] : []),
        ...(configs.some((k) => k.layers.some((l) => /dropout/i.test(String(l.className)))) ? ['dropout'] : []),
    ];
    return { resampling, varied };
}
/** What the verdict must add about diverged runs: how many it includes (keepDiverged) or left out. */
function divergedNote(a, b, kept) {
    const inRuns = (k) => k.diverged.filter((d) => d.kept && kept(k).some((r) => r.run === d.run)).length;
    const included = inRuns(a) + inRuns(b);
    if (included > 0)
        return ` It includes ${included} diverged run(s) whose loss went non-finite (kept by keepDiverged / --keep-diverged).`;
    const left = a.diverged.length + b.diverged.length;
    return left > 0 ? ` ${left} diverged run(s) whose loss went non-finite are left out (keepDiverged / --keep-diverged includes them).` : '';
}
function compareConfigs(configs, metric, paired, design, seed) {
    const raw = [];
    const skipped = [];
    for (let i = 0; i < configs.length; i++) {
        for (let j = i + 1; j < configs.length; j++) {
            const [a, b] = [configs[i], configs[j]];
            // Paired tests need the same runs on both sides: keep the runs both finished.
            const common = paired ? a.runs.filter((r) => b.runs.some((s) => s.run === r.run)).map((r) => r.run) : null;
            const kept = (k) => k.runs.filter((r) => !common || common.includes(r.run));
            const [ra, rb] = [kept(a), kept(b)];
            if (ra.length < 2 || rb.length < 2) {
                skipped.push(`${a.name} vs ${b.name}: needs at least 2 finished runs of each (have ${ra.length} and ${rb.length})`);
                continue;
            }
            const sizes = [...ra, ...rb].flatMap((r) => r.folds);
            const comparison = compareRuns({
                a: a.name,
                b: b.name,
                foldsA: ra.map((r) => r.folds.map((f) => f.test[metric])),
                foldsB: rb.map((r) => r.folds.map((f) => f.test[metric])),
                paired,
                resampling: design.resampling,
                varied: design.varied,
                seed,
                testTrainRatio: mean(sizes.map((f) => f.nTest / f.nTrain)),
                rows: sizes[0].nTrain + sizes[0].nTest,
            });
            raw.push({ ...comparison, verdict: comparison.verdict + divergedNote(a, b, kept), runs: Math.min(ra.length, rb.length) });
        }
    }
    const adjusted = holm(raw.map((k) => k.test.p));
    return { comparisons: raw.map((k, i) => ({ ...k, pHolm: adjusted[i] })), skipped };
}
//# sourceMappingURL=experiment.js.map