import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { gradRules } from '../src/autograd/grad-rules.js';
import { UNARY_KINDS } from '../src/kernels/kernels.js';
import { withGrad } from '../src/ops/graph.js';
let seed = 1;
/** Random values whose magnitude is in [lo, hi] (keeps clear of kinks at 0 and of domain edges). */
function rand(shape, lo = 0.1, hi = 1.5, positive = false) {
    const r = new c.Rng(seed++);
    const t = c.zeros(shape);
    for (let i = 0; i < t.size; i++) {
        const mag = lo + (hi - lo) * r.uniform();
        t.data[i] = positive || r.uniform() < 0.5 ? mag : -mag;
    }
    return t;
}
const pos = (shape) => rand(shape, 0.2, 2, true);
/** Distinct, well-separated values (no ties for max, pooling, maximum). */
function distinct(shape) {
    const n = shape.reduce((p, d) => p * d, 1);
    const values = Array.from({ length: n }, (_, i) => (i - n / 2) * 0.137);
    new c.Rng(seed++).shuffle(values);
    return c.tensor(values, shape);
}
const cases = [
    { name: 'add (broadcast row)', inputs: () => [rand([3, 4]), rand([4])], f: (a, b) => c.add(a, b) },
    { name: 'sub (broadcast column)', inputs: () => [rand([3, 1]), rand([3, 4])], f: (a, b) => c.sub(a, b) },
    { name: 'mul (broadcast both)', inputs: () => [rand([2, 1, 4]), rand([3, 1])], f: (a, b) => c.mul(a, b) },
    { name: 'div', inputs: () => [rand([2, 3]), pos([2, 3])], f: (a, b) => c.div(a, b) },
    { name: 'pow', inputs: () => [pos([2, 3]), rand([2, 3], 0.5, 2)], f: (a, b) => c.pow(a, b) },
    { name: 'maximum', inputs: () => [distinct([2, 3]), distinct([2, 3])], f: (a, b) => c.maximum(a, b) },
    { name: 'minimum', inputs: () => [distinct([2, 3]), distinct([3])], f: (a, b) => c.minimum(a, b) },
    ...UNARY_KINDS.map((kind) => ({
        name: `unary ${kind}`,
        inputs: () => [kind === 'log' || kind === 'sqrt' ? pos([3, 4]) : rand([3, 4])],
        f: (x) => c[kind](x),
    })),
    { name: 'clip', inputs: () => [rand([4, 3])], f: (x) => c.clip(x, -0.8, 0.6) },
    { name: 'biasActivation relu', inputs: () => [rand([2, 3, 4]), rand([4])], f: (x, b) => c.biasActivation(x, b, 'relu') },
    { name: 'biasActivation linear', inputs: () => [rand([5, 3]), rand([3])], f: (x, b) => c.biasActivation(x, b, 'linear') },
    { name: 'lstmCell', inputs: () => [rand([3, 8]), rand([3, 2])], f: (z, cPrev) => c.lstmCell(z, cPrev) },
    {
        name: 'where',
        inputs: () => [rand([2, 3]), rand([3])],
        f: (a, b) => c.where(c.tensor([
            [1, 0, 1],
            [0, 0, 1],
        ]), a, b),
    },
    { name: 'matmul 2-D', inputs: () => [rand([3, 4]), rand([4, 2])], f: (a, b) => c.matmul(a, b) },
    { name: 'matmul transposeA', inputs: () => [rand([4, 3]), rand([4, 2])], f: (a, b) => c.matmul(a, b, { transposeA: true }) },
    { name: 'matmul transposeB', inputs: () => [rand([3, 4]), rand([2, 4])], f: (a, b) => c.matmul(a, b, { transposeB: true }) },
    {
        name: 'matmul both transposed',
        inputs: () => [rand([4, 3]), rand([2, 4])],
        f: (a, b) => c.matmul(a, b, { transposeA: true, transposeB: true }),
    },
    { name: 'matmul batched', inputs: () => [rand([2, 3, 4]), rand([2, 4, 2])], f: (a, b) => c.matmul(a, b) },
    { name: 'matmul batch x shared matrix', inputs: () => [rand([2, 3, 4]), rand([4, 2])], f: (a, b) => c.matmul(a, b) },
    { name: 'sum over axes', inputs: () => [rand([2, 3, 4])], f: (x) => c.sum(x, [0, 2]) },
    { name: 'sum keepDims', inputs: () => [rand([2, 3])], f: (x) => c.sum(x, 1, true) },
    { name: 'mean', inputs: () => [rand([2, 3, 4])], f: (x) => c.mean(x, [1]) },
    { name: 'max', inputs: () => [distinct([3, 4])], f: (x) => c.max(x, 1) },
    { name: 'min over all', inputs: () => [distinct([3, 4])], f: (x) => c.min(x) },
    { name: 'logSumExp', inputs: () => [rand([3, 4])], f: (x) => c.logSumExp(x, 1) },
    { name: 'softmax', inputs: () => [rand([3, 5])], f: (x) => c.softmax(x) },
    { name: 'softmax axis 0', inputs: () => [rand([3, 5])], f: (x) => c.softmax(x, 0) },
    { name: 'logSoftmax', inputs: () => [rand([3, 5])], f: (x) => c.logSoftmax(x) },
    {
        name: 'conv2d + bias + relu (fused)',
        inputs: () => [rand([2, 5, 5, 2]), rand([3, 3, 2, 3]), rand([3])],
        f: (x, w, b) => c.conv2d(x, w, { padding: 'same', bias: b, activation: 'relu' }),
    },
    {
        name: 'conv1d + bias (fused, linear)',
        inputs: () => [rand([2, 7, 3]), rand([2, 3, 4]), rand([4])],
        f: (x, w, b) => c.conv1d(x, w, { bias: b }),
    },
    {
        name: 'conv2d same stride 2',
        inputs: () => [rand([2, 5, 5, 2]), rand([3, 3, 2, 3])],
        f: (x, w) => c.conv2d(x, w, { strides: 2, padding: 'same' }),
    },
    { name: 'conv2d dilation 2', inputs: () => [rand([1, 6, 6, 2]), rand([2, 2, 2, 2])], f: (x, w) => c.conv2d(x, w, { dilation: 2 }) },
    { name: 'conv1d', inputs: () => [rand([2, 7, 3]), rand([3, 3, 2])], f: (x, w) => c.conv1d(x, w, { padding: 'same' }) },
    { name: 'maxPool2d', inputs: () => [distinct([1, 4, 4, 2])], f: (x) => c.maxPool2d(x, { poolSize: 2 }) },
    { name: 'maxPool1d same', inputs: () => [distinct([2, 5, 2])], f: (x) => c.maxPool1d(x, { poolSize: 2, padding: 'same' }) },
    { name: 'avgPool2d same', inputs: () => [rand([1, 5, 5, 2])], f: (x) => c.avgPool2d(x, { poolSize: 3, strides: 2, padding: 'same' }) },
    { name: 'avgPool1d', inputs: () => [rand([2, 6, 2])], f: (x) => c.avgPool1d(x, { poolSize: 3, strides: 1 }) },
    { name: 'dropout (fixed seed)', inputs: () => [rand([4, 5])], f: (x) => c.dropout(x, 0.4, { seed: 3 }) },
    { name: 'reshape', inputs: () => [rand([2, 6])], f: (x) => c.mul(c.reshape(x, [3, -1]), c.reshape(c.arange(12), [3, 4])) },
    { name: 'transpose', inputs: () => [rand([2, 3, 4])], f: (x) => c.transpose(x, [2, 0, 1]) },
    { name: 'broadcastTo', inputs: () => [rand([3, 1])], f: (x) => c.broadcastTo(x, [2, 3, 4]) },
    { name: 'concat', inputs: () => [rand([2, 3]), rand([2, 2])], f: (a, b) => c.concat([a, b], 1) },
    { name: 'stack', inputs: () => [rand([2, 3]), rand([2, 3])], f: (a, b) => c.stack([a, b], 1) },
    { name: 'slice', inputs: () => [rand([4, 5])], f: (x) => c.slice(x, [1, 2], [2, -1]) },
    {
        name: 'gather with repeats',
        inputs: () => [rand([5, 3])],
        f: (x) => c.gather(x, c.tensor([
            [4, 0],
            [4, 2],
        ], undefined, 'int32')),
    },
    { name: 'gather axis 1', inputs: () => [rand([2, 4, 3])], f: (x) => c.gather(x, [3, 1], 1) },
    {
        name: 'softmaxCrossEntropy',
        inputs: () => [rand([3, 4])],
        f: (z) => c.softmaxCrossEntropy(z, c.softmax(c.tensor([
            [1, 2, 0, 0],
            [0, 0, 3, 1],
            [1, 1, 1, 1],
        ]))),
    },
    {
        name: 'sparse softmaxCrossEntropy',
        inputs: () => [rand([3, 4])],
        f: (z) => c.softmaxCrossEntropy(z, c.tensor([3, 0, 1], undefined, 'int32')),
    },
    {
        name: 'sigmoidCrossEntropy',
        inputs: () => [rand([3, 4])],
        f: (z) => c.sigmoidCrossEntropy(z, c.tensor([
            [1, 0, 0.3, 1],
            [0, 0, 1, 1],
            [0.5, 0.5, 0, 1],
        ])),
    },
    {
        name: 'composite: dense layer + relu + softmax CE',
        inputs: () => [rand([4, 3]), rand([3, 5]), rand([5])],
        f: (x, w, b) => c.softmaxCrossEntropy(c.relu(c.add(c.matmul(x, w), b)), c.tensor([0, 4, 2, 1], undefined, 'int32')),
    },
];
function weightsFor(shape) {
    const r = new c.Rng(shape.reduce((p, d) => p * 31 + d, 7));
    return Float64Array.from({ length: shape.reduce((p, d) => p * d, 1) }, () => r.uniform() * 2 - 1);
}
function lossOf(f, xs) {
    const y = c.noGrad(() => f(...xs));
    const w = weightsFor(y.shape);
    let s = 0;
    for (let i = 0; i < y.size; i++)
        s += y.data[i] * w[i];
    return s;
}
/** Ops recorded while evaluating the case, read off the graph. */
function opsUsed(cs) {
    const leaves = cs.inputs().map((t) => {
        const leaf = new c.Tensor(t.data, t.shape, t.dtype);
        leaf.requiresGrad = true;
        return leaf;
    });
    const seen = new Set();
    const stack = [withGrad(() => cs.f(...leaves))];
    while (stack.length) {
        const t = stack.pop();
        if (!t.node)
            continue;
        seen.add(t.node.op);
        if (t.node.op === 'unary')
            seen.add(`unary:${t.node.ctx.kind}`);
        stack.push(...t.node.inputs);
    }
    return seen;
}
describe('numerical gradient check', () => {
    for (const cs of cases) {
        it(cs.name, () => {
            const xs = cs.inputs();
            const weights = [];
            const { grads } = c.valueAndGrad((...args) => {
                const y = cs.f(...args);
                const w = c.tensor(Float32Array.from(weightsFor(y.shape)), y.shape);
                weights.push(w);
                return c.sum(c.mul(y, w));
            })(...xs);
            const eps = 1e-3;
            xs.forEach((x, k) => {
                for (let i = 0; i < x.size; i++) {
                    const original = x.data[i];
                    x.data[i] = original + eps;
                    const up = lossOf(cs.f, xs);
                    x.data[i] = original - eps;
                    const down = lossOf(cs.f, xs);
                    x.data[i] = original;
                    const numeric = (up - down) / (2 * eps);
                    const analytic = grads[k].data[i];
                    const tolerance = 3e-3 + 1e-2 * Math.abs(numeric);
                    assert.ok(Math.abs(analytic - numeric) <= tolerance, `${cs.name}: input ${k} [${i}] analytic ${analytic} vs numeric ${numeric}`);
                }
            });
        });
    }
    it('covers every op in the gradient table and every unary kind', () => {
        const covered = new Set();
        for (const cs of cases)
            for (const op of opsUsed(cs))
                covered.add(op);
        const missing = [
            ...Object.keys(gradRules).filter((op) => !covered.has(op)),
            ...UNARY_KINDS.filter((k) => !covered.has(`unary:${k}`)).map((k) => `unary:${k}`),
        ];
        assert.deepEqual(missing, [], `ops without a gradient check: ${missing.join(', ')}`);
    });
});
//# sourceMappingURL=gradcheck.test.js.map