/**
 * Keras' word-index text data sets: IMDB movie reviews (sentiment, 25,000 / 25,000) and Reuters
 * newswires (46 topics, 11,228), from Keras' .npz files (object arrays of word-id lists, read
 * through numpy-pickle.ts), cached. load_data's rules are Keras 3's, line for line: the same
 * RandomState(113) shuffle, start/OOV characters, index offset, maxlen filter, num_words cut and
 * Reuters' train/test split, so a model trained here sees exactly the samples it would in Keras.
 */
import { join } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import { readFileBounded, readTextBounded } from '../io/bounded-read.js';
import { readNpyItems, readNpzEntries } from '../io/readers/arrays.js';
import { PickledArray } from '../io/readers/numpy-pickle.js';
import { NumpyRandomState } from '../random/numpy-random-state.js';
import { KINDS, readOptions } from '../registry/options.js';
import { DOWNLOAD_KEYS, fetchAll } from './downloads.js';
const KERAS_ORIGIN = 'https://storage.googleapis.com/tensorflow/tf-keras-datasets/';
// File names and checksums as keras/src/datasets/imdb.py and reuters.py give them (SHA-256, word indices MD5).
const IMDB = {
    name: 'imdb',
    origin: KERAS_ORIGIN,
    files: { 'imdb.npz': '69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f' },
};
const IMDB_WORDS = { name: 'imdb', origin: KERAS_ORIGIN, files: { 'imdb_word_index.json': 'bfafd718b763782e994055a2d397834f' } };
const REUTERS = {
    name: 'reuters',
    origin: KERAS_ORIGIN,
    files: { 'reuters.npz': 'd6586e694ee56d7a4e65172e12b3e987c03096cb01eab99753921ef915959916' },
};
const REUTERS_WORDS = {
    name: 'reuters',
    origin: KERAS_ORIGIN,
    files: { 'reuters_word_index.json': '4d44cc38712099c9e383dc6e5f11a921' },
};
const idOrNull = {
    test: (v) => v === null || (Number.isInteger(v) && v >= 0),
    expected: 'an integer >= 0 or null',
};
const SEQUENCE_KEYS = {
    ...DOWNLOAD_KEYS,
    numWords: KINDS.positiveInt,
    skipTop: KINDS.nonNegativeInt,
    maxlen: KINDS.positiveInt,
    seed: {
        test: (v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff,
        expected: 'an integer in [0, 2^32 - 1]',
    },
    startChar: idOrNull,
    oovChar: idOrNull,
    indexFrom: KINDS.nonNegativeInt,
};
/** One named array of a Keras text .npz: word-id lists, or labels. */
function npzArray(entries, key, path) {
    const bytes = entries.get(key);
    if (!bytes)
        throw new Error(`${path} has no array "${key}". It holds: ${[...entries.keys()].join(', ')}`);
    const { shape, items } = readNpyItems(bytes, `${path}:${key}`);
    if (shape.length !== 1)
        throw new Error(`${path}:${key}: expected one axis (one entry per sample). Received shape [${shape}]`);
    return items;
}
function readSplit(entries, xKey, yKey, path) {
    const x = npzArray(entries, xKey, path);
    const y = npzArray(entries, yKey, path);
    if (x.length !== y.length)
        throw new Error(`${path}: ${xKey} holds ${x.length} sequences but ${yKey} ${y.length} labels`);
    if (!y.every((v) => Number.isInteger(v)))
        throw new Error(`${path}:${yKey}: labels must be integers`);
    return { x, y: y };
}
/** A sample's word ids as numbers (a list, or a NumPy integer array inside the object array). */
function wordIds(v, i, where) {
    const ids = v instanceof PickledArray ? v.items : v;
    if (!Array.isArray(ids) || !ids.every((w) => Number.isInteger(w)))
        throw new Error(`${where}: sample ${i} is not a list of integer word ids`);
    return ids;
}
/** Keras' shuffle (one generator, in the order given) and id shift: start char, then ids + indexFrom. */
function shuffleAndShift(splits, o, where) {
    const rng = new NumpyRandomState(o.seed ?? 113);
    const start = o.startChar === undefined ? 1 : o.startChar;
    const shift = o.indexFrom ?? 3;
    return splits.map(({ x, y }) => {
        const order = rng.shuffle(Array.from(x, (_, i) => i));
        return {
            x: order.map((i) => {
                const ids = wordIds(x[i], i, where).map((w) => w + shift);
                return start === null ? ids : [start, ...ids];
            }),
            y: order.map((i) => y[i]),
        };
    });
}
/** Keras' remove_long_seq: keeps sequences strictly shorter than maxlen. */
function dropLong(s, maxlen) {
    if (!maxlen)
        return s;
    const keep = s.x.map((q, i) => (q.length < maxlen ? i : -1)).filter((i) => i >= 0);
    return { x: keep.map((i) => s.x[i]), y: keep.map((i) => s.y[i]) };
}
/**
 * The vocabulary cut over all sequences: ids outside [skipTop, numWords) become oovChar (or are
 * dropped when it is null). Without numWords Keras takes the largest id — and its `<` then cuts that
 * one id too; kept, so the ids match Keras' exactly.
 */
function cutVocabulary(xs, o) {
    const skipTop = o.skipTop ?? 0;
    const oov = o.oovChar === undefined ? 2 : o.oovChar;
    const numWords = o.numWords ?? xs.reduce((m, q) => q.reduce((a, w) => Math.max(a, w), m), -Infinity);
    const inside = (w) => skipTop <= w && w < numWords;
    return xs.map((q) => (oov === null ? q.filter(inside) : q.map((w) => (inside(w) ? w : oov))));
}
function dataset(xTrain, yTrain, xTest, yTest, o) {
    const take = (a, n) => (n === undefined ? a : a.slice(0, n));
    const labels = (y) => new Tensor(Float32Array.from(y), [y.length], 'float32');
    return {
        xTrain: take(xTrain, o.trainSize),
        yTrain: labels(take(yTrain, o.trainSize)),
        xTest: take(xTest, o.testSize),
        yTest: labels(take(yTest, o.testSize)),
    };
}
/** IMDB reviews as word ids by frequency rank, label 1 = positive (Keras' imdb.load_data), cached. */
export async function downloadImdb(options = {}) {
    const where = 'imdb.download';
    const o = readOptions(options, where, { keys: SEQUENCE_KEYS });
    const dir = await fetchAll(IMDB, o, where);
    const path = join(dir, 'imdb.npz');
    const entries = readNpzEntries(readFileBounded(path, where), path);
    const splits = [readSplit(entries, 'x_train', 'y_train', path), readSplit(entries, 'x_test', 'y_test', path)];
    const [train, test] = shuffleAndShift(splits, o, path).map((s) => dropLong(s, o.maxlen));
    if (!train?.x.length || !test?.x.length)
        throw new RangeError(`${where}: no sequence is shorter than maxlen=${o.maxlen}; increase maxlen`);
    const xs = cutVocabulary([...train.x, ...test.x], o);
    return dataset(xs.slice(0, train.x.length), train.y, xs.slice(train.x.length), test.y, o);
}
/** Reuters newswires as word ids, 46 topics (Keras' reuters.load_data: one shuffled list split by testSplit), cached. */
export async function downloadReuters(options = {}) {
    const where = 'reuters.download';
    const testSplitKind = { test: (v) => typeof v === 'number' && v >= 0 && v <= 1, expected: 'a fraction in [0, 1]' };
    const o = readOptions(options, where, { keys: { ...SEQUENCE_KEYS, testSplit: testSplitKind } });
    const dir = await fetchAll(REUTERS, o, where);
    const path = join(dir, 'reuters.npz');
    const entries = readNpzEntries(readFileBounded(path, where), path);
    const all = dropLong(shuffleAndShift([readSplit(entries, 'x', 'y', path)], o, path)[0], o.maxlen);
    const xs = cutVocabulary(all.x, o);
    const cut = Math.trunc(xs.length * (1 - (o.testSplit ?? 0.2)));
    return dataset(xs.slice(0, cut), all.y.slice(0, cut), xs.slice(cut), all.y.slice(cut), o);
}
/** A word → id map (ids before the indexFrom shift: add 3 for load's ids), cached. */
async function wordIndex(source, options, where) {
    const o = readOptions(options, where, {
        keys: { path: DOWNLOAD_KEYS.path, origin: DOWNLOAD_KEYS.origin, checksums: DOWNLOAD_KEYS.checksums, quiet: 'boolean' },
    });
    const file = Object.keys(source.files)[0];
    const path = join(await fetchAll(source, o, where), file);
    let doc;
    try {
        doc = JSON.parse(readTextBounded(path, where));
    }
    catch (err) {
        throw new Error(`${where}: ${path} is not valid JSON (${err.message})`);
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !Object.values(doc).every((v) => Number.isInteger(v)))
        throw new Error(`${where}: ${path} must map words to integer ids`);
    return new Map(Object.entries(doc));
}
export const imdbWordIndex = (o = {}) => wordIndex(IMDB_WORDS, o, 'imdb.wordIndex');
export const reutersWordIndex = (o = {}) => wordIndex(REUTERS_WORDS, o, 'reuters.wordIndex');
//# sourceMappingURL=keras-text.js.map