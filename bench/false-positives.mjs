// node bench/false-positives.mjs [--experiments N] [--runs R] [--folds K] [--epochs E]
// How often does each test say "A and B differ" when they do not? Real training on Pima:
// N experiments, each R runs × K-fold CV of two configurations that are equal in distribution,
// paired by split exactly as `candor experiment` pairs them. Reports the false-positive rate at
// α = 0.05 of the corrected repeated k-fold t-test (what Candor's verdict uses) and of the naive
// tests (what it used before: paired t over run means; paired t over every fold).
//   init:     the same model twice; B's weights, shuffling and dropout come from another seed (an exact null)
//   seed 003: 8-12-8-1 sigmoid + BCE vs 8-12-8-2 softmax + CCE, the same seed (the same function class)
import { availableParallelism } from 'node:os';
import * as c from '../dist/index.js';
import { runPool } from '../dist/experiment/pool.js';
import { compareRuns } from '../dist/experiment/verdict.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const experiments = arg('experiments', 100);
const runs = arg('runs', 5);
const k = arg('folds', 5);
const epochs = arg('epochs', 20);

const dense = (units, activation, inputShape) => ({
  className: 'Dense',
  config: { units, activation, ...(inputShape ? { inputShape } : {}) },
});
const sigmoid = {
  layers: [dense(12, 'relu', [8]), dense(8, 'relu'), dense(1, 'sigmoid')],
  compile: { loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy'] },
  data: { dataset: 'pima', scale: true },
};
const softmax = {
  layers: [dense(12, 'relu', [8]), dense(8, 'relu'), dense(2, 'softmax')],
  compile: { loss: 'categorical_crossentropy', optimizer: 'adam', metrics: ['accuracy'] },
  data: { dataset: 'pima', scale: true, oneHot: true },
};
const pairs = {
  init: { a: sigmoid, b: sigmoid, bSeedOffset: 1_000_003 },
  'seed 003': { a: sigmoid, b: softmax, bSeedOffset: 0 },
};

const started = performance.now();
const jobs = [];
for (const [pair, p] of Object.entries(pairs)) {
  for (let e = 0; e < experiments; e++) {
    for (let r = 0; r < runs; r++) {
      const splitSeed = 10_000 + e * runs + r;
      for (let fold = 0; fold < k; fold++) {
        for (const side of ['a', 'b']) {
          jobs.push({
            id: jobs.length,
            pair,
            experiment: e,
            side,
            config: side,
            run: r,
            seed: splitSeed + (side === 'b' ? p.bSeedOffset : 0),
            splitSeed,
            plan: { kind: 'kfold', k, fold, stratified: true },
            spec: p[side],
            dir: process.cwd(),
            epochs,
            batchSize: 32,
            quick: false,
          });
        }
      }
    }
  }
}
const workers = availableParallelism();
process.stderr.write(`${jobs.length} fits on ${workers} worker threads…\n`);
const outcomes = await runPool(jobs, {
  workers,
  workerUrl: new URL('../dist/experiment/worker.js', import.meta.url),
  workerData: { backend: c.backend(), shared: null },
});
const failed = outcomes.filter((o) => !o.ok);
if (failed.length > 0) throw new Error(`${failed.length} fits failed, e.g. ${failed[0].error}`);
const value = new Map(outcomes.map((o) => [o.id, o.value]));

const rows = [];
for (const pair of Object.keys(pairs)) {
  const counts = { corrected: 0, naiveRuns: 0, naiveFolds: 0 };
  for (let e = 0; e < experiments; e++) {
    const mine = jobs.filter((j) => j.pair === pair && j.experiment === e);
    const grid = (side) =>
      Array.from({ length: runs }, (_, r) =>
        Array.from({ length: k }, (_, f) => {
          const job = mine.find((j) => j.side === side && j.run === r && j.plan.fold === f);
          return value.get(job.id).test.find((m) => m.name === 'accuracy').value;
        }),
      );
    const sizes = mine.map((j) => value.get(j.id));
    const ratio = sizes.reduce((s, v) => s + v.nTest / v.nTrain, 0) / sizes.length;
    const [fa, fb] = [grid('a'), grid('b')];
    const cmp = compareRuns({
      a: 'A',
      b: 'B',
      foldsA: fa,
      foldsB: fb,
      paired: true,
      resampling: 'resplit',
      testTrainRatio: ratio,
      rows: 768,
      varied: [],
      resamples: 100,
    });
    if (cmp.test.p < 0.05) counts.corrected++;
    if (cmp.naive.pairedT.p < 0.05) counts.naiveRuns++;
    if (c.pairedTTest(fa.flat(), fb.flat()).p < 0.05) counts.naiveFolds++;
  }
  rows.push({ pair, ...counts });
}

const pct = (n) => `${((100 * n) / experiments).toFixed(1)}%`.padStart(7);
const se = Math.sqrt((0.05 * 0.95) / experiments) * 100;
console.log(
  `False-positive rate at α = 0.05: ${experiments} experiments of ${runs} runs × ${k}-fold CV, Pima (scaled), ${epochs} epochs, batch 32, Adam; ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`(a valid test rejects about 5%; with ${experiments} experiments the sampling error is ±${se.toFixed(1)} points)\n`);
console.log('pair        corrected repeated-CV t   naive paired t (run means)   naive paired t (every fold)');
for (const r of rows)
  console.log(
    `${r.pair.padEnd(10)}  ${pct(r.corrected).padStart(23)}   ${pct(r.naiveRuns).padStart(26)}   ${pct(r.naiveFolds).padStart(27)}`,
  );
