/**
 * Data sets downloaded from their canonical addresses into the cache (Keras' load_data): MNIST and
 * Fashion-MNIST (four IDX files each, MD5-checked), CIFAR-10 (the binary batches, MD5-checked);
 * keras-text.ts adds IMDB and Reuters through fetchAll.
 * `origin` and `checksums` point them at a mirror; `path` reads a local copy and downloads nothing.
 */
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import { readFileBounded } from '../io/bounded-read.js';
import { cached, dataRoot } from '../io/download.js';
import { KINDS, readOptions } from '../registry/options.js';
import { loadMnist } from './mnist.js';
import { capped, defineDataset, oneHotIf, SOURCE_KINDS } from './source.js';
// The IDX files TensorFlow's tutorials mirror (MD5s as torchvision and the original site list them).
const MNIST = {
    name: 'mnist',
    origin: 'https://storage.googleapis.com/cvdf-datasets/mnist/',
    files: {
        'train-images-idx3-ubyte.gz': 'f68b3c2dcbeaaa9fbdd348bbdeb94873',
        'train-labels-idx1-ubyte.gz': 'd53e105ee54ea40749a09fcbcd1e9432',
        't10k-images-idx3-ubyte.gz': '9fb629c4189551a2d022fa330f9573f3',
        't10k-labels-idx1-ubyte.gz': 'ec29112dd5afa0611ce80d1b7f02629c',
    },
};
// Keras' fashion_mnist origin; MD5s from Zalando's repository.
const FASHION_MNIST = {
    name: 'fashion-mnist',
    origin: 'https://storage.googleapis.com/tensorflow/tf-keras-datasets/',
    files: {
        'train-images-idx3-ubyte.gz': '8d4fb7e6c68d591d4c3dfef9ec88bf0d',
        'train-labels-idx1-ubyte.gz': '25c81989df183df01b3e8a0aad5dffbe',
        't10k-images-idx3-ubyte.gz': 'bef4ecab320f06d8554ea6380940ec79',
        't10k-labels-idx1-ubyte.gz': 'bb300cfdad3c16e7a12a480ee83cd310',
    },
};
// The authors' binary version (cs.toronto.edu/~kriz/cifar.html).
const CIFAR10 = {
    name: 'cifar-10',
    origin: 'https://www.cs.toronto.edu/~kriz/',
    files: { 'cifar-10-binary.tar.gz': 'c32a1d4ab5d03f1284b67883e8d87530' },
};
const CIFAR10_ARCHIVE = 'cifar-10-binary.tar.gz';
const checksumMap = {
    test: (v) => !!v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        Object.values(v).every((c) => typeof c === 'string' && /^([0-9a-f]{32}|[0-9a-f]{64})$/.test(c)),
    expected: 'an object of file name → MD5 (32 hex digits) or SHA-256 (64 hex digits)',
};
/** The options every download loader takes. */
export const DOWNLOAD_KEYS = {
    path: 'string',
    origin: 'string',
    checksums: checksumMap,
    trainSize: KINDS.positiveInt,
    testSize: KINDS.positiveInt,
    quiet: 'boolean',
};
const readDownloadOptions = (o, where) => readOptions(o, where, { keys: DOWNLOAD_KEYS });
/** Every file of a source in the cache (downloaded as needed); the directory they are in. */
export async function fetchAll(source, o, where) {
    if (o.path !== undefined)
        return o.path;
    const dir = join(dataRoot(), source.name);
    for (const [file, md5] of Object.entries(source.files)) {
        const checksum = o.checksums?.[file] ?? md5;
        await cached({ url: `${o.origin ?? source.origin}${file}`, file, checksum }, dir, where, o.quiet);
    }
    return dir;
}
const sizes = (o) => ({
    ...(o.trainSize !== undefined ? { trainSize: o.trainSize } : {}),
    ...(o.testSize !== undefined ? { testSize: o.testSize } : {}),
});
/** MNIST from its canonical IDX files (60,000 train / 10,000 test digits), cached; no npm package needed. */
export async function downloadMnist(options = {}) {
    const o = readDownloadOptions(options, 'mnist.download');
    return loadMnist({ path: await fetchAll(MNIST, o, 'mnist.download'), ...sizes(o) });
}
/** Fashion-MNIST (Zalando: 10 kinds of clothing, MNIST's format and sizes), cached. */
export async function downloadFashionMnist(options = {}) {
    const o = readDownloadOptions(options, 'fashionMnist.download');
    return loadMnist({ path: await fetchAll(FASHION_MNIST, o, 'fashionMnist.download'), ...sizes(o) });
}
/** The regular files of a tar archive by name (ustar headers: name at 0, octal size at 124, type at 156). */
function untar(bytes, where) {
    const files = new Map();
    const text = (from, len) => new TextDecoder().decode(bytes.subarray(from, from + len)).replace(/\0.*$/s, '');
    for (let at = 0; at + 512 <= bytes.length;) {
        const name = text(at, 100);
        if (name === '')
            break;
        const size = parseInt(text(at + 124, 12).trim() || '0', 8);
        if (!Number.isFinite(size) || at + 512 + size > bytes.length)
            throw new Error(`${where}: the archive is damaged at member "${name}"`);
        const type = String.fromCharCode(bytes[at + 156]);
        if (type === '0' || type === '\0')
            files.set(name, bytes.subarray(at + 512, at + 512 + size));
        at += 512 + Math.ceil(size / 512) * 512;
    }
    return files;
}
/** CIFAR-10 batches (records of a label byte and 3,072 channel-planar pixels) as (n, 32, 32, 3) images in [0, 1] and class ids. */
function cifarBatches(batches, n, where) {
    const record = 1 + 3 * 1024;
    const all = batches.reduce((k, b) => k + b.length / record, 0);
    const count = Math.min(n ?? all, all);
    const x = new Float32Array(count * 3072);
    const y = new Float32Array(count);
    let i = 0;
    for (const batch of batches) {
        if (batch.length % record !== 0)
            throw new Error(`${where}: a CIFAR-10 batch holds ${batch.length} bytes, not a whole number of ${record}-byte records`);
        for (let r = 0; r < batch.length / record && i < count; r++, i++) {
            const base = r * record;
            y[i] = batch[base];
            for (let p = 0; p < 1024; p++)
                for (let c = 0; c < 3; c++)
                    x[(i * 1024 + p) * 3 + c] = batch[base + 1 + c * 1024 + p] / 255;
        }
    }
    return { x: new Tensor(x, [count, 32, 32, 3], 'float32'), y: new Tensor(y, [count], 'float32') };
}
/** CIFAR-10 from the authors' archive in `dir` (already downloaded and checked). */
function readCifar10(dir, trainSize, testSize, where) {
    const members = untar(gunzipSync(readFileBounded(join(dir, CIFAR10_ARCHIVE), where)), where);
    const member = (name) => {
        const m = members.get(`cifar-10-batches-bin/${name}`);
        if (!m)
            throw new Error(`${where}: the archive has no cifar-10-batches-bin/${name}`);
        return m;
    };
    const train = cifarBatches([1, 2, 3, 4, 5].map((k) => member(`data_batch_${k}.bin`)), trainSize, where);
    const test = cifarBatches([member('test_batch.bin')], testSize, where);
    return { xTrain: train.x, yTrain: train.y, xTest: test.x, yTest: test.y };
}
/** CIFAR-10 (50,000 train / 10,000 test colour images of 10 classes, 32 × 32), from the authors' binary archive, cached. */
export async function downloadCifar10(options = {}) {
    const where = 'cifar10.download';
    const o = readDownloadOptions(options, where);
    return readCifar10(await fetchAll(CIFAR10, o, where), o.trainSize, o.testSize, where);
}
// Training configs load synchronously, so { "dataset": "cifar10" } reads the cache (or `path`) that
// `candor download cifar10` or datasets.cifar10.download() filled; files there were checked on arrival.
defineDataset({
    name: 'cifar10',
    fixedTestSet: true,
    options: { trainSize: SOURCE_KINDS.count, testSize: SOURCE_KINDS.count, oneHot: SOURCE_KINDS.flag, path: 'string' },
    load(d, { quick, dir }) {
        const where = 'dataset "cifar10"';
        const folder = typeof d.path === 'string' ? resolve(dir, d.path) : join(dataRoot(), CIFAR10.name);
        if (!existsSync(join(folder, CIFAR10_ARCHIVE)))
            throw new Error(`${where}: ${join(folder, CIFAR10_ARCHIVE)} is not there. Download CIFAR-10 (163 MB) once with: npx candor download cifar10` +
                ' (or await candor.datasets.cifar10.download()), or give "path": the folder that holds the archive');
        const c = readCifar10(folder, capped(d.trainSize, quick, 1000), capped(d.testSize, quick, 500), where);
        return {
            xTrain: c.xTrain,
            xTest: c.xTest,
            yTrain: oneHotIf(c.yTrain, d.oneHot, 10),
            yTest: oneHotIf(c.yTest, d.oneHot, 10),
            description: `CIFAR-10, ${c.xTrain.shape[0]} train / ${c.xTest.shape[0]} test colour images`,
            resampling: 'fixed',
        };
    },
});
//# sourceMappingURL=downloads.js.map