/** candor doctor: a Candor config or any Keras model file checked for setups whose numbers mislead. */
import { readTextBounded } from '../io/bounded-read.js';
import { Tensor } from '../tensor/tensor.js';
import { LAYER_REGISTRY } from '../layers/index.js';
import { canonicalLossName } from '../losses/losses.js';
import { parseMetricName } from '../evaluation/metrics/resolve.js';
import { compileForHead, kerasVersion, readModelDocument } from '../interop/keras.js';
import { readKerasFile } from '../interop/keras-files.js';
import { headsOf } from '../interop/keras-heads.js';
import { readNumericCsv, splitColumns } from '../io/readers/csv.js';
import { inferTask } from '../evaluation/task.js';
import { diagnoseSetup } from '../evaluation/setup-rules.js';
import { UsageError } from '../usage-error.js';
function readJson(path, what) {
    let text;
    try {
        text = readTextBounded(path, 'doctor');
    }
    catch (err) {
        throw new UsageError(`doctor: cannot read ${what} ${path}: ${err.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new UsageError(`doctor: ${path} is not valid JSON (${err.message}). Expected a Candor model or a Keras model.to_json() document.`);
    }
}
/** Targets from a data file: CSV (the last `labels` columns) or JSON ({ y } or { x, y }). */
function readTargets(path, labels) {
    if (path.endsWith('.json')) {
        const doc = readJson(path, 'data file');
        if (!Array.isArray(doc?.y))
            throw new UsageError(`doctor: ${path} must hold { "y": [...] } (optionally with "x"). Received: keys ${Object.keys(doc ?? {}).join(', ')}`);
        return fromNested(doc.y, path);
    }
    let table;
    try {
        table = readNumericCsv(path);
    }
    catch (err) {
        throw new UsageError(`doctor: ${err.message}`);
    }
    if (labels < 1 || labels >= table.columns + 1)
        throw new UsageError(`doctor: --labels must be between 1 and ${table.columns}. Received: ${labels}`);
    return new Tensor(splitColumns(table, labels).y, [table.rows, labels], 'float32');
}
function fromNested(values, path) {
    const rows = values.length;
    const first = values[0];
    const cols = Array.isArray(first) ? first.length : 1;
    const data = new Float32Array(rows * cols);
    values.forEach((row, r) => {
        const cells = Array.isArray(row) ? row : [row];
        if (cells.length !== cols || !cells.every((v) => typeof v === 'number' && Number.isFinite(v))) {
            throw new UsageError(`doctor: ${path}: y[${r}] must be ${cols === 1 ? 'a finite number' : `${cols} finite numbers`}. Received: ${JSON.stringify(row)}`);
        }
        data.set(cells, r * cols);
    });
    return new Tensor(data, cols === 1 && !Array.isArray(first) ? [rows] : [rows, cols], 'float32');
}
/** Layer classes Candor implements (any spelling), so a head can say which ones it only assumed. */
const knownLayer = (className) => LAYER_REGISTRY.find(className) !== undefined;
/**
 * Keras 2 (and TF.js) choose what 'accuracy' computes from the loss name: binary accuracy for
 * binary_crossentropy whatever the targets (the mistake behind seeds 000 and 002).
 */
function kerasMetricReading(source, loss, metrics) {
    if (!/^keras 2|^tfjs/.test(source) || !loss)
        return [];
    const byLoss = {
        binary_crossentropy: 'binary_accuracy',
        categorical_crossentropy: 'categorical_accuracy',
        sparse_categorical_crossentropy: 'sparse_categorical_accuracy',
    };
    const as = byLoss[loss];
    return as ? metrics.filter((m) => parseMetricName(m).family === 'accuracy').map((name) => ({ name, as })) : [];
}
function readDocument(modelPath) {
    try {
        return readKerasFile(modelPath);
    }
    catch (err) {
        const message = err.message;
        throw new UsageError(`doctor: ${message.startsWith(modelPath) || message.startsWith('cannot read') ? message : `cannot read model file ${modelPath}: ${message}`}`);
    }
}
/**
 * Reads a model document (and optionally data) and diagnoses the setup of every output head; no
 * weights are built, and a layer Candor does not implement is described, never a reason to refuse.
 */
export function runDoctor(modelPath, options) {
    const { doc, container } = readDocument(modelPath);
    // Candor documents and Keras Sequential models are read fully (Keras 1 names mapped); anything else by its heads alone.
    let description = null;
    try {
        description = readModelDocument(doc);
    }
    catch (err) {
        const candor = doc.format === 'candor-model' || Array.isArray(doc.layers);
        if (candor || typeof doc.class_name !== 'string')
            throw new UsageError(`doctor: ${modelPath}: ${err.message}`);
    }
    const keras = typeof doc.class_name === 'string';
    const version = kerasVersion(doc);
    const source = container === 'tfjs model.json' ? `tfjs (keras ${version})` : (description?.source ?? `keras ${version}`);
    const graph = description?.graph;
    // A Candor functional save is read like a Keras Functional document: its heads are its outputs.
    const layersDoc = keras
        ? doc
        : graph
            ? {
                class_name: 'Functional',
                config: {
                    layers: description.layers.map((l, i) => ({
                        class_name: l.className,
                        name: l.config.name,
                        config: l.config,
                        inbound_nodes: graph.inboundNodes[i],
                    })),
                    output_layers: graph.outputLayers,
                },
            }
            : { layers: description.layers };
    const heads = headsOf(layersDoc, knownLayer);
    if (heads.length === 0)
        throw new UsageError(`doctor: ${modelPath}: the model has no layers`);
    const layerCount = description?.layers.length ?? countLayers(doc);
    const parseLoss = (name, where) => {
        if (!name)
            return null;
        try {
            return canonicalLossName(name);
        }
        catch (err) {
            throw new UsageError(`doctor: ${where}: ${err.message}`);
        }
    };
    const cliMetrics = options.metrics !== undefined
        ? options.metrics
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean)
        : undefined;
    const headResults = heads.map((head, i) => {
        const compile = keras
            ? compileForHead(doc, head.name, i, heads.length)
            : (description.outputCompiles?.[head.name] ?? description.compile);
        const loss = options.loss !== undefined
            ? parseLoss(options.loss, '--loss')
            : parseLoss(compile?.loss, `${modelPath}: the compile settings of output ${head.name}`);
        const metrics = cliMetrics ?? compile?.metrics ?? [];
        for (const m of metrics) {
            try {
                parseMetricName(m);
            }
            catch (err) {
                throw new UsageError(`doctor: ${cliMetrics ? '--metrics' : `${modelPath}: the compile settings of output ${head.name}`}: ${err.message}`);
            }
        }
        const fromLogits = options.fromLogits ?? compile?.fromLogits ?? false;
        return {
            ...head,
            loss,
            metrics,
            fromLogits,
            ...(compile?.weight !== undefined ? { weight: compile.weight } : {}),
            kerasReads: kerasMetricReading(source, loss, metrics),
        };
    });
    if (options.data && heads.length > 1)
        throw new UsageError(`doctor: --data gives targets for one output; this model has ${heads.length} (${heads.map((h) => h.name).join(', ')})`);
    const first = headResults[0];
    let data = null;
    let yTrue;
    if (options.data) {
        yTrue = readTargets(options.data, options.labels ?? 1);
        try {
            data = { rows: yTrue.shape[0], task: inferTask(yTrue, first) };
        }
        catch (err) {
            throw new UsageError(`doctor: ${options.data}: ${err.message}`);
        }
    }
    const findings = headResults.flatMap((h) => {
        const checked = h.metrics.map((m) => h.kerasReads.find((k) => k.name === m)?.as ?? m);
        const found = diagnoseSetup({
            ...(h.loss ? { loss: h.loss } : {}),
            fromLogits: h.fromLogits,
            output: { units: h.units, activation: h.activation, fromLogits: h.fromLogits },
            metrics: checked,
            ...(yTrue && data ? { yTrue, task: data.task } : {}),
        });
        return heads.length > 1 ? found.map((f) => ({ ...f, head: h.name })) : found;
    });
    const failing = findings.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
    return {
        model: {
            source,
            container,
            name: description?.name ?? modelName(doc),
            layers: layerCount,
            output: { units: first.units, activation: first.activation },
        },
        heads: headResults.map(({ fromLogits: _, ...head }) => head),
        loss: first.loss,
        metrics: first.metrics,
        data,
        kerasReads: first.kerasReads,
        ignored: description?.ignored ?? [],
        findings,
        exitCode: failing ? 1 : 0,
    };
}
function modelName(doc) {
    const config = doc.config;
    return typeof config?.name === 'string' ? config.name : typeof doc.class_name === 'string' ? doc.class_name.toLowerCase() : 'model';
}
/** Layers of a Keras document, nested models counted as one. */
function countLayers(doc) {
    const config = doc.config;
    return Array.isArray(config) ? config.length : Array.isArray(config?.layers) ? config.layers.length : 0;
}
/** The human-readable report. */
export function formatDoctor(path, r) {
    const multi = r.heads.length > 1;
    const lines = [
        `candor doctor: ${path}`,
        `  model: ${r.model.name} (${r.model.source}${r.model.container !== 'json' ? `, ${r.model.container}` : ''}), ${r.model.layers} layers, ` +
            (multi ? `${r.heads.length} outputs` : `output ${r.model.output.units} units, ${r.model.output.activation}`),
    ];
    for (const h of r.heads) {
        const where = multi ? `  output ${h.name}: ${h.units} units, ${h.activation}; ` : '  ';
        lines.push(`${where}loss: ${h.loss ?? '(not given: pass --loss to check the loss)'}${h.weight !== undefined ? ` (weight ${h.weight})` : ''}${h.metrics.length ? `   metrics: ${h.metrics.join(', ')}` : ''}`);
        if (h.unknown.length)
            lines.push(`  note: ${multi ? `output ${h.name}` : 'the output'} passes through ${[...new Set(h.unknown)].join(', ')}, which Candor does not implement; its width and activation are read from the layers around ${h.unknown.length > 1 ? 'them' : 'it'}.`);
        for (const k of h.kerasReads)
            lines.push(`  note: ${r.model.source} reports '${k.name}' with ${h.loss} as ${k.as}; the checks below use that reading (Candor itself resolves '${k.name}' from the targets).`);
    }
    if (r.data)
        lines.push(`  data: ${r.data.task.description} -> ${r.data.task.kind} (${r.data.task.encoding})`);
    if (r.ignored.length)
        lines.push(`  ignored Keras options: ${r.ignored.join(', ')}`);
    lines.push('');
    if (r.findings.length === 0)
        lines.push('No findings: this setup reports numbers that mean what they say.');
    for (const f of r.findings)
        lines.push(`${f.severity} ${f.code}${f.head ? ` (output ${f.head})` : ''}`, `  ${f.message}`, `  fix: ${f.fix}`, '');
    const count = (s) => r.findings.filter((f) => f.severity === s).length;
    if (r.findings.length)
        lines.push(`${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`);
    return lines.join('\n');
}
//# sourceMappingURL=doctor.js.map