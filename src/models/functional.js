import { describe } from '../tensor/describe.js';
import { InputLayer } from '../layers/core.js';
import { layerFromConfig } from '../layers/registry.js';
import { SymbolicTensor } from '../layers/symbolic.js';
import { outputOfLayers } from '../evaluation/output-head.js';
import { TextVectorization } from '../layers/text-vectorization.js';
import { VERSION } from '../version.js';
import { Model } from './model.js';
import { callOutputLayer, checkOutputMask } from './mask.js';
import { summaryText } from './summary.js';
/** A symbolic input of the functional API (Keras' keras.Input). */
export function input(options) {
    if (typeof options !== 'object' || options === null || !Array.isArray(options.shape)) {
        throw new TypeError(`input: expected { shape: [...] } (one sample, no batch axis). Received: ${describe(options)}`);
    }
    const layer = new InputLayer({
        shape: options.shape,
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.dtype ? { dtype: options.dtype } : {}),
    });
    const output = new SymbolicTensor(layer.declaredInputShape);
    const node = { layer, inputs: [], output, outputs: [output], index: 0 };
    output.node = node;
    layer.inboundNodes.push(node);
    return output;
}
/** The tensors of a structure, their names (dict keys, else the producing layers'), and the structure's form. */
function flatten(value, arg) {
    const bad = () => {
        throw new TypeError(`model: argument "${arg}" must be a symbolic tensor (from candor.input() or a layer's apply), a list of them or { name: tensor }. Received: ${describe(value)}`);
    };
    if (value instanceof SymbolicTensor)
        return { tensors: [value], keys: null, list: false };
    if (Array.isArray(value)) {
        if (value.length === 0 || !value.every((t) => t instanceof SymbolicTensor))
            bad();
        return { tensors: value, keys: null, list: true };
    }
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        if (entries.length === 0 || !entries.every(([, t]) => t instanceof SymbolicTensor))
            bad();
        return { tensors: entries.map(([, t]) => t), keys: entries.map(([k]) => k), list: false };
    }
    return bad();
}
let modelCounter = 0;
/** A model of a layer graph from symbolic inputs to symbolic outputs. */
export class Functional extends Model {
    inputs;
    outputs;
    inputNames;
    outputNames;
    /** How the outputs were given: predict returns the same form. */
    outputForm;
    inputKeys;
    /** Every node from the inputs to the outputs, each after the nodes it reads. */
    nodes;
    layers;
    isBuilt = false;
    encoders;
    constructor(options) {
        super(options.name ?? (modelCounter++ === 0 ? 'functional' : `functional_${modelCounter - 1}`), options.seed);
        const inputs = flatten(options.inputs, 'inputs');
        const outputs = flatten(options.outputs, 'outputs');
        this.inputs = inputs.tensors;
        this.outputs = outputs.tensors;
        if (this.inputs.some((t) => !(t.node.layer instanceof InputLayer)))
            throw new TypeError('model: every input must come from candor.input()');
        this.inputKeys = inputs.keys;
        this.inputNames = inputs.keys ?? this.inputs.map((t) => t.node.layer.name);
        this.outputForm = outputs.keys ? 'dict' : outputs.list ? 'list' : 'single';
        // Keras names an output after its layer; a dict's keys name them instead.
        this.outputNames =
            outputs.keys ??
                this.outputs.map((t) => (t.node.layer.inboundNodes.length > 1 ? `${t.node.layer.name}_${t.node.index}` : t.node.layer.name) +
                    (t.tensorIndex > 0 ? `_${t.tensorIndex}` : ''));
        for (const [arg, names] of [
            ['inputs', this.inputNames],
            ['outputs', this.outputNames],
        ]) {
            const twice = names.find((n, i) => names.indexOf(n) !== i);
            if (twice !== undefined)
                throw new RangeError(`model: two ${arg} are named "${twice}"; data, losses and metrics are keyed by these names. Give ${arg} as { name: tensor }`);
        }
        this.nodes = graphOrder(this.inputs, this.outputs);
        this.layers = [...new Set(this.nodes.map((n) => n.layer))];
        const names = this.layers.map((l) => l.name);
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        if (twice !== undefined)
            throw new RangeError(`model: layer names must be unique. Received: two layers named "${twice}"`);
        this.encoders = this.inputs.map((t) => textEncoderOf(t, this.nodes));
        this.buildForSample(this.inputs[0].shape, this.initRng());
    }
    get built() {
        return this.isBuilt && this.layers.every((l) => l.built);
    }
    /** Per input, the TextVectorization that reads it (raw texts are vectorized where the data enters), else null. */
    inputEncoders() {
        return this.encoders;
    }
    /** The first input's sample shape (each input's is in `inputs`). */
    get inputShape() {
        return this.inputs[0].shape;
    }
    builtSampleShape() {
        return this.inputs[0].shape;
    }
    /** Input shapes are part of the graph: build() takes none (or the same). */
    build() {
        if (!this.built)
            this.buildForSample(this.inputShape, this.initRng());
    }
    buildForSample(_shape, rng) {
        for (const node of this.nodes) {
            if (node.layer.built)
                continue;
            if (node.inputs.length === 0)
                node.layer.build(node.output.shape, rng);
            else
                node.layer.buildNode(node.inputs.map((t) => t.shape), rng, node.args ?? {});
        }
        this.isBuilt = true;
    }
    /** The layers from the first input to output `head`, following each layer's first input. */
    outputChain(head = 0) {
        const chain = [];
        for (let node = this.outputs[head].node; node; node = node.inputs[0]?.node)
            chain.unshift(node.layer);
        return chain;
    }
    /** Each output's width, and the activation found walking back through layers that keep the width. */
    outputHeads() {
        return this.outputs.map((output, head) => {
            const { activation, units } = outputOfLayers(this.outputChain(head));
            return { units: output.shape[output.shape.length - 1] ?? units, activation };
        });
    }
    packOutputs(outputs) {
        if (this.outputForm === 'single')
            return outputs[0];
        if (this.outputForm === 'list')
            return outputs;
        return Object.fromEntries(this.outputNames.map((n, i) => [n, outputs[i]]));
    }
    forward(x, options) {
        if (!this.built)
            this.build();
        const values = new Map();
        // A mask (Embedding maskZero, Masking) travels with each tensor to the layers that read it.
        const masks = new Map();
        const penalties = [];
        const call = { training: options.training, rng: options.rng };
        const logits = this.outputs.map(() => null);
        for (const node of this.nodes) {
            const layer = node.layer;
            const input = node.inputs[0];
            const head = node.outputs.length === 1 ? this.outputs.indexOf(node.output) : -1;
            let outputs;
            let outputMasks;
            if (!input) {
                const value = x[this.inputs.indexOf(node.output)];
                layer.checkInput(value);
                [outputs, outputMasks] = [[value], [null]];
            }
            else if (head >= 0 && node.inputs.length === 1) {
                // A model output: the loss may read its logits (the fused, stable cross-entropy).
                const logitsFor = options.logitsFor && ((a) => options.logitsFor(a, head));
                const inputMask = masks.get(input) ?? null;
                const called = callOutputLayer(layer, values.get(input), inputMask, call, logitsFor);
                logits[head] = called.logits;
                [outputs, outputMasks] = [[called.output], [layer.outputMask(values.get(input), inputMask)]];
            }
            else {
                ({ outputs, masks: outputMasks } = layer.callNode(node.inputs.map((t) => values.get(t)), call, node.inputs.map((t) => masks.get(t) ?? null), node.args ?? {}));
            }
            const p = options.training ? layer.activityPenalty(outputs[0]) : null;
            if (p)
                penalties.push(p);
            node.outputs.forEach((t, k) => {
                values.set(t, outputs[k]);
                masks.set(t, outputMasks[k] ?? null);
            });
        }
        for (const output of this.outputs)
            checkOutputMask(output.node.layer, masks.get(output) ?? null);
        return { outputs: this.outputs.map((t) => values.get(t)), logits, penalties };
    }
    /** Prints (and returns) the Keras-like table, with each call's inputs in a "Connected to" column. */
    summary(print = console.log) {
        if (!this.built)
            this.build();
        const rows = this.nodes.map((n) => ({ layer: n.layer, shape: n.output.shape, connected: n.inputs.map((t) => t.label).join(', ') }));
        const text = summaryText(this.name, rows.map((r) => r.layer), rows.map((r) => r.shape), rows.map((r) => r.connected));
        print(text);
        return text;
    }
    getConfig() {
        const ref = (t) => [t.node.layer.name, this.callIndex(t.node), t.tensorIndex];
        return {
            name: this.name,
            layers: this.layers.map((l) => {
                const calls = this.nodes.filter((n) => n.layer === l && n.inputs.length > 0);
                return {
                    className: l.className,
                    config: l.getConfig(),
                    inboundNodes: calls.map((n) => n.inputs.map(ref)),
                    ...(calls.some((n) => n.args) ? { callArgs: calls.map((n) => ({ ...n.args })) } : {}),
                };
            }),
            inputLayers: this.inputs.map(ref),
            outputLayers: this.outputs.map(ref),
            ...(this.inputKeys ? { inputKeys: this.inputKeys } : {}),
            ...(this.outputForm === 'list' ? { outputStructure: 'list' } : {}),
            ...(this.outputForm === 'dict' ? { outputStructure: { keys: [...this.outputNames] } } : {}),
        };
    }
    /** A node's index among its layer's calls inside this model (a shared layer's calls elsewhere are not counted). */
    callIndex(node) {
        return this.nodes.filter((n) => n.layer === node.layer).indexOf(node);
    }
    /** The architecture as a JSON string; candor.modelFromJSON reads it back. */
    toJSON() {
        return JSON.stringify({ className: 'Functional', config: this.getConfig(), candorVersion: VERSION });
    }
    /** A new, untrained model of this architecture (Keras' Functional.from_config): the layers are made, then called in the recorded order. */
    static fromConfig(config) {
        if (typeof config !== 'object' ||
            config === null ||
            !Array.isArray(config.layers) ||
            !Array.isArray(config.inputLayers) ||
            !Array.isArray(config.outputLayers)) {
            throw new TypeError(`Functional.fromConfig: expected { layers: [{ className, config, inboundNodes }], inputLayers, outputLayers }. Received: ${describe(config)}`);
        }
        // Each layer's calls so far, each call's outputs (one, or a recurrent layer's output and states).
        const made = new Map();
        for (const entry of config.layers) {
            const layer = layerFromConfig(entry);
            made.set(layer.name, { layer, calls: [] });
            if (layer instanceof InputLayer)
                made.get(layer.name).calls.push([
                    input({
                        shape: layer.declaredInputShape.map((d) => (d === -1 ? null : d)),
                        name: layer.name,
                        ...(layer.stringInput ? { dtype: 'string' } : {}),
                    }),
                ]);
        }
        // An InputLayer made above is replaced by the one input() creates (it owns the input node).
        for (const m of made.values())
            if (m.layer instanceof InputLayer)
                m.layer = m.calls[0][0].node.layer;
        const tensorOf = (ref) => made.get(ref[0])?.calls[ref[1]]?.[ref[2]];
        const pending = config.layers.flatMap((entry) => (entry.inboundNodes ?? []).map((inbound, i) => ({ name: String(entry.config.name), inbound, args: entry.callArgs?.[i] ?? {} })));
        // Replay the calls: each as soon as its inputs exist (Keras' queue), so shared layers and any order work.
        while (pending.length > 0) {
            // A shared layer's calls keep their order, so node indices mean what the config says.
            const ready = pending.findIndex((p, i) => p.inbound.every((ref) => tensorOf(ref) !== undefined) && !pending.slice(0, i).some((q) => q.name === p.name));
            if (ready < 0)
                throw new RangeError(`Functional.fromConfig: the calls of ${pending.map((p) => `"${p.name}"`).join(', ')} read tensors no layer produces`);
            const [{ name, inbound, args }] = pending.splice(ready, 1);
            const m = made.get(name);
            m.calls.push(m.layer.replay(inbound.map((ref) => tensorOf(ref)), args));
        }
        const pick = (refs, arg) => refs.map((ref) => {
            const t = tensorOf(ref);
            if (!t)
                throw new RangeError(`Functional.fromConfig: ${arg} names ${JSON.stringify(ref)}, which no layer produces`);
            return t;
        });
        const structured = (tensors, keys, arg) => {
            if (keys === undefined)
                return tensors;
            if (!Array.isArray(keys) || keys.length !== tensors.length || !keys.every((k) => typeof k === 'string'))
                throw new RangeError(`Functional.fromConfig: ${arg} must list one name per tensor. Received: ${describe(keys)}`);
            return Object.fromEntries(keys.map((k, i) => [k, tensors[i]]));
        };
        const ins = pick(config.inputLayers, 'inputLayers');
        const outs = pick(config.outputLayers, 'outputLayers');
        const form = config.outputStructure;
        return new Functional({
            inputs: config.inputKeys !== undefined ? structured(ins, config.inputKeys, 'inputKeys') : ins.length === 1 ? ins[0] : ins,
            outputs: form === undefined
                ? outs.length === 1
                    ? outs[0]
                    : outs
                : form === 'list'
                    ? outs
                    : structured(outs, form.keys, 'outputStructure.keys'),
            ...(config.name !== undefined ? { name: config.name } : {}),
        });
    }
}
/**
 * The TextVectorization a model input feeds, when it is a text input (dtype 'string', or read by
 * a TextVectorization): such an input must feed that one layer only, and a TextVectorization must
 * read a model input (strings exist only where the data enters).
 */
function textEncoderOf(input, nodes) {
    const readers = nodes.filter((n) => n.inputs.includes(input));
    const vectorizer = readers.find((n) => n.layer instanceof TextVectorization);
    const stringInput = input.node.layer.stringInput;
    if (!vectorizer && !stringInput)
        return null;
    if (!vectorizer || readers.length > 1)
        throw new RangeError(`model: input "${input.node.layer.name}" holds texts, so it must feed exactly one TextVectorization layer (it vectorizes them where the data enters). Received: read by ${readers.map((n) => `${n.layer.className} "${n.layer.name}"`).join(', ') || 'nothing'}`);
    return vectorizer.layer;
}
/** The nodes the outputs depend on, inputs first, each after the nodes it reads; a dependency on an input not given is an error. */
function graphOrder(inputs, outputs) {
    const order = [];
    const state = new Map();
    const visit = (node) => {
        if (state.get(node) === 'done')
            return;
        if (state.get(node) === 'open')
            throw new RangeError(`model: the graph has a cycle through layer "${node.layer.name}"`);
        state.set(node, 'open');
        if (node.inputs.length === 0 && !inputs.includes(node.output)) {
            throw new RangeError(`model: the outputs depend on input "${node.layer.name}", which is not in "inputs". Received: inputs ${inputs.map((t) => t.node.layer.name).join(', ')}`);
        }
        for (const t of node.inputs)
            visit(t.node);
        state.set(node, 'done');
        order.push(node);
    };
    for (const t of outputs)
        visit(t.node);
    return order;
}
export function model(options) {
    return new Functional(options);
}
//# sourceMappingURL=functional.js.map