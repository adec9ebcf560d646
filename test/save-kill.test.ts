import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as c from '../src/index.js';
import { quietTempDir } from './helpers.js';

/** A save killed at any instant leaves a folder that loads the previous model or the new one, and no litter. */
const tempDir = quietTempDir('candor-save-kill-');
const script = new URL('./helpers/save-loop.js', import.meta.url).pathname;

function killDuringSaves(dir: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('saves never lose the previous model', () => {
  it('40 kills at random instants while two models are saved over each other: the folder always loads one of them', async () => {
    const expected = [1, 2].map((seed) => {
      const m = c.sequential([c.layers.dense({ units: 64, activation: 'relu', inputShape: [32] }), c.layers.dense({ units: 4 })], { seed });
      return Array.from(m.predict(c.ones([1, 32])).dataSync());
    });
    const rng = new c.Rng(8);
    for (let batch = 0; batch < 10; batch++) {
      const dirs = [0, 1, 2, 3].map((k) => join(tempDir(), `kill-${batch}-${k}`));
      await Promise.all(dirs.map((d) => killDuringSaves(d, rng.int(120))));
      for (const d of dirs) {
        const model = await c.loadModel(d);
        const p = Array.from(model.predict(c.ones([1, 32])).dataSync());
        assert.ok(expected.some((e) => e.every((v, i) => v === p[i])), `${d} loads one of the two saved models`);
        const weights = readdirSync(d).filter((f) => f.startsWith('weights'));
        assert.ok(weights.length <= 2, `at most the current and one interrupted weights file: ${weights}`);
        // The next save cleans up what the killed one left.
        await model.save(d);
        assert.deepEqual(readdirSync(d).filter((f) => f.includes('candor-tmp') || f.startsWith('weights')).length, 1, `${readdirSync(d)}`);
      }
    }
  });
});
