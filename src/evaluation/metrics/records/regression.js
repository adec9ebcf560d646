/** Regression metrics: mean squared and absolute error, R². */
import { MeanMetricWrapper } from '../metric.js';
import { meanAbsoluteError, meanSquaredError } from '../functions.js';
import { R2Metric } from '../regression.js';
import { defineMetric } from '../record.js';
defineMetric({
    family: 'mse',
    names: ['mse', 'mean_squared_error'],
    options: {},
    direction: 'lower',
    trivial: 'decisions',
    resolve: ({ name }) => ({ resolved: 'mean_squared_error', create: () => new MeanMetricWrapper(name, meanSquaredError) }),
});
defineMetric({
    family: 'mae',
    names: ['mae', 'mean_absolute_error'],
    options: {},
    direction: 'lower',
    trivial: 'decisions',
    resolve: ({ name }) => ({ resolved: 'mean_absolute_error', create: () => new MeanMetricWrapper(name, meanAbsoluteError) }),
});
defineMetric({
    family: 'r2',
    names: ['r2', 'r2_score'],
    options: {},
    direction: 'higher',
    trivial: 'decisions',
    resolve: ({ name }) => ({ resolved: 'r2', create: () => new R2Metric(name) }),
});
//# sourceMappingURL=regression.js.map