import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { Loss, LOSSES } from '../src/losses/losses.js';
import { checkConfigDocument } from '../src/config/run-config.js';
import { loadData } from '../src/config/data-config.js';
import { OPTION_ALIASES } from '../src/registry/options.js';
import { LAYERS } from './helpers/layer-args.js';
/**
 * Every public options object refuses a made-up key and maps each alias to the canonical
 * option with the same result. The tables below are the enumeration; `covered` counts them.
 */
let restore;
const notes = [];
before(() => {
    restore = c.setWarningHandler((m) => notes.push(m));
});
after(() => c.setWarningHandler(restore));
const covered = { families: new Set(), refusals: 0, aliases: 0 };
const refuses = (family, make, key = 'madeUpOption') => {
    covered.families.add(family);
    covered.refusals++;
    assert.throws(make, new RegExp(`unknown (option|argument) "${key}"`), family);
};
const same = (family, alias, canonical) => {
    covered.aliases++;
    assert.deepEqual(alias, canonical, family);
};
const L = c.layers;
describe('every options object refuses unknown keys and maps aliases to the same result', () => {
    it('layers: every factory', () => {
        for (const [name, spec] of Object.entries(LAYERS)) {
            const factory = L[name];
            refuses(`layers.${name}`, () => factory({ ...spec.args, madeUpOption: 1 }));
            const config = (layer) => ({ ...layer.getConfig(), name: 'x' });
            same(`layers.${name} input_shape`, config(factory({ ...spec.args, name: 'x', input_shape: [8, 8, 2] })), config(factory({ ...spec.args, name: 'x', inputShape: [8, 8, 2] })));
            if (spec.alias) {
                const [snake, camel, value] = spec.alias;
                same(`layers.${name} ${snake}`, config(factory({ ...spec.args, name: 'x', [snake]: value })), config(factory({ ...spec.args, name: 'x', [camel]: value })));
            }
        }
        assert.deepEqual(Object.keys(LAYERS).sort(), Object.keys(L).sort(), 'every layer factory is in the table');
    });
    it("optimizers: every factory; TF.js' bare learning rate; lr, learning_rate, beta_1, clipnorm, …", () => {
        const specific = {
            sgd: [
                ['use_nesterov', 'nesterov', true],
                ['useNesterov', 'nesterov', true],
                ['momentum', 'momentum', 0.5],
            ],
            adam: [
                ['beta_1', 'beta1', 0.8],
                ['beta_2', 'beta2', 0.99],
                ['amsgrad', 'amsgrad', true],
            ],
            adamw: [
                ['beta_1', 'beta1', 0.8],
                ['weight_decay', 'weightDecay', 0.01],
            ],
            rmsprop: [
                ['rho', 'rho', 0.8],
                ['centered', 'centered', true],
            ],
            adagrad: [['initial_accumulator_value', 'initialAccumulatorValue', 0.2]],
        };
        for (const [name, factory] of Object.entries(c.optimizers)) {
            refuses(`optimizers.${name}`, () => factory({ madeUpOption: 1 }));
            const canonical = factory({ learningRate: 0.05 }).getConfig();
            same(`optimizers.${name}(0.05)`, factory(0.05).getConfig(), canonical);
            for (const key of ['lr', 'learning_rate'])
                same(`optimizers.${name} ${key}`, factory({ [key]: 0.05 }).getConfig(), canonical);
            for (const [alias, camel, value] of [
                ['clipnorm', 'clipNorm', 1],
                ['clipvalue', 'clipValue', 0.5],
                ['global_clipnorm', 'globalClipNorm', 2],
                ...specific[name],
            ]) {
                same(`optimizers.${name} ${alias}`, factory({ [alias]: value }).getConfig(), factory({ [camel]: value }).getConfig());
            }
            assert.throws(() => factory({ decay: 0.1 }), /"decay" is not supported: Keras 2's per-step learning-rate decay/);
            assert.throws(() => factory(0.01, 0.9), /positional arguments after the learning rate are not supported/);
        }
        same('getOptimizer lr', c.getOptimizer({ name: 'adam', lr: 0.1 }).getConfig(), c.getOptimizer({ name: 'adam', learningRate: 0.1 }).getConfig());
        refuses('getOptimizer', () => c.getOptimizer({ name: 'sgd', madeUpOption: 1 }));
        assert.equal(c.optimizers.adam(0.01).learningRate, 0.01, 'TF.js tf.train.adam(0.01)');
    });
    it('losses: every loss; from_logits, label_smoothing, delta; options a loss does not have are refused', () => {
        for (const name of Object.keys(LOSSES)) {
            refuses(`loss ${name}`, () => new Loss(name, { madeUpOption: 1 }));
            same(`loss ${name} reduction`, new Loss(name, { reduction: 'sum' }).getConfig(), new Loss(name, { reduction: 'sum' }).getConfig());
        }
        for (const name of ['binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy']) {
            same(`${name} from_logits`, new Loss(name, { from_logits: true }).getConfig(), new Loss(name, { fromLogits: true }).getConfig());
            same(`${name} label_smoothing`, new Loss(name, { label_smoothing: 0.1 }).getConfig(), new Loss(name, { labelSmoothing: 0.1 }).getConfig());
        }
        assert.throws(() => new Loss('mse', { fromLogits: true }), /mean_squared_error: unknown option "fromLogits"/);
        assert.throws(() => new Loss('huber', { delta: -1 }), /option "delta" must be a number > 0/);
        assert.throws(() => new Loss('binary_crossentropy', { axis: 0 }), /"axis" is not supported/);
    });
    it("compile({ loss: { name, from_logits: true } }) computes the loss on logits (Keras' spelling reaches the same number)", () => {
        const make = (loss) => {
            const m = c.sequential([L.dense({ units: 1, inputShape: [2] })], { seed: 3 });
            m.compile({ loss: loss, optimizer: 'sgd' });
            return m;
        };
        const x = c.tensor([
            [1, 2],
            [-1, 0.5],
            [3, -2],
        ]);
        const y = c.tensor([[1], [0], [1]]);
        const keras = make({ name: 'binary_crossentropy', from_logits: true }).evaluate(x, y, { verbose: 0 });
        const candor = make({ name: 'binary_crossentropy', fromLogits: true }).evaluate(x, y, { verbose: 0 });
        const probabilities = make('binary_crossentropy');
        assert.equal(keras.loss, candor.loss);
        // Dropped, from_logits would give the probability reading of the same outputs.
        assert.notEqual(keras.loss, probabilities.evaluate(x, y, { verbose: 0 }).loss);
        refuses('compile', () => make('mse').compile({ loss: 'mse', madeUpOption: 1 }));
        // Keras' loss_weights reaches lossWeights: a weight of 2 doubles the loss of the only output.
        const weighted = make('mse');
        weighted.compile({ loss: 'mse', loss_weights: [2] });
        const plain = make('mse');
        plain.compile({ loss: 'mse' });
        assert.equal(weighted.evaluate(x, y, { verbose: 0 }).loss, 2 * plain.evaluate(x, y, { verbose: 0 }).loss);
        assert.throws(() => make('mse').compile({ loss: 'mse', lossWeights: [1, 2] }), /lossWeights" as a list needs one weight per output/);
    });
    it('callbacks: every factory with options', () => {
        const cases = [
            [
                'earlyStopping',
                (o) => c.callbacks.earlyStopping(o),
                {},
                [
                    ['min_delta', 'minDelta', 0.1],
                    ['restore_best_weights', 'restoreBestWeights', true],
                ],
            ],
            [
                'modelCheckpoint',
                (o) => c.callbacks.modelCheckpoint(o),
                { filepath: 'ckpt' },
                [
                    ['save_best_only', 'saveBestOnly', true],
                    ['save_weights_only', 'saveWeightsOnly', true],
                ],
            ],
            [
                'reduceLROnPlateau',
                (o) => c.callbacks.reduceLROnPlateau(o),
                {},
                [
                    ['min_lr', 'minLr', 0.001],
                    ['min_delta', 'minDelta', 0.01],
                ],
            ],
            ['csvLogger', (o) => c.callbacks.csvLogger('log.csv', o), {}, [['separator', 'separator', ';']]],
            ['lambda', (o) => c.callbacks.lambda(o), {}, [['on_epoch_end', 'onEpochEnd', () => { }]]],
        ];
        for (const [name, make, base, aliases] of cases) {
            refuses(`callbacks.${name}`, () => make({ ...base, madeUpOption: 1 }));
            for (const [alias, camel, value] of aliases)
                same(`callbacks.${name} ${alias}`, make({ ...base, [alias]: value }), make({ ...base, [camel]: value }));
        }
        assert.throws(() => c.callbacks.earlyStopping({ verbose: 1 }), /"verbose" is not supported/);
    });
    it('fit, evaluate, evaluateReport, predict, trainOnBatch: made-up keys refused; batch_size, validation_split, nb_epoch, … mapped', async () => {
        const x = c.randomNormal([40, 3], { seed: 1 });
        const y = c.tensor(Array.from({ length: 40 }, (_, i) => [i % 2]));
        const model = () => {
            const m = c.sequential([L.dense({ units: 1, activation: 'sigmoid', inputShape: [3] })], { seed: 2 });
            m.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] });
            return m;
        };
        await assert.rejects(model().fit(x, y, { madeUpOption: 1 }), /fit: unknown option "madeUpOption"/);
        covered.refusals++;
        const canonical = (await model().fit(x, y, { epochs: 2, batchSize: 8, validationSplit: 0.25, verbose: 0, seed: 4 })).history;
        const keras = (await model().fit(x, y, { nb_epoch: 2, batch_size: 8, validation_split: 0.25, verbose: 0, seed: 4 })).history;
        same('fit batch_size, validation_split, nb_epoch', keras, canonical);
        await assert.rejects(model().fit(x, y, { steps_per_epoch: 2 }), /fit: "steps_per_epoch" is not supported/);
        refuses('evaluate', () => model().evaluate(x, y, { madeUpOption: 1 }));
        refuses('evaluateReport', () => model().evaluateReport(x, y, { madeUpOption: 1 }));
        refuses('predict', () => model().predict(x, { madeUpOption: 1 }));
        refuses('trainOnBatch', () => model().trainOnBatch(x, y, { madeUpOption: 1 }));
        same('evaluate batch_size', model().evaluate(x, y, { batch_size: 7, verbose: 0 }), model().evaluate(x, y, { batchSize: 7, verbose: 0 }));
        same('trainOnBatch sample_weight', model().trainOnBatch(x, y, { sample_weight: c.ones([40]) }), model().trainOnBatch(x, y, { sampleWeight: c.ones([40]) }));
    });
    it('predict(x, 2), predict(x, { batch_size: 2 }) and evaluate(x, y, 2) use that batch size', () => {
        const m = c.sequential([L.dense({ units: 1, inputShape: [3] })], { seed: 2 });
        m.compile({ loss: 'mse', optimizer: 'sgd' });
        const layer = m.layers[0];
        const seen = [];
        const call = layer.call.bind(layer);
        layer.call = (t, o) => {
            seen.push(t.shape[0]);
            return call(t, o);
        };
        const x = c.randomNormal([5, 3], { seed: 1 });
        for (const run of [() => m.predict(x, 2), () => m.predict(x, { batch_size: 2 }), () => m.evaluate(x, c.zeros([5, 1]), 2)]) {
            seen.length = 0;
            run();
            assert.deepEqual(seen, [2, 2, 1]);
        }
    });
    it('config documents and data sources', () => {
        refuses('config document', () => checkConfigDocument({ data: {}, layers: [], compile: {}, madeUpOption: 1 }, 'a.json'));
        refuses('config compile', () => checkConfigDocument({ compile: { loss: 'mse', madeUpOption: 1 } }, 'a.json'));
        refuses('config fit', () => checkConfigDocument({ fit: { madeUpOption: 1 } }, 'a.json'));
        same('config fit batch_size', checkConfigDocument({ fit: { batch_size: 8, epochs: 2 } }, 'a.json'), checkConfigDocument({ fit: { batchSize: 8, epochs: 2 } }, 'a.json'));
        refuses('data source', () => loadData({ dataset: 'pima', madeUpOption: 1 }, '.', 1, true));
        const sizes = (d) => {
            const s = loadData(d, '.', 1, true);
            return [s.xTrain.shape[0], s.xTest.shape[0]];
        };
        same('data test_size', sizes({ dataset: 'pima', test_size: 0.5 }), sizes({ dataset: 'pima', testSize: 0.5 }));
        assert.throws(() => loadData({ dataset: 'pima', testSize: 0.3 }, '.', 1, true, { kind: 'kfold', k: 3, fold: 0, stratified: true }), /"testSize" does not apply under 3-fold/);
    });
    it('the enumeration covers every family and each alias in the shared table', () => {
        assert.ok(covered.families.size >= 40, `${covered.families.size} families`);
        assert.ok(covered.refusals >= 45 && covered.aliases >= 90, `${covered.refusals} refusals, ${covered.aliases} aliases`);
        const used = [
            'lr',
            'clipnorm',
            'clipvalue',
            'global_clipnorm',
            'use_nesterov',
            'useNesterov',
            'beta_1',
            'beta_2',
            'nb_epoch',
            'save_weights_only',
            'min_lr',
        ];
        assert.deepEqual([...used].sort(), Object.keys(OPTION_ALIASES).sort(), 'every irregular alias is exercised above');
        assert.ok(notes.some((n) => /"lr" is read as Candor's "learningRate"/.test(n)), 'an alias is noted once with the Candor spelling');
    });
});
//# sourceMappingURL=options.test.js.map