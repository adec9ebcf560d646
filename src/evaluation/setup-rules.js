import { parseMetric } from './metrics/resolve.js';
import { wilsonInterval } from './metrics/interval.js';
const CROSS_ENTROPY = ['binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy'];
const REGRESSION_LOSSES = ['mean_squared_error', 'mean_absolute_error', 'huber'];
/** Every code, for docs/diagnostics.md and `candor doctor --codes`. */
export const DIAGNOSTIC_CODES = [
    'bce-on-multiclass',
    'softmax-with-bce',
    'sigmoid-with-cce',
    'cce-on-multihot',
    'cce-on-integer-labels',
    'sparse-cce-on-onehot',
    'softmax-single-unit',
    'regression-loss-on-classes',
    'units-classes-mismatch',
    'bce-targets-out-of-range',
    'logits-with-squashing',
    'probabilities-expected',
    'accuracy-near-baseline',
    'per-label-accuracy-on-multilabel',
    'accuracy-on-regression',
    'undefined-ratio',
];
function finding(code, severity, message, fix) {
    return { code, severity, message, fix };
}
/**
 * Checks a training setup before any number is reported. Rules are independent and each fires
 * only on its own mistake: a correct setup (softmax + CCE on one-hot, sigmoid + BCE on 0/1 or
 * multi-hot, linear + MSE on continuous, sparse CCE on ids) gives no finding.
 */
export function diagnoseSetup(setup) {
    const out = [];
    const { loss, output, task, yTrue } = setup;
    const fromLogits = setup.fromLogits ?? false;
    const act = output.activation;
    const units = output.units;
    const isBce = loss === 'binary_crossentropy';
    const isCce = loss === 'categorical_crossentropy';
    const isSparse = loss === 'sparse_categorical_crossentropy';
    if (act === 'softmax' && units === 1) {
        out.push(finding('softmax-single-unit', 'error', 'Expected at least 2 units under a softmax. Received: softmax over 1 unit, which always outputs exactly 1.0, so the model cannot learn and every loss and accuracy is constant.', "Use units: 1 with activation 'sigmoid' and binary_crossentropy, or units: K (classes) with softmax and categorical_crossentropy."));
    }
    if (isBce && act === 'softmax' && units > 1) {
        out.push(finding('softmax-with-bce', 'warning', `Expected sigmoid outputs for binary_crossentropy (one independent yes/no per unit). Received: a softmax over ${units} units, whose outputs compete and sum to 1; BCE then scores each unit as a separate yes/no question, and a per-unit 'accuracy' looks high for a model that predicts nothing.`, 'For one class per sample use categorical_crossentropy (one-hot) or sparse_categorical_crossentropy (ids); for several labels per sample use sigmoid outputs.'));
    }
    if ((isCce || isSparse) && act === 'sigmoid' && units > 1) {
        out.push(finding('sigmoid-with-cce', 'warning', `Expected a softmax output for ${loss} (a distribution over classes). Received: ${units} independent sigmoid units, which do not sum to 1, so the loss only pushes the true class up and never the others down.`, "For one class per sample use activation 'softmax'; for several labels per sample keep sigmoid and use binary_crossentropy."));
    }
    if (fromLogits && (act === 'sigmoid' || act === 'softmax')) {
        out.push(finding('logits-with-squashing', 'warning', `Expected raw logits with fromLogits: true. Received: outputs already squashed by ${act}, so the loss applies ${act} a second time and its gradients vanish.`, `Set the last layer's activation to 'linear' (keep fromLogits: true), or set fromLogits: false.`));
    }
    if (!fromLogits && loss !== undefined && CROSS_ENTROPY.includes(loss) && act !== 'sigmoid' && act !== 'softmax') {
        out.push(finding('probabilities-expected', 'warning', `Expected probabilities in [0, 1] for ${loss}. Received: a '${act}' output, whose values can leave [0, 1]; they are clipped before the log, so the loss and its gradient are wrong wherever they do.`, `Add activation '${isBce ? 'sigmoid' : 'softmax'}' to the last layer, or pass { name: '${loss}', fromLogits: true }.`));
    }
    for (const metric of setup.metrics ?? [])
        checkMetricOnTask(metric, task, out);
    if (!task)
        return out;
    if (isBce && task.kind === 'multiclass' && task.encoding === 'onehot') {
        out.push(finding('bce-on-multiclass', 'warning', `Expected categorical_crossentropy for one-hot targets over ${task.numClasses} classes (exactly one per row). Received: binary_crossentropy, which treats the ${task.numClasses} columns as independent yes/no questions. Keras 2 and TF.js then report 'accuracy' as binary accuracy, the average of ${task.numClasses} per-class answers: predicting no class at all already scores ${(1 - 1 / task.numClasses).toFixed(2)}.`, "Use loss: 'categorical_crossentropy' with a softmax output. Candor's 'accuracy' is already the argmax accuracy here."));
    }
    if (isCce && task.kind === 'multilabel') {
        out.push(finding('cce-on-multihot', 'warning', `Expected one-hot targets (one 1 per row) for categorical_crossentropy. Received: ${task.description}. A softmax must split probability 1 between the true labels, so it can never predict all of them and training stalls.`, 'For several labels per sample use sigmoid outputs with binary_crossentropy, and judge with subset accuracy, F1 or precision@k.'));
    }
    if (isCce && task.encoding === 'sparse') {
        out.push(finding('cce-on-integer-labels', 'error', `Expected one-hot targets for categorical_crossentropy. Received: ${task.description}.`, "Use loss: 'sparse_categorical_crossentropy' for integer class ids, or one-hot encode the targets with toCategorical."));
    }
    if (isSparse && task.encoding === 'onehot') {
        out.push(finding('sparse-cce-on-onehot', 'error', `Expected integer class ids for sparse_categorical_crossentropy. Received: ${task.description}.`, "Use loss: 'categorical_crossentropy' for one-hot targets, or pass the ids (argmax of each row)."));
    }
    if (loss !== undefined && REGRESSION_LOSSES.includes(loss) && task.kind !== 'regression') {
        out.push(finding('regression-loss-on-classes', 'warning', `Expected continuous targets for ${loss}, a regression loss. Received: ${task.description}. A squared or absolute error on class labels gives weak gradients near wrong answers and a loss that says little about accuracy (a low MSE can still mean bad accuracy).`, task.kind === 'multilabel'
            ? 'Use sigmoid outputs with binary_crossentropy.'
            : task.kind === 'binary' && task.encoding === 'binary'
                ? 'Use a sigmoid output with binary_crossentropy.'
                : 'Use a softmax output with categorical_crossentropy (one-hot) or sparse_categorical_crossentropy (ids).'));
    }
    const expectedUnits = task.kind === 'regression' ? task.columns : task.encoding === 'binary' ? 1 : task.numClasses;
    const unitMismatch = task.encoding === 'sparse'
        ? units > 0 && task.numClasses > units
        : units > 0 && units !== expectedUnits && !(task.encoding === 'binary' && isSparse);
    if (unitMismatch && task.kind !== 'regression') {
        out.push(finding('units-classes-mismatch', 'error', `Expected ${task.encoding === 'sparse' ? `at least ${task.numClasses}` : expectedUnits} output units for ${task.description}. Received: ${units} units.`, `Set the last layer to units: ${task.encoding === 'sparse' ? task.numClasses : expectedUnits}.`));
    }
    if (isBce && yTrue) {
        let bad = -1;
        for (let i = 0; i < yTrue.size && bad < 0; i++)
            if (yTrue.data[i] < 0 || yTrue.data[i] > 1)
                bad = i;
        if (bad >= 0) {
            out.push(finding('bce-targets-out-of-range', 'error', `Expected binary_crossentropy targets in [0, 1]. Received: ${yTrue.data[bad]} (flat index ${bad}). The loss is unbounded below for such targets, so it can go negative and training diverges.`, 'Map the labels to 0/1 (or probabilities), or use sparse_categorical_crossentropy for class ids.'));
        }
    }
    return out;
}
function checkMetricOnTask(spec, task, out) {
    const { family, name: metric } = typeof spec === 'string' ? parseMetric(spec) : spec;
    if (!task)
        return;
    if (family === 'accuracy' && task.kind === 'regression') {
        out.push(finding('accuracy-on-regression', 'warning', `Expected class targets for '${metric}'. Received: ${task.description}; accuracy is undefined for regression.`, "Use 'mae', 'mse' or 'r2'."));
    }
    if (family === 'binary_accuracy' && task.kind === 'multilabel') {
        out.push(finding('per-label-accuracy-on-multilabel', 'info', `binary_accuracy on multi-label targets is per-label accuracy: the fraction of all ${task.numClasses} yes/no decisions per row that are right. With rare labels it is close to 1 for a model that predicts nothing (${task.description}).`, 'Read it next to its all-zeros baseline; subset accuracy, F1 and precision@k are reported beside it.'));
    }
}
/** A precision or recall that was 0/0 for some classes: its value came from zeroDivision, not from the data. */
export function undefinedRatio(metric, classes, zeroDivision) {
    if (classes.length === 0)
        return null;
    const list = (ratio) => classes.filter((c) => c.ratio === ratio).map((c) => c.class);
    const parts = [
        ['precision', 'no sample was predicted as'],
        ['recall', 'no target is'],
    ].flatMap(([ratio, why]) => {
        const ids = list(ratio);
        return ids.length > 0
            ? [
                `${ratio} is undefined (0/0) for class${ids.length > 1 ? 'es' : ''} ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}: ${why} that class`,
            ]
            : [];
    });
    return finding('undefined-ratio', 'info', `${metric.display} ${Number.isNaN(metric.value) ? 'is NaN' : `= ${metric.value.toFixed(4)}`} counts those classes as ${zeroDivision} (zeroDivision): ${parts.join('; ')}.`, "Say what an undefined ratio should count as with { name, zeroDivision: 0 | 1 | 'nan' }, or evaluate on data where every class occurs.");
}
/** Rule 11: an accuracy-like value within sampling noise of (or below) its trivial baseline. */
export function nearBaseline(metric, baseline, samples, ci95) {
    if (!metric.nearBaseline)
        return null; // the metric's record says whether a majority can inflate it
    const b = baseline.value;
    // The same 95% interval the report prints (Wilson for proportions); on huge samples a gain under 0.005 still counts as none.
    const [lo, hi] = ci95 ?? wilsonInterval(metric.value, samples);
    if (!Number.isFinite(lo) || (lo > b && metric.value - b > 0.005))
        return null;
    const diff = metric.value - b;
    const where = hi < b ? 'its 95% CI lies below the baseline' : `its 95% CI [${lo.toFixed(4)}, ${hi.toFixed(4)}] reaches the baseline`;
    return finding('accuracy-near-baseline', 'warning', `Expected ${metric.name} (${metric.resolved}) clearly above what a trivial predictor scores. Received: ${metric.value.toFixed(4)} vs ${b.toFixed(4)} for the ${baseline.name} predictor (difference ${diff.toFixed(4)}; ${where}, on ${samples} samples). This number does not show that the model learned anything.`, 'Compare with the baseline, not with 0: use metrics the majority cannot game (F1, precision@k, AUC), check the setup, or train longer.');
}
//# sourceMappingURL=setup-rules.js.map