import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import * as c from '../src/index.js';
import { quietTempDir } from './helpers.js';
/**
 * candor.loadKerasModel on files in Keras' two weight layouts, written by h5py from PyTorch models
 * (scripts/make_keras_weight_fixtures.py): predictions equal PyTorch's to 1e-5.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test/fixtures/keras-weights');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const tempDir = quietTempDir('candor-keras-import-');
describe('Keras models imported with their weights', () => {
    for (const name of ['mlp', 'cnn', 'text', 'bn']) {
        for (const ext of ['h5', 'keras']) {
            it(`${name}.${ext}: the imported model predicts what PyTorch does (Dense, Conv1D, Conv2D, Embedding, BatchNormalization, pooling)`, async () => {
                const model = await c.loadKerasModel(join(dir, `${name}.${ext}`));
                const p = model.predict(c.tensor(expected.cases[name].x)).dataSync();
                const y = expected.cases[name].y.flat();
                assert.equal(p.length, y.length);
                y.forEach((v, i) => assert.ok(Math.abs(p[i] - v) < 1e-5, `${name}.${ext}[${i}]: ${p[i]} vs PyTorch ${v}`));
                assert.ok(model.compiled, "compiled from the file's compile settings");
            });
        }
    }
    for (const ext of ['h5', 'keras']) {
        it(`two_inputs.${ext}: a Functional model (two inputs, Embedding -> LSTM beside a Dense branch, two outputs) predicts what PyTorch does`, async () => {
            const model = await c.loadKerasModel(join(dir, `two_inputs.${ext}`));
            assert.ok(model instanceof c.Functional);
            assert.deepEqual(model.inputNames, ['ids', 'num']);
            assert.deepEqual(model.outputNames, ['topic', 'flag']);
            const f = expected.functional;
            const [topic, flag] = model.predict({ ids: c.tensor(f.ids), num: c.tensor(f.num) });
            for (const [got, want, what] of [
                [topic, f.topic, 'topic'],
                [flag, f.flag, 'flag'],
            ])
                want.flat().forEach((v, i) => assert.ok(Math.abs(got.data[i] - v) < 1e-5, `${what}[${i}]: ${got.data[i]} vs PyTorch ${v}`));
            // Compiled per output from the file: each head's loss, weight and metrics.
            assert.deepEqual(model.compiled.heads.map((h) => [h.name, h.loss.name, h.weight, h.parsedMetrics.map((m) => m.name).join()]), [
                ['topic', 'categorical_crossentropy', 1, 'accuracy'],
                ['flag', 'binary_crossentropy', 0.5, 'accuracy'],
            ]);
            const yTopic = c.tensor(f.topic.map((row) => row.map((_, j) => (j === row.indexOf(Math.max(...row)) ? 1 : 0))));
            const logs = model.evaluate([c.tensor(f.ids), c.tensor(f.num)], [yTopic, c.tensor(f.flag.map((r) => [r[0] > 0.5 ? 1 : 0]))], {
                verbose: 0,
            });
            assert.equal(logs.topic_accuracy, 1, "the argmax targets are the model's own predictions");
        });
    }
    it('a Keras graph Candor cannot replay is refused naming the layer: nested models, keyword tensors, outputs a layer does not have', async () => {
        const { unzipSync, strFromU8, strToU8 } = await import('fflate');
        const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'two_inputs.keras'))));
        const edit = (change) => {
            const config = JSON.parse(strFromU8(files['config.json']));
            change(config.config.layers);
            const path = join(tempDir(), 'edited.keras');
            writeFileSync(path, zipSync({ ...files, 'config.json': strToU8(JSON.stringify(config)) }));
            return path;
        };
        const node = (layers, name) => layers.find((l) => l.name === name).inbound_nodes[0];
        await assert.rejects(c.loadKerasModel(edit((layers) => (node(layers, 'lstm').kwargs = { constants: node(layers, 'lstm').args[0] }))), /layer "lstm" is called with keyword argument "constants"/);
        await assert.rejects(c.loadKerasModel(edit((layers) => {
            node(layers, 'topic').args[0].config.keras_history[2] = 1;
        })), /the graph cannot be built: .*"topic".* read tensors no layer produces/);
        await assert.rejects(c.loadKerasModel(edit((layers) => (layers[4].class_name = 'Sequential'))), /layer "num_dense" is a nested Sequential model; nested models are not supported yet/);
    });
    it('wrong or missing weights are refused with the layer, the weight and both shapes', async () => {
        // A .keras archive whose config promises 16 hidden units while the weights hold 12.
        const original = readFileSync(join(dir, 'mlp.keras'));
        const { unzipSync, strFromU8, strToU8 } = await import('fflate');
        const files = unzipSync(new Uint8Array(original));
        const config = JSON.parse(strFromU8(files['config.json']));
        config.config.layers[0].config.units = 16;
        const path = join(tempDir(), 'wrong.keras');
        writeFileSync(path, zipSync({ ...files, 'config.json': strToU8(JSON.stringify(config)) }));
        await assert.rejects(c.loadKerasModel(path), /weight 0 of layer "hidden" \(hidden\/kernel\) has shape \[8,16\]; .*wrong.keras holds \[8,12\]/);
        const noWeights = join(tempDir(), 'nw.keras');
        writeFileSync(noWeights, zipSync({ 'config.json': files['config.json'] }));
        await assert.rejects(c.loadKerasModel(noWeights), /has no model.weights.h5/);
        await assert.rejects(c.loadKerasModel(join(root, 'test/fixtures/keras/seed000-keras2.json')), /holds no weights/);
    });
    it('candor evaluate model.keras --data test.npz evaluates it with baselines', () => {
        const cs = expected.cases.mlp;
        // An .npz written by hand (stored, uncompressed zip of .npy files) from the fixture's inputs and PyTorch's argmax labels.
        const npy = (data, shape) => {
            const header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
            const pad = 64 - ((10 + header.length + 1) % 64);
            const h = Buffer.from(`${header}${' '.repeat(pad)}\n`, 'latin1');
            const pre = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, h.length & 255, h.length >> 8]);
            return new Uint8Array(Buffer.concat([pre, h, Buffer.from(new Float32Array(data).buffer)]));
        };
        const labels = cs.y.map((row) => row.indexOf(Math.max(...row)));
        const path = join(tempDir(), 'test.npz');
        writeFileSync(path, zipSync({
            'x.npy': npy(cs.x.flat(), [cs.x.length, 8]),
            'y.npy': npy(labels.flatMap((l) => [0, 1, 2].map((k) => (k === l ? 1 : 0))), [labels.length, 3]),
        }));
        const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'evaluate', join(dir, 'mlp.keras'), '--data', path, '--json'], {
            encoding: 'utf8',
        });
        assert.equal(r.status, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.equal(out.metrics[0].value, 1, "the labels are the model's own argmax");
        assert.match(out.metrics[0].baseline.name, /majority class/);
    });
});
describe('Keras Functional graphs with call arguments', () => {
    it("a Keras 3 MultiHeadAttention node's use_causal_mask and attention_mask kwargs become the call's arguments", async () => {
        const { readModelDocument } = await import('../src/interop/keras.js');
        const t = (name) => ({
            class_name: '__keras_tensor__',
            config: { shape: [null, 5, 4], dtype: 'float32', keras_history: [name, 0, 0] },
        });
        const doc = {
            module: 'keras.src.models.functional',
            class_name: 'Functional',
            config: {
                name: 'causal',
                layers: [
                    { class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_shape: [null, 5, 4], dtype: 'float32' }, inbound_nodes: [] },
                    {
                        class_name: 'InputLayer',
                        name: 'allowed',
                        config: { name: 'allowed', batch_shape: [null, 5, 5], dtype: 'float32' },
                        inbound_nodes: [],
                    },
                    {
                        class_name: 'MultiHeadAttention',
                        name: 'mha',
                        config: { name: 'mha', num_heads: 2, key_dim: 2 },
                        inbound_nodes: [
                            { args: [t('x')], kwargs: { value: t('x'), use_causal_mask: true, attention_mask: t('allowed'), training: false } },
                        ],
                    },
                ],
                input_layers: [
                    ['x', 0, 0],
                    ['allowed', 0, 0],
                ],
                output_layers: [['mha', 0, 0]],
            },
        };
        const description = readModelDocument(doc);
        assert.deepEqual(description.graph.inboundNodes[2], [
            [
                ['x', 0, 0],
                ['x', 0, 0],
                ['allowed', 0, 0],
            ],
        ]);
        assert.deepEqual(description.graph.callArgs[2], [{ attentionMask: true, useCausalMask: true }]);
        const model = c.Functional.fromConfig({
            name: 'causal',
            layers: description.layers.map((l, i) => ({
                ...l,
                inboundNodes: description.graph.inboundNodes[i],
                callArgs: description.graph.callArgs[i],
            })),
            inputLayers: description.graph.inputLayers,
            outputLayers: description.graph.outputLayers,
        });
        assert.deepEqual(model.getLayer('mha').inboundNodes[0].args, { attentionMask: true, useCausalMask: true });
        const out = model.predict([c.randomNormal([2, 5, 4], { seed: 1 }), c.ones([2, 5, 5])]);
        assert.deepEqual(out.shape, [2, 5, 4]);
    });
});
describe('modelFromKerasJSON (Keras model_from_json)', () => {
    it('builds a Keras 3 Functional document with two outputs and an LSTM, and a Keras 3 Sequential one, untrained', () => {
        const fixture = (name) => readFileSync(join(root, 'test/fixtures/keras', name), 'utf8');
        const two = c.modelFromKerasJSON(fixture('two-heads-functional-keras3.json'));
        assert.ok(two instanceof c.Functional);
        assert.deepEqual(two.outputNames, ['gender', 'topic']);
        assert.deepEqual(two.outputHeads().map((h) => [h.units, h.activation]), [
            [1, 'softmax'],
            [5, 'softmax'],
        ]);
        const [gender, topic] = two.predict(c.ones([2, 200]));
        assert.deepEqual([gender.shape, topic.shape], [
            [2, 1],
            [2, 5],
        ]);
        assert.equal(two.compiled, null, 'architecture only, as Keras');
        const seq = c.modelFromKerasJSON(fixture('seed002-keras3.json'));
        assert.ok(seq instanceof c.Sequential);
        assert.throws(() => c.modelFromKerasJSON('{ not json'), /modelFromKerasJSON: the text is not valid JSON/);
        assert.throws(() => c.modelFromKerasJSON({ class_name: 'Widget' }), /modelFromKerasJSON: Keras JSON: expected a Sequential or Functional model/);
    });
});
//# sourceMappingURL=keras-import.test.js.map