import { rngFor } from '../random/rng.js';
import { noGrad } from '../ops/graph.js';
import { variableGrads } from '../autograd/functional.js';
import { getOptimizer } from '../optimizers/optimizers.js';
import { Mean } from '../evaluation/metrics/metric.js';
import { ReportAccumulator } from '../evaluation/metrics/classification-report.js';
import { bootstrapInterval, effectiveSize, isProportion } from '../evaluation/metrics/interval.js';
import { METRIC_RECORDS } from '../evaluation/metrics/record.js';
import { blockingFindings, buildEvaluationContext } from '../evaluation/context.js';
import { formatReport, reportMetrics } from '../evaluation/metric-report.js';
import { warnOnce } from '../registry/warnings.js';
import { readOptions } from '../registry/options.js';
import { describe } from '../tensor/describe.js';
import { checkBatchSize, concatRows, rowRange, sampleWeightData } from '../tensor/input.js';
import { add, mul } from '../ops/elementwise.js';
import { compileHeads, headsConfig } from './heads.js';
import { checkSameSampleCount, rowRanges, toFloatList } from './model-data.js';
const COMPILE_SCHEMA = {
    keys: { loss: 'any', optimizer: 'any', metrics: 'any', lossWeights: 'any', strict: 'boolean' },
    refused: {
        weightedMetrics: 'metrics are weighted by the sampleWeight given to fit/evaluate',
        runEagerly: 'Candor always runs eagerly',
        stepsPerExecution: 'one step per batch',
        jitCompile: 'there is no JIT in Candor',
        autoScaleLossForModel: 'no loss scaling (float32 only)',
    },
};
const NOT_IN_EVALUATE = {
    steps: 'evaluation uses every sample',
    callbacks: 'evaluate runs no callbacks',
    returnDict: 'evaluate always returns { loss, metric: value }',
};
const EVALUATE_SCHEMA = {
    keys: { batchSize: 'any', sampleWeight: 'any', verbose: { test: (v) => v === 0 || v === 1, expected: '0 or 1' } },
    refused: NOT_IN_EVALUATE,
};
const REPORT_SCHEMA = { keys: { batchSize: 'any', sampleWeight: 'any', confidence: 'boolean' }, refused: NOT_IN_EVALUATE };
/** Keeps every output batch of an evaluation, for the bootstrap. */
class OutputCollector {
    name = 'outputs';
    parts = [];
    updateState(_y, yPred) {
        this.parts.push(yPred);
    }
    result() {
        return NaN;
    }
    resetState() {
        this.parts = [];
    }
    all() {
        return concatRows(this.parts);
    }
}
/** A head's context with its numbers and findings named after its output (several outputs only). */
function namedFor(context, head) {
    if (head.prefix === '')
        return context;
    const rename = (m) => ({ ...m, name: head.prefix + m.name, display: head.prefix + m.display });
    return {
        ...context,
        metrics: context.metrics.map(rename),
        companions: context.companions.map(rename),
        findings: context.findings.map((f) => ({ ...f, message: `output "${head.name}": ${f.message}` })),
    };
}
export class Trainer {
    model;
    /** Each output's loss, loss weight and metrics, in output order. */
    heads;
    optimizer;
    /** The names metrics are logged under (one per spec and output, unique). */
    metricNames;
    strict;
    contexts = null;
    warned = false;
    constructor(model, raw) {
        this.model = model;
        if (typeof raw !== 'object' || raw === null)
            throw new TypeError(`compile: expected { loss, optimizer, metrics }. Received: ${describe(raw)}`);
        const args = readOptions(raw, 'compile', COMPILE_SCHEMA);
        if (args.loss === undefined)
            throw new RangeError('compile: argument "loss" is required (e.g. loss: \'categorical_crossentropy\'). Received: loss=undefined');
        if (args.metrics !== undefined && (typeof args.metrics !== 'object' || args.metrics === null))
            throw new TypeError(`compile: argument "metrics" must be an array of metric names, { name, ...options }, metric functions or Metric objects. Received: metrics=${JSON.stringify(args.metrics)}`);
        if (args.lossWeights !== undefined &&
            model.outputNames.length === 1 &&
            !(Array.isArray(args.lossWeights) || typeof args.lossWeights === 'object'))
            throw new TypeError(`compile: argument "lossWeights" must be a list or { outputName: number }. Received: ${describe(args.lossWeights)}`);
        this.heads = compileHeads(model.outputNames, args);
        this.metricNames = this.heads.flatMap((h) => h.parsedMetrics.map((m) => h.prefix + m.name));
        const twice = this.metricNames.find((n, i) => this.metricNames.indexOf(n) !== i || n === 'loss' || this.heads.some((h) => n === `${h.name}_loss`));
        if (twice !== undefined)
            throw new RangeError(`compile: two logged values would be named "${twice}"; each metric is logged under its name, so names must differ`);
        this.optimizer = getOptimizer(args.optimizer ?? 'rmsprop');
        this.strict = args.strict ?? false;
    }
    /** The loss of the first output (the only one of a single-output model). */
    get loss() {
        return this.heads[0].loss;
    }
    /** The first output's metrics as parsed at compile. */
    get parsedMetrics() {
        return this.heads[0].parsedMetrics;
    }
    /** The compile settings as a saved model records them (functions and Metric objects by name). */
    compileConfig() {
        return { ...headsConfig(this.heads), optimizer: this.optimizer.getConfig(), strict: this.strict };
    }
    /**
     * Names a saved model records but loadModel could not find again: a loss function or metric
     * given to compile without registerLoss / registerMetric under its name.
     */
    unregisteredNames() {
        return this.heads.flatMap((head) => [
            ...(head.loss.registered ? [] : [`loss "${head.loss.name}" (candor.registerLoss('${head.loss.name}', fn))`]),
            ...head.parsedMetrics
                .filter((m) => METRIC_RECORDS.find(m.record.family) !== m.record)
                .map((m) => `metric "${m.name}" (candor.registerMetric('${m.name}', …))`),
        ]);
    }
    /** The layers changed (add, pop): the task and the metrics are resolved again at the next targets. */
    invalidate() {
        this.contexts = null;
    }
    /** Every output's metrics as resolved for its task, once targets were seen (null before). */
    get resolvedMetrics() {
        return this.contexts?.flatMap((c) => c.metrics) ?? null;
    }
    /** The first output's evaluation context (the only one of a single-output model), once targets were seen. */
    get evaluationContext() {
        return this.contexts?.[0] ?? null;
    }
    /** One evaluation context per output, once targets were seen (null before). */
    get evaluationContexts() {
        return this.contexts;
    }
    /** An output head as task inference and the setup rules read it. */
    outputInfo(head = 0) {
        return { ...this.model.outputHeads()[head], fromLogits: this.heads[head].loss.options.fromLogits };
    }
    /**
     * The evaluation contexts, built once from the first targets seen: infers each output's task,
     * runs the setup rules (errors throw; warnings print once, or throw with strict) and resolves the
     * metrics. They stay fixed from then on (until the layers change or the model is compiled
     * again); the blocking findings are checked at every call, so a refused setup stays refused.
     */
    contextsFor(y) {
        if (!this.contexts) {
            this.contexts = this.buildContexts(y);
            this.warned = false;
        }
        const contexts = this.contexts;
        const blocking = contexts.flatMap((c) => blockingFindings(c, this.strict));
        if (blocking.length > 0) {
            throw new RangeError(`${this.model.name}: the setup cannot give trustworthy numbers${this.strict ? ' (strict mode)' : ''}:\n${blocking.map((f) => `  ${f.code}: ${f.message}\n    fix: ${f.fix}`).join('\n')}`);
        }
        if (!this.warned)
            contexts.forEach((context, h) => {
                for (const f of context.findings)
                    if (f.severity !== 'info')
                        warnOnce(`${f.code}:${this.model.name}:${h}`, `${f.code}: ${f.message} Fix: ${f.fix}`);
            });
        this.warned = true;
        return contexts;
    }
    /** New contexts for these targets (one per output), not kept (diagnose judges the targets it is given). */
    buildContexts(y) {
        if (!this.model.built)
            this.model.build(); // the output layer's units are part of the task
        return this.heads.map((head) => namedFor(buildEvaluationContext({ loss: head.loss.name, output: this.outputInfo(head.index), metrics: head.parsedMetrics }, y[head.index]), head));
    }
    /** Returns an output's logits beside it when its last activation and its loss make the fused, stable form possible. */
    logitsFor = (activation, head) => {
        const loss = this.heads[head].loss;
        if (loss.options.fromLogits)
            return false;
        if (activation === 'softmax')
            return loss.name === 'categorical_crossentropy' || loss.name === 'sparse_categorical_crossentropy';
        return activation === 'sigmoid' && loss.name === 'binary_crossentropy';
    };
    /** Each output's mean loss on a batch, and their weighted sum plus weight penalties when training. */
    batchLoss(y, result, sampleWeight, training) {
        const perHead = this.heads.map((head, h) => {
            const logits = result.logits[h];
            return logits ? head.loss.call(y[h], logits, sampleWeight, true) : head.loss.call(y[h], result.outputs[h], sampleWeight);
        });
        // One output of weight 1 is its loss itself (no extra op: the single-output numbers stay as they were).
        let total = perHead.length === 1 && this.heads[0].weight === 1
            ? perHead[0]
            : this.heads.map((head, h) => mul(perHead[h], head.weight)).reduce((a, b) => add(a, b));
        if (training) {
            for (const layer of this.model.layers) {
                const penalty = layer.regularizationLoss();
                if (penalty)
                    total = add(total, penalty);
            }
            for (const p of result.penalties)
                total = add(total, p);
        }
        return { total, perHead };
    }
    /** One optimisation step on a batch; returns the batch loss, each output's loss and the outputs (metric states are the caller's). */
    trainStep(x, y, sampleWeight, rng) {
        const params = this.model.trainableWeights;
        let outputs = [];
        let perHead = [];
        const { value, grads } = variableGrads(() => {
            const result = this.model.forward(x, { training: true, rng, logitsFor: this.logitsFor });
            outputs = result.outputs;
            const losses = this.batchLoss(y, result, sampleWeight, true);
            perHead = losses.perHead;
            return losses.total;
        }, params);
        const loss = value.item();
        if (Number.isFinite(loss)) {
            this.optimizer.applyGradients(grads.map((g, i) => [g, params[i]]));
            for (const layer of this.model.layers)
                layer.applyConstraints();
            this.model.markTrained();
        }
        return { loss, headLosses: this.heads.length > 1 ? perHead.map((l) => l.item()) : [loss], outputs };
    }
    /** The loss entries of the logs: 'loss', and each output's '<name>_loss' when there are several (Keras' names). */
    lossLogs(loss, headLosses) {
        if (this.heads.length === 1)
            return { loss };
        return { loss, ...Object.fromEntries(this.heads.map((h, i) => [`${h.name}_loss`, headLosses[i]])) };
    }
    /** Checks a public call's (x, y, sampleWeight, batchSize) once; what it returns is passed down unchecked. */
    validate(x, y, options, where) {
        const { inputNames, outputNames } = this.model;
        const xs = toFloatList(x, inputNames, where, 'x', 'inputs', this.model.inputEncoders());
        const ys = toFloatList(y, outputNames, where, 'y', 'outputs');
        const samples = checkSameSampleCount(xs, ys, where, { x: inputNames, y: outputNames });
        const sampleWeight = options.sampleWeight === undefined ? undefined : sampleWeightData(options.sampleWeight, samples, where);
        return { x: xs, y: ys, sampleWeight, batchSize: checkBatchSize(options.batchSize ?? 32, where), samples };
    }
    /**
     * Loss and metric values on validated data (the model built by the caller), in batches without
     * gradients: `metrics[h]` and `observers[h]` see output h of every batch.
     */
    measure(data, metrics, observers = []) {
        const { x, y, sampleWeight: sw, batchSize, samples } = data;
        for (const m of metrics.flat())
            m.metric.resetState();
        const lossMean = new Mean();
        const headMeans = this.heads.map(() => new Mean());
        const rng = rngFor(0);
        noGrad(() => {
            for (let start = 0; start < samples; start += batchSize) {
                const end = Math.min(start + batchSize, samples);
                const yb = rowRanges(y, start, end);
                const swb = sw && rowRange(sw, start, end);
                const result = this.model.forward(rowRanges(x, start, end), { training: false, rng, logitsFor: this.logitsFor });
                const { total, perHead } = this.batchLoss(yb, result, swb, false);
                lossMean.update(total.item(), end - start);
                if (this.heads.length > 1)
                    perHead.forEach((l, h) => headMeans[h].update(l.item(), end - start));
                metrics.forEach((ms, h) => {
                    for (const m of ms)
                        m.metric.updateState(yb[h], result.outputs[h], swb);
                });
                observers.forEach((os, h) => {
                    for (const o of os)
                        o.updateState(yb[h], result.outputs[h], swb && swb.rank === 1 ? swb : undefined);
                });
            }
        });
        const loss = lossMean.result();
        return {
            loss,
            headLosses: this.heads.length > 1 ? headMeans.map((m) => m.result()) : [loss],
            values: metrics.map((ms) => ms.map((m) => m.metric.result())),
        };
    }
    /** Loss and the compiled metrics on validated data, keyed by their names (fit's validation uses this each epoch). */
    evaluateValidated(data) {
        this.model.ensureBuilt(data.x);
        const contexts = this.contextsFor(data.y);
        const { loss, headLosses, values } = this.measure(data, contexts.map((c) => c.metrics));
        return {
            ...this.lossLogs(loss, headLosses),
            ...Object.fromEntries(contexts.flatMap((c, h) => c.metrics.map((m, i) => [m.name, values[h][i]]))),
        };
    }
    /** Loss and metrics on (x, y), keyed by the names given to compile; verbose 1 prints each metric with its baseline. */
    evaluate(x, y, raw = {}) {
        const options = readOptions(typeof raw === 'number' ? { batchSize: raw } : raw, 'evaluate', EVALUATE_SCHEMA);
        const data = this.validate(x, y, options, 'evaluate');
        if ((options.verbose ?? 1) === 0)
            return this.evaluateValidated(data);
        const report = this.reportValidated(data, true);
        const text = formatReport('evaluate', report.metrics, report.findings.filter((f) => f.code === 'accuracy-near-baseline' || f.severity === 'info'));
        if (text)
            process.stdout.write(`${text}\n`);
        return this.reportLogs(report);
    }
    /** A report's numbers as logs: the losses and the compiled metrics (not those Candor added beside them). */
    reportLogs(report) {
        return {
            ...this.lossLogs(report.loss, report.outputs ? this.heads.map((h) => report.outputs[h.name].loss) : [report.loss]),
            ...Object.fromEntries(report.metrics.filter((m) => !m.added).map((m) => [m.name, m.value])),
        };
    }
    /**
     * Everything evaluate knows, with context: each metric with what it resolved to and what a
     * trivial predictor scores on the same data, and every finding about the setup and the numbers.
     */
    evaluateReport(x, y, raw = {}) {
        const { confidence = true, ...options } = readOptions(typeof raw === 'number' ? { batchSize: raw } : raw, 'evaluateReport', REPORT_SCHEMA);
        return this.reportValidated(this.validate(x, y, options, 'evaluateReport'), confidence);
    }
    /**
     * evaluateReport on validated data, in the model's contexts or the ones given. A model with
     * several outputs gets each output's report under `outputs` (by name) and all of them joined.
     */
    reportValidated(data, confidence, given) {
        this.model.ensureBuilt(data.x);
        const contexts = given ?? this.contextsFor(data.y);
        // The per-class report and confusion matrix at the default decision (0.5, or 0 on logits; argmax for classes).
        const reports = contexts.map(({ task, fromLogits }) => task.kind === 'regression' ? null : new ReportAccumulator(task, fromLogits ? 0 : 0.5));
        const collectors = contexts.map(() => (confidence ? new OutputCollector() : null));
        const metrics = contexts.map((c) => [...c.metrics, ...c.companions]);
        const { loss, headLosses, values } = this.measure(data, metrics, contexts.map((_, h) => [reports[h], collectors[h]].filter((o) => o !== null)));
        const perSample = data.sampleWeight && data.sampleWeight.rank === 1 ? data.sampleWeight.data : undefined;
        const perHead = contexts.map((context, h) => {
            const ys = data.y[h];
            const outputs = collectors[h];
            // Proportions get Wilson's interval in reportMetrics; every other metric a seeded bootstrap over these samples.
            const withIntervals = metrics[h].map((metric, i) => ({
                metric,
                value: values[h][i],
                added: i >= context.metrics.length,
                ci95: outputs && !isProportion(metric, context.outputColumns) ? bootstrapInterval(metric, ys, outputs.all(), perSample) : null,
            }));
            const numbers = reportMetrics(withIntervals, context, ys, effectiveSize(perSample, data.samples));
            const report = reports[h];
            return {
                loss: headLosses[h],
                metrics: numbers.metrics,
                findings: [...context.findings, ...numbers.findings],
                samples: data.samples,
                ...(report ? { classification: report.report() } : {}),
            };
        });
        if (perHead.length === 1)
            return perHead[0];
        return {
            loss,
            metrics: perHead.flatMap((r) => r.metrics),
            findings: perHead.flatMap((r) => r.findings),
            samples: data.samples,
            outputs: Object.fromEntries(this.heads.map((head, h) => [head.name, perHead[h]])),
        };
    }
    testOnBatch(x, y) {
        const data = this.validate(x, y, {}, 'testOnBatch');
        return this.evaluateValidated({ ...data, batchSize: Math.max(1, data.samples) });
    }
    trainOnBatch(x, y, raw = {}) {
        const options = readOptions(raw, 'trainOnBatch', {
            keys: { sampleWeight: 'any', seed: 'number' },
            refused: { classWeight: 'pass per-sample weights as sampleWeight' },
        });
        const data = this.validate(x, y, { sampleWeight: options.sampleWeight }, 'trainOnBatch');
        this.model.ensureBuilt(data.x, options.seed);
        const contexts = this.contextsFor(data.y);
        const { loss, headLosses, outputs } = this.trainStep(data.x, data.y, data.sampleWeight, rngFor(options.seed));
        return {
            ...this.lossLogs(loss, headLosses),
            ...Object.fromEntries(contexts.flatMap((c, h) => c.metrics.map((m) => {
                m.metric.resetState();
                m.metric.updateState(data.y[h], outputs[h], data.sampleWeight);
                return [m.name, m.metric.result()];
            }))),
        };
    }
}
//# sourceMappingURL=trainer.js.map