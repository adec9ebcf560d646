// node bench/overhead.mjs [reps]: the cost of Candor's bookkeeping around the kernels, on the
// workloads where it is largest relative to the arithmetic: W1 (Pima 8-12-8-1, 150 epochs, batch
// 32) with metrics and per-epoch validation, evaluateReport on Pima, and `candor demo pima --quick`
// end to end (a fresh process, in-process pool). Medians of `reps` runs; compare runs made on the
// same machine in the same minute, never absolute times across machines.
import { spawnSync } from 'node:child_process';
import * as c from '../dist/index.js';

const reps = Number(process.argv[2] ?? 5);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function time(fn) {
  await fn(); // warm-up
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const L = c.layers;
const pima = c.datasets.pima.load();
const { x, y } = pima;
const w1 = () => {
  const model = c.sequential(
    [
      L.dense({ units: 12, activation: 'relu', inputShape: [8] }),
      L.dense({ units: 8, activation: 'relu' }),
      L.dense({ units: 1, activation: 'sigmoid' }),
    ],
    { seed: 1 },
  );
  model.compile({ loss: 'binary_crossentropy', optimizer: 'adam', metrics: ['accuracy', 'auc', 'f1'] });
  return model;
};
const rows = [];
const show = (name, t) => rows.push(`${name.padEnd(52)} ${t.median.toFixed(0).padStart(7)} ms  [${t.min.toFixed(0)}, ${t.max.toFixed(0)}]`);

show(
  'W1 fit, 150 epochs, 3 metrics, validationSplit 0.2',
  await time(() => w1().fit(x, y, { epochs: 150, batchSize: 32, validationSplit: 0.2, verbose: 0, seed: 1 })),
);
show(
  'W1 fit, 150 epochs, no metrics, no validation',
  await time(() => {
    const m = c.sequential(
      [
        L.dense({ units: 12, activation: 'relu', inputShape: [8] }),
        L.dense({ units: 8, activation: 'relu' }),
        L.dense({ units: 1, activation: 'sigmoid' }),
      ],
      { seed: 1 },
    );
    m.compile({ loss: 'binary_crossentropy', optimizer: 'adam' });
    return m.fit(x, y, { epochs: 150, batchSize: 32, verbose: 0, seed: 1 });
  }),
);
const trained = w1();
await trained.fit(x, y, { epochs: 5, verbose: 0, seed: 1 });
show(
  'evaluateReport on Pima (768 rows, 3 metrics, CIs) x10',
  await time(() => {
    for (let i = 0; i < 10; i++) trained.evaluateReport(x, y);
  }),
);
show(
  'demo pima --quick (fresh process, --workers 0)',
  await time(() => {
    const r = spawnSync(
      process.execPath,
      ['dist/cli/main.js', 'demo', 'pima', '--quick', '--workers', '0', '--report', '/tmp/candor-overhead-report.html'],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
  }),
);
console.log(`backend ${c.backend()}, ${reps} repetitions (median [min, max])`);
console.log(rows.join('\n'));
