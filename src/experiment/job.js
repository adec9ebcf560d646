/** One experiment job: a configuration trained and measured on one run's split. */
import { Tensor } from '../tensor/tensor.js';
import { buildModel, compileFromConfig } from '../config/run-config.js';
import { loadData } from '../config/data-config.js';
export const toPlain = (t) => ({ data: t.f32(), shape: [...t.shape], dtype: t.dtype });
const fromPlain = (p) => new Tensor(p.data, p.shape, p.dtype);
function dataFor(job, shared) {
    const d = job.spec.data;
    if (!('shared' in d))
        return d;
    if (!shared)
        throw new Error(`job ${job.id}: its data is shared with the experiment, but none was given to this thread`);
    const { shared: _, ...rest } = d;
    return { ...rest, x: fromPlain(shared.x), y: fromPlain(shared.y) };
}
/**
 * Trains one configuration on one run's split and measures it. Everything random comes from the
 * job's seeds (`splitSeed`: the split; `seed`: initial weights, shuffling, dropout), so the same job
 * gives the same numbers on any thread, alone or inside an experiment.
 */
export async function runJob(job, shared) {
    const started = performance.now();
    const data = loadData(dataFor(job, shared), job.dir, job.splitSeed, job.quick, job.plan);
    const model = buildModel(job.spec, job.seed);
    compileFromConfig(model, job.spec.compile);
    const history = await model.fit(data.xTrain, data.yTrain, {
        epochs: job.epochs,
        batchSize: job.batchSize,
        seed: job.seed,
        verbose: 0,
        validationData: [data.xTest, data.yTest],
        ...(job.spec.fit?.shuffle !== undefined ? { shuffle: job.spec.fit.shuffle } : {}),
    });
    // Experiments measure uncertainty across runs; per-fit bootstrap intervals would only cost time.
    // The fit's last validation pass already measured the test split with these weights (a job has no callbacks).
    const test = history.validationReport ?? model.evaluateReport(data.xTest, data.yTest, { confidence: false, batchSize: job.batchSize });
    const train = model.evaluateReport(data.xTrain, data.yTrain, { confidence: false });
    return {
        id: job.id,
        config: job.config,
        run: job.run,
        seed: job.seed,
        fold: job.plan.kind === 'kfold' ? job.plan.fold : 0,
        history: history.history,
        test: test.metrics,
        train: train.metrics,
        testLoss: test.loss,
        trainLoss: train.loss,
        findings: test.findings.map(({ code, severity, message }) => ({ code, severity, message })),
        stopReason: history.stopReason,
        diverged: history.diverged ?? finalLossProblem(train.loss, test.loss),
        data: data.description,
        seconds: (performance.now() - started) / 1000,
        nTrain: data.xTrain.shape[0],
        nTest: data.xTest.shape[0],
        resampling: data.resampling,
    };
}
/** A fit whose training finished but whose final loss is not finite diverged too (e.g. overflow in the last step). */
function finalLossProblem(trainLoss, testLoss) {
    if (!Number.isFinite(trainLoss))
        return `the final training loss is ${trainLoss}`;
    if (!Number.isFinite(testLoss))
        return `the final held-out loss is ${testLoss}`;
    return null;
}
//# sourceMappingURL=job.js.map