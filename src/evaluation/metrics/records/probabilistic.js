/** Scores of probabilities: log loss, Brier score, and the cross-entropy losses as metrics. */
import { MeanMetricWrapper } from '../metric.js';
import { brierScore, logLoss, lossAsMetric } from '../probabilistic.js';
import { defineMetric } from '../record.js';
import { SMOOTHING, fmt } from './kinds.js';
defineMetric({
    family: 'log_loss',
    names: ['log_loss'],
    options: {},
    direction: 'lower',
    trivial: 'probabilities',
    resolve({ name }, { task, fromLogits }, { refuse }) {
        if (task.kind !== 'binary' && task.kind !== 'multiclass')
            refuse('binary or multiclass targets (multi-label: binary_crossentropy)');
        if (fromLogits)
            refuse('probabilities; the model outputs logits (use categorical_crossentropy with fromLogits)');
        return { resolved: 'log_loss', create: () => new MeanMetricWrapper(name, logLoss(task)) };
    },
});
defineMetric({
    family: 'brier_score',
    names: ['brier_score', 'brier_score_loss'],
    options: {},
    direction: 'lower',
    trivial: 'probabilities',
    resolve({ name }, { task, fromLogits }, { refuse }) {
        if (task.kind !== 'binary' || task.encoding !== 'binary')
            refuse("binary targets with one probability per sample (scikit-learn's brier_score_loss)");
        if (fromLogits)
            refuse('probabilities; the model outputs logits');
        return { resolved: 'brier_score', create: () => new MeanMetricWrapper(name, brierScore) };
    },
});
const LOSSES = [
    { family: 'binary_crossentropy', names: ['binary_crossentropy'], options: { fromLogits: 'boolean', labelSmoothing: SMOOTHING } },
    {
        family: 'categorical_crossentropy',
        names: ['categorical_crossentropy'],
        options: { fromLogits: 'boolean', labelSmoothing: SMOOTHING },
    },
    { family: 'sparse_categorical_crossentropy', names: ['sparse_categorical_crossentropy'], options: { fromLogits: 'boolean' } },
    { family: 'kl_divergence', names: ['kl_divergence', 'kld'], options: {} },
    { family: 'poisson', names: ['poisson'], options: {} },
];
for (const { family, names, options: schema } of LOSSES) {
    defineMetric({
        family,
        names,
        options: schema,
        direction: 'lower',
        trivial: 'probabilities',
        resolve({ name, options }, context, { detail }) {
            // A cross-entropy metric reads the model's outputs as the loss does, unless its own fromLogits says otherwise.
            const fromLogits = options.fromLogits ?? (family.endsWith('crossentropy') ? context.fromLogits : undefined);
            if (options.labelSmoothing)
                detail(`smoothing=${fmt(options.labelSmoothing)}`);
            return {
                resolved: family,
                create: () => new MeanMetricWrapper(name, lossAsMetric(family, { fromLogits, labelSmoothing: options.labelSmoothing })),
            };
        },
    });
}
//# sourceMappingURL=probabilistic.js.map