/** The Layer contract (build, call, computeOutputShape, getConfig) and what every layer shares. */
import { Tensor, Variable } from '../tensor/tensor.js';
import { formatShape, sizeOf } from '../tensor/shape.js';
import { checkAllocation } from '../tensor/limits.js';
import { initialize } from './initializers.js';
import { penalty, resolveRegularizer } from './regularizers.js';
import { applyConstraint, resolveConstraint } from './constraints.js';
import { add, div } from '../ops/elementwise.js';
import { SymbolicTensor, symbolicText } from './symbolic.js';
import { describe } from '../tensor/describe.js';
/** The config every layer accepts besides its own arguments. */
export const BASE_KEYS = ['name', 'inputShape', 'batchInputShape', 'trainable', 'dtype'];
/** The dtype a config names (a string or Keras 3's DTypePolicy object). */
function dtypeName(dtype) {
    return typeof dtype === 'object' && dtype !== null
        ? (dtype.config?.name ?? dtype.name)
        : dtype;
}
const counters = new Map();
function uniqueName(base) {
    const n = counters.get(base) ?? 0;
    counters.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
}
/** snake_case of a class name, Keras-style: 'Conv2D' -> 'conv2d', 'MaxPooling1D' -> 'max_pooling1d'. */
function snakeName(className) {
    return className.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}
/**
 * The contract every layer keeps (Keras 3): build(inputShape) creates weights,
 * call(x, options) computes, computeOutputShape(inputShape) predicts the output shape,
 * getConfig() returns what fromConfig needs. Shapes here exclude the batch axis.
 */
export class Layer {
    name;
    trainable;
    declaredInputShape;
    built = false;
    builtInputShape = [];
    variables = [];
    regularized = [];
    constrained = [];
    activityRegularizer;
    activitySpec;
    constructor(config, defaultName) {
        if (config.name !== undefined && (typeof config.name !== 'string' || config.name === '')) {
            throw new TypeError(`${defaultName}: argument "name" must be a non-empty string. Received: name=${JSON.stringify(config.name)}`);
        }
        this.name = config.name ?? uniqueName(snakeName(defaultName));
        if (config.trainable !== undefined && typeof config.trainable !== 'boolean') {
            throw new TypeError(`${defaultName}: argument "trainable" must be a boolean. Received: trainable=${JSON.stringify(config.trainable)}`);
        }
        this.trainable = config.trainable ?? true;
        const dtype = dtypeName(config.dtype);
        if (config.dtype !== undefined && config.dtype !== null && dtype !== 'float32') {
            throw new RangeError(`${defaultName}: dtype ${JSON.stringify(dtype)} is not supported: Candor computes in float32 only. Received: dtype=${JSON.stringify(config.dtype)}`);
        }
        this.activitySpec = config.activityRegularizer ?? null;
        this.activityRegularizer = resolveRegularizer(this.activitySpec, defaultName);
        const shape = config.inputShape ?? config.batchInputShape?.slice(1);
        if (shape !== undefined) {
            if (!Array.isArray(shape) || !shape.every((d) => d === null || (Number.isInteger(d) && d > 0))) {
                throw new RangeError(`${defaultName}: argument "inputShape" must be an array of positive integers (one sample, no batch axis). Received: inputShape=${JSON.stringify(shape)}`);
            }
            this.declaredInputShape = shape.map((d) => (d === null ? -1 : d));
        }
    }
    /** Creates the layer's weights for inputs of this shape (one sample, no batch axis). */
    build(inputShape, _rng) {
        this.builtInputShape = [...inputShape];
        this.built = true;
    }
    getConfig() {
        return {
            name: this.name,
            trainable: this.trainable,
            ...(this.declaredInputShape ? { inputShape: this.declaredInputShape.map((d) => (d === -1 ? null : d)) } : {}),
            ...(this.activitySpec ? { activityRegularizer: this.activitySpec } : {}),
            ...this.layerConfig(),
        };
    }
    /** The calls of this layer on symbolic inputs, in order (Keras' inbound nodes). */
    inboundNodes = [];
    /** The symbolic output of this layer's only call (Keras' layer.output), e.g. for a feature-extraction model. */
    get output() {
        return this.onlyNode('output').output;
    }
    /** The symbolic input of this layer's only call (Keras' layer.input); a merge layer's first input. */
    get input() {
        const node = this.onlyNode('input');
        return node.inputs[0] ?? node.output;
    }
    onlyNode(what) {
        const [node, ...more] = this.inboundNodes;
        if (!node)
            throw new RangeError(`${this.className} "${this.name}": has no ${what} yet; it is set when the layer is applied to a symbolic tensor`);
        if (more.length > 0)
            throw new RangeError(`${this.className} "${this.name}": is called ${this.inboundNodes.length} times (a shared layer), so it has no single ${what}. Use the tensor each apply() returned`);
        return node;
    }
    apply(x, options) {
        if (x instanceof SymbolicTensor || Array.isArray(x))
            return this.applySymbolic(x instanceof SymbolicTensor ? [x] : x, (options ?? {}));
        const t = x;
        if (!options)
            throw new TypeError(`${this.className} "${this.name}": apply(x, { training, rng }) needs its call options when x is a tensor`);
        const call = options;
        if (!this.built)
            this.build(t.shape.slice(1), call.rng);
        this.checkInput(t);
        return this.call(t, call);
    }
    /**
     * Masks (Keras' masking: Embedding maskZero, Masking): a (batch, time) 0/1 tensor of the steps
     * that hold data. A layer either passes a mask on unchanged (it works per step), consumes it
     * (recurrent layers, 1-D average pooling), or refuses it: nothing ignores a mask silently.
     */
    maskHandling = 'refuses';
    /** apply() with the mask of the previous layer's output (null: none); returns this layer's output. */
    applyMasked(x, options, mask) {
        this.checkMask(mask);
        if (mask && this.maskHandling === 'consumes') {
            if (!this.built)
                this.build(x.shape.slice(1), options.rng);
            this.checkInput(x);
            return this.callMasked(x, options, mask);
        }
        return this.apply(x, options);
    }
    /** Throws when a mask reaches a layer that neither passes nor reads it. */
    checkMask(mask) {
        if (mask && this.maskHandling === 'refuses') {
            throw new RangeError(`${this.className} "${this.name}": does not support masking, and its input carries a mask (from Embedding maskZero or Masking). Use a layer that reads masks (LSTM, GRU, SimpleRNN, Bidirectional, GlobalAveragePooling1D) before it, or leave maskZero unset`);
        }
    }
    /** The call of a layer that consumes masks. */
    callMasked(x, options, _mask) {
        return this.call(x, options);
    }
    /** The mask of this layer's output, given its input and the input's mask. */
    outputMask(_x, mask) {
        return this.maskHandling === 'passes' ? mask : null;
    }
    /** The output shape of one symbolic call; layers of several inputs (merge, attention) override this. */
    symbolicOutputShape(inputs, args) {
        this.refuseArgs(args);
        if (inputs.length !== 1) {
            throw new TypeError(`${this.className} "${this.name}": takes one input. Received: ${inputs.length} inputs (${inputs.map(symbolicText).join(', ')})`);
        }
        if (this.built) {
            const expected = this.builtInputShape;
            const sample = inputs[0].shape;
            const fits = sample.length === expected.length && sample.every((d, i) => expected[i] === -1 || d === expected[i]);
            if (!fits)
                throw new RangeError(`${this.className} "${this.name}": was built for inputs (batch, ${expected.join(', ')}). Received: ${symbolicText(inputs[0])}`);
        }
        return this.computeOutputShape(inputs[0].shape);
    }
    /** Records a call exactly as a saved graph describes it (its inputs and call arguments; Functional.fromConfig); returns every output. */
    replay(inputs, args) {
        this.applySymbolic(inputs, args);
        return this.inboundNodes[this.inboundNodes.length - 1].outputs;
    }
    /**
     * apply() returning every output of the call: a recurrent layer with returnState gives
     * [output, ...final states] (Keras' `output, h, c = lstm(x)`); other layers give [output].
     */
    applyAll(x, args) {
        this.apply(x, args);
        return this.inboundNodes[this.inboundNodes.length - 1].outputs;
    }
    /** Layers without call arguments refuse any (an argument is implemented or refused, never dropped). */
    refuseArgs(args) {
        const keys = Object.keys(args);
        if (keys.length > 0)
            throw new RangeError(`${this.className} "${this.name}": apply takes no call arguments. Received: ${keys.join(', ')}`);
    }
    /** Records one call on symbolic inputs; `symbolicInputs` lets a layer turn call arguments into inputs (an attention mask). */
    applySymbolic(inputs, args) {
        if (inputs.length === 0 || !inputs.every((t) => t instanceof SymbolicTensor)) {
            throw new TypeError(`${this.className} "${this.name}": apply expects a symbolic tensor from candor.input() or another layer's apply, or a list of them. Received: ${describe(inputs)}`);
        }
        const outputs = this.symbolicOutputShapes(inputs, args).map((shape, i) => new SymbolicTensor(shape, i));
        const node = {
            layer: this,
            inputs: [...inputs],
            output: outputs[0],
            outputs,
            index: this.inboundNodes.length,
            ...(Object.keys(args).length > 0 ? { args: { ...args } } : {}),
        };
        for (const t of outputs)
            t.node = node;
        this.inboundNodes.push(node);
        return outputs[0];
    }
    /** Every output of one symbolic call (a layer has one, a recurrent layer with returnState its states too). */
    symbolicOutputShapes(inputs, args) {
        return [this.symbolicOutputShape(inputs, args)];
    }
    /** Builds for one call in a functional model: its inputs' sample shapes and its call arguments. */
    buildNode(shapes, rng, _args) {
        this.build(shapes[0], rng);
    }
    /**
     * One call in a functional model's forward pass: its input batches and their masks in, each
     * output with its mask out. A layer of one input applies itself (with the mask); layers of
     * several inputs or outputs override this.
     */
    callNode(xs, options, masks, _args) {
        const x = xs[0];
        const mask = masks[0] ?? null;
        return { outputs: [this.applyMasked(x, options, mask)], masks: [this.outputMask(x, mask)] };
    }
    /** Throws unless x (with its batch axis) fits the sample shape this layer was built for. */
    checkInput(x) {
        const sample = x.shape.slice(1);
        const expected = this.builtInputShape;
        const fits = sample.length === expected.length && sample.every((d, i) => expected[i] === -1 || d === expected[i]);
        if (!fits) {
            throw new RangeError(`${this.className} "${this.name}": input shape does not match the shape it was built for. Expected: (batch, ${expected.map((d) => (d === -1 ? 'None' : d)).join(', ')}). Received: x.shape=${formatShape(x.shape)}`);
        }
    }
    /**
     * The layers whose output this layer's output is, for reading an output head's width and
     * activation (a nested model answers with its own layers); a plain layer is its own chain.
     */
    outputChain() {
        return [this];
    }
    /** Layers this one is made of (Bidirectional's two directions, TimeDistributed's layer): their weights are this layer's. */
    sublayers() {
        return [];
    }
    /** All weights, trainable first (Keras order within a layer: kernel, bias, …), then the sublayers'. */
    get weights() {
        return [...this.variables, ...this.sublayers().flatMap((l) => l.weights)];
    }
    get trainableWeights() {
        return this.trainable ? [...this.variables.filter((v) => v.trainable), ...this.sublayers().flatMap((l) => l.trainableWeights)] : [];
    }
    get nonTrainableWeights() {
        return this.weights.filter((v) => !v.trainable || !this.trainable);
    }
    /** Copies of this layer's weights, in the order of `weights` (Keras' get_weights). */
    getWeights() {
        return this.weights.map((v) => new Tensor(v.f32().slice(), v.shape, 'float32'));
    }
    /** Sets this layer's weights, in the order of `weights`; shapes must match one by one (Keras' set_weights). */
    setWeights(values) {
        const vars = this.weights;
        if (!Array.isArray(values) || values.length !== vars.length)
            throw new RangeError(`${this.className} "${this.name}": setWeights needs ${vars.length} tensors (the layer must be built). Received: ${Array.isArray(values) ? values.length : describe(values)}`);
        values.forEach((w, i) => {
            if (!(w instanceof Tensor) || w.shape.join() !== vars[i].shape.join())
                throw new RangeError(`${this.className} "${this.name}": weight ${i} ("${vars[i].name}") has shape [${vars[i].shape}]. Received: ${w instanceof Tensor ? `[${w.shape}]` : describe(w)}`);
        });
        vars.forEach((v, i) => v.assign(values[i]));
    }
    countParams() {
        return this.weights.reduce((n, v) => n + v.size, 0);
    }
    /** Sum of the weight penalties of this layer and its sublayers, or null. */
    regularizationLoss() {
        let total = null;
        for (const [v, config] of this.regularized) {
            const p = penalty(config, v);
            if (p)
                total = total ? add(total, p) : p;
        }
        for (const layer of this.sublayers()) {
            const p = layer.regularizationLoss();
            if (p)
                total = total ? add(total, p) : p;
        }
        return total;
    }
    /** The activity penalty of one output batch, divided by the batch size (tf.keras 2's rule; Keras 3 does not divide). */
    activityPenalty(output) {
        const p = this.activityRegularizer && penalty(this.activityRegularizer, output);
        return p ? div(p, Math.max(output.shape[0] ?? 1, 1)) : null;
    }
    /** Projects constrained weights back onto their constraint (after each optimizer update, as Keras). */
    applyConstraints() {
        for (const [v, config] of this.constrained)
            applyConstraint(config, v);
        for (const layer of this.sublayers())
            layer.applyConstraints();
    }
    /** Forgets the weights so that the next build creates them again (re-initialisation from another seed). */
    resetBuild() {
        for (const layer of this.sublayers())
            layer.resetBuild();
        this.variables.length = 0;
        this.regularized.length = 0;
        this.constrained.length = 0;
        this.built = false;
    }
    addWeight(name, shape, initializer, rng, options = {}) {
        // An unknown (null) or negative input dimension would size a weight with garbage: say which.
        if (!shape.every((d) => Number.isInteger(d) && d >= 0)) {
            throw new RangeError(`${this.className} "${this.name}": weight "${name}" would have shape [${shape.join(', ')}]. Expected known, non-negative sizes: the input dimensions it depends on must be given (e.g. inputShape: [4], not [null])`);
        }
        checkAllocation(sizeOf(shape), 4, `${this.className} "${this.name}": weight "${name}" of shape [${shape.join(', ')}]`);
        const v = new Variable(initialize(initializer, shape, rng, `${this.className} "${this.name}"`), {
            name: `${this.name}/${name}`,
            trainable: options.trainable ?? true,
        });
        this.variables.push(v);
        if (options.regularizer)
            this.regularized.push([v, options.regularizer]);
        const constraint = resolveConstraint(options.constraint, `${this.className} "${this.name}"`);
        if (constraint)
            this.constrained.push([v, constraint]);
        return v;
    }
}
/** Throws unless the sample shape has the rank a layer needs. */
export function expectRank(layer, inputShape, rank, meaning) {
    if (inputShape.length !== rank) {
        throw new RangeError(`${layer.className} "${layer.name}": expected inputs of shape (batch, ${meaning}), rank ${rank + 1}. Received: input shape (batch, ${inputShape.join(', ')}), rank ${inputShape.length + 1}`);
    }
}
//# sourceMappingURL=layer.js.map