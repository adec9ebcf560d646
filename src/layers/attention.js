import { Tensor as TensorClass } from '../tensor/tensor.js';
import { Rng as RngClass } from '../random/rng.js';
import { add, mul } from '../ops/elementwise.js';
import { matmul } from '../ops/matmul.js';
import { reshape, transpose } from '../ops/layout.js';
import { dropout, softmax } from '../ops/nn.js';
import { MultiInputLayer } from './multi-input.js';
import { arg, layerArgs, optional } from './args.js';
import { resolveRegularizer } from './regularizers.js';
import { resolveConstraint } from './constraints.js';
import { WEIGHT_ARGS, weightConfig } from './core.js';
import { defineLayer } from './registry.js';
import { symbolicText, SymbolicTensor } from './symbolic.js';
const MHA_ARGS = layerArgs('MultiHeadAttention', {
    numHeads: arg.positiveInt(),
    keyDim: arg.positiveInt(),
    /** Per-head size of the value projection (Keras: keyDim when not given). */
    valueDim: optional(arg.positiveInt(), undefined),
    dropout: optional(arg.rate(), 0),
    useBias: optional(arg.boolean(), true),
    /** Width of the output (Keras: the query's last axis when not given). */
    outputShape: optional({
        required: true,
        read: (v, layer, name) => {
            const n = Array.isArray(v) && v.length === 1 ? v[0] : v;
            if (Number.isInteger(n) && n > 0)
                return n;
            throw new RangeError(`${layer}: argument "${name}" must be a positive integer (the output width). Received: ${JSON.stringify(v)}`);
        },
    }, undefined),
    /** Only Keras' default: attention over the sequence axis (the one between batch and features). */
    attentionAxes: optional({
        required: true,
        read: (v, layer, name) => {
            if (v === null)
                return null;
            throw new RangeError(`${layer}: argument "${name}" other than null (attention over the sequence axis) is not supported. Received: ${JSON.stringify(v)}`);
        },
    }, null),
    ...WEIGHT_ARGS,
    /** Seeds this layer's own attention-dropout masks (Keras 3's seed). */
    seed: optional(arg.integer(), undefined),
});
/** The additive mask Keras' masked softmax uses: 0 where attention is allowed, -1e9 where it is not. */
const LARGE_NEGATIVE = -1e9;
export class MultiHeadAttention extends MultiInputLayer {
    className = 'MultiHeadAttention';
    numHeads;
    keyDim;
    valueDim;
    rate;
    useBias;
    args;
    ownRng;
    outputWidth = 0;
    queryKernel = null;
    keyKernel = null;
    valueKernel = null;
    outputKernel = null;
    biases = {
        query: null,
        key: null,
        value: null,
        output: null,
    };
    constructor(config) {
        const { args, base } = MHA_ARGS.read(config);
        super(base, 'MultiHeadAttention');
        this.args = args;
        this.numHeads = args.numHeads;
        this.keyDim = args.keyDim;
        this.valueDim = args.valueDim ?? args.keyDim;
        this.rate = args.dropout;
        this.useBias = args.useBias;
        for (const r of [args.kernelRegularizer, args.biasRegularizer])
            resolveRegularizer(r ?? null, 'MultiHeadAttention');
        for (const k of [args.kernelConstraint, args.biasConstraint])
            resolveConstraint(k ?? null, 'MultiHeadAttention');
        this.ownRng = args.seed === undefined ? undefined : new RngClass(args.seed);
    }
    apply(x, options) {
        if (!Array.isArray(x)) {
            throw new TypeError(`MultiHeadAttention "${this.name}": takes [query, value] or [query, value, key] (self-attention: [x, x]) in a functional model. Received: ${x instanceof SymbolicTensor ? symbolicText(x) : 'one tensor'}`);
        }
        const { attentionMask, ...rest } = (options ?? {});
        const unknown = Object.keys(rest).filter((k) => k !== 'useCausalMask');
        if (unknown.length > 0)
            throw new RangeError(`MultiHeadAttention "${this.name}": unknown call argument ${unknown.map((k) => `"${k}"`).join(', ')}. Expected useCausalMask, attentionMask${unknown.includes('returnAttentionScores') ? ' (returnAttentionScores is not supported: Candor layers have one output)' : ''}`);
        if (rest.useCausalMask !== undefined && typeof rest.useCausalMask !== 'boolean')
            throw new TypeError(`MultiHeadAttention "${this.name}": useCausalMask must be a boolean. Received: ${JSON.stringify(rest.useCausalMask)}`);
        if (attentionMask !== undefined && !(attentionMask instanceof SymbolicTensor))
            throw new TypeError(`MultiHeadAttention "${this.name}": attentionMask must be a symbolic tensor (batch, Tq, Tv)`);
        const inputs = attentionMask ? [...x, attentionMask] : x;
        return this.applySymbolic(inputs, {
            ...(rest.useCausalMask ? { useCausalMask: true } : {}),
            ...(attentionMask ? { attentionMask: true } : {}),
        });
    }
    /** Splits a node's inputs into their roles. */
    roles(xs, args) {
        const withMask = args.attentionMask === true;
        const n = xs.length - (withMask ? 1 : 0);
        if (n < 2 || n > 3)
            throw new RangeError(`MultiHeadAttention "${this.name}": takes [query, value] or [query, value, key]. Received: ${n} inputs`);
        return { query: xs[0], value: xs[1], key: xs[n === 3 ? 2 : 1], mask: withMask ? xs[n] : null };
    }
    symbolicOutputShape(inputs, args) {
        const { query, value, key, mask } = this.roles(inputs, args);
        for (const [role, t] of [
            ['query', query],
            ['value', value],
            ['key', key],
        ]) {
            if (t.shape.length !== 2)
                throw new RangeError(`MultiHeadAttention "${this.name}": ${role} must be (batch, steps, features). Received: ${symbolicText(t)}`);
        }
        if (key.shape[0] !== value.shape[0] && key.shape[0] !== -1 && value.shape[0] !== -1)
            throw new RangeError(`MultiHeadAttention "${this.name}": key and value must have the same number of steps. Received: key ${symbolicText(key)}, value ${symbolicText(value)}`);
        if (mask &&
            (mask.shape.length !== 2 ||
                (mask.shape[0] !== query.shape[0] && mask.shape[0] !== -1) ||
                (mask.shape[1] !== value.shape[0] && mask.shape[1] !== -1)))
            throw new RangeError(`MultiHeadAttention "${this.name}": attentionMask must be (batch, Tq=${query.shape[0]}, Tv=${value.shape[0]}). Received: ${symbolicText(mask)}`);
        return [query.shape[0], this.args.outputShape ?? query.shape[1]];
    }
    buildInputs(shapes, rng, args) {
        const { query, value, key } = this.roles(shapes, args);
        const [dq, dk, dv] = [query[1], key[1], value[1]];
        this.outputWidth = this.args.outputShape ?? dq;
        const h = this.numHeads;
        const weight = (name, shape, bias) => this.addWeight(name, shape, bias ? this.args.biasInitializer : this.args.kernelInitializer, rng, {
            regularizer: resolveRegularizer((bias ? this.args.biasRegularizer : this.args.kernelRegularizer) ?? null, this.className),
            constraint: (bias ? this.args.biasConstraint : this.args.kernelConstraint) ?? null,
        });
        // Keras' order and layouts (EinsumDense): query, key, value kernels (input, heads, dim), then the output (heads, dim, output).
        this.queryKernel = weight('query/kernel', [dq, h, this.keyDim], false);
        if (this.useBias)
            this.biases.query = weight('query/bias', [h, this.keyDim], true);
        this.keyKernel = weight('key/kernel', [dk, h, this.keyDim], false);
        if (this.useBias)
            this.biases.key = weight('key/bias', [h, this.keyDim], true);
        this.valueKernel = weight('value/kernel', [dv, h, this.valueDim], false);
        if (this.useBias)
            this.biases.value = weight('value/bias', [h, this.valueDim], true);
        this.outputKernel = weight('attention_output/kernel', [h, this.valueDim, this.outputWidth], false);
        if (this.useBias)
            this.biases.output = weight('attention_output/bias', [this.outputWidth], true);
        super.build(query, rng);
    }
    /** (batch, steps, features) projected to (batch, heads, steps, dim). */
    project(x, kernel, bias, dim) {
        const [batch, steps, features] = x.shape;
        let p = matmul(reshape(x, [batch * steps, features]), reshape(kernel, [features, this.numHeads * dim]));
        if (bias)
            p = add(p, reshape(bias, [this.numHeads * dim]));
        return transpose(reshape(p, [batch, steps, this.numHeads, dim]), [0, 2, 1, 3]);
    }
    /**
     * The allowed (query step, value step) pairs as Keras 3 combines them: the query's and the
     * value's padding masks, the causal mask and the explicit attention mask, all and-ed; null when
     * every pair is allowed.
     */
    allowed(batch, tq, tv, masks, causal) {
        if (!masks.query && !masks.value && !masks.key && !masks.explicit && !causal)
            return null;
        const out = new Float32Array(batch * tq * tv).fill(1);
        for (let b = 0; b < batch; b++)
            for (let i = 0; i < tq; i++)
                for (let j = 0; j < tv; j++) {
                    const at = (b * tq + i) * tv + j;
                    if (masks.query && masks.query.data[b * tq + i] === 0)
                        out[at] = 0;
                    if (masks.value && masks.value.data[b * tv + j] === 0)
                        out[at] = 0;
                    if (masks.key && masks.key.data[b * tv + j] === 0)
                        out[at] = 0;
                    if (masks.explicit && masks.explicit.data[at] === 0)
                        out[at] = 0;
                    if (causal && j > i)
                        out[at] = 0;
                }
        return out;
    }
    applyInputs(xs, options, masks, args) {
        const { query, value, key, mask } = this.roles(xs, args);
        const inputMasks = this.roles(masks.length === xs.length ? masks : xs.map(() => null), args);
        if (!this.built)
            this.buildInputs(xs.map((x) => x.shape.slice(1)), options.rng, args);
        const [batch, tq] = query.shape;
        const tv = value.shape[1];
        if (key.shape[1] !== tv)
            throw new RangeError(`MultiHeadAttention "${this.name}": key and value must have the same number of steps. Received: ${key.shape[1]} and ${tv}`);
        // Keras scales the query before the product: softmax((Q / sqrt(d)) Kᵀ).
        const q = mul(this.project(query, this.queryKernel, this.biases.query, this.keyDim), 1 / Math.sqrt(this.keyDim));
        const k = this.project(key, this.keyKernel, this.biases.key, this.keyDim);
        const v = this.project(value, this.valueKernel, this.biases.value, this.valueDim);
        let scores = matmul(q, k, { transposeB: true }); // (batch, heads, Tq, Tv)
        const allowed = this.allowed(batch, tq, tv, {
            query: inputMasks.query,
            value: inputMasks.value,
            key: xs.length - (args.attentionMask ? 1 : 0) === 3 ? inputMasks.key : null,
            explicit: mask,
        }, args.useCausalMask === true);
        if (allowed) {
            const adder = allowed.map((a) => (a === 0 ? LARGE_NEGATIVE : 0));
            scores = add(scores, new TensorClass(adder, [batch, 1, tq, tv], 'float32'));
        }
        let weights = softmax(scores, -1);
        if (options.training && this.rate > 0)
            weights = dropout(weights, this.rate, { rng: this.ownRng ?? options.rng });
        const attended = transpose(matmul(weights, v), [0, 2, 1, 3]); // (batch, Tq, heads, valueDim)
        let out = matmul(reshape(attended, [batch * tq, this.numHeads * this.valueDim]), reshape(this.outputKernel, [this.numHeads * this.valueDim, this.outputWidth]));
        if (this.biases.output)
            out = add(out, this.biases.output);
        return reshape(out, [batch, tq, this.outputWidth]);
    }
    /** The output keeps the query's padding mask (Keras). */
    inputsMask(masks, args) {
        return this.roles(masks, args).query;
    }
    maskHandling = 'consumes';
    call() {
        throw new TypeError(`MultiHeadAttention "${this.name}": takes [query, value] in a functional model (mha.apply([q, v]))`);
    }
    computeOutputShape(inputShape) {
        return [inputShape[0], this.outputWidth || inputShape[1]];
    }
    layerConfig() {
        const a = this.args;
        return {
            numHeads: this.numHeads,
            keyDim: this.keyDim,
            valueDim: this.valueDim,
            dropout: this.rate,
            useBias: this.useBias,
            ...(a.outputShape !== undefined ? { outputShape: a.outputShape } : {}),
            attentionAxes: null,
            ...weightConfig(a),
            ...(a.seed !== undefined ? { seed: a.seed } : {}),
        };
    }
}
defineLayer('MultiHeadAttention', MultiHeadAttention);
export const attentionLayers = {
    multiHeadAttention: (config) => new MultiHeadAttention(config),
};
//# sourceMappingURL=attention.js.map