import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import * as c from '../../src/index.js';
import { buildModel, compileFromConfig, readTrainConfig } from '../../src/config/run-config.js';
import { runDoctor } from '../../src/cli/doctor.js';
const REPO = new URL('../../../', import.meta.url).pathname;
const fixture = (...parts) => readFileSync(join(REPO, 'test', 'fixtures', ...parts));
function idx(type, shape, values, bytesPer, write) {
    const header = Buffer.alloc(4 + 4 * shape.length);
    header[2] = type;
    header[3] = shape.length;
    shape.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
    const body = Buffer.alloc(values.length * bytesPer);
    values.forEach((v, i) => write(body, v, i * bytesPer));
    return Buffer.concat([header, body]);
}
function finite(values, what) {
    for (let i = 0; i < values.length; i++)
        if (!Number.isFinite(values[i]))
            throw new Error(`fuzz invariant: ${what} holds a non-finite value at ${i}`);
}
async function savedModels(scratch) {
    const dense = c.sequential([
        c.layers.dense({ units: 5, activation: 'relu', inputShape: [4] }),
        c.layers.dropout({ rate: 0.2 }),
        c.layers.batchNormalization({}),
        c.layers.dense({ units: 3, activation: 'softmax' }),
    ], { seed: 1 });
    dense.compile({ loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
    dense.trainOnBatch(c.randomNormal([6, 4], { seed: 2 }), c.oneHot([0, 1, 2, 0, 1, 2], 3));
    const conv = c.sequential([
        c.layers.conv2d({ filters: 2, kernelSize: 3, activation: 'relu', inputShape: [6, 6, 1] }),
        c.layers.maxPooling2d({ poolSize: 2 }),
        c.layers.flatten({}),
        c.layers.dense({ units: 1, activation: 'sigmoid' }),
    ], { seed: 3 });
    const dirs = [join(scratch, 'seed-dense'), join(scratch, 'seed-conv')];
    await dense.save(dirs[0]);
    await conv.save(dirs[1]);
    return dirs;
}
/** A saved model directory whose model.json is the mutated input (weights file from the seed). */
function modelTarget() {
    const weightsOf = new Map();
    return {
        name: 'model.json (loadModel)',
        json: true,
        async seeds(scratch) {
            const dirs = await savedModels(scratch);
            return dirs.map((dir) => {
                const doc = readFileSync(join(dir, 'model.json'));
                const file = JSON.parse(doc.toString()).weights.file;
                weightsOf.set(file, { file, bytes: readFileSync(join(dir, file)) });
                return { file: 'model.json', bytes: doc };
            });
        },
        async run(path) {
            const dir = join(path, '..');
            // Both seeds' weights sit beside the document, so an edit that points at the other one is read too.
            for (const w of weightsOf.values())
                writeFileSync(join(dir, w.file), w.bytes);
            const model = await c.loadModel(dir);
            const input = model.builtSampleShape().map((d) => (d === null || d < 0 ? 1 : d));
            finite(model.predict(c.ones([1, ...input])).dataSync(), "the loaded model's prediction");
        },
    };
}
/** A saved model directory whose weights file is the mutated input. */
function weightsTarget() {
    let doc;
    return {
        name: 'weights file (loadModel)',
        json: false,
        async seeds(scratch) {
            const [dir] = await savedModels(scratch);
            doc = readFileSync(join(dir, 'model.json'));
            const file = JSON.parse(doc.toString()).weights.file;
            return [{ file, bytes: readFileSync(join(dir, file)) }];
        },
        async run(path) {
            writeFileSync(join(path, '..', 'model.json'), doc);
            await c.loadModel(join(path, '..'));
        },
    };
}
export const TARGETS = [
    {
        name: 'IDX (readIdx)',
        json: false,
        async seeds() {
            const u8 = idx(0x08, [3, 2, 2], Array.from({ length: 12 }, (_, i) => i * 20), 1, (b, v, at) => b.writeUInt8(v, at));
            const f32 = idx(0x0d, [2, 3], [0.5, -1, 2, 3.25, 1e-3, 7], 4, (b, v, at) => b.writeFloatBE(v, at));
            const i16 = idx(0x0b, [5], [1, -2, 3, -4, 5], 2, (b, v, at) => b.writeInt16BE(v, at));
            return [
                { file: 'input.idx', bytes: u8 },
                { file: 'input.idx', bytes: f32 },
                { file: 'input.idx', bytes: i16 },
                { file: 'input.idx', bytes: gzipSync(u8) },
            ];
        },
        run(path) {
            const a = c.readIdx(path);
            if (a.data.length !== a.shape.reduce((x, y) => x * y, 1))
                throw new Error('fuzz invariant: IDX data length differs from its shape');
        },
    },
    {
        name: 'CSV (readNumericCsv)',
        json: false,
        async seeds() {
            return ['a,b,c\n1,2,3\n4.5,-6,7e2\n8,9,10\n', '1;2\n3;4\n', '"x"\t"y"\n0.25\t1\n', '5,6,7\n8,9,10'].map((t) => ({
                file: 'input.csv',
                bytes: Buffer.from(t),
            }));
        },
        run(path) {
            const t = c.readNumericCsv(path);
            if (t.data.length !== t.rows * t.columns)
                throw new Error('fuzz invariant: CSV data length differs from rows × columns');
            finite(t.data, 'the CSV table');
        },
    },
    {
        name: 'ARFF (readArff)',
        json: false,
        async seeds() {
            const text = "% a comment\n@relation 'pima'\n@attribute preg numeric\n@attribute 'plas glucose' real\n@attribute age integer\n@attribute class {tested_negative,tested_positive}\n@data\n6,148,50,tested_positive\n1,85,31,tested_negative\n";
            return [{ file: 'input.arff', bytes: Buffer.from(text) }];
        },
        run(path) {
            const t = c.readArff(path);
            for (const row of t.rows) {
                if (row.length !== t.attributes.length)
                    throw new Error('fuzz invariant: an ARFF row has the wrong length');
                finite(row, 'an ARFF row');
            }
        },
    },
    modelTarget(),
    weightsTarget(),
    {
        name: 'train config (candor train)',
        json: true,
        async seeds() {
            const dir = join(REPO, 'examples');
            return readdirSync(dir)
                .filter((f) => f.endsWith('.json'))
                .map((f) => ({ file: 'config.json', bytes: readFileSync(join(dir, f)) }));
        },
        run(path) {
            const cfg = readTrainConfig(path);
            compileFromConfig(buildModel(cfg, 1, path), cfg.compile, path);
        },
    },
    {
        name: 'Keras document (candor doctor)',
        json: true,
        async seeds() {
            const keras = fixture('keras-weights', 'mlp.keras');
            return [
                ...readdirSync(join(REPO, 'test', 'fixtures', 'keras'))
                    .filter((f) => f.endsWith('.json'))
                    .map((f) => ({ file: 'model.json', bytes: fixture('keras', f) })),
                { file: 'model.h5', bytes: fixture('keras', 'seed000-keras2.h5') },
                { file: 'model.keras', bytes: keras },
            ];
        },
        run(path) {
            runDoctor(path, {});
        },
    },
    {
        name: 'Keras weights (loadKerasModel)',
        json: false,
        async seeds() {
            return ['mlp.h5', 'mlp.keras', 'cnn.keras', 'bn.h5'].map((f) => ({
                file: `model${f.slice(f.lastIndexOf('.'))}`,
                bytes: fixture('keras-weights', f),
            }));
        },
        async run(path) {
            await c.loadKerasModel(path);
        },
    },
    {
        name: 'arrays (.npy, .npz, .json: candor score)',
        json: true,
        async seeds() {
            const npy = (name) => fixture('arrays', name);
            const npz = Buffer.from(zipSync({ 'y.npy': new Uint8Array(npy('int32_C.npy')), 'p.npy': new Uint8Array(npy('float32_C.npy')) }));
            return [
                { file: 'input.npy', bytes: npy('float32_C.npy') },
                { file: 'input.npy', bytes: npy('int64_F.npy') },
                { file: 'input.npy', bytes: npy('strings.npy') },
                // Object arrays (pickles): string labels (protocol 3), mixed NumPy scalars (protocol 2).
                { file: 'input.npy', bytes: fixture('datasets', 'labels-object.npy') },
                { file: 'input.npy', bytes: fixture('datasets', 'labels-object-p2.npy') },
                { file: 'input.npz', bytes: npz },
                { file: 'input.json', bytes: Buffer.from('{"y": [[0.1, 0.9], [0.8, 0.2], [0.5, 0.5]]}') },
                { file: 'input.jsonl', bytes: Buffer.from('[1, 0]\n[0, 1]\n') },
            ];
        },
        run(path) {
            const a = c.readArrayFile(path.endsWith('.npz') ? `${path}:y` : path, 'score');
            if (a.values.length !== a.shape.reduce((x, y) => x * y, 1))
                throw new Error('fuzz invariant: array length differs from its shape');
        },
    },
    {
        name: 'Keras text data sets (imdb.npz, reuters.npz: object arrays of word-id lists)',
        json: false,
        async seeds() {
            return [
                { file: 'imdb.npz', bytes: fixture('datasets', 'imdb-small.npz') },
                { file: 'reuters.npz', bytes: fixture('datasets', 'reuters-small.npz') },
            ];
        },
        async run(path) {
            const load = path.endsWith('imdb.npz') ? c.datasets.imdb.download : c.datasets.reuters.download;
            const d = await load({ path: dirname(path), quiet: true });
            if (d.xTrain.length !== d.yTrain.shape[0] || d.xTest.length !== d.yTest.shape[0])
                throw new Error('fuzz invariant: sequences and labels differ in count');
        },
    },
];
/** A scratch folder per worker. */
export function scratchDir(root, name) {
    const dir = join(root, name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    return dir;
}
/** Deliberately broken readers: the fuzz test checks that the runner classes them as crashes and hangs. */
export const SELF_TEST_TARGETS = [
    {
        name: 'self-test: raw TypeError',
        json: false,
        async seeds() {
            return [{ file: 'x.bin', bytes: Buffer.from('x') }];
        },
        run() {
            undefined.a();
        },
    },
    {
        name: 'self-test: unnamed error',
        json: false,
        async seeds() {
            return [{ file: 'x.bin', bytes: Buffer.from('x') }];
        },
        run() {
            throw new Error('something failed');
        },
    },
    {
        name: 'self-test: hang',
        json: false,
        async seeds() {
            return [{ file: 'x.bin', bytes: Buffer.from('x') }];
        },
        run() {
            for (;;) {
                /* a reader stuck in a loop */
            }
        },
    },
    {
        name: 'self-test: dies',
        json: false,
        async seeds() {
            return [{ file: 'x.bin', bytes: Buffer.from('x') }];
        },
        run() {
            process.exit(3);
        },
    },
    {
        name: 'self-test: refuses',
        json: false,
        async seeds() {
            return [{ file: 'x.bin', bytes: Buffer.from('x') }];
        },
        run(path) {
            throw new RangeError(`${path}: not what was expected`);
        },
    },
];
//# sourceMappingURL=targets.js.map