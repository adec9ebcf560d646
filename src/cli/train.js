import { formatReport } from '../evaluation/metric-report.js';
import { buildModel, compileFromConfig, readTrainConfig } from '../config/run-config.js';
import { loadData } from '../config/data-config.js';
import { unsavablePath, unwritablePath, writeFileAtomic } from '../io/atomic.js';
import { fitReport } from '../report/fit-report.js';
import { UsageError } from '../usage-error.js';
/** `candor train config.json`: fit, then evaluate on the held-out split with baselines and findings. */
export async function runTrain(path, o) {
    const started = performance.now();
    const cfg = readTrainConfig(path);
    const unwritable = o.report ? unwritablePath(o.report, '--report') : null; // checked before training, not after
    if (unwritable)
        throw new UsageError(`train: ${unwritable}`);
    const unsavable = o.save ? unsavablePath(o.save, '--save') : null; // a model trained for an hour must have somewhere to go
    if (unsavable)
        throw new UsageError(`train: ${unsavable}`);
    const seed = o.seed ?? cfg.fit?.seed ?? 7;
    const data = loadData(cfg.data, cfg.dir, seed, o.quick ?? false);
    const model = buildModel(cfg, seed, path);
    compileFromConfig(model, cfg.compile, path);
    const epochs = o.epochs ?? (o.quick ? Math.min(cfg.fit?.epochs ?? 1, 2) : (cfg.fit?.epochs ?? 1));
    const history = await model.fit(data.xTrain, data.yTrain, {
        epochs,
        batchSize: o.batchSize ?? cfg.fit?.batchSize ?? 32,
        seed,
        verbose: o.json ? 0 : 2,
        // A report wants held-out curves: without a validation split, the held-out split is measured each epoch (as Keras' validation_data).
        ...(cfg.fit?.validationSplit !== undefined
            ? { validationSplit: cfg.fit.validationSplit }
            : o.report
                ? { validationData: [data.xTest, data.yTest] }
                : {}),
        ...(cfg.fit?.shuffle !== undefined ? { shuffle: cfg.fit.shuffle } : {}),
    });
    const report = model.evaluateReport(data.xTest, data.yTest);
    // The report is written after the held-out evaluation, so it carries the intervals and the per-class table.
    if (o.report)
        await writeFileAtomic(o.report, fitReport(model, history, {
            seed,
            seconds: (performance.now() - started) / 1000,
            evaluation: { title: 'Held-out evaluation', report },
        }), 'train: --report');
    if (o.save)
        await model.save(o.save);
    const text = [
        `data: ${data.description}`,
        formatReport('held-out evaluation', report.metrics, report.findings),
        `loss: ${report.loss.toFixed(4)}`,
        ...(report.classification ? ['', 'per class (held-out):', report.classification.text] : []),
        ...(o.save ? [`saved to ${o.save}`] : []),
    ].join('\n');
    const errors = report.findings.some((f) => f.severity === 'error');
    return { text, json: { config: path, data: data.description, epochs, seed, history: history.history, report }, exitCode: errors ? 1 : 0 };
}
/** `candor summary config.json`: the Keras-like table, without training. */
export function runSummary(path) {
    const cfg = readTrainConfig(path);
    const model = buildModel(cfg, undefined, path);
    try {
        return model.summary(() => { });
    }
    catch (err) {
        throw new UsageError(`summary: ${err.message}`);
    }
}
//# sourceMappingURL=train.js.map