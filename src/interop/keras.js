/** Keras model documents (JSON configs of Sequential and Functional models) read into Candor's terms. */
import { describe } from '../tensor/describe.js';
import { forHead } from './keras-heads.js';
import { MODEL_CLASSES, readKerasGraph } from './keras-graph.js';
/** A Candor loss entry as saved: a name or { name, fromLogits, … }. */
function candorLoss(value) {
    if (typeof value === 'string')
        return { loss: value };
    if (isObject(value) && typeof value.name === 'string')
        return { loss: value.name, ...(value.fromLogits === true ? { fromLogits: true } : {}) };
    return {};
}
/** Metric names of saved Candor metric specs (names or { name, … }). */
const candorMetrics = (value) => (Array.isArray(value) ? value : []).flatMap((m) => typeof m === 'string' ? [m] : isObject(m) && typeof m.name === 'string' ? [m.name] : []);
/** A saved Candor functional model's graph, in the same terms as a Keras one. */
function candorGraph(m) {
    if (m.kind !== 'functional' || !Array.isArray(m.layers))
        return undefined;
    return {
        inboundNodes: m.layers.map((l) => isObject(l) && Array.isArray(l.inboundNodes) ? l.inboundNodes : []),
        callArgs: m.layers.map((l) => (isObject(l) && Array.isArray(l.callArgs) ? l.callArgs : [])),
        inputLayers: (m.inputLayers ?? []),
        outputLayers: (m.outputLayers ?? []),
        ...(Array.isArray(m.inputKeys) ? { inputKeys: m.inputKeys } : {}),
        ...(m.outputStructure !== undefined ? { outputStructure: m.outputStructure } : {}),
    };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** 'GlorotUniform' -> 'glorot_uniform', 'RandomUniform' -> 'random_uniform'. */
export function snake(className) {
    return className.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
/**
 * Keras keys Candor does not implement; dropped and listed when set, so doctor can still read the
 * model (building a model from such a document refuses them: see config/run-config.ts).
 */
const DROPPED = new Set([
    'beta_constraint',
    'gamma_constraint',
    'beta_regularizer',
    'gamma_regularizer',
    'lora_rank',
    'lora_alpha',
    'quantization_config',
    'synchronized',
    'sparse',
    'ragged',
    'autocast',
]);
/** Keras 2.0 writes glorot/he/lecun initializers as VarianceScaling with their parameters. */
function varianceScalingName(config) {
    const key = `${config.scale ?? 1}/${config.mode ?? 'fan_in'}/${config.distribution ?? 'truncated_normal'}`.replace('truncated_normal', 'normal');
    const names = {
        '1/fan_avg/uniform': 'glorot_uniform',
        '1/fan_avg/normal': 'glorot_normal',
        '2/fan_in/uniform': 'he_uniform',
        '2/fan_in/normal': 'he_normal',
        '1/fan_in/uniform': 'lecun_uniform',
        '1/fan_in/normal': 'lecun_normal',
    };
    const name = names[key];
    if (!name)
        throw new RangeError(`Keras JSON: VarianceScaling(${key}) has no Candor equivalent. Expected one of the glorot/he/lecun settings. Received: scale/mode/distribution=${key}`);
    return name;
}
/** Converts one Keras layer config value: initializer and regularizer objects become Candor's forms. */
function convertValue(key, value) {
    if (!isObject(value) || typeof value.class_name !== 'string')
        return value;
    const inner = isObject(value.config) ? value.config : {};
    if (key.endsWith('initializer'))
        return value.class_name === 'VarianceScaling' ? varianceScalingName(inner) : snake(value.class_name);
    if (key.endsWith('constraint'))
        return { className: value.class_name, config: inner };
    if (key.endsWith('regularizer')) {
        const l1 = typeof inner.l1 === 'number' ? inner.l1 : 0;
        const l2 = typeof inner.l2 === 'number' ? inner.l2 : 0;
        return { l1, l2 };
    }
    return value;
}
function convertLayer(layer, index, ignored) {
    if (!isObject(layer) || typeof layer.class_name !== 'string') {
        throw new TypeError(`Keras JSON: layer ${index} must be { class_name, config }. Received: ${describe(layer)}`);
    }
    const config = {};
    for (const [key, value] of Object.entries(isObject(layer.config) ? layer.config : {})) {
        if (DROPPED.has(key)) {
            if (value !== null && value !== false && key !== 'autocast')
                ignored.push(`${layer.class_name}.${key}`);
            continue;
        }
        if (key === 'mask_zero') {
            if (value)
                ignored.push(`${layer.class_name}.mask_zero`);
            continue;
        }
        config[key] = convertValue(key, value);
    }
    return { className: layer.class_name, config };
}
/** One loss entry of a Keras compile config: a name, or { class_name, config } (from_logits read). */
function lossEntry(value) {
    if (typeof value === 'string')
        return { loss: value };
    if (isObject(value) && typeof value.class_name === 'string') {
        const config = isObject(value.config) ? value.config : {};
        return { loss: snake(value.class_name), ...(config.from_logits === true ? { fromLogits: true } : {}) };
    }
    return {};
}
/** Metric names of a Keras metrics entry (strings, or { class_name } objects; nested lists flattened). */
function metricNames(value) {
    const list = Array.isArray(value) ? value.flat(3) : value === undefined || value === null ? [] : [value];
    return list
        .map((m) => (typeof m === 'string' ? m : isObject(m) && typeof m.class_name === 'string' ? snake(m.class_name) : null))
        .filter((m) => m !== null);
}
/** The compile settings Keras keeps for a model (compile_config in Keras 3, training_config in Keras 2 .h5 and TF.js), per output head. */
export function compileForHead(doc, head, index, heads) {
    const cc = isObject(doc.compile_config) ? doc.compile_config : isObject(doc.training_config) ? doc.training_config : null;
    if (!cc)
        return null;
    const weights = forHead(cc.loss_weights, head, index, heads, 'loss');
    return {
        ...lossEntry(forHead(cc.loss, head, index, heads, 'loss')),
        metrics: metricNames(forHead(cc.metrics, head, index, heads, 'metrics')),
        ...(typeof weights === 'number' ? { weight: weights } : {}),
    };
}
/** The Keras version a model document names: keras_version (Keras 2), '3' for Keras 3's module field, else 'unknown version'. */
export function kerasVersion(doc) {
    if (typeof doc.keras_version === 'string')
        return doc.keras_version;
    return typeof doc.module === 'string' && doc.module.startsWith('keras') ? '3' : 'unknown version';
}
/**
 * Reads a model document: Candor's saved model.json, a Candor config ({ layers: [...] }), or
 * Keras' model.to_json() in the Keras 2 ({ class_name, config: { layers } } or config as a list)
 * and Keras 3 ({ module: 'keras', … }) formats, Sequential and Functional (with its graph).
 */
export function readModelDocument(doc) {
    if (!isObject(doc))
        throw new TypeError(`model document: expected a JSON object. Received: ${describe(doc)}`);
    if (doc.format === 'candor-model' && isObject(doc.model)) {
        const m = doc.model;
        const compile = isObject(doc.compile) ? doc.compile : null;
        const graph = candorGraph(m);
        // Several outputs save loss and metrics as dicts by output name (see training/heads.ts headsConfig).
        const perOutput = compile && isObject(compile.lossWeights) ? compile : null;
        const outputCompiles = perOutput &&
            Object.fromEntries(Object.keys(perOutput.lossWeights).map((name) => [
                name,
                {
                    ...candorLoss(perOutput.loss[name]),
                    metrics: candorMetrics(isObject(perOutput.metrics) ? perOutput.metrics[name] : []),
                    weight: Number(perOutput.lossWeights[name]),
                },
            ]));
        return {
            source: `candor ${String(doc.candorVersion ?? '')}`.trim(),
            name: m.name ?? 'model',
            layers: (m.layers ?? []).map(({ className, config }) => ({ className, config })),
            ignored: [],
            compile: compile && !perOutput ? { ...candorLoss(compile.loss), metrics: candorMetrics(compile.metrics) } : null,
            ...(graph ? { graph } : {}),
            ...(outputCompiles ? { outputCompiles } : {}),
        };
    }
    if (Array.isArray(doc.layers)) {
        const compile = isObject(doc.compile) ? doc.compile : null;
        const loss = compile && (typeof compile.loss === 'string' ? compile.loss : isObject(compile.loss) ? String(compile.loss.name) : undefined);
        return {
            source: 'candor config',
            name: typeof doc.name === 'string' ? doc.name : 'model',
            ignored: [],
            layers: doc.layers.map((l, i) => {
                if (!isObject(l) || typeof l.className !== 'string')
                    throw new TypeError(`model config: layers[${i}] must be { className, config }. Received: ${describe(l)}`);
                return { className: l.className, config: isObject(l.config) ? l.config : {} };
            }),
            compile: compile && {
                ...(loss ? { loss } : {}),
                ...(isObject(compile.loss) && compile.loss.fromLogits === true ? { fromLogits: true } : {}),
                metrics: compile.metrics ?? [],
            },
        };
    }
    if (typeof doc.class_name !== 'string') {
        throw new TypeError('model document: not a Candor model or a Keras model.to_json() document. Expected "format": "candor-model", "layers": [...], or "class_name". Received: keys ' +
            Object.keys(doc).join(', '));
    }
    if (!MODEL_CLASSES.has(doc.class_name)) {
        throw new RangeError(`Keras JSON: expected a Sequential or Functional model. Received: class_name=${JSON.stringify(doc.class_name)}`);
    }
    const config = doc.config;
    if (doc.class_name !== 'Sequential') {
        if (!isObject(config) || !Array.isArray(config.layers))
            throw new TypeError('Keras JSON: a Functional model needs config.layers. Received: none');
        const ignored = [];
        const graph = readKerasGraph(config, config.layers);
        return {
            source: `keras ${kerasVersion(doc)}`,
            name: typeof config.name === 'string' ? config.name : 'functional',
            layers: config.layers.map((l, i) => convertLayer(l, i, ignored)),
            compile: graph.outputLayers.length === 1 ? compileForHead(doc, '', 0, 1) : null,
            ignored,
            graph,
        };
    }
    const rawLayers = Array.isArray(config) ? config : isObject(config) && Array.isArray(config.layers) ? config.layers : null;
    if (!rawLayers)
        throw new TypeError('Keras JSON: expected config.layers (Keras 2/3) or config as a list (Keras 2.0). Received: neither');
    const ignored = [];
    const version = kerasVersion(doc);
    const first = isObject(rawLayers[0]) ? rawLayers[0] : null;
    const layers = rawLayers.map((l, i) => convertLayer(l, i, ignored));
    // Keras 3 keeps the input shape in build_config when there is no InputLayer.
    const build = isObject(doc.build_config) ? doc.build_config : first && isObject(first.build_config) ? first.build_config : null;
    const firstConfig = layers[0]?.config;
    if (build &&
        Array.isArray(build.input_shape) &&
        firstConfig &&
        !('batch_input_shape' in firstConfig) &&
        !('batch_shape' in firstConfig) &&
        !('input_shape' in firstConfig) &&
        layers[0].className !== 'InputLayer') {
        firstConfig.batch_input_shape = build.input_shape;
    }
    return {
        source: `keras ${version}`,
        name: isObject(config) && typeof config.name === 'string' ? config.name : 'sequential',
        layers,
        compile: compileForHead(doc, '', 0, 1),
        ignored,
    };
}
//# sourceMappingURL=keras.js.map