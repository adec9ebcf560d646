/** Seeded splits (train/test, k-fold, stratified) and StandardScaler. */
import { Tensor } from '../tensor/tensor.js';
import { Rng } from '../random/rng.js';
import { takeRows, toFloatData } from '../tensor/input.js';
import { argmaxRow } from '../evaluation/metrics/labels.js';
/** Class of each sample: the id for one column of labels, the argmax for one-hot rows. */
function classesOf(y) {
    const n = y.shape[0];
    const cols = y.size / n;
    return Array.from({ length: n }, (_, i) => (cols === 1 ? y.data[i] : argmaxRow(y.data, i * cols, cols)));
}
/** Sample indices grouped by class, each group shuffled with the seed. */
function shuffledByClass(y, rng) {
    const groups = new Map();
    classesOf(y).forEach((c, i) => (groups.get(c) ?? groups.set(c, []).get(c)).push(i));
    return [...groups.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, idx]) => {
        rng.shuffle(idx);
        return idx;
    });
}
/** Seeded (stratified) train/test split, like scikit-learn's train_test_split. */
export function trainTestSplit(x, y, options = {}) {
    const xs = toFloatData(x, 'trainTestSplit', 'x');
    const ys = toFloatData(y, 'trainTestSplit', 'y');
    const n = xs.shape[0];
    if (ys.shape[0] !== n)
        throw new RangeError(`trainTestSplit: x and y must have the same number of samples. Received: ${n} and ${ys.shape[0]}`);
    const size = options.testSize ?? 0.25;
    const nTest = size < 1 ? Math.round(n * size) : size;
    if (!(size > 0) || !Number.isInteger(nTest) || nTest < 1 || nTest >= n) {
        throw new RangeError(`trainTestSplit: argument "testSize" must leave samples on both sides (a fraction in (0, 1) or a count in [1, ${n - 1}]). Received: testSize=${size}`);
    }
    const rng = new Rng(options.seed ?? 0);
    let test;
    if (options.stratify ?? true) {
        // Each class contributes its share of the test set; rounding leftovers go to the largest remainders.
        const groups = shuffledByClass(ys, rng);
        const quotas = groups.map((g) => (g.length * nTest) / n);
        const counts = quotas.map(Math.floor);
        const order = quotas.map((q, i) => [q - Math.floor(q), i]).sort((a, b) => b[0] - a[0]);
        const leftover = nTest - counts.reduce((a, b) => a + b, 0);
        for (let r = 0; r < leftover; r++)
            counts[order[r][1]]++;
        test = groups.flatMap((g, i) => g.slice(0, counts[i]));
    }
    else {
        const all = Array.from({ length: n }, (_, i) => i);
        rng.shuffle(all);
        test = all.slice(0, nTest);
    }
    const inTest = new Set(test);
    const train = Array.from({ length: n }, (_, i) => i).filter((i) => !inTest.has(i));
    test.sort((a, b) => a - b);
    return { xTrain: takeRows(xs, train), xTest: takeRows(xs, test), yTrain: takeRows(ys, train), yTest: takeRows(ys, test) };
}
/** Deals shuffled sample indices round-robin over k folds; groups (classes) continue where the last one stopped. */
function foldsOf(groups, n, k, name) {
    if (!Number.isInteger(k) || k < 2 || k > n)
        throw new RangeError(`${name}: argument "k" must be an integer in [2, ${n}]. Received: k=${k}`);
    const foldOf = new Int32Array(n);
    let next = 0;
    for (const group of groups)
        for (const i of group)
            foldOf[i] = next++ % k;
    return Array.from({ length: k }, (_, f) => ({
        train: Array.from({ length: n }, (_, i) => i).filter((i) => foldOf[i] !== f),
        test: Array.from({ length: n }, (_, i) => i).filter((i) => foldOf[i] === f),
    }));
}
/** Seeded stratified k-fold: for each fold, the train and test sample indices. */
export function stratifiedKFold(y, k, seed = 0) {
    const ys = toFloatData(y, 'stratifiedKFold', 'y');
    return foldsOf(shuffledByClass(ys, new Rng(seed)), ys.shape[0], k, 'stratifiedKFold');
}
/** Seeded (shuffled, unstratified) k-fold over n samples. */
export function kFold(n, k, seed = 0) {
    const all = Array.from({ length: n }, (_, i) => i);
    new Rng(seed).shuffle(all);
    return foldsOf([all], n, k, 'kFold');
}
/** Fold `fold` of a seeded k-fold split of (x, y), in trainTestSplit's shape. */
export function foldSplit(x, y, options) {
    const xs = toFloatData(x, 'foldSplit', 'x');
    const ys = toFloatData(y, 'foldSplit', 'y');
    if (ys.shape[0] !== xs.shape[0])
        throw new RangeError(`foldSplit: x and y must have the same number of samples. Received: ${xs.shape[0]} and ${ys.shape[0]}`);
    const folds = (options.stratified ?? true) ? stratifiedKFold(ys, options.k, options.seed) : kFold(xs.shape[0], options.k, options.seed);
    const f = folds[options.fold];
    if (!f)
        throw new RangeError(`foldSplit: argument "fold" must be an integer in [0, ${options.k - 1}]. Received: fold=${options.fold}`);
    return { xTrain: takeRows(xs, f.train), xTest: takeRows(xs, f.test), yTrain: takeRows(ys, f.train), yTest: takeRows(ys, f.test) };
}
/** Standardises each feature to mean 0 and standard deviation 1 (population sd, as scikit-learn). */
export class StandardScaler {
    mean = null;
    scale = null;
    fit(x) {
        const xs = toFloatData(x, 'StandardScaler.fit', 'x');
        const n = xs.shape[0];
        const d = xs.size / n;
        const mean = new Float64Array(d);
        const sq = new Float64Array(d);
        for (let i = 0; i < n; i++)
            for (let j = 0; j < d; j++)
                mean[j] += xs.data[i * d + j] / n;
        for (let i = 0; i < n; i++)
            for (let j = 0; j < d; j++)
                sq[j] += (xs.data[i * d + j] - mean[j]) ** 2 / n;
        this.mean = mean;
        // A constant feature keeps scale 1 (scikit-learn does the same) instead of dividing by zero.
        this.scale = sq.map((v) => (v > 0 ? Math.sqrt(v) : 1));
        return this;
    }
    transform(x) {
        if (!this.mean || !this.scale)
            throw new Error('StandardScaler.transform: call fit first.');
        const xs = toFloatData(x, 'StandardScaler.transform', 'x');
        const d = this.mean.length;
        if (xs.size / xs.shape[0] !== d)
            throw new RangeError(`StandardScaler.transform: expected ${d} features per sample (as in fit). Received: x.shape=[${xs.shape.join(',')}]`);
        const out = new Float32Array(xs.size);
        for (let i = 0; i < xs.size; i++)
            out[i] = (xs.data[i] - this.mean[i % d]) / this.scale[i % d];
        return new Tensor(out, xs.shape, 'float32');
    }
    fitTransform(x) {
        return this.fit(x).transform(x);
    }
}
//# sourceMappingURL=split.js.map