/** Losses with Keras semantics (per-element values, then a weighted reduction) and the loss registry. */
import { Tensor } from '../tensor/tensor.js';
import { formatShape, shapesEqual } from '../tensor/shape.js';
import { abs, add, clip, div, greater, log, maximum, minimum, mul, square, sub, where } from '../ops/elementwise.js';
import { mean, sum } from '../ops/reduce.js';
import { cast, oneHot, reshape } from '../ops/layout.js';
import { sigmoidCrossEntropy, softmaxCrossEntropy } from '../ops/nn.js';
import { Registry } from '../registry/registry.js';
import { readOptions } from '../registry/options.js';
/** Keras' fuzz factor: probabilities are clipped to [EPSILON, 1 - EPSILON] before a log. */
export const EPSILON = 1e-7;
/** Keras' loss functions reduce the last axis only: (N, …, C) -> (N, …); the reduction handles the rest. */
function lastAxisMean(t) {
    return t.rank <= 1 ? t : mean(t, -1);
}
function lastAxisSum(t) {
    return t.rank <= 1 ? t : sum(t, -1);
}
/** Aligns (N,) targets with (N,1) predictions; any other mismatch is an error naming both shapes. */
function alignTargets(yTrue, yPred, loss) {
    const y = yTrue.dtype === 'int32' ? cast(yTrue, 'float32') : yTrue;
    if (shapesEqual(y.shape, yPred.shape))
        return y;
    if (y.size === yPred.size && yPred.shape[yPred.rank - 1] === 1 && y.shape[0] === yPred.shape[0])
        return reshape(y, yPred.shape);
    throw new RangeError(`${loss}: targets and predictions must have the same shape. Received: yTrue.shape=${formatShape(yTrue.shape)}, yPred.shape=${formatShape(yPred.shape)}`);
}
const clipProbabilities = (p) => clip(p, EPSILON, 1 - EPSILON);
const binaryCrossentropy = (yTrue, yPred, o) => {
    let y = alignTargets(yTrue, yPred, 'binary_crossentropy');
    if (o.labelSmoothing)
        y = add(mul(y, 1 - o.labelSmoothing), 0.5 * o.labelSmoothing);
    if (o.fromLogits)
        return lastAxisMean(sigmoidCrossEntropy(yPred, y));
    const p = clipProbabilities(yPred);
    return lastAxisMean(sub(0, add(mul(y, log(p)), mul(sub(1, y), log(sub(1, p))))));
};
const categoricalCrossentropy = (yTrue, yPred, o) => {
    let y = alignTargets(yTrue, yPred, 'categorical_crossentropy');
    const classes = yPred.shape[yPred.rank - 1];
    if (o.labelSmoothing)
        y = add(mul(y, 1 - o.labelSmoothing), o.labelSmoothing / classes);
    if (o.fromLogits)
        return softmaxCrossEntropy(yPred, y);
    // Keras renormalises the probabilities so each row sums to 1, then clips.
    const p = clipProbabilities(div(yPred, sum(yPred, -1, true)));
    return sub(0, sum(mul(y, log(p)), -1));
};
const sparseCategoricalCrossentropy = (yTrue, yPred, o) => {
    const classes = yPred.shape[yPred.rank - 1];
    let labels = yTrue;
    if (labels.rank === yPred.rank && labels.shape[labels.rank - 1] === 1)
        labels = reshape(labels, labels.shape.slice(0, -1));
    if (labels.rank !== yPred.rank - 1 || !labels.shape.every((d, i) => d === yPred.shape[i])) {
        throw new RangeError(`sparse_categorical_crossentropy: targets must be class ids with the predictions' shape minus the class axis. Received: yTrue.shape=${formatShape(yTrue.shape)}, yPred.shape=${formatShape(yPred.shape)}`);
    }
    for (let i = 0; i < labels.size; i++) {
        const v = labels.data[i];
        if (!Number.isInteger(v) || v < 0 || v >= classes) {
            throw new RangeError(`sparse_categorical_crossentropy: targets must be integer class ids in [0, ${classes - 1}] for ${classes} output units. Received: ${v} at sample ${i}`);
        }
    }
    if (o.fromLogits && !o.labelSmoothing)
        return softmaxCrossEntropy(yPred, cast(labels, 'int32'));
    return categoricalCrossentropy(oneHot(cast(labels, 'int32'), classes), yPred, o);
};
const meanSquaredError = (yTrue, yPred) => lastAxisMean(square(sub(yPred, alignTargets(yTrue, yPred, 'mean_squared_error'))));
const meanAbsoluteError = (yTrue, yPred) => lastAxisMean(abs(sub(yPred, alignTargets(yTrue, yPred, 'mean_absolute_error'))));
const huber = (yTrue, yPred, o) => {
    const err = abs(sub(yPred, alignTargets(yTrue, yPred, 'huber')));
    const quadratic = minimum(err, o.delta);
    // 0.5·q² + δ·(|e| - q): quadratic inside δ, linear outside, continuous at δ.
    return lastAxisMean(add(mul(square(quadratic), 0.5), mul(sub(err, quadratic), o.delta)));
};
const hinge = (yTrue, yPred) => {
    const y = alignTargets(yTrue, yPred, 'hinge');
    // Keras converts {0,1} targets to {-1,1}.
    const signed = where(greater(y, 0), 1, -1);
    return lastAxisMean(maximum(sub(1, mul(signed, yPred)), 0));
};
const klDivergence = (yTrue, yPred) => {
    const y = clip(alignTargets(yTrue, yPred, 'kl_divergence'), EPSILON, 1);
    const p = clip(yPred, EPSILON, 1);
    return lastAxisSum(mul(y, log(div(y, p))));
};
const poisson = (yTrue, yPred) => {
    const y = alignTargets(yTrue, yPred, 'poisson');
    return lastAxisMean(sub(yPred, mul(y, log(add(yPred, EPSILON)))));
};
/** The built-in per-sample losses by Keras name, aliases included. */
export const LOSSES = {
    binary_crossentropy: binaryCrossentropy,
    categorical_crossentropy: categoricalCrossentropy,
    sparse_categorical_crossentropy: sparseCategoricalCrossentropy,
    mean_squared_error: meanSquaredError,
    mse: meanSquaredError,
    mean_absolute_error: meanAbsoluteError,
    mae: meanAbsoluteError,
    huber,
    hinge,
    kl_divergence: klDivergence,
    kld: klDivergence,
    kullback_leibler_divergence: klDivergence,
    poisson,
};
/** Every loss by name: the built-in ones and those given to registerLoss. */
export const LOSS_REGISTRY = new Registry('loss', 'a custom loss is found once registered: candor.registerLoss(name, fn)');
const BUILT_IN = [
    ['binary_crossentropy'],
    ['categorical_crossentropy'],
    ['sparse_categorical_crossentropy'],
    ['mean_squared_error', 'mse'],
    ['mean_absolute_error', 'mae'],
    ['huber'],
    ['hinge'],
    ['kl_divergence', 'kld', 'kullback_leibler_divergence'],
    ['poisson'],
];
for (const [name, ...aliases] of BUILT_IN)
    LOSS_REGISTRY.register(name, LOSSES[name], { aliases, builtin: true });
const userLosses = new WeakMap();
/** The per-sample form of a user's loss function: its values as given, checked for one row per sample. */
function wrapLoss(name, fn) {
    const known = userLosses.get(fn);
    if (known)
        return known;
    const wrapped = (yTrue, yPred) => {
        const values = fn(yTrue, yPred);
        if (!(values instanceof Tensor) || values.shape[0] !== yPred.shape[0]) {
            throw new RangeError(`loss "${name}": a loss function must return a Tensor with one row per sample (shape [${yPred.shape[0]}] or [${yPred.shape[0]}, …]). Received: ${values instanceof Tensor ? `shape ${formatShape(values.shape)}` : typeof values}`);
        }
        return values.rank <= 1 ? values : lastAxisMean(values);
    };
    userLosses.set(fn, wrapped);
    return wrapped;
}
/**
 * Registers a custom loss so that compile takes it by name and saved models reload with it (the
 * model file records the name). The function gets (yTrue, yPred) and returns per-sample losses.
 */
export function registerLoss(name, fn) {
    if (typeof fn !== 'function')
        throw new TypeError(`registerLoss: expected a function (yTrue, yPred) => Tensor of per-sample losses. Received: ${typeof fn}`);
    LOSS_REGISTRY.register(name, wrapLoss(name, fn));
    return fn;
}
/** Canonical name of a loss (aliases resolved): 'mse' -> 'mean_squared_error'. */
export function canonicalLossName(name) {
    LOSS_REGISTRY.get(name, 'compile', 'loss');
    return LOSS_REGISTRY.canonical(name);
}
const REDUCTIONS = ['sum_over_batch_size', 'sum', 'none'];
const COMMON = {
    reduction: { test: (v) => REDUCTIONS.includes(v), expected: "'sum_over_batch_size', 'sum' or 'none'" },
    dtype: { test: (v) => v === 'float32', expected: "'float32' (Candor computes in float32 only)" },
};
const CROSS_ENTROPY = {
    ...COMMON,
    fromLogits: 'boolean',
    labelSmoothing: { test: (v) => typeof v === 'number' && v >= 0 && v <= 1, expected: 'a number in [0, 1]' },
};
/** The options each loss implements (Keras' names; snake_case accepted); anything else is refused. */
const LOSS_OPTIONS = {
    binary_crossentropy: CROSS_ENTROPY,
    categorical_crossentropy: CROSS_ENTROPY,
    sparse_categorical_crossentropy: CROSS_ENTROPY,
    huber: { ...COMMON, delta: { test: (v) => typeof v === 'number' && v > 0, expected: 'a number > 0' } },
};
const REFUSED = {
    axis: "Candor reduces the last axis (Keras' default); other axes are not implemented",
    ignoreClass: 'ignoring a class id is not implemented; give those samples a sample weight of 0',
    name: "a loss instance takes no name; in compile use { name: 'binary_crossentropy', … } to choose the loss",
};
/** A configured loss: per-element values (the last axis reduced), then a weighted reduction. */
export class Loss {
    name;
    options;
    fn;
    /** A loss by name (built-in or registered), or a user's function under its own name. */
    constructor(name, raw = {}, fn) {
        this.name = fn ? name : canonicalLossName(name);
        if (fn) {
            const held = LOSS_REGISTRY.find(name);
            if (held && held !== wrapLoss(name, fn))
                throw new RangeError(`compile: the loss function "${name}" has the name of ${LOSS_REGISTRY.isCustom(name) ? 'another registered' : 'the built-in'} loss "${LOSS_REGISTRY.canonical(name)}". Rename the function.`);
        }
        this.fn = fn ? wrapLoss(name, fn) : LOSS_REGISTRY.get(this.name, 'compile', 'loss');
        const options = readOptions(raw, this.name, { keys: LOSS_OPTIONS[this.name] ?? COMMON, refused: REFUSED });
        const { fromLogits = false, labelSmoothing = 0, reduction = 'sum_over_batch_size', delta = 1 } = options;
        this.options = { fromLogits, labelSmoothing, reduction, delta };
    }
    /** Whether a saved model can name this loss and find it again (built-in, or registered under its name). */
    get registered() {
        return LOSS_REGISTRY.find(this.name) === this.fn;
    }
    /** Loss values with the last axis reduced, shape (batch, …). `fromLogits` overrides the configured flag (the model's fused path). */
    elementwise(yTrue, yPred, fromLogits = this.options.fromLogits) {
        return this.fn(yTrue, yPred, { ...this.options, fromLogits });
    }
    /** One loss value per sample, shape (batch,): the mean over every axis but the batch axis. */
    perSample(yTrue, yPred, fromLogits = this.options.fromLogits) {
        const values = this.elementwise(yTrue, yPred, fromLogits);
        return values.rank <= 1
            ? values
            : mean(values, values.shape.slice(1).map((_, i) => i + 1));
    }
    /**
     * The reduced loss. sampleWeight is one weight per sample ((N,) or (N, 1)) or one per loss
     * element (e.g. (N, T) per timestep, as Keras); any other shape is an error naming both.
     */
    call(yTrue, yPred, sampleWeight, fromLogits) {
        const values = this.elementwise(yTrue, yPred, fromLogits);
        return reduceLoss(values, this.options.reduction, sampleWeight && alignSampleWeight(sampleWeight, values.shape, this.name));
    }
    getConfig() {
        return {
            name: this.name,
            ...Object.fromEntries(Object.entries(this.options).filter(([k]) => k in (LOSS_OPTIONS[this.name] ?? COMMON))),
        };
    }
}
/** Reshapes per-sample weights to broadcast over a loss of shape (N, …); per-element weights must match it. */
export function alignSampleWeight(w, lossShape, where) {
    const n = lossShape[0];
    const perSample = w.rank === 1 || (w.rank === 2 && w.shape[1] === 1);
    if (perSample && w.shape[0] === n)
        return lossShape.length <= 1 ? reshape(w, [n]) : reshape(w, [n, ...lossShape.slice(1).map(() => 1)]);
    if (shapesEqual(w.shape, lossShape))
        return w;
    throw new RangeError(`${where}: sampleWeight must have shape (${n},) or (${n}, 1) (one weight per sample)${lossShape.length > 1 ? ` or ${formatShape(lossShape)} (one per loss element)` : ''}. Received: sampleWeight.shape=${formatShape(w.shape)} for a loss of shape ${formatShape(lossShape)}`);
}
/** Keras reductions: 'sum_over_batch_size' = sum(loss·w) / number of loss elements. */
export function reduceLoss(values, reduction, sampleWeight) {
    const weighted = sampleWeight ? mul(values, sampleWeight) : values;
    if (reduction === 'none')
        return weighted;
    const total = sum(weighted);
    return reduction === 'sum' ? total : div(total, Math.max(values.size, 1));
}
/** Resolves 'binary_crossentropy', { name, fromLogits, … }, a Loss, or a loss function (named by its function name). */
export function getLoss(spec) {
    if (spec instanceof Loss)
        return spec;
    if (typeof spec === 'string')
        return new Loss(spec);
    if (typeof spec === 'function') {
        if (!spec.name)
            throw new TypeError('compile: a loss function needs a name to be logged and saved under: use a named function, or registerLoss(name, fn) and pass the name');
        return new Loss(spec.name, {}, spec);
    }
    if (typeof spec === 'object' && spec !== null && typeof spec.name === 'string') {
        const { name, ...options } = spec;
        return new Loss(name, options);
    }
    throw new TypeError(`compile: argument "loss" must be a loss name, { name, ...options }, a Loss or a function (yTrue, yPred) => Tensor. Received: ${JSON.stringify(spec)}`);
}
//# sourceMappingURL=losses.js.map