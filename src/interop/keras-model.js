/** loadKerasModel: a Keras file rebuilt as a Candor model with its weights. */
import { readFileBounded, withinLimit } from '../io/bounded-read.js';
import { unreadable } from '../io/unreadable.js';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import * as hdf5 from 'jsfive';
import { Tensor } from '../tensor/tensor.js';
import { Sequential } from '../models/sequential.js';
import { Functional } from '../models/functional.js';
import { layerFromConfig } from '../layers/index.js';
import { compileForHead, readModelDocument, snake } from './keras.js';
import { readKerasFile } from './keras-files.js';
function openH5(bytes, what) {
    try {
        return new hdf5.File(Uint8Array.from(bytes).buffer, what);
    }
    catch (err) {
        throw unreadable(`loadKerasModel: ${what}`, 'HDF5', err);
    }
}
const strings = (v) => Array.isArray(v) ? v.map((s) => (s instanceof Uint8Array ? new TextDecoder().decode(s) : String(s))) : [];
function dataset(h5, path, what) {
    let node;
    try {
        node = h5.get(path);
    }
    catch (err) {
        throw unreadable(`loadKerasModel: ${what} (dataset ${path})`, 'HDF5', err);
    }
    if (!node || node.value === undefined || !Array.isArray(node.shape))
        throw new Error(`loadKerasModel: ${what} has no weight dataset ${path}`);
    const values = node.value;
    const size = node.shape.reduce((a, b) => a * b, 1);
    if (values.length !== size)
        throw new Error(`loadKerasModel: ${what}: ${path} declares shape [${node.shape}] but holds ${values.length} values`);
    return { data: Float32Array.from(values), shape: [...node.shape] };
}
/** The arrays of each layer, by layer name, from a legacy .h5 file. */
function legacyWeights(h5, path) {
    const root = h5.get('model_weights') ?? h5;
    const prefix = h5.get('model_weights') ? 'model_weights/' : '';
    const out = new Map();
    for (const layer of strings(root.attrs.layer_names)) {
        const group = h5.get(`${prefix}${layer}`);
        if (!group)
            throw new Error(`loadKerasModel: ${path} lists layer "${layer}" in layer_names but has no group for it`);
        out.set(layer, strings(group.attrs.weight_names).map((w) => dataset(h5, `${prefix}${layer}/${w}`, path)));
    }
    return out;
}
/** The group at path, or undefined (jsfive throws for a missing member). */
function found(h5, path) {
    try {
        return h5.get(path);
    }
    catch {
        return undefined;
    }
}
/** The arrays of each layer, in the model's layer order, from a Keras 3 model.weights.h5. */
function keras3Weights(h5, path, classNames) {
    const out = new Map();
    const counters = new Map();
    for (const { name, className } of classNames) {
        if (className === 'InputLayer')
            continue;
        const k = counters.get(className) ?? 0;
        counters.set(className, k + 1);
        const base = `layers/${k === 0 ? snake(className) : `${snake(className)}_${k}`}`;
        // Recurrent layers keep their variables in their cell (layers/lstm/cell/vars).
        const group = found(h5, `${base}/vars`)?.keys?.length
            ? `${base}/vars`
            : found(h5, `${base}/cell/vars`)
                ? `${base}/cell/vars`
                : `${base}/vars`;
        const vars = found(h5, group);
        const keys = (vars?.keys ?? []).filter((key) => /^\d+$/.test(key)).sort((a, b) => Number(a) - Number(b));
        out.set(name, keys.map((key) => dataset(h5, `${group}/${key}`, `${path}: model.weights.h5`)));
    }
    return out;
}
/** The Candor model of a description: a Sequential stack, or a Functional graph replayed call by call. */
function modelOf(description, path, where = 'loadKerasModel') {
    const { graph, name } = description;
    const built = (spec, i) => {
        try {
            return layerFromConfig(spec);
        }
        catch (err) {
            throw new Error(`${where}: ${path}: layer ${i} (${spec.className}) cannot be built: ${err.message}`);
        }
    };
    if (!graph)
        return new Sequential(description.layers.map(built), { name });
    description.layers.forEach((spec, i) => built(spec, i)); // each layer's own errors first, with its index
    try {
        return Functional.fromConfig({
            name,
            layers: description.layers.map((l, i) => ({
                ...l,
                inboundNodes: graph.inboundNodes[i],
                ...(graph.callArgs[i].some((a) => Object.keys(a).length > 0) ? { callArgs: graph.callArgs[i] } : {}),
            })),
            inputLayers: graph.inputLayers,
            outputLayers: graph.outputLayers,
            ...(graph.inputKeys ? { inputKeys: graph.inputKeys } : {}),
            ...(graph.outputStructure ? { outputStructure: graph.outputStructure } : {}),
        });
    }
    catch (err) {
        throw new Error(`${where}: ${path}: the graph cannot be built: ${err.message}`);
    }
}
/**
 * Builds the Candor model a Keras file describes and loads its weights, checking every shape. The
 * type parameter is what predict returns (one tensor by default; see loadModel).
 */
export async function loadKerasModel(path) {
    const { doc, container } = (() => {
        try {
            return readKerasFile(path);
        }
        catch (err) {
            throw new Error(`loadKerasModel: ${err.message}`);
        }
    })();
    if (container !== 'keras h5' && container !== 'keras archive')
        throw new Error(`loadKerasModel: ${path} holds no weights. Expected a .keras archive or a Keras .h5 file; for a model.to_json() document use candor doctor, for predictions candor score`);
    const description = (() => {
        try {
            return readModelDocument(doc);
        }
        catch (err) {
            throw new Error(`loadKerasModel: ${path}: ${err.message}; candor doctor reads it`);
        }
    })();
    if (description.ignored.length > 0)
        throw new Error(`loadKerasModel: ${path} uses Keras options Candor does not implement: ${description.ignored.join(', ')}`);
    const model = modelOf(description, path);
    if (!model.built)
        throw new Error(`loadKerasModel: ${path} does not say the input shape (no batch_input_shape or InputLayer), so the weights cannot be placed`);
    const weights = readWeights(path, container, description);
    const tensors = [];
    for (const layer of model.layers) {
        const own = layer.weights;
        const saved = weights.get(layer.name) ?? [];
        if (saved.length !== own.length)
            throw new Error(`loadKerasModel: layer "${layer.name}" (${layer.className}) has ${own.length} weight tensors; ${path} holds ${saved.length} for it`);
        own.forEach((v, i) => {
            const s = saved[i];
            if (s.shape.join() !== v.shape.join())
                throw new Error(`loadKerasModel: weight ${i} of layer "${layer.name}" (${v.name}) has shape [${v.shape}]; ${path} holds [${s.shape}]`);
            tensors.push(new Tensor(s.data, s.shape, 'float32'));
        });
    }
    model.setWeights(tensors);
    compileAsSaved(model, doc, description, path);
    return model;
}
/**
 * A model from Keras' model.to_json() text (Keras' model_from_json): Sequential or Functional,
 * Keras 2 or 3, the architecture only (untrained, not compiled). The type parameter is what
 * predict returns (see loadModel).
 */
export function modelFromKerasJSON(json) {
    let doc = json;
    if (typeof json === 'string') {
        try {
            doc = JSON.parse(json);
        }
        catch (err) {
            throw new SyntaxError(`modelFromKerasJSON: the text is not valid JSON (${err.message})`);
        }
    }
    const description = (() => {
        try {
            return readModelDocument(doc);
        }
        catch (err) {
            throw new Error(`modelFromKerasJSON: ${err.message}`);
        }
    })();
    if (description.ignored.length > 0)
        throw new Error(`modelFromKerasJSON: the document uses Keras options Candor does not implement: ${description.ignored.join(', ')}`);
    return modelOf(description, 'the document', 'modelFromKerasJSON');
}
/** Compiles the model with the file's compile settings (per output for several), so evaluate can report its loss and metrics. */
function compileAsSaved(model, doc, description, path) {
    const names = model.outputNames;
    const heads = names.length === 1 ? [description.compile] : names.map((name, i) => compileForHead(doc, name, i, names.length));
    if (!heads.every((h) => h?.loss))
        return;
    const loss = heads.map((h) => (h.fromLogits ? { name: h.loss, fromLogits: true } : h.loss));
    const metrics = heads.map((h) => (h.metrics?.length ? h.metrics : ['accuracy']));
    try {
        model.compile({
            loss: names.length === 1 ? loss[0] : loss,
            optimizer: 'adam',
            metrics: names.length === 1 ? metrics[0] : metrics,
            ...(names.length > 1 ? { lossWeights: heads.map((h) => h.weight ?? 1) } : {}),
        });
    }
    catch (err) {
        throw new Error(`loadKerasModel: the compile settings in ${path} cannot be used: ${err.message}`);
    }
}
/**
 * The saved arrays of each layer. A damaged HDF5 file can make jsfive throw anything (strings,
 * TypeErrors from inside its parser): all of it is "not a readable HDF5 file", with the parser's
 * words kept as the cause; Candor's own checks (loadKerasModel: …) pass through.
 */
function readWeights(path, container, description) {
    try {
        if (container === 'keras h5')
            return legacyWeights(openH5(readFileBounded(path, 'loadKerasModel'), path), path);
        let files;
        try {
            files = unzipSync(new Uint8Array(readFileBounded(path, 'loadKerasModel')), {
                filter: (f) => f.name === 'model.weights.h5' && withinLimit(f, path),
            });
        }
        catch (err) {
            if (err instanceof RangeError)
                throw err;
            throw unreadable(`loadKerasModel: ${path}`, '.keras (zip)', err);
        }
        const h5 = files['model.weights.h5'];
        if (!h5)
            throw new Error(`loadKerasModel: ${path} has no model.weights.h5 (${extname(path)} archive without weights)`);
        return keras3Weights(openH5(h5, `${path}: model.weights.h5`), path, 
        // Keras numbers a class's layers in the document's layer order (its model.layers).
        description.layers.map((l) => ({ name: String(l.config.name), className: l.className })));
    }
    catch (err) {
        if (err instanceof Error && (err.message.startsWith('loadKerasModel:') || err.message.includes('allocation limit')))
            throw err;
        throw unreadable(`loadKerasModel: ${path}`, 'HDF5', err);
    }
}
//# sourceMappingURL=keras-model.js.map