// tidy (src/tensor/tidy.ts): TF.js's tf.tidy over Candor's step pool. What fn returns stays valid;
// every other tensor it made is released (reading it throws, naming the cause) and its memory
// serves the next tidy; Variables and models made or updated inside keep their values.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { sharedStepPool } from '../src/tensor/step-pool.js';
import { alignedBytes } from '../src/tensor/aligned.js';

const RELEASED = /made inside a batch of fit, evaluate or predict, or inside tidy, and its memory was released when that ended/;

describe('tidy', () => {
  const x = c.randomNormal([64, 64], { seed: 1 }); // 4,096 values: above the small-array slabs, so pooled
  const y = c.randomNormal([64, 64], { seed: 2 });

  it('returns what fn returns with the values fn computed; a tensor kept by other means throws on every read', () => {
    let stash: c.Tensor | null = null;
    const out = c.tidy(() => {
      stash = c.mul(x, 2);
      return c.add(c.matmul(x, y), 1);
    });
    assert.deepEqual(out.dataSync(), c.add(c.matmul(x, y), 1).dataSync());
    const kept = stash as unknown as c.Tensor;
    assert.throws(() => kept.dataSync(), RELEASED);
    assert.throws(() => c.add(kept, 1), RELEASED);
  });

  it('keeps every tensor in arrays, plain objects and Maps it returns, nested, and typed arrays', () => {
    const got = c.tidy('nested', () => {
      const m = new Map([['sum', c.add(x, y)]]);
      return { pair: [c.mul(x, 3), { deep: c.sub(x, y) }], m, raw: c.mul(y, 5).data, n: 4 };
    });
    assert.deepEqual((got.pair[0] as c.Tensor).dataSync(), c.mul(x, 3).dataSync());
    assert.deepEqual((got.pair[1] as { deep: c.Tensor }).deep.dataSync(), c.sub(x, y).dataSync());
    assert.deepEqual(got.m.get('sum')!.dataSync(), c.add(x, y).dataSync());
    assert.deepEqual(got.raw, c.mul(y, 5).data);
    assert.equal(got.n, 4);
  });

  it('the next tidy writes the memory the last one released instead of a new allocation', () => {
    const a = c.randomNormal([256, 256], { seed: 3 });
    const output = alignedBytes(256 * 256);
    const first = c.tidy(() => {
      c.matmul(a, a);
    });
    assert.equal(first, undefined);
    // Measured inside each tidy, where no sweep of idle sizes can run (those run when a tidy ends, or on a timer).
    for (const round of ['taken from the pool', 'given back and taken again']) {
      const held = sharedStepPool().heldBytes;
      c.tidy(() => {
        c.matmul(a, a);
        assert.equal(held - sharedStepPool().heldBytes, output, `the product's output was ${round}`);
      });
    }
  });

  it('Variables assigned and models built, trained on and asked inside keep their values after it', () => {
    const v = new c.Variable(x);
    c.tidy(() => v.assign(c.add(v, 1)));
    assert.deepEqual(v.dataSync(), c.add(x, 1).dataSync());
    const data = c.randomNormal([128, 64], { seed: 4 });
    const model = c.tidy(() => {
      const m = c.sequential([c.layers.dense({ units: 8, activation: 'relu', inputShape: [64] }), c.layers.dense({ units: 1 })], {
        seed: 1,
      });
      m.predict(data);
      return m;
    });
    const before = model.predict(data) as c.Tensor;
    assert.ok(before.dataSync().every(Number.isFinite));
    assert.deepEqual((model.predict(data) as c.Tensor).dataSync(), before.dataSync());
  });

  it('refuses an async function, and arguments that are not a function (or a name, then one), naming what it received', () => {
    assert.throws(() => c.tidy(async () => c.add(x, 1)), /tidy: the function returned a Promise\. tidy runs synchronous code only/);
    assert.throws(
      () => c.tidy(5 as unknown as () => void),
      /tidy: expected a function \(or a name, then a function\)\. Received: number 5/,
    );
    assert.throws(
      () => c.tidy('step', 'x' as unknown as () => void),
      /tidy\("step"\): expected a function after the name\. Received: string x/,
    );
    assert.throws(
      () =>
        (c.tidy as (a: unknown, b: unknown) => unknown)(
          () => 1,
          () => 2,
        ),
      /tidy: a function comes alone or after a name/,
    );
  });

  it('a tidy that throws still releases what it made', () => {
    let made: c.Tensor | null = null;
    assert.throws(
      () =>
        c.tidy(() => {
          made = c.mul(x, 7);
          throw new Error('inside');
        }),
      /inside/,
    );
    assert.throws(() => (made as unknown as c.Tensor).dataSync(), RELEASED);
  });
});
