// The step pool (src/tensor/step-pool.ts): a training step's intermediates reuse the previous
// step's memory; a tensor kept past its step fails loudly instead of reading the next step's
// numbers; what the step returns, and what fit hands to metrics, stays valid.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { StepPool, sharedStepPool } from '../src/tensor/step-pool.js';
import { zeroBuffer } from '../src/tensor/alloc.js';
import { alignedBytes } from '../src/tensor/aligned.js';
import type { Shape } from '../src/tensor/shape.js';

const RELEASED = /made inside a batch of fit, evaluate or predict, or inside tidy, and its memory was released when that ended/;

describe('step pool', () => {
  const x = c.randomNormal([64, 64], { seed: 1 }); // 4,096 values: above the small-array slabs, so pooled

  it('a tensor kept past its step throws on every read; the tensors the step returns stay valid', () => {
    const pool = new StepPool();
    let stash: c.Tensor | null = null;
    const out = pool.run(
      () => {
        stash = c.mul(x, 2);
        return c.add(x, 1);
      },
      (r) => [r],
    );
    const kept = stash as unknown as c.Tensor;
    assert.throws(() => kept.dataSync(), RELEASED);
    assert.throws(() => kept.toArray(), RELEASED);
    assert.throws(() => c.add(kept, 1), RELEASED);
    const expected = x.dataSync().map((v) => v + 1);
    assert.deepEqual(out.dataSync(), expected);
    assert.ok(pool.heldBytes >= 64 * 64 * 4, `the released buffer waits for the next step (held ${pool.heldBytes} bytes)`);
  });

  it('the next step takes that memory back, zeroed where a zero buffer is asked for', () => {
    const pool = new StepPool();
    pool.run(
      () => c.mul(x, 3),
      () => [],
    );
    const held = pool.heldBytes;
    assert.ok(held > 0);
    const zeros = pool.run(
      () => {
        const z = zeroBuffer(64 * 64);
        assert.ok(pool.heldBytes < held, 'taken from the pool, not allocated');
        return Array.from(z);
      },
      () => [],
    );
    assert.ok(
      zeros.every((v) => v === 0),
      'a recycled buffer asked for as zeros is zeros, not the last step’s values',
    );
  });

  it('a step that throws still returns its buffers; a step run inside a step belongs to the outer one', () => {
    const pool = new StepPool();
    let inner: c.Tensor | null = null;
    assert.throws(
      () =>
        pool.run(
          () => {
            c.mul(x, 2);
            inner = new StepPool().run(
              () => c.add(x, 2),
              (r) => [r],
            );
            throw new Error('step failed');
          },
          () => [],
        ),
      /step failed/,
    );
    assert.ok(pool.heldBytes >= 2 * 64 * 64 * 4, `both buffers went back to the outer pool (held ${pool.heldBytes} bytes)`);
    assert.throws(() => (inner as unknown as c.Tensor).dataSync(), RELEASED);
  });

  it('lets go of a size no batch has asked for in idleMs: at the end of a later batch, and by its timer when no batch comes', async () => {
    const pool = new StepPool(40);
    const step = (t: c.Tensor) =>
      pool.run(
        () => c.mul(t, 2),
        () => [],
      );
    step(x);
    assert.equal(pool.heldBytes, alignedBytes(64 * 64));
    const until = performance.now() + 60;
    while (performance.now() < until); // no await: the timer cannot run, so the next batch's end is what lets go
    step(c.randomNormal([48, 48], { seed: 4 })); // another size: the 64 x 64 buffers have waited too long
    assert.equal(pool.heldBytes, alignedBytes(48 * 48), 'only the size the last batch asked for is held');
    step(x); // 64 x 64 again: allocated afresh, and held again
    assert.equal(pool.heldBytes, alignedBytes(48 * 48) + alignedBytes(64 * 64));
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.equal(pool.heldBytes, 0, 'the timer let go of everything once no batch came');
  });
});

/** Keeps the last input it saw: a layer that holds a tensor past its step. */
class Remember extends c.Layer {
  readonly className: string = 'Remember';
  last: c.Tensor | null = null;
  constructor() {
    super({}, 'Remember');
  }
  call(x: c.Tensor): c.Tensor {
    this.last = x;
    return x;
  }
  computeOutputShape(shape: Shape): Shape {
    return shape;
  }
  protected layerConfig(): Record<string, unknown> {
    return {};
  }
}

describe('step pool in fit', () => {
  it('a layer that keeps a step’s tensor fails loudly after fit; a metric that keeps predictions reads them intact', async () => {
    const remember = new Remember();
    const model = c.sequential([
      c.layers.dense({ units: 64, activation: 'relu', inputShape: [8] }),
      remember,
      c.layers.dense({ units: 40 }),
    ]);
    // A Metric object that keeps every prediction it is given (as an epoch-level metric may), with a copy to compare.
    const kept: { tensor: c.Tensor; copy: Float32Array }[] = [];
    const keeper: c.Metric = {
      name: 'kept_mean',
      updateState: (_y, yPred) => void kept.push({ tensor: yPred, copy: yPred.dataSync() as Float32Array }),
      result: () => NaN,
      resetState: () => {},
    };
    model.compile({ loss: 'mse', optimizer: 'sgd', metrics: [keeper] });
    const xs = c.randomNormal([96, 8], { seed: 2 });
    const ys = c.randomNormal([96, 40], { seed: 3 });
    await model.fit(xs, ys, { epochs: 2, batchSize: 32, verbose: 0, shuffle: false });
    // 32 x 64 activations were pooled and released when their step ended.
    assert.throws(() => remember.last!.dataSync(), RELEASED);
    // The predictions fit handed to the metric are the model's outputs, which it keeps: intact after six steps.
    assert.ok(kept.length >= 6, `the metric saw every step (${kept.length} updates)`);
    for (const { tensor, copy } of kept) assert.deepEqual(tensor.dataSync(), copy);
    // predict keeps each batch's outputs and recycles the rest: the same values as one big batch.
    const inBatches = model.predict(xs, { batchSize: 32 }) as c.Tensor;
    const whole = model.predict(xs, { batchSize: 96 }) as c.Tensor;
    assert.deepEqual(inBatches.dataSync(), whole.dataSync());
    assert.throws(() => remember.last!.dataSync(), RELEASED);
  });

  it('one pool serves every fit, evaluate and predict: the next call’s first batch reuses the last call’s memory', async () => {
    const model = c.sequential([c.layers.dense({ units: 64, activation: 'relu', inputShape: [8] }), c.layers.dense({ units: 40 })]);
    model.compile({ loss: 'mse', optimizer: 'sgd' });
    const xs = c.randomNormal([64, 8], { seed: 5 });
    const ys = c.randomNormal([64, 40], { seed: 6 });
    await model.fit(xs, ys, { epochs: 1, batchSize: 64, verbose: 0 });
    const held = sharedStepPool().heldBytes;
    assert.ok(held >= alignedBytes(64 * 64), `the fit's intermediates wait for the next call (held ${held} bytes)`);
    const seen: number[] = [];
    class Watch extends c.Callback {
      override onEpochBegin(): void {
        seen.push(sharedStepPool().heldBytes);
      }
      override onBatchEnd(): void {
        seen.push(sharedStepPool().heldBytes);
      }
    }
    await model.fit(xs, ys, { epochs: 1, batchSize: 64, verbose: 0, callbacks: [new Watch()] });
    assert.equal(seen[0], held, 'nothing was released between the calls');
    assert.equal(seen[1], held, "the second fit's batch took the first one's buffers and gave them back, allocating none");
  });
});
