// Large arrays start on a 64-byte boundary (src/tensor/aligned.ts): the native GEMM writes its
// C tile in 64-byte vectors, and a misaligned output split every store over three cache lines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../src/index.js';
import { nativeKernels } from '../src/kernels/native/index.js';
import { outputBuffer, zeroBuffer } from '../src/tensor/alloc.js';
import { misalignmentOf } from '../src/tensor/aligned.js';
import { StepPool } from '../src/tensor/step-pool.js';

describe('64-byte aligned arrays', { skip: nativeKernels() ? false : 'the native addon (which tells addresses) is not built' }, () => {
  it('the probe reads real addresses: four views 16 bytes apart sit at four different offsets', () => {
    const buffer = new ArrayBuffer(4096);
    const offsets = new Set([0, 16, 32, 48].map((at) => misalignmentOf(new Float32Array(buffer, at, 16))));
    assert.equal(offsets.size, 4);
  });

  it('slab views, zero buffers, uninitialised outputs, pooled buffers and op results all start on a boundary', () => {
    const views: [string, Float32Array][] = [];
    for (const n of [100, 1000, 5000, 20000, 100000]) {
      views.push([`zeroBuffer(${n})`, zeroBuffer(n)], [`outputBuffer(${n})`, outputBuffer(n)]);
    }
    new StepPool().run(
      () => {
        for (const n of [5000, 20000]) views.push([`pooled zero ${n}`, zeroBuffer(n)], [`pooled output ${n}`, outputBuffer(n)]);
      },
      () => [],
    );
    views.push(['matmul 300x300', c.matmul(c.randomNormal([300, 300], { seed: 1 }), c.randomNormal([300, 300], { seed: 2 })).f32()]);
    for (const [what, view] of views) {
      assert.equal(misalignmentOf(view), 0, `${what} starts ${misalignmentOf(view)} bytes past a boundary`);
      assert.ok(view.byteOffset + view.byteLength <= view.buffer.byteLength, `${what} fits its buffer`);
    }
  });
});
