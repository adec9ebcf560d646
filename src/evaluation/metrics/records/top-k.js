/** Top-k accuracy (scikit-learn's and Keras' forms) and precision/recall at k for multi-label targets. */
import { MeanMetricWrapper } from '../metric.js';
import { kerasTopK, precisionAtK, recallAtK, topKAccuracy } from '../classification.js';
import { defineMetric } from '../record.js';
import { positiveInt } from './kinds.js';
const kFrom = (text) => (text === 'k' ? {} : { k: Number(text) });
const singleLabelScores = (task, refuse) => {
    const singleLabel = task.kind === 'binary' || task.kind === 'multiclass';
    if (!singleLabel || (task.kind === 'binary' && task.encoding === 'binary'))
        refuse('single-label class targets with one score per class');
};
const k = (options, explicit, detail) => {
    const value = options.k ?? 5;
    if (explicit.includes('k'))
        detail(`k=${value}`);
    return value;
};
defineMetric({
    family: 'top_k_accuracy',
    names: ['top_k_accuracy'],
    patterns: ['top_<k>_accuracy'],
    options: { k: positiveInt },
    direction: 'higher',
    trivial: 'decisions',
    parse: (key) => {
        const m = /^top_(k|\d+)_accuracy$/.exec(key);
        return m ? kFrom(m[1]) : null;
    },
    resolve: ({ name, options, explicit }, { task }, { refuse, detail }) => {
        singleLabelScores(task, refuse);
        const n = k(options, explicit, detail);
        return {
            resolved: `top_${n}_accuracy`,
            create: () => new MeanMetricWrapper(name, topKAccuracy(n, task)),
            proportion: 'yes',
            nearBaseline: true,
        };
    },
});
for (const sparse of [false, true]) {
    const family = sparse ? 'sparse_top_k_categorical_accuracy' : 'top_k_categorical_accuracy';
    defineMetric({
        family,
        names: [family],
        options: { k: positiveInt },
        direction: 'higher',
        trivial: 'decisions',
        parse: (key) => {
            const m = /^(sparse_)?top_(k|\d+)_categorical_accuracy$/.exec(key);
            return m && Boolean(m[1]) === sparse && m[2] !== 'k' ? kFrom(m[2]) : null;
        },
        resolve: ({ name, options, explicit }, { task }, { refuse, detail }) => {
            singleLabelScores(task, refuse);
            if (sparse !== (task.encoding === 'sparse'))
                refuse(sparse
                    ? 'integer class ids (one-hot targets: top_k_categorical_accuracy)'
                    : 'one-hot targets (class ids: sparse_top_k_categorical_accuracy)');
            const n = k(options, explicit, detail);
            return {
                resolved: `${sparse ? 'sparse_' : ''}top_${n}_categorical_accuracy`,
                create: () => new MeanMetricWrapper(name, kerasTopK(n, task, name)),
                proportion: 'yes',
                nearBaseline: true,
            };
        },
    });
}
for (const which of ['precision', 'recall']) {
    defineMetric({
        family: `${which}_at_k`,
        names: [`${which}_at_k`],
        patterns: [`${which}_at_<k>`],
        options: { k: positiveInt },
        direction: 'higher',
        trivial: 'scores',
        parse: (key) => {
            const m = new RegExp(`^${which}_at_(k|\\d+)$`).exec(key);
            return m ? kFrom(m[1]) : null;
        },
        resolve: ({ name, options, explicit }, { task }, { refuse, detail }) => {
            if (task.kind !== 'multilabel')
                refuse('multi-label targets (for one label per row use top_k_accuracy)');
            const n = k(options, explicit, detail);
            return {
                resolved: `${which}_at_${n}`,
                create: () => new MeanMetricWrapper(name, which === 'precision' ? precisionAtK(n, task) : recallAtK(n, task)),
            };
        },
    });
}
//# sourceMappingURL=top-k.js.map