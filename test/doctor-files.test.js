import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import * as c from '../src/index.js';
import { runDoctor, formatDoctor } from '../src/cli/doctor.js';
import { quietTempDir } from './helpers.js';
import { UsageError } from '../src/usage-error.js';
/** `candor doctor` on every Keras file kind and on models Candor cannot build. */
const fixture = (name) => fileURLToPath(new URL(`../../test/fixtures/keras/${name}`, import.meta.url));
const tempDir = quietTempDir('candor-doctor-files-');
const codes = (r) => r.findings.map((f) => f.code).sort();
/** A Keras 3 Functional model with two outputs, an LSTM on the way (Candor has none yet), and per-output compile settings. */
function twoHeads() {
    const tensor = (layer) => ({
        class_name: '__keras_tensor__',
        config: { shape: [null, 8], dtype: 'float32', keras_history: [layer, 0, 0] },
    });
    const node = (layer) => [{ args: [tensor(layer)], kwargs: {} }];
    return {
        module: 'keras.src.models.functional',
        class_name: 'Functional',
        config: {
            name: 'two_heads',
            trainable: true,
            layers: [
                {
                    module: 'keras.layers',
                    class_name: 'InputLayer',
                    config: { batch_shape: [null, 20], dtype: 'int32', name: 'tokens' },
                    name: 'tokens',
                    inbound_nodes: [],
                },
                {
                    module: 'keras.layers',
                    class_name: 'Embedding',
                    config: { name: 'embed', input_dim: 1000, output_dim: 16 },
                    name: 'embed',
                    inbound_nodes: node('tokens'),
                },
                {
                    module: 'keras.layers',
                    class_name: 'LSTM',
                    config: { name: 'lstm', units: 32, activation: 'tanh', return_sequences: false },
                    name: 'lstm',
                    inbound_nodes: node('embed'),
                },
                {
                    module: 'keras.layers',
                    class_name: 'Dense',
                    config: { name: 'gender', units: 1, activation: 'softmax' },
                    name: 'gender',
                    inbound_nodes: node('lstm'),
                },
                {
                    module: 'keras.layers',
                    class_name: 'Dense',
                    config: { name: 'topic_logits', units: 5, activation: 'linear' },
                    name: 'topic_logits',
                    inbound_nodes: node('lstm'),
                },
                {
                    module: 'keras.layers',
                    class_name: 'Activation',
                    config: { name: 'topic', activation: 'softmax' },
                    name: 'topic',
                    inbound_nodes: node('topic_logits'),
                },
            ],
            input_layers: [['tokens', 0, 0]],
            output_layers: [
                ['gender', 0, 0],
                ['topic', 0, 0],
            ],
        },
        compile_config: {
            loss: { gender: 'binary_crossentropy', topic: 'categorical_crossentropy' },
            loss_weights: { gender: 1.0, topic: 0.5 },
            metrics: { gender: ['accuracy'], topic: ['accuracy'] },
        },
    };
}
describe('candor doctor reads every Keras model file', () => {
    it('a legacy .h5 file (model_config and training_config attributes, written by h5py)', () => {
        const r = runDoctor(fixture('seed000-keras2.h5'), {});
        assert.equal(r.model.container, 'keras h5');
        assert.equal(r.model.source, 'keras 2.2.4');
        assert.equal(r.loss, 'binary_crossentropy');
        assert.deepEqual(codes(r), ['softmax-with-bce']);
        assert.deepEqual(r.kerasReads, [{ name: 'accuracy', as: 'binary_accuracy' }]);
    });
    it('a .keras archive (config.json with compile_config, metadata.json with the version)', () => {
        const config = readFileSync(fixture('seed003-softmax-keras3-config.json'));
        const path = join(tempDir(), 'seed003.keras');
        writeFileSync(path, zipSync({
            'config.json': new Uint8Array(config),
            'metadata.json': strToU8(JSON.stringify({ keras_version: '3.6.0' })),
            'model.weights.h5': new Uint8Array(8),
        }));
        const r = runDoctor(path, {});
        assert.equal(r.model.container, 'keras archive');
        assert.match(r.model.source, /^keras 3/);
        assert.equal(r.loss, 'categorical_crossentropy');
        assert.deepEqual(r.findings, [], JSON.stringify(r.findings));
    });
    it('a TF.js model.json written by TF.js itself (modelTopology + trainingConfig)', async () => {
        const tf = await import('@tensorflow/tfjs');
        const m = tf.sequential({ layers: [tf.layers.dense({ units: 10, activation: 'softmax', inputShape: [4] })] });
        m.compile({ loss: 'binaryCrossentropy', optimizer: 'adam', metrics: ['accuracy'] });
        let artifacts = {};
        await m.save(tf.io.withSaveHandler(async (a) => {
            artifacts = a;
            return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
        }), { includeOptimizer: true });
        const path = join(tempDir(), 'model.json');
        writeFileSync(path, JSON.stringify({
            format: 'layers-model',
            generatedBy: 'TensorFlow.js',
            modelTopology: artifacts.modelTopology,
            trainingConfig: artifacts.trainingConfig,
            weightsManifest: [],
        }));
        const r = runDoctor(path, {});
        assert.equal(r.model.container, 'tfjs model.json');
        assert.equal(r.loss, 'binary_crossentropy');
        assert.deepEqual(codes(r), ['softmax-with-bce']);
        assert.deepEqual(r.kerasReads, [{ name: 'accuracy', as: 'binary_accuracy' }], "TF.js reads 'accuracy' from the loss too");
    });
    it('a Candor model saved with two outputs: each output diagnosed with the loss, weight and metrics it was compiled with', async () => {
        const inp = c.input({ shape: [4], name: 'features' });
        const h = c.layers.dense({ units: 6, name: 'h' }).apply(inp);
        const model = c.model({
            inputs: inp,
            outputs: {
                flag: c.layers.dense({ units: 1, activation: 'softmax', name: 'flag' }).apply(h),
                size: c.layers.dense({ units: 1, name: 'size' }).apply(h),
            },
        });
        model.compile({ loss: { flag: 'binary_crossentropy', size: 'mse' }, lossWeights: { size: 0.25 }, metrics: { flag: ['accuracy'] } });
        const dir = join(tempDir(), 'saved-two');
        await model.save(dir);
        const r = runDoctor(join(dir, 'model.json'), {});
        assert.deepEqual(r.heads.map((hd) => [hd.name, hd.units, hd.activation, hd.loss, hd.weight]), [
            ['flag', 1, 'softmax', 'binary_crossentropy', 1],
            ['size', 1, 'linear', 'mean_squared_error', 0.25],
        ]);
        assert.deepEqual(r.findings.map((f) => [f.head, f.code]), [['flag', 'softmax-single-unit']]);
    });
    it('a Functional model with two outputs and an LSTM: each head diagnosed with its own loss, weight and metrics', () => {
        const path = join(tempDir(), 'two_heads.json');
        writeFileSync(path, JSON.stringify(twoHeads()));
        const r = runDoctor(path, {});
        assert.deepEqual(r.heads.map((h) => [h.name, h.units, h.activation, h.loss, h.weight]), [
            ['gender', 1, 'softmax', 'binary_crossentropy', 1],
            ['topic', 5, 'softmax', 'categorical_crossentropy', 0.5],
        ]);
        assert.deepEqual(r.findings.map((f) => [f.head, f.code]), [['gender', 'softmax-single-unit']]);
        const text = formatDoctor(path, r);
        assert.match(text, /2 outputs/);
        assert.match(text, /error softmax-single-unit \(output gender\)/);
        assert.deepEqual(r.heads[0].unknown, [], 'the LSTM sits behind the Dense that sets the width');
        assert.throws(() => runDoctor(path, { data: path }), /--data gives targets for one output; this model has 2 \(gender, topic\)/);
    });
    it('an output behind a layer Candor does not implement is described, not refused', () => {
        const doc = twoHeads();
        doc.config.layers.push({
            class_name: 'MyAttentionPool',
            config: { name: 'pool' },
            name: 'pool',
            inbound_nodes: [[['topic', 0, 0, {}]]],
        });
        doc.config.output_layers = [['pool', 0, 0]];
        const path = join(tempDir(), 'custom.json');
        writeFileSync(path, JSON.stringify({ ...doc, compile_config: { loss: 'categorical_crossentropy', metrics: ['accuracy'] } }));
        const r = runDoctor(path, {});
        assert.deepEqual(r.heads.map((h) => [h.name, h.units, h.activation, h.unknown]), [['pool', 5, 'softmax', ['MyAttentionPool']]]);
        assert.match(formatDoctor(path, r), /passes through MyAttentionPool, which Candor does not implement/);
    });
    it('corrupt .keras and .h5 files end in a message naming the file, never a crash', () => {
        const rng = new c.Rng(3);
        const keras = Buffer.from(zipSync({ 'config.json': new Uint8Array(readFileSync(fixture('seed003-softmax-keras3-config.json'))) }));
        const h5 = readFileSync(fixture('seed000-keras2.h5'));
        let refused = 0;
        for (let trial = 0; trial < 300; trial++) {
            const [ext, original] = trial % 2 === 0 ? ['.keras', keras] : ['.h5', h5];
            let bytes = Buffer.from(original);
            if (trial % 3 === 0)
                bytes = bytes.subarray(0, rng.int(bytes.length));
            else
                for (let f = 0; f < 1 + rng.int(6); f++)
                    bytes[rng.int(bytes.length)] = rng.int(256);
            const path = join(tempDir(), `fuzz${ext}`);
            writeFileSync(path, bytes);
            try {
                runDoctor(path, {});
            }
            catch (err) {
                assert.ok(err instanceof UsageError && err.message.includes('fuzz'), `a usage error naming the file: ${err.name}: ${err.message}`);
                refused++;
            }
        }
        assert.ok(refused > 100, `${refused} of 300 refused`);
    });
});
//# sourceMappingURL=doctor-files.test.js.map