import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { assertClose, assertShape } from './helpers.js';
describe('tensor creation and reads', () => {
    it('builds from nested arrays, flat arrays with a shape, and typed arrays', () => {
        const a = c.tensor([
            [1, 2, 3],
            [4, 5, 6],
        ]);
        assertShape(a, [2, 3]);
        assert.equal(a.dtype, 'float32');
        assert.equal(a.size, 6);
        assert.equal(a.rank, 2);
        assert.deepEqual(a.toArray(), [
            [1, 2, 3],
            [4, 5, 6],
        ]);
        assert.deepEqual(c.tensor([1, 2, 3, 4], [2, 2]).toArray(), [
            [1, 2],
            [3, 4],
        ]);
        const ints = c.tensor(Int32Array.of(3, 1, 2));
        assert.equal(ints.dtype, 'int32');
        assert.ok(ints.dataSync() instanceof Int32Array);
        assert.equal(c.scalar(2.5).item(), 2.5);
        assertShape(c.scalar(1), []);
    });
    it('dataSync returns a copy, so the tensor cannot be mutated through it', () => {
        const a = c.tensor([1, 2]);
        a.dataSync()[0] = 99;
        assert.equal(a.data[0], 1);
    });
    it('creates constant and range tensors', () => {
        assert.deepEqual(c.zeros([2]).toArray(), [0, 0]);
        assert.deepEqual(c.ones([1, 2]).toArray(), [[1, 1]]);
        assert.deepEqual(c.full([2], 7, 'int32').toArray(), [7, 7]);
        assert.deepEqual(c.arange(5).toArray(), [0, 1, 2, 3, 4]);
        assert.deepEqual(c.arange(1, 2, 0.25).toArray(), [1, 1.25, 1.5, 1.75]);
        assert.deepEqual(c.eye(2, 3).toArray(), [
            [1, 0, 0],
            [0, 1, 0],
        ]);
    });
    it('rejects ragged arrays, wrong sizes, bad dtypes and non-integer int32 values with clear messages', () => {
        assert.throws(() => c.tensor([[1, 2], [3]]), /rectangular. Expected length 2 at \[1\]. Received: length 1/);
        assert.throws(() => c.tensor([1, 2, 3], [2, 2]), /Received: 3 values for shape=\[2,2\]/);
        assert.throws(() => c.tensor([1], [1], 'float64'), /argument "dtype" must be one of float32, int32. Received: dtype="float64"/);
        assert.throws(() => c.tensor([1.5], undefined, 'int32'), /int32 values must be 32-bit integers. Received: 1.5 at flat index 0/);
        assert.throws(() => c.scalar(1).toArray() && c.tensor([1, 2]).item(), /exactly one element. Received: shape=\[2\]/);
    });
});
describe('seeded randomness', () => {
    it('gives bit-identical tensors for the same seed and different ones for another seed', () => {
        for (const make of [c.randomNormal, c.randomUniform, c.truncatedNormal]) {
            const a = make([50], { seed: 42 });
            const b = make([50], { seed: 42 });
            assert.deepEqual(a.data, b.data);
            assert.notDeepEqual(a.data, make([50], { seed: 43 }).data);
        }
    });
    it('the global generator is reproducible through setSeed', () => {
        c.setSeed(7);
        const a = c.randomNormal([10]);
        c.setSeed(7);
        assert.deepEqual(c.randomNormal([10]).data, a.data);
    });
    it('pins the stream: the first values for seed 0 never change across machines or versions', () => {
        // xoshiro128** with splitmix32 seeding uses 32-bit integer ops only; these are the reference values.
        const r = new c.Rng(0);
        const first = [r.nextUint32(), r.nextUint32(), r.nextUint32()];
        assert.deepEqual(first, PINNED_SEED0);
    });
    it('has the requested moments and truncation', () => {
        const n = c.randomNormal([20000], { seed: 1, mean: 2, stddev: 3 });
        const mean = c.mean(n).item();
        const sd = Math.sqrt(c.mean(c.square(c.sub(n, mean))).item());
        assert.ok(Math.abs(mean - 2) < 0.1 && Math.abs(sd - 3) < 0.1, `mean ${mean}, sd ${sd}`);
        const t = c.truncatedNormal([5000], { seed: 2, stddev: 0.5 });
        assert.ok(c.max(c.abs(t)).item() <= 1.0);
        const u = c.randomUniform([5000], { seed: 3, minval: -1, maxval: 2 });
        assert.ok(c.min(u).item() >= -1 && c.max(u).item() < 2);
    });
    it('dropout masks are identical for the same seed, and dropout is the identity at inference', () => {
        const x = c.ones([100]);
        assert.deepEqual(c.dropout(x, 0.5, { seed: 9 }).data, c.dropout(x, 0.5, { seed: 9 }).data);
        assert.notDeepEqual(c.dropout(x, 0.5, { seed: 9 }).data, c.dropout(x, 0.5, { seed: 10 }).data);
        assert.equal(c.dropout(x, 0.5, { training: false }), x);
        const kept = c.dropout(c.ones([10000]), 0.3, { seed: 1 });
        assert.ok(Math.abs(c.mean(kept).item() - 1) < 0.05, 'inverted dropout keeps the mean');
        assert.throws(() => c.dropout(x, 1), /"rate" must be in \[0, 1\). Received: rate=1/);
    });
});
// From an independent Python implementation of splitmix32 seeding + xoshiro128** (32-bit masks).
const PINNED_SEED0 = [3809008728, 1133695204, 53579671];
describe('broadcasting and arithmetic', () => {
    it('broadcasts like NumPy', () => {
        const a = c.tensor([[1], [2]]);
        const b = c.tensor([10, 20, 30]);
        assert.deepEqual(c.add(a, b).toArray(), [
            [11, 21, 31],
            [12, 22, 32],
        ]);
        assert.deepEqual(c.mul(c.tensor([1, 2]), 3).toArray(), [3, 6]);
        assert.deepEqual(c.sub(c.tensor([[[1, 2]]]), c.tensor([[1], [2]])).toArray(), [
            [
                [0, 1],
                [-1, 0],
            ],
        ]);
    });
    it('names the op and both shapes when shapes do not broadcast', () => {
        assert.throws(() => c.add(c.zeros([2, 3]), c.zeros([4])), /add: shapes cannot be broadcast.*Received: a.shape=\[2,3\], b.shape=\[4\]/);
        assert.throws(() => c.matmul(c.zeros([32, 8]), c.zeros([12, 1])), /matmul: inner dimensions must match. Received: a.shape=\[32,8\], b.shape=\[12,1\]/);
        assert.throws(() => c.conv2d(c.zeros([1, 4, 4, 3]), c.zeros([2, 2, 2, 1])), /kernel input channels must equal x channels. Received: x.shape=\[1,4,4,3\], kernel.shape=\[2,2,2,1\]/);
    });
    it('rejects int32 tensors in float arithmetic and says how to convert', () => {
        const labels = c.tensor([1, 2], undefined, 'int32');
        assert.throws(() => c.add(labels, 1), /add: argument "a" must be a float32 tensor. Received: a.dtype=int32, a.shape=\[2\]; convert it with cast\(a, 'float32'\)/);
        assert.deepEqual(c.add(c.cast(labels, 'float32'), 1).toArray(), [2, 3]);
        assert.throws(() => c.add([1, 2], 1), /must be a Tensor or a number. Received: an array of length 2/);
    });
    it('compares elementwise without gradients', () => {
        assert.deepEqual(c.greater(c.tensor([1, 2, 3]), 2).toArray(), [0, 0, 1]);
        assert.deepEqual(c.equal(c.tensor([1, 2]), c.tensor([1, 3])).toArray(), [1, 0]);
    });
    it('reduces over axes with keepDims, and argmax picks the first maximum', () => {
        const x = c.tensor([
            [1, 5, 5],
            [7, 0, 2],
        ]);
        assert.deepEqual(c.sum(x, 1).toArray(), [11, 9]);
        assert.deepEqual(c.sum(x, 0, true).toArray(), [[8, 5, 7]]);
        assert.deepEqual(c.max(x).toArray(), 7);
        assert.deepEqual(c.mean(x, [0, 1]).toArray(), Math.fround(20 / 6));
        assert.deepEqual(c.argmax(x).toArray(), [1, 0]);
        assert.deepEqual(c.argmax(x, 0).toArray(), [1, 0, 0]);
        assert.deepEqual(c.sum(c.reshape(c.arange(24), [2, 3, 4]), [0, 2]).toArray(), [60, 92, 124]);
        assert.throws(() => c.sum(x, 2), /"axis" must be an integer in \[-2, 1\]. Received: axis=2 for a tensor of rank 2/);
    });
});
describe('shape ops', () => {
    const x = c.reshape(c.arange(6), [2, 3]);
    it('reshape infers -1 and rejects impossible shapes', () => {
        assertShape(c.reshape(x, [-1]), [6]);
        assertShape(c.reshape(x, [3, -1]), [3, 2]);
        assert.throws(() => c.reshape(x, [4, -1]), /same number of values.*Received: x.shape=\[2,3\] \(6 values\), shape=\[4,-1\]/);
    });
    it('transposes, permutes, expands and squeezes', () => {
        assert.deepEqual(c.transpose(x).toArray(), [
            [0, 3],
            [1, 4],
            [2, 5],
        ]);
        assertShape(c.permute(c.zeros([2, 3, 4]), [2, 0, 1]), [4, 2, 3]);
        assertShape(c.expandDims(x, 1), [2, 1, 3]);
        assertShape(c.squeeze(c.zeros([1, 2, 1])), [2]);
        assert.throws(() => c.squeeze(x, [0]), /axis 0 must have size 1/);
        assert.throws(() => c.transpose(x, [0, 0]), /permutation of 0..1/);
    });
    it('concatenates, stacks and slices', () => {
        assert.deepEqual(c.concat([x, c.ones([2, 1])], 1).toArray(), [
            [0, 1, 2, 1],
            [3, 4, 5, 1],
        ]);
        assert.deepEqual(c.stack([c.tensor([1, 2]), c.tensor([3, 4])], 1).toArray(), [
            [1, 3],
            [2, 4],
        ]);
        assert.deepEqual(c.slice(x, [0, 1], [2, -1]).toArray(), [
            [1, 2],
            [4, 5],
        ]);
        assert.throws(() => c.concat([x, c.ones([3, 1])], 1), /all dimensions except axis 1 must match. Received: tensors\[0\].shape=\[2,3\], tensors\[1\].shape=\[3,1\]/);
        assert.throws(() => c.slice(x, [1, 2], [2, 1]), /inside x/);
    });
    it('gathers rows (embedding lookup) and checks indices', () => {
        const table = c.tensor([
            [0, 0],
            [1, 1],
            [2, 2],
        ]);
        assert.deepEqual(c.gather(table, c.tensor([[2, 0]], undefined, 'int32')).toArray(), [
            [
                [2, 2],
                [0, 0],
            ],
        ]);
        assert.deepEqual(c.gather(x, [2, 0], 1).toArray(), [
            [2, 0],
            [5, 3],
        ]);
        assert.throws(() => c.gather(table, [3]), /indices must be integers in \[0, 2\]. Received: 3 at position 0/);
    });
    it('one-hot encodes class ids', () => {
        assert.deepEqual(c.oneHot([2, 0], 3).toArray(), [
            [0, 0, 1],
            [1, 0, 0],
        ]);
        assert.throws(() => c.oneHot([3], 3), /Received: 3 at position 0/);
    });
    it('broadcastTo repeats along size-1 axes', () => {
        assert.deepEqual(c.broadcastTo(c.tensor([[1], [2]]), [2, 2]).toArray(), [
            [1, 1],
            [2, 2],
        ]);
        assert.throws(() => c.broadcastTo(c.zeros([3]), [2, 2]), /cannot be broadcast/);
    });
});
describe('autograd API', () => {
    it('grad and valueAndGrad differentiate functions of tensors', () => {
        const f = (x) => c.sum(c.square(x));
        const { value, grads } = c.valueAndGrad(f)(c.tensor([1, -2, 3]));
        assert.equal(value.item(), 14);
        assert.deepEqual(grads[0].toArray(), [2, -4, 6]);
        assert.deepEqual(c
            .grad((a, b) => c.sum(c.mul(a, b)))(c.tensor([1, 2]), c.tensor([3, 4]))[1]
            .toArray(), [1, 2]);
    });
    it('variableGrads takes gradients with respect to variables, accumulating over reuse', () => {
        const w = new c.Variable(c.tensor([2]));
        const { value, grads } = c.variableGrads(() => c.sum(c.mul(w, w)), [w]);
        assert.equal(value.item(), 4);
        assert.deepEqual(grads[0].toArray(), [4]);
    });
    it('noGrad records nothing', () => {
        const w = new c.Variable(c.tensor([1, 2]));
        const inside = c.noGrad(() => c.mul(w, 2));
        assert.equal(inside.node, null);
        assert.equal(inside.requiresGrad, false);
        assert.notEqual(c.mul(w, 2).node, null);
    });
    it('returns zeros for inputs the result does not depend on, and requires a scalar result', () => {
        const [, gb] = c.grad((a) => c.sum(a))(c.tensor([1]), c.tensor([5, 6]));
        assert.deepEqual(gb.toArray(), [0, 0]);
        assert.throws(() => c.grad((a) => c.mul(a, 2))(c.tensor([1, 2])), /must return a scalar. Received: shape=\[2\]/);
    });
    it('Variable.assign updates in place and checks the shape', () => {
        const v = new c.Variable(c.zeros([2]), { name: 'w' });
        v.assign(c.tensor([1, 2]));
        assert.deepEqual(v.toArray(), [1, 2]);
        assert.throws(() => v.assign(c.zeros([3])), /variable "w". Expected: \[2\]. Received: \[3\]/);
    });
    it('trains: gradient descent fits a line', () => {
        const x = c.tensor([[0], [1], [2], [3]]);
        const y = c.tensor([[1], [3], [5], [7]]);
        const w = new c.Variable(c.zeros([1, 1]));
        const b = new c.Variable(c.zeros([1]));
        for (let step = 0; step < 500; step++) {
            const { grads } = c.variableGrads(() => c.mean(c.square(c.sub(c.add(c.matmul(x, w), b), y))), [w, b]);
            w.assign(c.sub(w, c.mul(grads[0], 0.05)));
            b.assign(c.sub(b, c.mul(grads[1], 0.05)));
        }
        assertClose([w.item(), b.item()], [2, 1], { atol: 1e-3, rtol: 0 });
    });
});
//# sourceMappingURL=tensor.test.js.map