import * as c from '../../index.js';

export interface DemoOptions {
  seed: number;
  epochs: number;
  batchSize: number;
  trainSize: number;
  testSize: number;
}

export interface CrossentropyRun {
  loss: string;
  testLoss: number;
  /** What Keras 2.0.4 and TF.js print as 'accuracy' for this loss (picked from the loss name). */
  kerasAccuracy: { resolved: string; value: number };
  /** Candor's 'accuracy', resolved from the targets. */
  accuracy: { resolved: string; value: number };
  binaryAccuracy: number;
  baselines: { accuracy: c.Baseline; binaryAccuracy: c.Baseline };
  findings: string[];
  seconds: number;
}

/** The MNIST CNN of DESIGN.md (Keras' mnist_cnn example). */
export function mnistCnn(seed: number): c.Sequential {
  const L = c.layers;
  return c.sequential([
    L.conv2d({ filters: 32, kernelSize: 3, activation: 'relu', inputShape: [28, 28, 1] }),
    L.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }),
    L.maxPooling2d({ poolSize: 2 }),
    L.dropout({ rate: 0.25 }),
    L.flatten(),
    L.dense({ units: 128, activation: 'relu' }),
    L.dropout({ rate: 0.5 }),
    L.dense({ units: 10, activation: 'softmax' }),
  ], { seed });
}

/**
 * Seeds 000/001: the same CNN, the same seed and data, trained once with binary_crossentropy
 * and once with categorical_crossentropy, then measured the way Keras 2.0.4 / TF.js report it
 * and the way Candor does.
 */
export async function crossentropyDemo(o: DemoOptions, log: (line: string) => void): Promise<{ runs: CrossentropyRun[]; data: Record<string, number> }> {
  const data = c.datasets.mnist.load({ trainSize: o.trainSize, testSize: o.testSize });
  const yTrain = c.toCategorical(data.yTrain, 10);
  const yTest = c.toCategorical(data.yTest, 10);
  const runs: CrossentropyRun[] = [];
  for (const loss of ['binary_crossentropy', 'categorical_crossentropy']) {
    const findings: string[] = [];
    const restore = c.setWarningHandler(() => {}); // findings are collected from the report instead
    try {
      const model = mnistCnn(o.seed);
      model.compile({ loss, optimizer: 'adam', metrics: ['accuracy', 'binary_accuracy'] });
      const started = performance.now();
      const steps = Math.ceil(o.trainSize / o.batchSize);
      log(`training with ${loss}: ${o.trainSize} images, ${o.epochs} epoch(s), batch ${o.batchSize}`);
      await model.fit(data.xTrain, yTrain, {
        epochs: o.epochs, batchSize: o.batchSize, seed: o.seed, verbose: 0,
        callbacks: [c.callbacks.lambda({ onBatchEnd: (batch, logs) => { if ((batch + 1) % 10 === 0 || batch + 1 === steps) log(`  ${loss}: batch ${batch + 1}/${steps} - loss ${logs.loss!.toFixed(4)}`); } })],
      });
      const report = model.evaluateReport(data.xTest, yTest, { batchSize: 100 });
      const get = (name: string): c.MetricReport => report.metrics.find((m) => m.name === name)!;
      const kerasName = loss === 'binary_crossentropy' ? 'binary_accuracy' : 'accuracy';
      findings.push(...report.findings.map((f) => f.code));
      runs.push({
        loss, testLoss: report.loss,
        kerasAccuracy: { resolved: get(kerasName).resolved, value: get(kerasName).value },
        accuracy: { resolved: get('accuracy').resolved, value: get('accuracy').value },
        binaryAccuracy: get('binary_accuracy').value,
        baselines: { accuracy: get('accuracy').baseline, binaryAccuracy: get('binary_accuracy').baseline },
        findings: [...new Set(findings)], seconds: (performance.now() - started) / 1000,
      });
    } finally {
      c.setWarningHandler(restore);
    }
  }
  return { runs, data: { trainSize: o.trainSize, testSize: o.testSize, epochs: o.epochs, batchSize: o.batchSize, seed: o.seed } };
}

/** The side-by-side table and the one-sentence story. */
export function formatCrossentropy(result: Awaited<ReturnType<typeof crossentropyDemo>>): string {
  const [bce, cce] = result.runs as [CrossentropyRun, CrossentropyRun];
  const f = (v: number): string => v.toFixed(4);
  const rows: [string, string, string][] = [
    ['', 'binary_crossentropy', 'categorical_crossentropy'],
    ['test loss', f(bce.testLoss), f(cce.testLoss)],
    ["Keras 2.0.4 / TF.js 'accuracy'", `${f(bce.kerasAccuracy.value)} (${bce.kerasAccuracy.resolved})`, `${f(cce.kerasAccuracy.value)} (${cce.kerasAccuracy.resolved})`],
    ["Candor 'accuracy'", `${f(bce.accuracy.value)} (${bce.accuracy.resolved})`, `${f(cce.accuracy.value)} (${cce.accuracy.resolved})`],
    [`  trivial baseline`, `${f(bce.baselines.accuracy.value)} (${bce.baselines.accuracy.name})`, `${f(cce.baselines.accuracy.value)} (${cce.baselines.accuracy.name})`],
    ['binary_accuracy', f(bce.binaryAccuracy), f(cce.binaryAccuracy)],
    [`  trivial baseline`, `${f(bce.baselines.binaryAccuracy.value)} (${bce.baselines.binaryAccuracy.name})`, `${f(cce.baselines.binaryAccuracy.value)} (${cce.baselines.binaryAccuracy.name})`],
    ['diagnostics', bce.findings.join(', ') || 'none', cce.findings.join(', ') || 'none'],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => cell.padEnd(w[i]!)).join('   ').trimEnd()).join('\n');
  const d = result.data;
  return [
    `MNIST CNN, ${d.trainSize} training images, ${d.testSize} test images, ${d.epochs} epoch(s), seed ${d.seed}:`,
    '',
    table,
    '',
    `BCE's ${f(bce.kerasAccuracy.value)} was the average of 10 per-class yes/no answers (predicting no digit at all already scores ${f(bce.baselines.binaryAccuracy.value)}); ` +
      `the real accuracy of that model is ${f(bce.accuracy.value)}, against ${f(cce.accuracy.value)} with categorical_crossentropy.`,
  ].join('\n');
}
