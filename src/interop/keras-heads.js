/**
 * The output heads of a Keras (or Candor) model document, read from the configs alone, so that a
 * model with layers Candor cannot build can still be diagnosed: a diagnosis needs each output's
 * width and activation and the compile settings for it. Sequential and Functional models,
 * nested models as layers, Keras 2 and Keras 3 node formats.
 */
import { MODEL_CLASSES } from './keras-graph.js';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Layers that keep the width and the activation of what feeds them. */
const PASS_THROUGH = new Set([
    'Dropout',
    'SpatialDropout1D',
    'SpatialDropout2D',
    'GaussianNoise',
    'GaussianDropout',
    'AlphaDropout',
    'Flatten',
    'Reshape',
    'InputLayer',
    'BatchNormalization',
    'LayerNormalization',
    'ActivityRegularization',
    'Masking',
    'Identity',
]);
const ACTIVATION_LAYERS = { Softmax: 'softmax', ReLU: 'relu', LeakyReLU: 'leaky_relu', ELU: 'elu', PReLU: 'prelu' };
function activationOf(value) {
    if (typeof value === 'string')
        return value;
    // Keras 3 may serialize a built-in activation as { class_name: 'function', config: 'softmax' }.
    if (isObject(value) && typeof value.config === 'string')
        return value.config;
    return null;
}
/** Names of the layers a Functional layer's first node reads (Keras 2 lists or Keras 3 keras_history). */
function inboundNames(layer) {
    const nodes = Array.isArray(layer.inbound_nodes) ? layer.inbound_nodes : [];
    const first = nodes[0];
    const names = [];
    const walk = (v) => {
        if (Array.isArray(v)) {
            if (typeof v[0] === 'string' && typeof v[1] === 'number')
                names.push(v[0]);
            else
                v.forEach(walk);
        }
        else if (isObject(v)) {
            const history = isObject(v.config) ? v.config.keras_history : undefined;
            if (Array.isArray(history) && typeof history[0] === 'string')
                names.push(history[0]);
            else
                Object.values(v).forEach(walk);
        }
    };
    walk(first);
    return names;
}
function rawLayers(config) {
    const list = Array.isArray(config) ? config : Array.isArray(config.layers) ? config.layers : [];
    return list.map((l, i) => {
        const o = isObject(l) ? l : {};
        const className = typeof o.class_name === 'string' ? o.class_name : typeof o.className === 'string' ? o.className : `layer ${i}`;
        const c = isObject(o.config) ? o.config : {};
        const name = typeof o.name === 'string' ? o.name : typeof c.name === 'string' ? c.name : `${className}_${i}`;
        return { className, name, config: c, inbound: inboundNames(o) };
    });
}
/** Output layer names of a Functional config ([[name, 0, 0], …] or [name, 0, 0]). */
function outputNames(config) {
    const out = config.output_layers;
    if (!Array.isArray(out))
        return [];
    if (typeof out[0] === 'string')
        return [out[0]];
    return out.flatMap((o) => (Array.isArray(o) && typeof o[0] === 'string' ? [o[0]] : []));
}
/** Width and activation seen walking back from `start`; `previous` gives the layer before one. */
function walkBack(start, previous, known) {
    let activation = null;
    const unknown = [];
    for (let layer = start, guard = 0; layer && guard < 10_000; layer = previous(layer), guard++) {
        if (MODEL_CLASSES.has(layer.className)) {
            const inner = headsOf({ class_name: layer.className, config: layer.config }, known)[0];
            if (inner)
                return { units: inner.units, activation: activation ?? inner.activation, unknown: [...unknown, ...inner.unknown] };
            continue;
        }
        const c = layer.config;
        const own = activationOf(c.activation) ?? ACTIVATION_LAYERS[layer.className] ?? null;
        if (activation === null && own !== null && own !== 'linear')
            activation = own;
        const width = [c.units, c.filters, c.output_dim, c.outputDim, c.nb_filter].find((v) => typeof v === 'number');
        if (width !== undefined)
            return { units: width, activation: activation ?? 'linear', unknown };
        if (!PASS_THROUGH.has(layer.className) &&
            layer.className !== 'Activation' &&
            !(layer.className in ACTIVATION_LAYERS) &&
            !known(layer.className))
            unknown.push(layer.className);
    }
    return { units: 0, activation: activation ?? 'linear', unknown };
}
/** Every output head of a model document ({ class_name, config } or a Candor { layers }). */
export function headsOf(doc, known) {
    const config = isObject(doc.config) || Array.isArray(doc.config) ? doc.config : doc;
    const layers = rawLayers(config);
    if (layers.length === 0)
        return [];
    const byName = new Map(layers.map((l) => [l.name, l]));
    const functional = doc.class_name !== 'Sequential' && layers.some((l) => l.inbound.length > 0);
    if (!functional) {
        const last = layers[layers.length - 1];
        const index = new Map(layers.map((l, i) => [l, i]));
        return [{ name: last.name, ...walkBack(last, (l) => layers[index.get(l) - 1], known) }];
    }
    const outputs = outputNames(config);
    const names = outputs.length > 0 ? outputs : [layers[layers.length - 1].name];
    return names.map((name) => {
        const layer = byName.get(name);
        if (!layer)
            return { name, units: 0, activation: 'linear', unknown: [`(no layer named ${name})`] };
        return { name, ...walkBack(layer, (l) => (l.inbound[0] !== undefined ? byName.get(l.inbound[0]) : undefined), known) };
    });
}
/**
 * The compile setting meant for one head of a multi-output model: a dict keyed by output name, or
 * a list by position (losses: one per output; metrics: a list of lists); otherwise it applies to all.
 */
export function forHead(value, head, index, heads, kind) {
    if (heads <= 1)
        return value;
    if (isObject(value) && !('class_name' in value) && !('module' in value))
        return value[head];
    if (Array.isArray(value) && value.length === heads && (kind === 'loss' || value.every(Array.isArray)))
        return value[index];
    return value;
}
//# sourceMappingURL=keras-heads.js.map