import { sequential } from '../../models/sequential.js';
import { layers } from '../../layers/index.js';
import { setWarningHandler } from '../../registry/warnings.js';
import { callbacks } from '../../training/callbacks.js';
import { datasets } from '../../datasets/index.js';
import { toCategorical } from '../../preprocessing/categorical.js';
/** The MNIST CNN of DESIGN.md (Keras' mnist_cnn example). */
export function mnistCnn(seed) {
    const L = layers;
    return sequential([
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
 * The core of seeds 000/001: the same model, seed and data, trained once with
 * binary_crossentropy and once with categorical_crossentropy, then measured the way
 * Keras 2.0.4 / TF.js report it and the way Candor does.
 */
export async function compareCrossentropies(makeModel, data, o, log, losses = ['binary_crossentropy', 'categorical_crossentropy']) {
    const runs = [];
    const n = data.xTrain.shape[0];
    for (const loss of losses) {
        const restore = setWarningHandler(() => { }); // findings are collected from the report instead
        try {
            const model = makeModel(o.seed);
            model.compile({ loss, optimizer: 'adam', metrics: ['accuracy', 'binary_accuracy'] });
            const started = performance.now();
            const steps = Math.ceil(n / o.batchSize);
            log(`training with ${loss}: ${n} samples, ${o.epochs} epoch(s), batch ${o.batchSize}`);
            await model.fit(data.xTrain, data.yTrain, {
                epochs: o.epochs,
                batchSize: o.batchSize,
                seed: o.seed,
                verbose: 0,
                callbacks: [
                    callbacks.lambda({
                        onBatchEnd: (batch, logs) => {
                            if ((batch + 1) % 10 === 0 || batch + 1 === steps)
                                log(`  ${loss}: batch ${batch + 1}/${steps} - loss ${logs.loss.toFixed(4)}`);
                        },
                    }),
                ],
            });
            const report = model.evaluateReport(data.xTest, data.yTest, { batchSize: 100, confidence: false }); // the table shows no intervals
            const get = (name) => report.metrics.find((m) => m.name === name);
            // Keras 2.0.4 picks binary accuracy after binary_crossentropy, categorical otherwise (MSE on 10 units too).
            const kerasName = loss === 'binary_crossentropy' ? 'binary_accuracy' : 'accuracy';
            runs.push({
                loss,
                testLoss: report.loss,
                kerasAccuracy: { resolved: get(kerasName).resolved, value: get(kerasName).value },
                accuracy: { resolved: get('accuracy').resolved, value: get('accuracy').value },
                binaryAccuracy: get('binary_accuracy').value,
                baselines: { accuracy: get('accuracy').baseline, binaryAccuracy: get('binary_accuracy').baseline },
                findings: [...new Set(report.findings.map((f) => f.code))],
                seconds: (performance.now() - started) / 1000,
            });
        }
        finally {
            setWarningHandler(restore);
        }
    }
    return { runs, title: data.title, classes: data.classes };
}
/** Seeds 000/001 on MNIST. */
export async function crossentropyDemo(o, log) {
    const data = datasets.mnist.load({ trainSize: o.trainSize, testSize: o.testSize });
    return compareCrossentropies(mnistCnn, {
        xTrain: data.xTrain,
        yTrain: toCategorical(data.yTrain, 10),
        xTest: data.xTest,
        yTest: toCategorical(data.yTest, 10),
        classes: 10,
        title: `MNIST CNN, ${data.xTrain.shape[0]} training images, ${data.xTest.shape[0]} test images, ${o.epochs} epoch(s), seed ${o.seed}`,
    }, o, log, ['binary_crossentropy', 'categorical_crossentropy', ...(o.withMse ? ['mean_squared_error'] : [])]);
}
/** The side-by-side table (a column per loss) and the story in a sentence or two. */
export function formatCrossentropy(result) {
    const runs = result.runs;
    const [bce, cce] = runs;
    const mse = runs.find((r) => r.loss === 'mean_squared_error');
    const f = (v) => v.toFixed(4);
    const row = (label, cell) => [label, ...runs.map(cell)];
    const rows = [
        row('', (r) => r.loss),
        row('test loss', (r) => f(r.testLoss)),
        row("Keras 2.0.4 / TF.js 'accuracy'", (r) => `${f(r.kerasAccuracy.value)} (${r.kerasAccuracy.resolved})`),
        row("Candor 'accuracy'", (r) => `${f(r.accuracy.value)} (${r.accuracy.resolved})`),
        row('  trivial baseline', (r) => `${f(r.baselines.accuracy.value)} (${r.baselines.accuracy.name})`),
        row('binary_accuracy', (r) => f(r.binaryAccuracy)),
        row('  trivial baseline', (r) => `${f(r.baselines.binaryAccuracy.value)} (${r.baselines.binaryAccuracy.name})`),
        row('diagnostics', (r) => r.findings.join(', ') || 'none'),
    ];
    const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const table = rows
        .map((r) => r
        .map((cell, i) => cell.padEnd(w[i]))
        .join('   ')
        .trimEnd())
        .join('\n');
    return [
        `${result.title}:`,
        '',
        table,
        '',
        `BCE's ${f(bce.kerasAccuracy.value)} was the average of ${result.classes} per-class yes/no answers (predicting no class at all already scores ${f(bce.baselines.binaryAccuracy.value)}); ` +
            `the real accuracy of that model is ${f(bce.accuracy.value)}, against ${f(cce.accuracy.value)} with categorical_crossentropy.`,
        ...(mse
            ? [
                `MSE's test loss ${f(mse.testLoss)} looks far better than the cross-entropies' only because it is another function: a mean squared difference between probabilities and one-hot rows (each term at most 1), not a log-likelihood — losses of different functions cannot be compared. ` +
                    `Its accuracy, ${f(mse.accuracy.value)} against the baseline ${f(mse.baselines.accuracy.value)}, is what compares${mse.findings.includes('regression-loss-on-classes') ? ' (finding regression-loss-on-classes)' : ''}.`,
            ]
            : []),
    ].join('\n');
}
//# sourceMappingURL=crossentropy.js.map