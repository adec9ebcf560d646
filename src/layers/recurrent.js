import { Rng as RngClass } from '../random/rng.js';
import { add, mul, sub } from '../ops/elementwise.js';
import { matmul } from '../ops/matmul.js';
import { reshape, slice, stack } from '../ops/layout.js';
import { dropout, lstmCell } from '../ops/nn.js';
import { ones, zeros } from '../tensor/creation.js';
import { Layer, expectRank } from './layer.js';
import { SymbolicTensor, symbolicText } from './symbolic.js';
import { describe } from '../tensor/describe.js';
import { arg, layerArgs, optional, raw } from './args.js';
import { activationFn, activationName } from './activations.js';
import { resolveRegularizer } from './regularizers.js';
import { resolveConstraint } from './constraints.js';
import { defineLayer } from './registry.js';
/** What every recurrent layer takes (Keras' names; `unroll` and `implementation` choose how Keras computes, never what). */
const RECURRENT_ARGS = {
    units: arg.positiveInt(),
    activation: optional(arg.string(), 'tanh'),
    useBias: optional(arg.boolean(), true),
    kernelInitializer: optional(arg.string(), 'glorot_uniform'),
    recurrentInitializer: optional(arg.string(), 'orthogonal'),
    biasInitializer: optional(arg.string(), 'zeros'),
    kernelRegularizer: raw(),
    recurrentRegularizer: raw(),
    biasRegularizer: raw(),
    kernelConstraint: raw(),
    recurrentConstraint: raw(),
    biasConstraint: raw(),
    /** Fraction of the inputs dropped while training (one mask per sequence, as Keras). */
    dropout: optional(arg.rate(), 0),
    /** Fraction of the recurrent state dropped while training (one mask per sequence). */
    recurrentDropout: optional(arg.rate(), 0),
    /** Seeds this layer's own dropout masks (Keras 3's seed). */
    seed: optional(arg.integer(), undefined),
    returnSequences: optional(arg.boolean(), false),
    goBackwards: optional(arg.boolean(), false),
    /** The final state as extra outputs (LSTM: h and c) of a functional call: const [out, h, c] = lstm.applyAll(x). */
    returnState: optional(arg.boolean(), false),
    // A state kept between batches and time-major inputs change what is computed: refused, not ignored.
    stateful: optional(refusedFlag('stateful', 'state carried across batches is not supported'), false),
    timeMajor: optional(refusedFlag('timeMajor', 'inputs are (batch, time, features)'), false),
    // Keras' unroll and implementation only choose how the same function is computed: the results do not depend on them.
    unroll: optional(arg.boolean(), false),
    implementation: optional(arg.oneOf(['1', '2']), '2'),
};
function refusedFlag(name, why) {
    return {
        required: true,
        read: (v, layer) => {
            if (v === false)
                return false;
            throw new RangeError(`${layer}: ${name}=${JSON.stringify(v)} is not supported: ${why}. Received: ${name}=${JSON.stringify(v)}`);
        },
    };
}
/** Keras saves implementation as a number; the schema reads both. */
const normalise = (config) => {
    if (typeof config !== 'object' || config === null)
        return config;
    const c = { ...config };
    if (typeof c.implementation === 'number')
        c.implementation = String(c.implementation);
    return c;
};
/** The shared machinery: input projection for every step at once, the time loop, dropout masks, output shape. */
class Recurrent extends Layer {
    units;
    args;
    activation;
    actFn;
    kernel = null;
    recurrentKernel = null;
    bias = null;
    ownRng;
    constructor(a, base, className) {
        super(base, className);
        this.args = a;
        this.units = a.units;
        this.activation = activationName(a.activation, className);
        this.actFn = activationFn(this.activation);
        for (const r of [a.kernelRegularizer, a.recurrentRegularizer, a.biasRegularizer])
            resolveRegularizer(r ?? null, className);
        for (const k of [a.kernelConstraint, a.recurrentConstraint, a.biasConstraint])
            resolveConstraint(k ?? null, className);
        this.ownRng = a.seed === undefined ? undefined : new RngClass(a.seed);
    }
    /** The bias's shape (GRU with resetAfter keeps two biases). */
    biasShape() {
        return [this.gates * this.units];
    }
    build(inputShape, rng) {
        expectRank(this, inputShape, 2, 'time steps, features');
        const a = this.args;
        const g = this.gates * this.units;
        const reg = (spec) => resolveRegularizer(spec ?? null, this.className);
        this.kernel = this.addWeight('kernel', [inputShape[1], g], a.kernelInitializer, rng, {
            regularizer: reg(a.kernelRegularizer),
            constraint: a.kernelConstraint ?? null,
        });
        this.recurrentKernel = this.addWeight('recurrent_kernel', [this.units, g], a.recurrentInitializer, rng, {
            regularizer: reg(a.recurrentRegularizer),
            constraint: a.recurrentConstraint ?? null,
        });
        if (a.useBias)
            this.bias = this.addWeight('bias', this.biasShape(), a.biasInitializer, rng, {
                regularizer: reg(a.biasRegularizer),
                constraint: a.biasConstraint ?? null,
            });
        this.afterBuild();
        super.build(inputShape, rng);
    }
    /** LSTM's unit forget bias sets part of the bias after it is drawn. */
    afterBuild() { }
    /** The input part of every step's pre-activation, for all steps in one product: (batch, time, gates·units). */
    inputProjection(x) {
        const [batch, steps, features] = x.shape;
        const xw = matmul(reshape(x, [batch * steps, features]), this.kernel);
        return reshape(this.inputBias(xw), [batch, steps, this.gates * this.units]);
    }
    /** Adds the input bias to the projection (GRU with resetAfter adds only its input half here). */
    inputBias(xw) {
        return this.bias ? add(xw, this.bias) : xw;
    }
    maskHandling = 'consumes';
    /** How many state tensors the layer carries (LSTM: h and c). */
    get stateCount() {
        return 1;
    }
    call(x, options) {
        this.refuseStateInSequential();
        return this.run(x, options, null, null).output;
    }
    /** Masked steps (padding) leave the state as it was, and a returned sequence repeats the last output there (Keras). */
    callMasked(x, options, mask) {
        this.refuseStateInSequential();
        return this.run(x, options, mask, null).output;
    }
    refuseStateInSequential() {
        if (this.args.returnState)
            throw new RangeError(`${this.className} "${this.name}": returnState gives several outputs (the output and the final state), so it needs a functional model: const [out, ...states] = layer.applyAll(x)`);
    }
    apply(x, options) {
        if (!(x instanceof SymbolicTensor))
            return super.apply(x, options);
        const { initialState, ...rest } = (options ?? {});
        if (Object.keys(rest).length > 0)
            throw new RangeError(`${this.className} "${this.name}": unknown call argument ${Object.keys(rest)
                .map((k) => `"${k}"`)
                .join(', ')}. Expected initialState`);
        if (initialState === undefined)
            return this.applySymbolic([x], {});
        const states = Array.isArray(initialState) ? initialState : [initialState];
        if (states.length !== this.stateCount || !states.every((t) => t instanceof SymbolicTensor))
            throw new TypeError(`${this.className} "${this.name}": initialState must be ${this.stateCount === 2 ? '[h, c]' : '[h]'}: ${this.stateCount} symbolic tensor(s) of shape (batch, ${this.units}). Received: ${describe(initialState)}`);
        return this.applySymbolic([x, ...states], { initialState: true });
    }
    symbolicOutputShapes(inputs, args) {
        const keys = Object.keys(args).filter((k) => k !== 'initialState');
        if (keys.length > 0)
            throw new RangeError(`${this.className} "${this.name}": unknown call argument ${keys.join(', ')}`);
        const expected = 1 + (args.initialState === true ? this.stateCount : 0);
        if (inputs.length !== expected)
            throw new RangeError(`${this.className} "${this.name}": takes a sequence${args.initialState ? ` and ${this.stateCount} initial state(s)` : ''}. Received: ${inputs.length} inputs (${inputs.map(symbolicText).join(', ')})`);
        for (const state of inputs.slice(1))
            if (state.shape.length !== 1 || state.shape[0] !== this.units)
                throw new RangeError(`${this.className} "${this.name}": an initial state must be (batch, ${this.units}). Received: ${symbolicText(state)}`);
        const out = super.symbolicOutputShape(inputs.slice(0, 1), {});
        return this.args.returnState ? [out, ...new Array(this.stateCount).fill([this.units])] : [out];
    }
    callNode(xs, options, masks, args) {
        const x = xs[0];
        const mask = masks[0] ?? null;
        this.checkMask(mask);
        if (!this.built)
            this.build(x.shape.slice(1), options.rng);
        this.checkInput(x);
        const { output, state } = this.run(x, options, mask, args.initialState === true ? xs.slice(1) : null);
        const outMask = this.outputMask(x, mask);
        return this.args.returnState
            ? { outputs: [output, ...state], masks: [outMask, ...state.map(() => null)] }
            : { outputs: [output], masks: [outMask] };
    }
    outputMask(_x, mask) {
        return this.args.returnSequences ? mask : null;
    }
    run(x, options, mask, initial) {
        const [batch, steps, features] = x.shape;
        const training = options.training;
        const rng = this.ownRng ?? options.rng;
        const a = this.args;
        // One mask per sequence for the inputs and one for the state (Keras' dropout and recurrent_dropout).
        const input = training && a.dropout > 0 ? mul(x, reshape(dropout(ones([batch, features]), a.dropout, { rng }), [batch, 1, features])) : x;
        const stateMask = training && a.recurrentDropout > 0 ? dropout(ones([batch, this.units]), a.recurrentDropout, { rng }) : null;
        const xw = this.inputProjection(input);
        if (initial && initial.some((t) => t.rank !== 2 || t.shape[0] !== batch || t.shape[1] !== this.units))
            throw new RangeError(`${this.className} "${this.name}": initial states must be (batch=${batch}, ${this.units}). Received: ${initial.map((t) => `[${t.shape.join(', ')}]`).join(', ')}`);
        let state = initial ? [...initial] : this.initialState(batch);
        const outputs = [];
        const g = this.gates * this.units;
        for (let i = 0; i < steps; i++) {
            const t = a.goBackwards ? steps - 1 - i : i;
            const xt = reshape(slice(xw, [0, t, 0], [batch, 1, g]), [batch, g]);
            const next = this.step(xt, state, stateMask ? mul(state[0], stateMask) : state[0]);
            if (mask) {
                // s = s_prev + m·(s_next - s_prev): the new state where the step holds data, the old one where it is padding.
                const m = slice(mask, [0, t], [batch, 1]);
                state = next.map((s, k) => add(state[k], mul(m, sub(s, state[k]))));
            }
            else
                state = next;
            if (a.returnSequences)
                outputs.push(state[0]);
        }
        return { output: a.returnSequences ? stack(outputs, 1) : state[0], state };
    }
    initialState(batch) {
        return [zeros([batch, this.units])];
    }
    /** Columns [k·units, (k+1)·units) of a (batch, gates·units) tensor: gate k. */
    gate(z, k) {
        return slice(z, [0, k * this.units], [z.shape[0], this.units]);
    }
    /** The activation, looked up in the registry once (it runs several times per step). */
    act(x) {
        return this.actFn(x);
    }
    computeOutputShape(inputShape) {
        expectRank(this, inputShape, 2, 'time steps, features');
        return this.args.returnSequences ? [inputShape[0], this.units] : [this.units];
    }
    layerConfig() {
        const a = this.args;
        return {
            units: a.units,
            activation: this.activation,
            useBias: a.useBias,
            kernelInitializer: a.kernelInitializer,
            recurrentInitializer: a.recurrentInitializer,
            biasInitializer: a.biasInitializer,
            kernelRegularizer: a.kernelRegularizer ?? null,
            recurrentRegularizer: a.recurrentRegularizer ?? null,
            biasRegularizer: a.biasRegularizer ?? null,
            kernelConstraint: a.kernelConstraint ?? null,
            recurrentConstraint: a.recurrentConstraint ?? null,
            biasConstraint: a.biasConstraint ?? null,
            dropout: a.dropout,
            recurrentDropout: a.recurrentDropout,
            ...(a.seed !== undefined ? { seed: a.seed } : {}),
            returnSequences: a.returnSequences,
            goBackwards: a.goBackwards,
            ...(a.returnState ? { returnState: true } : {}),
        };
    }
}
const SIMPLE_RNN_ARGS = layerArgs('SimpleRNN', RECURRENT_ARGS);
/** h_t = activation(x_t·W + h_{t-1}·U + b) (Keras' SimpleRNN, PyTorch's RNN with b = b_ih + b_hh). */
export class SimpleRNN extends Recurrent {
    className = 'SimpleRNN';
    gates = 1;
    constructor(config) {
        const { args, base } = SIMPLE_RNN_ARGS.read(normalise(config));
        super(args, base, 'SimpleRNN');
    }
    step(xw, _state, h) {
        return [this.act(add(xw, matmul(h, this.recurrentKernel)))];
    }
}
const GATED = { recurrentActivation: optional(arg.string(), 'sigmoid') };
/** LSTM and GRU: gates squashed by a recurrent activation (sigmoid by default). */
class Gated extends Recurrent {
    recurrentActivation;
    gateFn;
    constructor(a, base, className) {
        super(a, base, className);
        this.recurrentActivation = activationName(a.recurrentActivation, className);
        this.gateFn = activationFn(this.recurrentActivation);
    }
    /** Sigmoid gates and a tanh activation (the defaults): the cell has a fused op. */
    get defaultActivations() {
        return this.recurrentActivation === 'sigmoid' && this.activation === 'tanh';
    }
    /** The gates' activation (looked up once). */
    gateAct(x) {
        return this.gateFn(x);
    }
    layerConfig() {
        return { ...super.layerConfig(), recurrentActivation: this.recurrentActivation };
    }
}
const LSTM_ARGS = layerArgs('LSTM', { ...RECURRENT_ARGS, ...GATED, unitForgetBias: optional(arg.boolean(), true) });
/**
 * Keras' LSTM: z = x·W + h·U + b split into i, f, c̃, o; c = σ(f)·c + σ(i)·tanh(c̃); h = σ(o)·tanh(c)
 * (PyTorch's i, f, g, o with W = weight_ih_l0ᵀ, U = weight_hh_l0ᵀ, b = b_ih + b_hh).
 */
export class LSTM extends Gated {
    className = 'LSTM';
    gates = 4;
    unitForgetBias;
    constructor(config) {
        const { args, base } = LSTM_ARGS.read(normalise(config));
        super(args, base, 'LSTM');
        this.unitForgetBias = args.unitForgetBias;
    }
    afterBuild() {
        if (this.bias && this.unitForgetBias)
            this.bias.f32().fill(1, this.units, 2 * this.units);
    }
    get stateCount() {
        return 2;
    }
    initialState(batch) {
        return [zeros([batch, this.units]), zeros([batch, this.units])];
    }
    step(xw, state, h) {
        const z = add(xw, matmul(h, this.recurrentKernel));
        if (this.defaultActivations) {
            // One op for the gates, the cell and the output, forward and backward (ops/nn.ts lstmCell).
            const hc = lstmCell(z, state[1]);
            const [batch, u] = [z.shape[0], this.units];
            return [slice(hc, [0, 0], [batch, u]), slice(hc, [0, u], [batch, u])];
        }
        const c = add(mul(this.gateAct(this.gate(z, 1)), state[1]), mul(this.gateAct(this.gate(z, 0)), this.act(this.gate(z, 2))));
        return [mul(this.gateAct(this.gate(z, 3)), this.act(c)), c];
    }
    layerConfig() {
        return { ...super.layerConfig(), unitForgetBias: this.unitForgetBias };
    }
}
const GRU_ARGS = layerArgs('GRU', { ...RECURRENT_ARGS, ...GATED, resetAfter: optional(arg.boolean(), true) });
/**
 * Keras' GRU, gates z, r, h; h_t = z·h_{t-1} + (1 - z)·h̃. resetAfter (Keras 3's default, PyTorch's
 * GRU): h̃ = tanh(x·W_h + b_h + r·(h·U_h + b'_h)) with a second, recurrent bias; resetAfter false
 * (Keras 2.0): h̃ = tanh(x·W_h + (r·h)·U_h + b_h).
 */
export class GRU extends Gated {
    className = 'GRU';
    gates = 3;
    resetAfter;
    constructor(config) {
        const { args, base } = GRU_ARGS.read(normalise(config));
        super(args, base, 'GRU');
        this.resetAfter = args.resetAfter;
    }
    biasShape() {
        return this.resetAfter ? [2, 3 * this.units] : [3 * this.units];
    }
    inputBias(xw) {
        if (!this.bias)
            return xw;
        return add(xw, this.resetAfter ? reshape(slice(this.bias, [0, 0], [1, 3 * this.units]), [3 * this.units]) : this.bias);
    }
    step(xw, state, h) {
        const u = this.units;
        let candidate;
        let z;
        if (this.resetAfter) {
            let hu = matmul(h, this.recurrentKernel);
            if (this.bias)
                hu = add(hu, reshape(slice(this.bias, [1, 0], [1, 3 * u]), [3 * u]));
            z = this.gateAct(add(this.gate(xw, 0), this.gate(hu, 0)));
            const r = this.gateAct(add(this.gate(xw, 1), this.gate(hu, 1)));
            candidate = this.act(add(this.gate(xw, 2), mul(r, this.gate(hu, 2))));
        }
        else {
            const uzr = slice(this.recurrentKernel, [0, 0], [u, 2 * u]);
            const hzr = matmul(h, uzr);
            z = this.gateAct(add(this.gate(xw, 0), this.gate(hzr, 0)));
            const r = this.gateAct(add(this.gate(xw, 1), this.gate(hzr, 1)));
            candidate = this.act(add(this.gate(xw, 2), matmul(mul(r, h), slice(this.recurrentKernel, [0, 2 * u], [u, u]))));
        }
        // h = z·h_prev + (1 - z)·h̃, written as h̃ + z·(h_prev - h̃); h_prev without the recurrent dropout mask (Keras).
        return [add(candidate, mul(z, sub(state[0], candidate)))];
    }
    layerConfig() {
        return { ...super.layerConfig(), resetAfter: this.resetAfter };
    }
}
defineLayer('SimpleRNN', SimpleRNN);
defineLayer('LSTM', LSTM);
defineLayer('GRU', GRU);
export const recurrentLayers = {
    simpleRnn: (config) => new SimpleRNN(config),
    lstm: (config) => new LSTM(config),
    gru: (config) => new GRU(config),
};
//# sourceMappingURL=recurrent.js.map