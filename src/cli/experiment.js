/** candor experiment: config documents compared by repeated seeded runs. */
import { isCsv } from '../config/data-config.js';
import { basename, resolve } from 'node:path';
import { readTrainConfig } from '../config/run-config.js';
import { experiment } from '../experiment/experiment.js';
import { experimentProgress } from '../experiment/progress.js';
import { formatExperiment } from '../experiment/format.js';
import { experimentReport } from '../report/html.js';
import { unwritablePath, writeFileAtomic } from '../io/atomic.js';
import { UsageError } from '../usage-error.js';
import { withInterrupt } from './interrupt.js';
/** Config files by a short unique name (the file name without .json), with CSV paths made absolute. */
export function configsFromFiles(paths) {
    const configs = {};
    for (const path of paths) {
        const { dir, ...cfg } = readTrainConfig(path);
        let name = basename(path, '.json');
        for (let k = 2; configs[name]; k++)
            name = `${basename(path, '.json')}-${k}`;
        const data = isCsv(cfg.data) ? { ...cfg.data, csv: resolve(dir, cfg.data.csv) } : cfg.data;
        configs[name] = { ...cfg, data };
    }
    return configs;
}
/**
 * `candor experiment a.json b.json`: seeded paired runs on worker threads with one progress bar.
 * Ctrl-C stops the runs and still reports (and writes) what finished.
 */
export async function runExperimentCli(paths, o) {
    if (o.status !== undefined)
        throw new UsageError('experiment: --status NAME shows a queue; it takes no configs (candor experiment --queue URL --status NAME)');
    if (o.name !== undefined && o.queue === undefined)
        throw new UsageError('experiment: --name names a queue; give --queue redis://host:6379 too');
    if (o.queue !== undefined && o.workers !== undefined)
        throw new UsageError('experiment: --workers runs fits on local threads, --queue on `candor worker` processes; give one of them');
    if (paths.length < 2)
        throw new UsageError(`experiment: expected at least two configs to compare. Received: ${paths.length}`);
    const unwritable = o.report ? unwritablePath(o.report, '--report') : null;
    if (unwritable)
        throw new UsageError(`experiment: ${unwritable}`);
    if (o.kfold && o.fixedSplit)
        throw new UsageError('experiment: --kfold and --fixed-split exclude each other (k-fold draws new folds per run; --fixed-split keeps one hold-out split)');
    const split = o.kfold ? { kfold: o.kfold, stratified: true } : o.fixedSplit ? 'fixed' : 'holdout';
    const progress = experimentProgress();
    let result;
    try {
        result = await withInterrupt((signal) => experiment({
            configs: configsFromFiles(paths),
            runs: o.runs,
            seed: o.seed,
            split,
            quick: o.quick ?? false,
            signal,
            onProgress: progress.onProgress,
            ...(o.epochs ? { epochs: o.epochs } : {}),
            ...(o.batchSize ? { batchSize: o.batchSize } : {}),
            ...(o.metric ? { metric: o.metric } : {}),
            ...(o.workers !== undefined ? { workers: o.workers } : {}),
            ...(o.keepDiverged ? { keepDiverged: true } : {}),
            ...(o.queue !== undefined ? { queue: { url: o.queue, ...(o.name !== undefined ? { name: o.name } : {}) } } : {}),
        }));
    }
    finally {
        progress.stop();
    }
    if (o.report)
        await writeFileAtomic(o.report, experimentReport(result), 'experiment: --report');
    const text = formatExperiment(result, { color: Boolean(process.stdout.isTTY) }) + (o.report ? `\n\nreport written to ${o.report}` : '');
    return { result, text };
}
/** `candor experiment --queue URL --status NAME`: the queue's job counts. */
export async function queueStatusCli(o) {
    if (o.queue === undefined)
        throw new UsageError('experiment: --status NAME needs --queue redis://host:6379');
    const { queueStatus } = await import('../experiment/queue.js');
    const counts = await queueStatus(o.queue, o.status);
    const text = `queue ${o.status} at ${o.queue}: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`;
    return { result: counts, text };
}
//# sourceMappingURL=experiment.js.map