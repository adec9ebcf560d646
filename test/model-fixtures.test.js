import { describe, it } from 'node:test';
import * as c from '../src/index.js';
import { assertClose, loadFixture } from './helpers.js';
const { cases } = loadFixture('torch-model.json');
const num = (v) => v;
const tol = { rtol: 1e-4, atol: 1e-5 };
const rng = new c.Rng(0);
/** Forward value and gradients of sum(y · dyWeights) with respect to x and the layer's weights. */
function checkLayer(layer, x, cs, weightGrads, training = false) {
    const xVar = new c.Variable(x);
    let y = null;
    const { grads } = c.variableGrads(() => {
        y = layer.apply(xVar, { training, rng });
        return c.sum(c.mul(y, c.tensor(num(cs.dyWeights), y.shape)));
    }, [xVar, ...layer.trainableWeights]);
    assertClose(y.data, num(cs.out), { ...tol, label: 'forward' });
    if (cs.dx)
        assertClose(grads[0].data, num(cs.dx), { ...tol, label: 'dx' });
    weightGrads.forEach((g, i) => assertClose(grads[i + 1].data, num(cs[g]), { ...tol, label: g }));
}
function built(layer, sampleShape, weights) {
    layer.build(sampleShape, rng);
    layer.weights.forEach((v, i) => {
        if (weights[i])
            v.assign(c.tensor(weights[i], v.shape));
    });
    return layer;
}
describe('layers match PyTorch', () => {
    it('Dense with relu: forward and gradients', () => {
        const cs = cases.dense_relu;
        const layer = built(c.layers.dense({ units: 3, activation: 'relu' }), [5], [num(cs.kernel), num(cs.bias)]);
        checkLayer(layer, c.tensor(num(cs.x), num(cs.xShape)), cs, ['dkernel', 'dbias']);
    });
    it('Conv1D with tanh: forward and gradients', () => {
        const cs = cases.conv1d_tanh;
        const layer = built(c.layers.conv1d({ filters: 5, kernelSize: 4, activation: 'tanh' }), [9, 3], [num(cs.kernel), num(cs.bias)]);
        checkLayer(layer, c.tensor(num(cs.x), num(cs.xShape)), cs, ['dkernel', 'dbias']);
    });
    it("Conv2D 'same' with relu: forward and gradients", () => {
        const cs = cases.conv2d_same_relu;
        const layer = built(c.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', activation: 'relu' }), [5, 6, 2], [num(cs.kernel), num(cs.bias)]);
        checkLayer(layer, c.tensor(num(cs.x), num(cs.xShape)), cs, ['dkernel', 'dbias']);
    });
    it('Embedding: lookup and accumulated gradient for repeated ids', () => {
        const cs = cases.embedding;
        const layer = built(c.layers.embedding({ inputDim: 10, outputDim: 4 }), [3], [num(cs.table)]);
        const ids = c.tensor(num(cs.ids), num(cs.idsShape));
        const { grads } = c.variableGrads(() => {
            const y = layer.apply(ids, { training: false, rng });
            assertClose(y.data, num(cs.out), tol);
            return c.sum(c.mul(y, c.tensor(num(cs.dyWeights), y.shape)));
        }, layer.trainableWeights);
        assertClose(grads[0].data, num(cs.dtable), tol);
    });
    it('BatchNormalization: training forward, gradients, Keras moving statistics, inference', () => {
        const cs = cases.batchnorm;
        const layer = built(c.layers.batchNormalization({}), [3], [num(cs.gamma), num(cs.beta)]);
        const x = c.tensor(num(cs.x), num(cs.xShape));
        checkLayer(layer, x, cs, ['dgamma', 'dbeta'], true);
        const [, , movingMean, movingVariance] = layer.weights;
        assertClose(movingMean.data, num(cs.movingMean), tol);
        assertClose(movingVariance.data, num(cs.movingVariance), tol);
        assertClose(layer.apply(x, { training: false, rng }).data, num(cs.inferenceOut), tol);
    });
});
describe('losses match PyTorch (value and gradient)', () => {
    for (const [name, cs] of Object.entries(cases.losses)) {
        it(name, () => {
            const loss = new c.Loss(cs.loss, cs.options);
            const yTrue = c.tensor(num(cs.yTrue), num(cs.yTrueShape));
            const sw = cs.sampleWeight ? c.tensor(num(cs.sampleWeight)) : undefined;
            const { value, grads } = c.valueAndGrad((p) => loss.call(yTrue, p, sw))(c.tensor(num(cs.yPred), num(cs.shape)));
            assertClose([value.item()], [cs.value], { rtol: 1e-5, atol: 1e-6, label: 'value' });
            assertClose(grads[0].data, num(cs.grad), { rtol: 1e-4, atol: 1e-6, label: 'gradient' });
        });
    }
});
describe('optimizers match torch.optim', () => {
    const opt = cases.optimizers;
    for (const [name, cs] of Object.entries(opt.cases)) {
        it(`${name}: three steps`, () => {
            const optimizer = c.getOptimizer(cs.config);
            const w = new c.Variable(c.tensor(opt.w0));
            opt.grads.forEach((g, i) => {
                optimizer.applyGradients([[c.tensor(g), w]]);
                assertClose(w.data, cs.steps[i], { rtol: 1e-6, atol: 1e-6, label: `step ${i + 1}` });
            });
        });
    }
});
//# sourceMappingURL=model-fixtures.test.js.map