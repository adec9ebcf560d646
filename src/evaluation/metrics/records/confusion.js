/** Precision, recall and F-beta (scikit-learn's averages and zero_division) and the Hamming loss. */
import { MeanMetricWrapper } from '../metric.js';
import { ConfusionMetric, hammingLoss } from '../classification.js';
import { defineMetric } from '../record.js';
import { AVERAGES, ZERO_DIVISION, fmt, probability } from './kinds.js';
const CONFUSION = { threshold: probability, average: AVERAGES, zeroDivision: ZERO_DIVISION };
const POSITIVE = { test: (v) => typeof v === 'number' && v > 0 && Number.isFinite(v), expected: 'a number > 0' };
/** 'precision_macro', 'f1', 'f0_5_weighted', 'fbeta_micro' → the family's implied options. */
function confusionName(family) {
    return (key) => {
        const m = /^(precision|recall|f1|fbeta|f(\d+(?:_\d+)?))(?:_(binary|micro|macro|weighted|samples))?$/.exec(key);
        if (!m)
            return null;
        const [, base, betaText, average] = m;
        const options = average ? { average: average } : {};
        if (base === 'precision' || base === 'recall')
            return base === family ? options : null;
        if (family !== 'fbeta')
            return null;
        if (base === 'f1')
            return { ...options, beta: 1 };
        if (base === 'fbeta')
            return options;
        return { ...options, beta: Number(betaText.replace('_', '.')) };
    };
}
function confusionRecord(family, names, patterns) {
    return {
        family,
        names,
        patterns,
        parse: confusionName(family),
        options: family === 'fbeta' ? { ...CONFUSION, beta: POSITIVE } : CONFUSION,
        direction: 'higher',
        trivial: 'decisions',
        resolve({ name, options, explicit }, { task }, { threshold, refuse, detail }) {
            if (task.kind === 'regression')
                refuse('class or label targets');
            const average = options.average ?? (task.kind === 'binary' ? 'binary' : 'macro');
            if (average === 'binary' && task.kind !== 'binary')
                refuse("binary targets for average 'binary' (use micro, macro or weighted)");
            if (average === 'samples' && task.kind !== 'multilabel')
                refuse("multi-label targets for average 'samples'");
            const beta = options.beta ?? 1;
            const rule = { kind: family, beta, zeroDivision: options.zeroDivision ?? 0 };
            const stem = family === 'fbeta' ? `f${fmt(beta)}` : family;
            if (family === 'fbeta' && explicit.includes('beta'))
                detail(`β=${fmt(beta)}`);
            if (explicit.includes('zeroDivision'))
                detail(`zeroDivision=${options.zeroDivision}`);
            return { resolved: `${stem}_${average}`, create: () => new ConfusionMetric(name, rule, average, task, threshold) };
        },
    };
}
defineMetric(confusionRecord('precision', ['precision'], []));
defineMetric(confusionRecord('recall', ['recall'], []));
defineMetric(confusionRecord('fbeta', ['fbeta'], ['f1', 'f2', 'f0_5', '<precision|recall|f1|fbeta>_<binary|micro|macro|weighted|samples>']));
defineMetric({
    family: 'hamming_loss',
    names: ['hamming_loss'],
    options: { threshold: probability },
    direction: 'lower',
    trivial: 'decisions',
    resolve: ({ name }, { task }, { threshold, refuse }) => {
        if (task.kind === 'regression')
            refuse('class or label targets');
        return { resolved: 'hamming_loss', create: () => new MeanMetricWrapper(name, hammingLoss(task, threshold)) };
    },
});
//# sourceMappingURL=confusion.js.map