import { describe, it } from 'node:test';
import * as c from '../src/index.js';
import { assertClose, assertShape, loadFixture } from './helpers.js';
const { cases } = loadFixture('torch-ops.json');
const num = (v) => v;
const get = (name) => {
    const found = cases[name];
    if (!found)
        throw new Error(`fixture case ${name} missing: regenerate with npm run fixtures`);
    return found;
};
const T = (values, shape) => c.tensor(num(values), num(shape));
const tol = { rtol: 1e-4, atol: 1e-5 };
/** Forward value, and gradients of sum(y * dyWeights) with respect to the listed inputs. */
function checkWithGrads(cs, inputs, f, gradNames) {
    const weights = T(cs.dyWeights, (cs.outShape ?? cs.shape));
    const { value, grads } = c.valueAndGrad((...xs) => c.sum(c.mul(f(...xs), weights)))(...inputs);
    const y = c.noGrad(() => f(...inputs));
    assertClose(y.data, cs.out, { ...tol, label: 'forward' });
    assertClose([value.item()], [cs.out.reduce((s, v, i) => s + v * num(cs.dyWeights)[i], 0)], { rtol: 1e-4, atol: 1e-4, label: 'loss' });
    gradNames.forEach((g, i) => assertClose(grads[i].data, num(cs[g]), { ...tol, label: g }));
}
describe('ops match PyTorch', () => {
    for (const name of ['matmul_2d', 'matmul_odd', 'matmul_tAtB', 'matmul_batched']) {
        it(name, () => {
            const cs = get(name);
            const out = c.matmul(T(cs.a, cs.aShape), T(cs.b, cs.bShape), {
                transposeA: Boolean(cs.transposeA),
                transposeB: Boolean(cs.transposeB),
            });
            assertShape(out, num(cs.outShape));
            assertClose(out.data, cs.out, tol);
        });
    }
    for (const name of [
        'conv2d_valid',
        'conv2d_same',
        'conv2d_stride2_same',
        'conv2d_stride2_valid',
        'conv2d_dilation2',
        'conv2d_dilation2_same',
    ]) {
        it(`${name} forward, input and kernel gradients`, () => {
            const cs = get(name);
            const opts = {
                strides: num(cs.strides),
                dilation: num(cs.dilation),
                padding: cs.padding,
            };
            checkWithGrads(cs, [T(cs.x, cs.xShape), T(cs.kernel, cs.kernelShape)], (x, k) => c.conv2d(x, k, opts), ['dx', 'dkernel']);
        });
    }
    for (const name of ['conv1d_valid', 'conv1d_same_stride2', 'conv1d_dilation2']) {
        it(`${name} forward, input and kernel gradients`, () => {
            const cs = get(name);
            const opts = { strides: cs.strides, dilation: cs.dilation, padding: cs.padding };
            checkWithGrads(cs, [T(cs.x, cs.xShape), T(cs.kernel, cs.kernelShape)], (x, k) => c.conv1d(x, k, opts), ['dx', 'dkernel']);
        });
    }
    for (const name of ['maxpool2d_valid', 'maxpool2d_same_stride1', 'maxpool2d_odd', 'avgpool2d_valid', 'avgpool2d_same']) {
        it(`${name} forward and gradient`, () => {
            const cs = get(name);
            const pool = cs.kind === 'max' ? c.maxPool2d : c.avgPool2d;
            const opts = {
                poolSize: num(cs.poolSize),
                strides: num(cs.strides),
                padding: cs.padding,
            };
            checkWithGrads(cs, [T(cs.x, cs.xShape)], (x) => pool(x, opts), ['dx']);
        });
    }
    for (const name of ['softmax_last', 'softmax_axis0', 'softmax_large']) {
        it(name, () => {
            const cs = get(name);
            assertClose(c.softmax(T(cs.x, cs.xShape), cs.axis).data, cs.out, tol);
        });
    }
    it('logsoftmax_last', () => {
        const cs = get('logsoftmax_last');
        assertClose(c.logSoftmax(T(cs.x, cs.xShape)).data, cs.out, tol);
    });
    for (const name of ['logsumexp_axis1', 'logsumexp_large']) {
        it(name, () => {
            const cs = get(name);
            const out = c.logSumExp(T(cs.x, cs.xShape), num(cs.axes));
            assertShape(out, num(cs.outShape));
            assertClose(out.data, cs.out, tol);
        });
    }
    it('softmax cross-entropy with probability labels, and its gradient', () => {
        const cs = get('softmax_ce');
        const labels = T(cs.labels, cs.shape);
        checkWithGrads({ ...cs, shape: [num(cs.shape)[0]] }, [T(cs.logits, cs.shape)], (z) => c.softmaxCrossEntropy(z, labels), ['dlogits']);
    });
    it('softmax cross-entropy with integer class labels, and its gradient', () => {
        const cs = get('sparse_softmax_ce');
        const labels = c.tensor(num(cs.classes), undefined, 'int32');
        checkWithGrads({ ...cs, shape: [num(cs.shape)[0]] }, [T(cs.logits, cs.shape)], (z) => c.softmaxCrossEntropy(z, labels), ['dlogits']);
    });
    it('sigmoid cross-entropy on logits, and its gradient', () => {
        const cs = get('sigmoid_ce');
        const labels = T(cs.labels, cs.shape);
        checkWithGrads(cs, [T(cs.logits, cs.shape)], (z) => c.sigmoidCrossEntropy(z, labels), ['dlogits']);
    });
    it('sigmoid cross-entropy stays finite for extreme logits', () => {
        const cs = get('sigmoid_ce_extreme');
        assertClose(c.sigmoidCrossEntropy(T(cs.logits, cs.shape), T(cs.labels, cs.shape)).data, cs.out, tol);
    });
});
describe('activations match PyTorch', () => {
    const kinds = get('unary').kinds;
    for (const [kind, { x, out }] of Object.entries(kinds)) {
        it(kind, () => {
            const f = c[kind];
            // exp reaches e^30 ≈ 1e13, so a float32 relative tolerance; small values need an absolute floor.
            assertClose(f(c.tensor(x)).data, out, { rtol: 2e-6, atol: 1e-6, label: kind });
        });
    }
});
//# sourceMappingURL=torch-fixtures.test.js.map