/** Accuracy and its explicit forms: 'accuracy' resolves from the task, never from the loss. */
import { MeanMetricWrapper } from '../metric.js';
import { binaryAccuracy, categoricalAccuracy, sparseCategoricalAccuracy, subsetAccuracy } from '../functions.js';
import { defineMetric } from '../record.js';
import { probability } from './kinds.js';
const mean = (name, resolved, fn, extra = {}) => ({
    resolved,
    create: () => new MeanMetricWrapper(name, fn),
    nearBaseline: true,
    ...extra,
});
// Over several columns binary accuracy is a per-label yes/no average whatever the task (seed 000): its trivial predictor answers per label.
const binary = (name, threshold) => mean(name, 'binary_accuracy', binaryAccuracy(threshold), { proportion: 'one-column', trivial: 'per-label' });
const categorical = (name) => mean(name, 'categorical_accuracy', categoricalAccuracy, { proportion: 'yes' });
const sparse = (name) => mean(name, 'sparse_categorical_accuracy', sparseCategoricalAccuracy, { proportion: 'yes' });
const subset = (name, threshold) => mean(name, 'subset_accuracy', subsetAccuracy(threshold), { proportion: 'yes', trivial: 'label-set' });
/**
 * binary -> binary accuracy (one column) or argmax accuracy (two columns); multiclass ->
 * categorical (one-hot) or sparse categorical (ids); multilabel -> subset accuracy; regression ->
 * nothing (the accuracy-on-regression finding says why).
 */
defineMetric({
    family: 'accuracy',
    names: ['accuracy', 'acc'],
    options: { threshold: probability },
    direction: 'higher',
    trivial: 'decisions',
    resolve({ name }, { task }, { threshold }) {
        switch (task.kind) {
            case 'binary':
                if (task.encoding === 'binary')
                    return binary(name, threshold);
                return task.encoding === 'sparse' ? sparse(name) : categorical(name);
            case 'multiclass':
                return task.encoding === 'sparse' ? sparse(name) : categorical(name);
            case 'multilabel':
                return subset(name, threshold);
            case 'regression':
                return null;
            default:
                return task.kind;
        }
    },
});
defineMetric({
    family: 'binary_accuracy',
    names: ['binary_accuracy'],
    options: { threshold: probability },
    direction: 'higher',
    trivial: 'decisions',
    resolve: ({ name }, _c, { threshold }) => binary(name, threshold),
});
defineMetric({
    family: 'categorical_accuracy',
    names: ['categorical_accuracy'],
    options: {},
    direction: 'higher',
    trivial: 'decisions',
    resolve: ({ name }) => categorical(name),
});
defineMetric({
    family: 'sparse_categorical_accuracy',
    names: ['sparse_categorical_accuracy'],
    options: {},
    direction: 'higher',
    trivial: 'decisions',
    resolve: ({ name }) => sparse(name),
});
defineMetric({
    family: 'subset_accuracy',
    names: ['subset_accuracy', 'exact_match'],
    options: { threshold: probability },
    direction: 'higher',
    trivial: 'label-set',
    resolve: ({ name }, _c, { threshold }) => subset(name, threshold),
});
//# sourceMappingURL=accuracy.js.map