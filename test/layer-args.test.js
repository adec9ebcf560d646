// Layer arguments declared once: the schema validates, maps Keras names, and yields the config type.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { arg, layerArgs, optional } from '../src/layers/args.js';
const L = c.layers;
describe('layer argument schemas', () => {
    const SCHEMA = layerArgs('Thing', { units: arg.positiveInt(), rate: optional(arg.rate(), 0.5), mode: optional(arg.oneOf(['a', 'b']), 'a') }, { legacy: { nb_units: 'units' } });
    it('reads defaults, maps snake_case and Keras 1 names, and keeps base keys for Layer', () => {
        assert.deepEqual(SCHEMA.read({ units: 3 }).args, { units: 3, rate: 0.5, mode: 'a' });
        assert.deepEqual(SCHEMA.read({ nb_units: 4, name: 'x', trainable: false }), {
            args: { units: 4, rate: 0.5, mode: 'a' },
            base: { name: 'x', trainable: false },
        });
        assert.equal(SCHEMA.read({ units: 1, rate: null }).args.rate, 0.5, 'null is absent, as in Keras configs');
    });
    it('refuses unknown keys, missing and wrong values, naming the layer, the argument and what it accepts', () => {
        assert.throws(() => SCHEMA.read({ units: 1, unit: 2 }), /Thing: unknown argument "unit". Expected one of: name, inputShape, batchInputShape, trainable, dtype, units, rate, mode. Received: unit=2/);
        assert.throws(() => SCHEMA.read({}), /Thing: argument "units" must be a positive integer. Received: units=undefined/);
        assert.throws(() => SCHEMA.read({ units: 1, mode: 'c' }), /argument "mode" must be one of 'a', 'b'. Received: mode="c"/);
        assert.throws(() => SCHEMA.read([1]), /Thing: the config must be an object/);
    });
    it("the config types come from the schema: a layer's required arguments are required in TypeScript", () => {
        // @ts-expect-error units is required by Dense's schema
        assert.throws(() => L.dense({}), /Dense: argument "units" must be a positive integer/);
        const full = () => 
        // @ts-expect-error padding takes 'valid', 'same' or 'causal'
        L.conv1d({ filters: 1, kernelSize: 2, padding: 'full' });
        assert.throws(full, /Conv1D: argument "padding" must be one of 'valid', 'same', 'causal'/);
        const config = { units: 2, activation: 'relu', kernel_initializer: undefined };
        assert.equal(L.dense(config).units, 2);
    });
    it('every built-in layer lists exactly the keys its schema declares, and round-trips its config', () => {
        const made = [
            L.dense({ units: 2, inputShape: [3] }),
            L.conv2d({ filters: 2, kernelSize: 3 }),
            L.maxPooling1d({}),
            L.globalAveragePooling2d({ keepdims: true }),
            L.embedding({ inputDim: 5, outputDim: 2 }),
            L.batchNormalization({ momentum: 0.9 }),
            L.dropout({ rate: 0.2, noiseShape: [null, 1] }),
            L.spatialDropout1d({ rate: 0.1 }),
            L.reshape({ targetShape: [-1] }),
            L.flatten(),
            L.activation({ activation: 'tanh' }),
            L.input({ shape: [4] }),
        ];
        for (const layer of made) {
            const again = c.layerFromConfig({ className: layer.className, config: layer.getConfig() });
            assert.deepEqual(again.getConfig(), { ...layer.getConfig(), name: again.name }, layer.className);
        }
        assert.throws(() => L.spatialDropout1d({ rate: 0.1, noiseShape: [1] }), /SpatialDropout1D: unknown argument "noiseShape"/);
    });
});
//# sourceMappingURL=layer-args.test.js.map