/** Generated multi-label documents (scikit-learn's make_multilabel_classification) and their source for configs. */
import { Tensor } from '../tensor/tensor.js';
import { Rng } from '../random/rng.js';
import { TfidfTransformer } from '../preprocessing/tfidf.js';
import { SOURCE_KINDS, capped, defineDataset, planText, splitByPlan } from './source.js';
/** Index of the first cumulative weight above u (numpy.searchsorted, side 'left'). */
function searchSorted(cumulative, u) {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function positiveInt(v, arg) {
    if (!Number.isInteger(v) || v < 1)
        throw new RangeError(`makeMultilabelClassification: argument "${arg}" must be a positive integer. Received: ${arg}=${v}`);
    return v;
}
/**
 * scikit-learn's make_multilabel_classification, same generative process (not the same numbers:
 * Candor's generator is its own): each class has a prior and a distribution over words; a
 * document draws Poisson(nLabels) distinct classes, then Poisson(length) words from the mixture of
 * its classes' word distributions (uniform words when it has none). x holds word counts.
 */
export function makeMultilabelClassification(options = {}) {
    const n = positiveInt(options.nSamples ?? 100, 'nSamples');
    const d = positiveInt(options.nFeatures ?? 20, 'nFeatures');
    const k = positiveInt(options.nClasses ?? 5, 'nClasses');
    const nLabels = options.nLabels ?? 2;
    const length = options.length ?? 50;
    const allowUnlabeled = options.allowUnlabeled ?? true;
    const sharpness = options.sharpness ?? 1;
    if (typeof sharpness !== 'number' || !(sharpness >= 1) || !Number.isFinite(sharpness))
        throw new RangeError(`makeMultilabelClassification: argument "sharpness" must be a number >= 1. Received: sharpness=${JSON.stringify(options.sharpness)}`);
    if (!(nLabels > 0 && nLabels <= k))
        throw new RangeError(`makeMultilabelClassification: argument "nLabels" must be in (0, nClasses]. Received: nLabels=${nLabels}`);
    const rng = new Rng(options.seed ?? 0);
    const classPrior = new Float64Array(k);
    let acc = 0;
    const prior = Array.from({ length: k }, () => rng.uniform());
    const priorSum = prior.reduce((a, b) => a + b, 0);
    prior.forEach((p, c) => {
        acc += p / priorSum;
        classPrior[c] = acc;
    });
    // Word distribution of each class: column c of (d, k), normalised over words.
    const wordGivenClass = new Float64Array(d * k);
    // sharpness 1 is scikit-learn's process: uniform weights, nearly flat, little signal per word; a higher power gives each class a few telling words.
    for (let i = 0; i < d * k; i++)
        wordGivenClass[i] = rng.uniform() ** sharpness;
    for (let c = 0; c < k; c++) {
        let s = 0;
        for (let w = 0; w < d; w++)
            s += wordGivenClass[w * k + c];
        for (let w = 0; w < d; w++)
            wordGivenClass[w * k + c] /= s;
    }
    const x = new Float32Array(n * d);
    const y = new Float32Array(n * k);
    const cumulative = new Float64Array(d);
    for (let i = 0; i < n; i++) {
        let size = k + 1;
        while ((!allowUnlabeled && size === 0) || size > k)
            size = rng.poisson(nLabels);
        const labels = new Set();
        while (labels.size < size)
            labels.add(searchSorted(classPrior, rng.uniform()));
        for (const c of labels)
            y[i * k + c] = 1;
        let words = 0;
        while (words === 0)
            words = rng.poisson(length);
        if (labels.size === 0) {
            for (let t = 0; t < words; t++)
                x[i * d + rng.int(d)]++;
            continue;
        }
        let run = 0;
        for (let w = 0; w < d; w++) {
            for (const c of labels)
                run += wordGivenClass[w * k + c];
            cumulative[w] = run;
        }
        for (let w = 0; w < d; w++)
            cumulative[w] /= run;
        for (let t = 0; t < words; t++)
            x[i * d + searchSorted(cumulative, rng.uniform())]++;
    }
    return { x: new Tensor(x, [n, d], 'float32'), y: new Tensor(y, [n, k], 'float32') };
}
defineDataset({
    name: 'multilabel',
    options: {
        samples: SOURCE_KINDS.count,
        testSize: SOURCE_KINDS.size,
        nFeatures: SOURCE_KINDS.count,
        nClasses: SOURCE_KINDS.count,
        nLabels: SOURCE_KINDS.size,
        tfidf: SOURCE_KINDS.flag,
    },
    load(d, { seed, quick, plan }) {
        const n = capped(d.samples, quick, 400) ?? 3000;
        const { x, y } = makeMultilabelClassification({
            nSamples: n,
            nFeatures: d.nFeatures ?? 4096,
            nClasses: d.nClasses ?? 416,
            nLabels: d.nLabels ?? 3,
            seed,
        });
        const s = splitByPlan(x, y, plan, seed, d.testSize, false);
        // TF-IDF weights are fitted on the training part only.
        const tfidf = d.tfidf === false ? null : new TfidfTransformer().fit(s.xTrain);
        return {
            xTrain: tfidf ? tfidf.transform(s.xTrain) : s.xTrain,
            xTest: tfidf ? tfidf.transform(s.xTest) : s.xTest,
            yTrain: s.yTrain,
            yTest: s.yTest,
            description: `generated multi-label documents, ${n} rows${tfidf ? ', TF-IDF' : ''}${planText(plan)}`,
            resampling: 'fresh',
        };
    },
});
//# sourceMappingURL=synthetic.js.map