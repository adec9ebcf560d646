#!/usr/bin/env node
/** The candor command: its subcommands, options and the one error path (exit 2 for usage, 130 on Ctrl-C). */
import { inspect } from 'node:util';
import { Command, InvalidArgumentError } from 'commander';
import { VERSION } from '../version.js';
import { formatDoctor, runDoctor } from './doctor.js';
import { UsageError } from '../usage-error.js';
import { withInterrupt } from './interrupt.js';
function positiveInt(value, flag) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError(`${flag} expects a positive integer. Received: ${JSON.stringify(value)}`);
    return n;
}
function nonNegativeInt(value, flag) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError(`${flag} expects an integer >= 0. Received: ${JSON.stringify(value)}`);
    return n;
}
function atLeast2(value, flag) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 2)
        throw new InvalidArgumentError(`${flag} expects an integer >= 2. Received: ${JSON.stringify(value)}`);
    return n;
}
const program = new Command()
    .name('candor')
    .description('Candor: Keras-style neural networks for Node.js whose metrics tell the truth.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride((err) => {
    // Help and version exit 0; every usage problem exits 2 (commander's default is 1).
    process.exit(err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2);
});
program
    .command('doctor')
    .description('Diagnose a model setup: a Candor model (saved model.json or config), a Keras model (to_json() text, .keras archive, legacy .h5; Sequential or Functional, every output head) or a TF.js model.json')
    .argument('<model>', 'model file: .json, .keras or .h5')
    .option('--loss <name>', "loss to check (e.g. 'binary_crossentropy'); overrides the file's compile settings")
    .option('--metrics <list>', "comma-separated metrics (e.g. 'accuracy,f1')")
    .option('--from-logits', 'the loss receives logits')
    .option('--data <file>', 'targets to check: CSV (label columns last) or JSON { "y": [...] }')
    .option('--labels <n>', 'number of label columns at the end of a CSV file', (v) => positiveInt(v, '--labels'), 1)
    .option('--strict', 'treat warnings as errors (exit 1)')
    .option('--json', 'print machine-readable findings')
    .addHelpText('after', `
Exit codes: 0 no error finding, 1 error findings (or warnings with --strict), 2 bad arguments or files.

Examples:
  $ npx candor doctor keras_model.json --loss binary_crossentropy --metrics accuracy
  $ npx candor doctor model.keras
  $ npx candor doctor model.h5
  $ npx candor doctor model-dir/model.json --data train.csv --labels 10
  $ npx candor doctor model.json --loss categorical_crossentropy --data labels.json --json`)
    .action((model, options) => {
    const result = runDoctor(model, options);
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatDoctor(model, result)}\n`);
    process.exitCode = result.exitCode;
});
program
    .command('score')
    .description('Honest metrics for predictions made anywhere (Keras, PyTorch, scikit-learn): the task, each metric with its baseline and 95% interval, the per-class report and findings')
    .requiredOption('--targets <file>', 'targets: .npy, .npz[:name], .csv, .json or .jsonl (0/1, class ids, labels such as -1/1 or strings, one-hot or multi-hot rows, or values)')
    .requiredOption('--predictions <file>', 'predictions in the same formats: probabilities, logits or labels (inferred, and said)')
    .option('--from-logits', 'the predictions are logits (sigmoid / softmax is applied)')
    .option('--predictions-kind <kind>', 'read the predictions as labels, probabilities or logits instead of inferring it', (v) => {
    if (!['labels', 'probabilities', 'logits'].includes(v))
        throw new InvalidArgumentError(`--predictions-kind expects labels, probabilities or logits. Received: ${JSON.stringify(v)}`);
    return v;
})
    .option('--metrics <list>', 'comma-separated metrics (default: the honest set for the task)')
    .option('--threshold <t>', 'decision threshold on probabilities (binary and multi-label)', (v) => {
    const t = Number(v);
    if (!(t > 0 && t < 1))
        throw new InvalidArgumentError(`--threshold expects a probability in (0, 1). Received: ${JSON.stringify(v)}`);
    return t;
})
    .option('--pos-label <label>', 'the positive class of binary targets coded other than 0/1 (default: 1 when present, as scikit-learn)')
    .option('--labels <list>', 'the class labels in order, comma-separated (class id i is the i-th)')
    .option('--weights <file>', 'sample weights, one per sample')
    .option('--seed <n>', 'seed of the bootstrap intervals', (v) => nonNegativeInt(v, '--seed'))
    .option('--strict', 'exit 1 on warnings too')
    .option('--report <file.html>', 'write a self-contained HTML report')
    .option('--json', 'print every number as JSON')
    .addHelpText('after', `
Exit codes: 0 no error finding, 1 error findings (or warnings with --strict), 2 bad arguments or files.

Examples:
  $ npx candor score --targets y_test.npy --predictions probs.npy
  $ npx candor score --targets test.npz:y --predictions test.npz:logits --from-logits --json
  $ npx candor score --targets labels.csv --predictions pred.csv --pos-label -1 --report score.html`)
    .action(async (options) => {
    const { runScore } = await import('./score.js');
    const { result, text, exitCode } = await runScore(options);
    emit(options.json, result, text);
    process.exitCode = exitCode;
});
const DEMOS = ['crossentropy', 'text-cnn', 'multilabel', 'pima'];
program
    .command('demo')
    .description('Reproduce a seed story on real data and show what each number measured')
    .argument('<name>', `which demo: ${DEMOS.join(', ')}`)
    .option('--seed <n>', 'random seed', (v) => positiveInt(v, '--seed'), 7)
    .option('--epochs <n>', 'training epochs', (v) => positiveInt(v, '--epochs'))
    .option('--batch-size <n>', 'mini-batch size', (v) => positiveInt(v, '--batch-size'))
    .option('--train-size <n>', 'training samples to use', (v) => positiveInt(v, '--train-size'))
    .option('--test-size <n>', 'test samples to use', (v) => positiveInt(v, '--test-size'))
    .option('--runs <n>', 'repeated runs per model (pima)', (v) => positiveInt(v, '--runs'))
    .option('--folds <k>', 'k-fold stratified cross-validation inside each run (pima)', (v) => atLeast2(v, '--folds'))
    .option('--workers <n>', 'worker threads (pima; default: the number of cores)', (v) => nonNegativeInt(v, '--workers'))
    .option('--report <file.html>', 'where the pima demo writes its HTML report (default: pima-report.html)')
    .option('--quick', 'a small subset that finishes in well under a minute')
    .option('--with-mse', "crossentropy: also seed 001's third setup, mean_squared_error on the one-hot targets, as a third column")
    .option('--json', 'print the result as JSON on stdout (progress goes to stderr)')
    .addHelpText('after', `
Demos:
  crossentropy  seeds 000/001: the MNIST CNN trained with binary vs categorical cross-entropy;
                what Keras 2.0.4 / TF.js print as 'accuracy' beside the real accuracy and its baseline.
                Default: 6,000 training / 2,000 test images, 1 epoch: ~15 s with the native kernels
                (the TypeScript reference backend is ~100x slower: use --quick, 1,000 / 500 images).
  text-cnn      seed 000: its text CNN (Embedding, Conv1D 32x4, MaxPool, Dense 256, softmax) on the SpamAssassin
                corpus's 5 groups, BCE vs CCE, the same table (~15 s; --quick ~3 s).
  multilabel    seed 002: TF-IDF (4,096 terms) -> 2048 -> 512 -> 416 sigmoid on documents with ~3 of 416 tags,
                BCE vs CCE; per-label accuracy beside its all-zeros baseline, subset accuracy, F1, precision@3 (~90 s).
  pima          seed 003: 8-12-8-1 sigmoid + BCE vs 8-12-8-2 softmax + CCE, 10 paired seeded runs of 10-fold stratified
                cross-validation, 150 epochs each, on worker threads; held-out accuracy beside the majority baseline,
                the tests and a verdict, and an HTML report (pima-report.html). --quick: 3 runs x 3 folds x 20 epochs.

Examples:
  $ npx candor demo crossentropy
  $ npx candor demo crossentropy --quick --json
  $ npx candor demo crossentropy --with-mse
  $ npx candor demo crossentropy --train-size 60000 --test-size 10000 --epochs 12 --batch-size 128
  $ npx candor demo pima --runs 20`)
    .action(async (name, options) => {
    if (!DEMOS.includes(name))
        throw new UsageError(`demo: unknown demo ${JSON.stringify(name)}. Expected one of: ${DEMOS.join(', ')}`);
    if (options.withMse && name !== 'crossentropy')
        throw new UsageError(`demo: --with-mse adds a column to the crossentropy demo only. Received: demo ${name}`);
    const quick = options.quick ?? false;
    const log = (line) => {
        process.stderr.write(`${line}\n`);
    };
    if (name === 'multilabel') {
        const { multilabelDemo, formatMultilabel } = await import('./demos/multilabel.js');
        const settings = {
            seed: options.seed,
            epochs: options.epochs ?? (quick ? 2 : 10),
            batchSize: options.batchSize ?? 32,
            trainSize: options.trainSize ?? (quick ? 600 : 2400),
            testSize: options.testSize ?? (quick ? 200 : 600),
        };
        const result = await multilabelDemo(settings, log);
        process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `\n${formatMultilabel(result)}\n`);
        return;
    }
    if (name === 'pima') {
        const { pimaDemo, formatPima } = await import('./demos/pima.js');
        const settings = {
            seed: options.seed,
            runs: options.runs ?? (quick ? 3 : 10),
            epochs: options.epochs ?? (quick ? 20 : 150),
            batchSize: options.batchSize ?? 32,
            folds: options.folds ?? (quick ? 3 : 10),
            ...(options.workers !== undefined ? { workers: options.workers } : {}),
        };
        const report = options.report ?? 'pima-report.html';
        const { unwritablePath } = await import('../io/atomic.js');
        const unwritable = unwritablePath(report, '--report');
        if (unwritable)
            throw new UsageError(`demo pima: ${unwritable}`);
        const result = await withInterrupt((signal) => pimaDemo({ ...settings, signal }));
        const { experimentReport } = await import('../report/html.js');
        const { writeFileAtomic } = await import('../io/atomic.js');
        await writeFileAtomic(report, experimentReport(result, 'Seed 003: sigmoid + BCE vs softmax + CCE on Pima'), 'demo: --report');
        process.stdout.write(options.json
            ? `${JSON.stringify(result, null, 2)}\n`
            : `\n${formatPima(result, settings, Boolean(process.stdout.isTTY))}\nreport written to ${report}\n`);
        return;
    }
    const { crossentropyDemo, formatCrossentropy } = await import('./demos/crossentropy.js');
    if (name === 'text-cnn') {
        const { textCnnDemo } = await import('./demos/text-cnn.js');
        const settings = {
            seed: options.seed,
            epochs: options.epochs ?? 1,
            batchSize: options.batchSize ?? 32,
            trainSize: options.trainSize ?? (quick ? 600 : 4000),
            testSize: options.testSize ?? (quick ? 300 : 1000),
        };
        const result = await textCnnDemo(settings, log);
        process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `\n${formatCrossentropy(result)}\n`);
        return;
    }
    const settings = {
        seed: options.seed,
        epochs: options.epochs ?? 1,
        batchSize: options.batchSize ?? (quick ? 50 : 64),
        trainSize: options.trainSize ?? (quick ? 1000 : 6000),
        testSize: options.testSize ?? (quick ? 500 : 2000),
        ...(options.withMse ? { withMse: true } : {}),
    };
    const result = await crossentropyDemo(settings, log);
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `\n${formatCrossentropy(result)}\n`);
});
const emit = (json, data, text) => {
    process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`);
};
program
    .command('train')
    .description('Train a model described by a JSON config (data, layers, compile, fit) and report held-out metrics with baselines')
    .argument('<config>', 'config JSON (see examples/)')
    .option('--seed <n>', 'random seed (split, initial weights, shuffling, dropout)', (v) => positiveInt(v, '--seed'))
    .option('--epochs <n>', "override the config's epochs", (v) => positiveInt(v, '--epochs'))
    .option('--batch-size <n>', "override the config's batch size", (v) => positiveInt(v, '--batch-size'))
    .option('--quick', 'cap the data and epochs so the run takes seconds')
    .option('--save <dir>', 'save the trained model to this directory')
    .option('--report <file.html>', 'write a self-contained HTML report (learning curves, final metrics with baselines)')
    .option('--json', 'print history and report as JSON (no progress output)')
    .addHelpText('after', `
Examples:
  $ npx candor train examples/pima-sigmoid-bce.json
  $ npx candor train examples/mnist-cnn-cce.json --quick --save mnist-model
  $ npx candor train my.json --epochs 20 --json > result.json`)
    .action(async (config, o) => {
    const { runTrain } = await import('./train.js');
    const result = await runTrain(config, o);
    emit(o.json, result.json, result.text);
    process.exitCode = result.exitCode;
});
program
    .command('experiment')
    .description('Compare configs over repeated paired seeded runs on worker threads: mean ± sd, 95% CI, the test valid for how runs split the data, P(A > B), effect size, a verdict, and an HTML report')
    .argument('[configs...]', 'two or more config JSON files')
    .option('--runs <n>', 'runs per configuration', (v) => positiveInt(v, '--runs'), 10)
    .option('--seed <n>', 'seed of the first run (run r uses seed + r for every config; rerun one run with --seed s --runs 1)', (v) => nonNegativeInt(v, '--seed'), 1)
    .option('--kfold <k>', "k-fold stratified cross-validation in each run (the run's value is the mean over folds) instead of one hold-out split", (v) => atLeast2(v, '--kfold'))
    .option('--keep-diverged', 'keep runs whose training loss went NaN or infinite in the statistics (by default they are left out and counted)')
    .option('--fixed-split', 'one seeded hold-out split shared by every run (only initial weights, shuffling and dropout vary; the verdict then covers training randomness only)')
    .option('--workers <n>', 'worker threads (default: the number of cores; 0 = this thread)', (v) => nonNegativeInt(v, '--workers'))
    .option('--epochs <n>', "override the configs' epochs", (v) => positiveInt(v, '--epochs'))
    .option('--batch-size <n>', "override the configs' batch size", (v) => positiveInt(v, '--batch-size'))
    .option('--metric <name>', "compiled metric to compare (default: the first config's first metric)")
    .option('--report <file.html>', 'write a self-contained HTML report (tables, verdicts, learning curves, per-run plots)')
    .option('--quick', 'cap data and epochs so each run takes a moment')
    .option('--json', 'print every number as JSON (progress goes to stderr)')
    .option('--queue <redis-url>', 'run the fits as jobs on a BullMQ queue in Redis (redis://host:6379/0), taken by `candor worker` processes on any machines; finished fits are reused')
    .option('--name <queue>', "the queue's name (default candor)")
    .option('--status <queue>', "with --queue: show the named queue's job counts and exit")
    .addHelpText('after', `
The test follows how runs were made: runs that re-split the data (the default hold-out, or --kfold) are
compared with the corrected resampled t-test (Nadeau & Bengio) or the corrected repeated k-fold t-test
(Bouckaert & Frank), because their training sets overlap; --fixed-split uses the plain paired t-test.
Ctrl-C stops the runs; the runs that finished are still summarised (and written with --report).

Examples:
  $ npx candor experiment examples/pima-sigmoid-bce.json examples/pima-softmax-cce.json --runs 10 --report pima.html
  $ npx candor experiment a.json b.json --runs 10 --kfold 10 --workers 2
  $ npx candor experiment a.json b.json --runs 20 --fixed-split
  $ npx candor experiment a.json b.json c.json --runs 20 --metric f1 --json > results.json`)
    .action(async (configs, o) => {
    const { runExperimentCli, queueStatusCli } = await import('./experiment.js');
    if (o.status !== undefined && configs.length === 0) {
        const { result, text } = await queueStatusCli(o);
        emit(o.json, result, text);
        return;
    }
    const { result, text } = await runExperimentCli(configs, o);
    emit(o.json, result, text);
});
program
    .command('worker')
    .description('Take experiment jobs from a BullMQ queue in Redis and train them, each on a thread of its own; run any number, on any machines')
    .requiredOption('--queue <redis-url>', "redis://host:6379/0, the same as the coordinator's")
    .option('--name <queue>', "the queue's name (default candor)")
    .option('--concurrency <n>', 'jobs trained at once (default 1; each takes the cores the native kernels use)', (v) => positiveInt(v, '--concurrency'), 1)
    .option('--timeout <seconds>', 'stop and retry a job that runs longer (default 7200)', (v) => positiveInt(v, '--timeout'), 7200)
    .option('--lock <seconds>', "a job's lock between renewals; a dead worker's job is retried after it (default 30)", (v) => positiveInt(v, '--lock'), 30)
    .addHelpText('after', `
Jobs are retried with backoff when a worker dies or a fit throws; a data file missing on this machine, or
different from the coordinator's (SHA-256), fails its job at once. Ctrl-C lets the running jobs finish.

Examples:
  $ npx candor worker --queue redis://10.0.0.5:6379/0
  $ npx candor worker --queue redis://localhost:6379 --name mnist --concurrency 2`)
    .action(async (o) => {
    const { runWorkerCli } = await import('./worker.js');
    await runWorkerCli(o);
});
program
    .command('download')
    .description('Download data sets into the cache ($CANDOR_DATA_DIR or ~/.candor/datasets), checksum-checked, for configs and loaders')
    .argument('<names...>', 'mnist, fashion-mnist, cifar10, imdb, reuters')
    .addHelpText('after', `
Examples:
  $ npx candor download cifar10 && npx candor train examples/cifar10-cnn-cce.json
  $ CANDOR_DATA_DIR=/data npx candor download mnist imdb`)
    .action(async (names) => {
    const { DOWNLOADS } = await import('../datasets/index.js');
    const { dataRoot } = await import('../io/download.js');
    const unknown = names.filter((n) => !Object.hasOwn(DOWNLOADS, n));
    if (unknown.length > 0)
        throw new UsageError(`candor download: unknown data set ${unknown.map((n) => JSON.stringify(n)).join(', ')}. Expected: ${Object.keys(DOWNLOADS).join(', ')}`);
    for (const name of names) {
        await DOWNLOADS[name]({});
        process.stdout.write(`${name}: in ${dataRoot()}\n`);
    }
});
program
    .command('summary')
    .description('Print the Keras-like summary (layers, output shapes, parameter counts) of a config, without training')
    .argument('<config>', 'config JSON')
    .action(async (config) => {
    const { runSummary } = await import('./train.js');
    process.stdout.write(`${runSummary(config)}\n`);
});
program
    .command('evaluate')
    .description('Evaluate a saved model on a CSV file (features first, the last --labels columns are targets)')
    .argument('<model-dir>', 'directory written by model.save() or candor train --save')
    .requiredOption('--data <file>', 'CSV file')
    .option('--labels <n>', 'number of target columns at the end', (v) => positiveInt(v, '--labels'), 1)
    .option('--one-hot', 'targets are class ids to one-hot encode for the model')
    .option('--json', 'print the report as JSON')
    .action(async (dir, o) => {
    const { runEvaluate } = await import('./saved.js');
    const result = await runEvaluate(dir, o);
    emit(o.json, result.report, result.text);
});
program
    .command('predict')
    .description("Print a saved model's outputs for each row of a CSV file")
    .argument('<model-dir>', 'directory written by model.save() or candor train --save')
    .requiredOption('--data <file>', 'CSV file of features')
    .option('--labels <n>', 'trailing target columns to ignore', (v) => Number.isInteger(Number(v)) && Number(v) >= 0
    ? Number(v)
    : (() => {
        throw new InvalidArgumentError(`--labels expects an integer >= 0. Received: ${JSON.stringify(v)}`);
    })(), 0)
    .option('--json', 'print predictions as a JSON array of rows')
    .action(async (dir, o) => {
    const { runPredict } = await import('./saved.js');
    const result = await runPredict(dir, o);
    emit(o.json, result.rows, result.text);
});
// One error path: whatever reaches the top is printed as one paragraph and exits 2 (bad input);
// --debug or CANDOR_DEBUG=1 adds the stack for a bug report.
const debug = process.argv.includes('--debug') || process.env.CANDOR_DEBUG === '1';
try {
    await program.parseAsync(process.argv.filter((a) => a !== '--debug'));
}
catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const message = e instanceof UsageError ? e.message : `candor: ${e.message}`;
    // util.inspect shows the stack and any cause (a parser's own message behind "not a readable … file").
    process.stderr.write(`${message}\n${debug ? `${inspect(e)}\n` : e instanceof UsageError ? '' : '(run with --debug or CANDOR_DEBUG=1 for the stack)\n'}`);
    process.exit(2);
}
//# sourceMappingURL=main.js.map