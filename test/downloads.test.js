// Download-and-cache loaders (#19) against a local HTTP server on 127.0.0.1 serving files the test
// makes in each format: MNIST / Fashion-MNIST IDX files, CIFAR-10's binary archive, Keras' imdb.npz and
// reuters.npz (object arrays from scripts/make_keras_text_fixtures.py, SHA-256-checked) with their word
// indices; a download cut off midway resumes with a Range request; a checksum mismatch caches nothing.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as c from '../src/index.js';
import { loadData } from '../src/config/data-config.js';
const md5 = (b) => createHash('md5').update(b).digest('hex');
const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const fixture = (name) => readFileSync(join('test', 'fixtures', 'datasets', name));
const kerasText = JSON.parse(fixture('keras-text.json').toString('utf8'));
const files = new Map();
const requests = [];
/** Paths whose next response is cut off after half its bytes. */
const cutOff = new Set();
let server;
let origin = '';
let dir = '';
function idx(magic, dims, values) {
    const head = Buffer.alloc(4 + 4 * dims.length);
    head.writeUInt32BE(magic, 0);
    dims.forEach((d, i) => head.writeUInt32BE(d, 4 + 4 * i));
    return gzipSync(Buffer.concat([head, Buffer.from(values)]));
}
/** A tar archive (ustar headers) of the given members. */
function tar(members) {
    const parts = [];
    for (const [name, data] of Object.entries(members)) {
        const h = Buffer.alloc(512);
        h.write(name, 0, 'utf8');
        h.write('0000644\0', 100);
        h.write('0000000\0', 108);
        h.write('0000000\0', 116);
        h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
        h.write('00000000000\0', 136);
        h.write('        ', 148);
        h.write('0', 156);
        h.write('ustar\0', 257);
        h.write('00', 263);
        let sum = 0;
        for (const b of h)
            sum += b;
        h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
        parts.push(h, Buffer.from(data), Buffer.alloc((512 - (data.length % 512)) % 512));
    }
    parts.push(Buffer.alloc(1024));
    return gzipSync(Buffer.concat(parts));
}
const images = (n, seed) => Uint8Array.from({ length: n * 28 * 28 }, (_, i) => (i * 7 + seed) % 256);
const mnistFiles = (n, m) => ({
    'train-images-idx3-ubyte.gz': idx(0x803, [n, 28, 28], images(n, 1)),
    'train-labels-idx1-ubyte.gz': idx(0x801, [n], Uint8Array.from({ length: n }, (_, i) => i % 10)),
    't10k-images-idx3-ubyte.gz': idx(0x803, [m, 28, 28], images(m, 2)),
    't10k-labels-idx1-ubyte.gz': idx(0x801, [m], Uint8Array.from({ length: m }, (_, i) => (i + 3) % 10)),
});
const serve = (prefix, set) => {
    for (const [name, bytes] of Object.entries(set))
        files.set(`/${prefix}/${name}`, bytes);
    return Object.fromEntries(Object.entries(set).map(([name, bytes]) => [name, md5(bytes)]));
};
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-downloads-'));
    process.env.CANDOR_DATA_DIR = dir;
    server = createServer((req, res) => {
        const path = req.url ?? '';
        requests.push({ path, range: req.headers.range });
        const body = files.get(path);
        if (!body)
            return void res.writeHead(404).end();
        const from = req.headers.range ? Number(/bytes=(\d+)-/.exec(req.headers.range)[1]) : 0;
        const part = body.subarray(from);
        res.writeHead(from > 0 ? 206 : 200, {
            'content-length': part.length,
            ...(from > 0 ? { 'content-range': `bytes ${from}-${body.length - 1}/${body.length}` } : {}),
        });
        if (cutOff.delete(path)) {
            res.write(part.subarray(0, Math.floor(part.length / 2)));
            setTimeout(() => res.destroy(), 20);
            return;
        }
        res.end(part);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
    server.close();
    delete process.env.CANDOR_DATA_DIR;
    rmSync(dir, { recursive: true, force: true });
});
describe('datasets downloaded into the cache (Keras load_data)', () => {
    it('MNIST: the IDX files are fetched, checked and cached; the second call downloads nothing', async () => {
        const checksums = serve('mnist', mnistFiles(12, 5));
        const d = await c.datasets.mnist.download({ origin: `${origin}/mnist/`, checksums, quiet: true });
        assert.deepEqual(d.xTrain.shape, [12, 28, 28, 1]);
        assert.deepEqual(Array.from(d.yTest.data), [3, 4, 5, 6, 7]);
        assert.equal(d.xTrain.data[5], Math.fround(((5 * 7 + 1) % 256) / 255));
        const before = requests.length;
        await c.datasets.mnist.download({ origin: `${origin}/mnist/`, checksums, quiet: true });
        assert.equal(requests.length, before, 'served from the cache');
        assert.deepEqual(readdirSync(join(dir, 'mnist')).sort(), Object.keys(checksums).sort());
    });
    it('a download cut off midway keeps its part, says to run again, and resumes with a Range request', async () => {
        const checksums = serve('fashion', mnistFiles(6, 4));
        cutOff.add('/fashion/train-images-idx3-ubyte.gz');
        await assert.rejects(c.datasets.fashionMnist.download({ origin: `${origin}/fashion/`, checksums, quiet: true }), /fashionMnist.download: the download of .*train-images-idx3-ubyte.gz (broke off|is truncated).*run again to resume/);
        assert.ok(!existsSync(join(dir, 'fashion-mnist', 'train-images-idx3-ubyte.gz')), 'nothing half-written under the real name');
        assert.ok(existsSync(join(dir, 'fashion-mnist', 'train-images-idx3-ubyte.gz.part')));
        const d = await c.datasets.fashionMnist.download({ origin: `${origin}/fashion/`, checksums, quiet: true });
        assert.deepEqual(d.xTrain.shape, [6, 28, 28, 1]);
        assert.ok(requests.some((r) => r.path === '/fashion/train-images-idx3-ubyte.gz' && r.range?.startsWith('bytes=')), 'resumed with Range');
    });
    it('a checksum mismatch is refused naming both sums, and caches nothing', async () => {
        const checksums = serve('bad', mnistFiles(3, 2));
        const wrong = { ...checksums, 'train-labels-idx1-ubyte.gz': '0'.repeat(32) };
        const path = join(dir, 'elsewhere');
        process.env.CANDOR_DATA_DIR = path;
        try {
            await assert.rejects(c.datasets.mnist.download({ origin: `${origin}/bad/`, checksums: wrong, quiet: true }), /does not have the expected checksum: expected 0{32}, received [0-9a-f]{32}. The file was removed; nothing was cached/);
            assert.deepEqual(readdirSync(join(path, 'mnist')).sort(), ['train-images-idx3-ubyte.gz'], 'only the file that checked out');
        }
        finally {
            process.env.CANDOR_DATA_DIR = dir;
        }
    });
    it('CIFAR-10: the binary archive untarred, records as (n, 32, 32, 3) images in [0, 1] with their labels', async () => {
        const record = (label, shift) => Uint8Array.from({ length: 3073 }, (_, i) => (i === 0 ? label : (i + shift) % 256));
        const batch = (k) => Buffer.concat([record(k, k), record(k + 1, k + 10)]);
        const archive = tar({
            ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`cifar-10-batches-bin/data_batch_${k}.bin`, batch(k)])),
            'cifar-10-batches-bin/test_batch.bin': batch(9),
            'cifar-10-batches-bin/batches.meta.txt': Buffer.from('airplane\n'),
        });
        const checksums = serve('cifar', { 'cifar-10-binary.tar.gz': archive });
        const d = await c.datasets.cifar10.download({ origin: `${origin}/cifar/`, checksums, quiet: true });
        assert.deepEqual(d.xTrain.shape, [10, 32, 32, 3]);
        assert.deepEqual(Array.from(d.yTrain.data), [1, 2, 2, 3, 3, 4, 4, 5, 5, 6]);
        assert.deepEqual(d.xTest.shape, [2, 32, 32, 3]);
        // Pixel p of channel ch is byte 1 + ch·1024 + p of the record (channel-planar), stored channels-last.
        const [p, ch] = [37, 2];
        assert.equal(d.xTrain.data[p * 3 + ch], Math.fround(((1 + ch * 1024 + p + 1) % 256) / 255));
        // A config's { "dataset": "cifar10" } reads the same cache synchronously (or `path`); one-hot on request.
        const cachedRun = loadData({ dataset: 'cifar10', trainSize: 4, testSize: 1, oneHot: true }, '.', 1, false);
        assert.deepEqual(cachedRun.xTrain.shape, [4, 32, 32, 3]);
        assert.deepEqual(cachedRun.yTrain.shape, [4, 10]);
        assert.equal(cachedRun.resampling, 'fixed');
        assert.deepEqual(Array.from(cachedRun.xTest.data), Array.from(d.xTest.data.subarray(0, 3072)));
        const relative = loadData({ dataset: 'cifar10', path: 'cifar-10' }, dir, 1, false);
        assert.deepEqual(relative.xTrain.shape, [10, 32, 32, 3]);
        assert.throws(() => loadData({ dataset: 'cifar10', path: 'nowhere' }, dir, 1, false), /dataset "cifar10": .*nowhere.cifar-10-binary.tar.gz is not there. Download CIFAR-10 \(163 MB\) once with: npx candor download cifar10/);
    });
    it("IMDB and Reuters: Keras load_data's samples, order, ids and splits for every option, from the .npz it caches", async () => {
        const imdb = fixture('imdb-small.npz');
        const reuters = fixture('reuters-small.npz');
        files.set('/keras/imdb.npz', imdb);
        files.set('/keras/reuters.npz', reuters);
        for (const [name, load, bytes] of [
            ['imdb', c.datasets.imdb.download, imdb],
            ['reuters', c.datasets.reuters.download, reuters],
        ]) {
            const checksums = { [`${name}.npz`]: sha256(bytes) };
            for (const { options, expected } of kerasText[name]) {
                const d = await load({ origin: `${origin}/keras/`, checksums, quiet: true, ...options });
                const what = `${name} ${JSON.stringify(options)}`;
                assert.deepEqual(d.xTrain, expected.xTrain, what);
                assert.deepEqual(Array.from(d.yTrain.data), expected.yTrain, what);
                assert.deepEqual(d.xTest, expected.xTest, what);
                assert.deepEqual(Array.from(d.yTest.data), expected.yTest, what);
            }
            assert.deepEqual(readdirSync(join(dir, name)), [`${name}.npz`]);
        }
        const small = await c.datasets.imdb.download({ path: join(dir, 'imdb'), trainSize: 4, testSize: 3, numWords: 20 });
        assert.deepEqual([small.xTrain.length, small.yTrain.shape[0], small.xTest.length], [4, 4, 3]);
        assert.ok(small.xTrain.flat().every((w) => w < 20));
    });
    it('IMDB / Reuters options are checked: Keras spellings read, unknown keys and bad values named', async () => {
        const path = join('test', 'fixtures', 'datasets');
        await assert.rejects(c.datasets.imdb.download({ path, numWords: 0 }), /imdb.download: option "numWords" must be a positive integer/);
        await assert.rejects(c.datasets.imdb.download({ path, num_word: 5 }), /imdb.download: unknown option "num_word". Expected one of: .*numWords/);
        await assert.rejects(c.datasets.reuters.download({ path, testSplit: 1.5 }), /option "testSplit" must be a fraction in \[0, 1\]/);
        await assert.rejects(c.datasets.imdb.download({ path, oovChar: -1 }), /"oovChar" must be an integer >= 0 or null/);
        await assert.rejects(c.datasets.mnist.download({ path, trainsize: 3 }), /mnist.download: unknown option "trainsize"/);
        await assert.rejects(c.datasets.cifar10.download({ checksums: { 'x.tar.gz': 'abc' } }), /"checksums" must be an object of file name/);
    });
    it('a damaged .npz is refused naming the file, and maxlen that keeps nothing is refused as Keras does', async () => {
        const bad = join(dir, 'bad-imdb');
        mkdirSync(bad, { recursive: true });
        writeFileSync(join(bad, 'imdb.npz'), fixture('imdb-small.npz').subarray(0, 900));
        await assert.rejects(c.datasets.imdb.download({ path: bad }), /imdb.npz is not a readable .npz \(zip\) file/);
        const good = join(dir, 'good-imdb');
        mkdirSync(good, { recursive: true });
        writeFileSync(join(good, 'imdb.npz'), fixture('imdb-small.npz'));
        await assert.rejects(c.datasets.imdb.download({ path: good, maxlen: 2 }), /no sequence is shorter than maxlen=2; increase maxlen/);
    });
    it('word indices: word → id maps, MD5-checked and cached', async () => {
        const index = Buffer.from(JSON.stringify({ the: 1, and: 2, film: 17 }));
        files.set('/keras/imdb_word_index.json', index);
        const words = await c.datasets.imdb.wordIndex({
            origin: `${origin}/keras/`,
            checksums: { 'imdb_word_index.json': md5(index) },
            quiet: true,
        });
        assert.equal(words.get('film'), 17);
        assert.equal(words.size, 3);
    });
    it('candor download refuses an unknown data set, naming the ones it knows (exit 2)', () => {
        const r = spawnSync(process.execPath, [join('dist', 'cli', 'main.js'), 'download', 'cifar100'], { encoding: 'utf8' });
        assert.equal(r.status, 2);
        assert.match(r.stderr, /candor download: unknown data set "cifar100". Expected: mnist, fashion-mnist, cifar10, imdb, reuters/);
    });
});
//# sourceMappingURL=downloads.test.js.map