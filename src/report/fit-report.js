import { Callback } from '../training/callbacks.js';
import { writeFileAtomic } from '../io/atomic.js';
import { describe } from '../experiment/stats.js';
import { experimentReport } from './html.js';
import { backend } from '../kernels/backend.js';
/** One run's value as a Description; null when training ended on a non-finite value (the report still gets written). */
const once = (v) => (Number.isFinite(v) ? describe([v]) : null);
/**
 * The experiment report for a single fit: one configuration, one run. Final values are the last
 * epoch's (validation when there was validation data, else training), with their baselines.
 */
export function fitReport(model, history, options) {
    const last = (key) => history.history[key]?.[history.history[key].length - 1] ?? NaN;
    const validated = history.report?.validation !== undefined;
    const shown = history.report?.validation ?? history.report?.train ?? [];
    const value = (name, prefix) => last(`${prefix}${name}`);
    const result = {
        settings: {
            runs: 1,
            seeds: options.seed === undefined ? [] : [options.seed],
            split: 'holdout',
            paired: false,
            workers: 0,
            backend: backend(),
            quick: false,
            keepDiverged: true,
        },
        design: { resampling: 'fixed', varied: [] },
        metric: { name: shown[0]?.name ?? 'loss', resolved: shown[0]?.resolved ?? 'loss' },
        configs: [
            {
                name: model.name,
                config: {
                    name: model.name,
                    layers: model.layers.map((l) => ({ className: l.className, config: l.getConfig() })),
                    compile: { loss: model.compiled?.loss.name ?? '' },
                },
                epochs: history.epoch.length,
                runs: [
                    ((test, train) => ({
                        run: 0,
                        seed: options.seed ?? NaN,
                        curves: history.history,
                        seconds: options.seconds,
                        test,
                        train,
                        folds: [{ fold: 0, test, train, nTrain: history.params.samples, nTest: NaN }],
                    }))(Object.fromEntries(shown.map((m) => [m.name, value(m.name, validated ? 'val_' : '')])), Object.fromEntries(shown.map((m) => [m.name, value(m.name, '')]))),
                ],
                failures: [],
                // A single fit's report shows the fit as it ended, diverged or not, and says so.
                diverged: history.diverged ? [{ run: 0, seed: options.seed ?? NaN, fold: 0, reason: history.diverged, kept: true }] : [],
                metrics: shown.map((m) => ({
                    name: m.name,
                    resolved: m.resolved,
                    baseline: m.baseline,
                    test: once(value(m.name, validated ? 'val_' : '')),
                    train: once(value(m.name, '')),
                })),
                findings: [
                    ...(history.report?.findings ?? []).map(({ code, severity, message }) => ({ code, severity, message, fits: 1 })),
                    ...(history.stopReason ? [{ code: 'training-stopped', severity: 'warning', message: history.stopReason, fits: 1 }] : []),
                ],
                fits: 1,
                data: `${history.params.samples} training samples${validated ? ' + validation data' : ' (no validation data: final values are on the training data)'}`,
            },
        ],
        comparisons: [],
        skipped: [],
        interrupted: false,
        seconds: options.seconds,
    };
    return experimentReport(result, `Candor training report: ${model.name}`, options.evaluation);
}
/** Writes the fit's HTML report when training ends (fit's `report: path` adds one). */
export class FitReport extends Callback {
    path;
    options;
    constructor(path, options = {}) {
        super();
        this.path = path;
        this.options = options;
    }
    async onTrainEnd() {
        await writeFileAtomic(this.path, fitReport(this.model, this.history, { ...this.options, seconds: this.history.seconds }), 'fit: report');
    }
}
//# sourceMappingURL=fit-report.js.map