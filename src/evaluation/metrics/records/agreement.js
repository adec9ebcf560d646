/** Chance-corrected and class-balanced scores of single-label decisions: balanced accuracy, MCC, Cohen's kappa. */
import { AgreementMetric } from '../agreement.js';
import { defineMetric } from '../record.js';
import { probability } from './kinds.js';
const FAMILIES = [
    { family: 'balanced_accuracy', names: ['balanced_accuracy'], options: { threshold: probability } },
    { family: 'matthews_corrcoef', names: ['matthews_corrcoef', 'mcc'], options: { threshold: probability } },
    {
        family: 'cohen_kappa',
        names: ['cohen_kappa', 'kappa'],
        options: {
            threshold: probability,
            weights: { test: (v) => v === 'linear' || v === 'quadratic', expected: "'linear' or 'quadratic'" },
        },
    },
];
for (const { family, names, options: schema } of FAMILIES) {
    defineMetric({
        family,
        names,
        options: schema,
        direction: 'higher',
        trivial: 'decisions',
        resolve({ name, options }, { task }, { threshold, refuse, detail }) {
            if (task.kind !== 'binary' && task.kind !== 'multiclass')
                refuse('binary or multiclass targets (one label per sample)');
            if (options.weights)
                detail(options.weights);
            return {
                resolved: family,
                create: () => new AgreementMetric(name, family, task, threshold, options.weights ?? 'none'),
                nearBaseline: family === 'balanced_accuracy',
            };
        },
    });
}
//# sourceMappingURL=agreement.js.map