/** Ranking metrics: ROC AUC (one-vs-rest or one-vs-one), Keras' thresholded AUC, average precision. */
import { AucMetric, AveragePrecisionMetric, KerasAucMetric } from '../ranking.js';
import { defineMetric } from '../record.js';
import { RANKING_AVERAGES } from './kinds.js';
for (const family of ['auc', 'average_precision']) {
    defineMetric({
        family,
        names: family === 'auc' ? ['auc', 'roc_auc'] : ['average_precision', 'pr_auc'],
        options: family === 'auc'
            ? { average: RANKING_AVERAGES, multiClass: { test: (v) => v === 'ovr' || v === 'ovo', expected: "'ovr' or 'ovo'" } }
            : { average: RANKING_AVERAGES },
        direction: 'higher',
        trivial: 'scores',
        resolve({ name, options, explicit }, { task }, { refuse, detail }) {
            if (task.kind === 'regression')
                refuse('class or label targets');
            const average = (options.average ?? 'macro');
            if (task.kind === 'multiclass' && average === 'micro')
                refuse("binary or multi-label targets for average 'micro' (multiclass: 'macro' or 'weighted')");
            if (family === 'average_precision' && task.kind === 'multiclass')
                refuse('binary or multi-label targets (scikit-learn 1.2 has no multiclass average precision)');
            if (options.multiClass === 'ovo')
                detail('ovo');
            if (explicit.includes('average'))
                detail(average);
            return family === 'auc'
                ? { resolved: 'auc', create: () => new AucMetric(name, task, average, options.multiClass ?? 'ovr') }
                : { resolved: 'average_precision', create: () => new AveragePrecisionMetric(name, task, average) };
        },
    });
}
defineMetric({
    family: 'keras_auc',
    names: ['keras_auc'],
    direction: 'higher',
    trivial: 'scores',
    options: { numThresholds: { test: (v) => Number.isInteger(v) && v > 2, expected: 'an integer > 2' }, multiLabel: 'boolean' },
    resolve({ name, options, explicit }, { task, fromLogits }, { refuse, detail }) {
        if (task.kind === 'regression')
            refuse('class or label targets');
        if (fromLogits)
            refuse('probabilities (its thresholds lie in [0, 1]); the model outputs logits');
        const n = options.numThresholds ?? 200;
        if (explicit.includes('numThresholds'))
            detail(`${n} thresholds`);
        return { resolved: 'keras_auc', create: () => new KerasAucMetric(name, task, n, options.multiLabel ?? false) };
    },
});
//# sourceMappingURL=ranking.js.map