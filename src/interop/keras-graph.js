/**
 * The graph of a Keras Functional model document in Candor's FunctionalConfig terms: each layer's
 * calls (Keras 2's [[name, node, tensor, kwargs], …] lists or Keras 3's { args, kwargs } nodes with
 * keras_history), and the model's inputs and outputs (one, a list, or a dict by name).
 */
import { describe } from '../tensor/describe.js';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v) => Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number';
/** Keras 3's serialized tensor: { class_name: '__keras_tensor__', config: { keras_history: [name, node, tensor] } }. */
const historyOf = (v) => {
    if (!isObject(v) || v.class_name !== '__keras_tensor__' || !isObject(v.config) || !isRef(v.config.keras_history))
        return null;
    const [name, node, tensor] = v.config.keras_history;
    return [name, node, tensor];
};
/** The tensors anywhere inside a Keras 3 call argument (a tensor, or lists of them for merge layers). */
function tensorsIn(v, out) {
    const ref = historyOf(v);
    if (ref)
        out.push(ref);
    else if (Array.isArray(v))
        v.forEach((x) => tensorsIn(x, out));
}
/** Call arguments Candor reads as "no effect on this graph": Keras records training and mask flags in kwargs. */
const HARMLESS_KWARGS = new Set(['training', 'mask']);
/** Attention's tensors by keyword, in Candor's input order after the positional ones. */
const TENSOR_KWARGS = ['query', 'value', 'key'];
function nodeInputs(node, layer) {
    const refs = [];
    const args = {};
    if (isObject(node)) {
        // Keras 3: { args: [tensor or [tensors]], kwargs: {} }
        tensorsIn(node.args, refs);
        const kwargs = isObject(node.kwargs) ? node.kwargs : {};
        for (const key of TENSOR_KWARGS) {
            const ref = historyOf(kwargs[key]);
            if (ref)
                refs.push(ref);
        }
        const mask = historyOf(kwargs.attention_mask);
        if (mask) {
            refs.push(mask);
            args.attentionMask = true;
        }
        if (kwargs.use_causal_mask === true)
            args.useCausalMask = true;
        // A recurrent layer started from given states (Keras' initial_state): they follow the sequence as inputs.
        const initial = [];
        tensorsIn(kwargs.initial_state, initial);
        if (initial.length > 0) {
            refs.push(...initial);
            args.initialState = true;
        }
        for (const [key, value] of Object.entries(kwargs)) {
            if (TENSOR_KWARGS.includes(key) ||
                (key === 'attention_mask' && mask) ||
                (key === 'initial_state' && initial.length > 0) ||
                (key === 'use_causal_mask' && typeof value === 'boolean'))
                continue;
            const inside = [];
            tensorsIn(value, inside);
            if (inside.length > 0 || !(HARMLESS_KWARGS.has(key) && (value === null || typeof value === 'boolean')))
                throw new RangeError(`Keras JSON: layer "${layer}" is called with keyword argument "${key}" (${describe(value)}), which Candor's graph cannot pass`);
        }
    }
    else if (Array.isArray(node)) {
        // Keras 2: [[name, node, tensor, kwargs], …]
        for (const entry of node) {
            if (!isRef(entry))
                throw new TypeError(`Keras JSON: layer "${layer}" has an inbound node entry that is not [name, node, tensor]: ${describe(entry)}`);
            const kwargs = entry[3];
            if (isObject(kwargs) && Object.keys(kwargs).some((k) => !HARMLESS_KWARGS.has(k)))
                throw new RangeError(`Keras JSON: layer "${layer}" is called with keyword arguments ${Object.keys(kwargs).join(', ')}, which Candor's graph cannot pass`);
            refs.push([entry[0], entry[1], entry[2]]);
        }
    }
    else {
        throw new TypeError(`Keras JSON: layer "${layer}" has an inbound node that is neither Keras 2's list nor Keras 3's { args }: ${describe(node)}`);
    }
    return { refs, args };
}
/** Keras' input_layers / output_layers: [name, 0, 0], a list of them, or { key: [name, 0, 0] }. */
function endpoints(value, arg) {
    if (isRef(value))
        return { refs: [[value[0], value[1], value[2]]], list: false };
    if (Array.isArray(value) && value.length > 0 && value.every(isRef))
        return { refs: value.map((v) => [v[0], v[1], v[2]]), list: value.length > 1 };
    if (isObject(value) && Object.values(value).every(isRef)) {
        const entries = Object.entries(value);
        return { refs: entries.map(([, v]) => [v[0], v[1], v[2]]), keys: entries.map(([k]) => k), list: false };
    }
    throw new TypeError(`Keras JSON: "${arg}" must be [name, node, tensor], a list of them or { name: [...] }. Received: ${describe(value)}`);
}
/** The graph of a Functional config ({ layers: [{ name, inbound_nodes, … }], input_layers, output_layers }). */
export function readKerasGraph(config, layers) {
    const calls = layers.map((l, i) => {
        const layer = isObject(l) ? l : {};
        const name = typeof layer.name === 'string' ? layer.name : isObject(layer.config) ? String(layer.config.name) : `layer ${i}`;
        if (MODEL_CLASSES.has(String(layer.class_name)))
            throw new RangeError(`Keras JSON: layer "${name}" is a nested ${String(layer.class_name)} model; nested models are not supported yet`);
        const nodes = Array.isArray(layer.inbound_nodes) ? layer.inbound_nodes : [];
        return nodes.map((node) => nodeInputs(node, name));
    });
    const inboundNodes = calls.map((nodes) => nodes.map((n) => n.refs));
    const callArgs = calls.map((nodes) => nodes.map((n) => n.args));
    const inputs = endpoints(config.input_layers, 'input_layers');
    const outputs = endpoints(config.output_layers, 'output_layers');
    return {
        inboundNodes,
        callArgs,
        inputLayers: inputs.refs,
        outputLayers: outputs.refs,
        ...(inputs.keys ? { inputKeys: inputs.keys } : {}),
        ...(outputs.keys ? { outputStructure: { keys: outputs.keys } } : outputs.list ? { outputStructure: 'list' } : {}),
    };
}
export const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
//# sourceMappingURL=keras-graph.js.map