import { Registry } from '../registry/registry.js';
import { foldSplit, StandardScaler, trainTestSplit } from '../preprocessing/split.js';
import { toCategorical } from '../preprocessing/categorical.js';
export const DATASETS = new Registry('dataset', 'a custom dataset is found once registered: candor.registerDataset(source)');
export function defineDataset(source) {
    DATASETS.register(source.name, source, { builtin: true });
}
/** Registers a custom dataset source, so training configs and experiments can name it. */
export function registerDataset(source) {
    if (typeof source !== 'object' || source === null || typeof source.load !== 'function' || typeof source.name !== 'string') {
        throw new TypeError('registerDataset: expected { name, options, load(config, context) => Splits }');
    }
    DATASETS.register(source.name, source);
}
// ---- helpers every source shares ----
/** A size option, capped under --quick so a run finishes in seconds. */
export function capped(n, quick, quickCap) {
    return quick ? Math.min(n ?? quickCap, quickCap) : n;
}
/** The plan's split of (x, y), seeded; class labels are stratified unless `stratify` is false. */
export function splitByPlan(x, y, plan, seed, testSize, stratify = true) {
    return plan.kind === 'kfold'
        ? foldSplit(x, y, { k: plan.k, fold: plan.fold, stratified: plan.stratified && stratify, seed })
        : trainTestSplit(x, y, { testSize: testSize ?? 0.2, seed, stratify });
}
/** ', 5-fold stratified cross-validation' for descriptions (empty for a hold-out split). */
export const planText = (plan) => plan.kind === 'kfold' ? `, ${plan.k}-fold${plan.stratified ? ' stratified' : ''} cross-validation` : '';
/** Class ids one-hot encoded when the config asks (softmax + categorical_crossentropy). */
export const oneHotIf = (y, on, k) => (on ? toCategorical(y, k) : y);
/** Features standardised on the training part only, when the config asks. */
export function scaledIf(s, scale) {
    if (!scale)
        return s;
    const scaler = new StandardScaler().fit(s.xTrain);
    return { ...s, xTrain: scaler.transform(s.xTrain), xTest: scaler.transform(s.xTest), description: `${s.description}, standardised` };
}
/** Kinds of dataset options. */
export const SOURCE_KINDS = {
    size: {
        test: (v) => typeof v === 'number' && v > 0 && Number.isFinite(v),
        expected: 'a positive number (a count, or a fraction below 1 for testSize)',
    },
    count: { test: (v) => Number.isInteger(v) && v > 0, expected: 'a positive integer' },
    flag: 'boolean',
};
//# sourceMappingURL=source.js.map