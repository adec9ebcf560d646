import { sizeOf } from '../tensor/shape.js';
import { Rng as RngClass } from '../random/rng.js';
import { abs, greater, mul, sub } from '../ops/elementwise.js';
import { max } from '../ops/reduce.js';
import { ones } from '../tensor/creation.js';
import { matmul } from '../ops/matmul.js';
import { expandDims, reshape } from '../ops/layout.js';
import { biasActivation, dropout } from '../ops/nn.js';
import { activationFn, activationName } from './activations.js';
import { Layer } from './layer.js';
import { arg, channelsLastArg, layerArgs, optional, raw } from './args.js';
import { resolveRegularizer } from './regularizers.js';
import { resolveConstraint } from './constraints.js';
import { defineLayer } from './registry.js';
/**
 * A layer whose output is activation(preActivation(x)). The model uses this split to feed
 * logits to a fused, numerically stable cross-entropy when the activation is softmax or sigmoid.
 */
export class ActivatedLayer extends Layer {
    fn = null;
    /** The activation function, looked up in the registry once. */
    activate(x) {
        this.fn ??= activationFn(this.activation);
        return this.fn(x);
    }
    call(x, options) {
        return this.activate(this.callPreActivation(x, options));
    }
}
/** How a layer's kernels and biases start and are held: initializers, regularizers, constraints (Dense, the convolutions, attention). */
export const WEIGHT_ARGS = {
    kernelInitializer: optional(arg.string(), 'glorot_uniform'),
    biasInitializer: optional(arg.string(), 'zeros'),
    kernelRegularizer: raw(),
    biasRegularizer: raw(),
    kernelConstraint: raw(),
    biasConstraint: raw(),
};
/** WEIGHT_ARGS as a config records them (constraints only when set). */
export function weightConfig(a) {
    return {
        kernelInitializer: a.kernelInitializer,
        biasInitializer: a.biasInitializer,
        kernelRegularizer: a.kernelRegularizer ?? null,
        biasRegularizer: a.biasRegularizer ?? null,
        ...(a.kernelConstraint ? { kernelConstraint: a.kernelConstraint } : {}),
        ...(a.biasConstraint ? { biasConstraint: a.biasConstraint } : {}),
    };
}
/** What every layer with a kernel, an optional bias and an activation accepts. */
export const KERNEL_ARGS = {
    activation: optional(arg.string(), null),
    useBias: optional(arg.boolean(), true),
    ...WEIGHT_ARGS,
};
/** Base keys kernel layers take besides the common ones. */
export const KERNEL_BASE = ['activityRegularizer'];
/** Dense and the convolutions: activation(op(x, kernel) + bias). */
export class KernelLayer extends ActivatedLayer {
    activation;
    useBias;
    kernelInitializer;
    biasInitializer;
    kernelRegularizer;
    biasRegularizer;
    kernelConstraint;
    biasConstraint;
    kernel = null;
    bias = null;
    constructor(a, base, className) {
        super(base, className);
        this.activation = activationName(a.activation, className);
        this.useBias = a.useBias;
        this.kernelInitializer = a.kernelInitializer;
        this.biasInitializer = a.biasInitializer;
        this.kernelRegularizer = a.kernelRegularizer ?? null;
        this.biasRegularizer = a.biasRegularizer ?? null;
        resolveRegularizer(this.kernelRegularizer, className);
        resolveRegularizer(this.biasRegularizer, className);
        this.kernelConstraint = a.kernelConstraint ?? null;
        this.biasConstraint = a.biasConstraint ?? null;
        resolveConstraint(this.kernelConstraint, className);
        resolveConstraint(this.biasConstraint, className);
    }
    /** Creates the kernel and (if used) a bias with one entry per output unit. */
    buildKernel(kernelShape, rng) {
        this.kernel = this.addWeight('kernel', kernelShape, this.kernelInitializer, rng, {
            regularizer: resolveRegularizer(this.kernelRegularizer, this.className),
            constraint: this.kernelConstraint,
        });
        if (this.useBias) {
            this.bias = this.addWeight('bias', [kernelShape[kernelShape.length - 1]], this.biasInitializer, rng, {
                regularizer: resolveRegularizer(this.biasRegularizer, this.className),
                constraint: this.biasConstraint,
            });
        }
    }
    callPreActivation(x, options) {
        const z = this.callKernel(x, options);
        // The fused op adds the bias as add() does, and its backward pass gives the bias gradient in the same pass.
        return this.bias ? biasActivation(z, this.bias, 'linear') : z;
    }
    /** relu and linear layers with a bias add it and activate in one fused op. */
    call(x, options) {
        if (this.bias && (this.activation === 'relu' || this.activation === 'linear'))
            return this.callFused(x, options, this.bias, this.activation);
        return super.call(x, options);
    }
    /** activation(product + bias) in as few passes as the op allows; convolutions fuse it into the kernel. */
    callFused(x, options, bias, activation) {
        return biasActivation(this.callKernel(x, options), bias, activation);
    }
    kernelConfig() {
        return {
            activation: this.activation,
            useBias: this.useBias,
            ...weightConfig({
                kernelInitializer: this.kernelInitializer,
                biasInitializer: this.biasInitializer,
                kernelRegularizer: this.kernelRegularizer,
                biasRegularizer: this.biasRegularizer,
                kernelConstraint: this.kernelConstraint,
                biasConstraint: this.biasConstraint,
            }),
        };
    }
}
const INPUT_ARGS = layerArgs('InputLayer', {
    shape: optional(arg.shape(), undefined),
    batchShape: optional(arg.shape(), undefined),
    // Candor's tensors are dense: Keras' sparse and ragged inputs are refused (false is accepted).
    sparse: optional({
        required: true,
        read: (v, layer, name) => (v ? refuse(layer, name, "sparse inputs are not supported; Candor's tensors are dense", v) : false),
    }, false),
    ragged: optional({
        required: true,
        read: (v, layer, name) => (v ? refuse(layer, name, "ragged inputs are not supported; Candor's tensors are dense", v) : false),
    }, false),
});
function refuse(layer, name, why, value) {
    throw new RangeError(`${layer}: ${why}. Received: ${name}=${JSON.stringify(value)}`);
}
/** Declares the shape of one sample; computes nothing. */
export class InputLayer extends Layer {
    className = 'InputLayer';
    /** dtype 'string': raw texts, which must feed a TextVectorization layer (it vectorizes them where the data enters). */
    stringInput;
    constructor(config = {}) {
        const { args: a, base } = INPUT_ARGS.read(config);
        // Integer inputs (token ids) are read as float32, exact up to 2^24: Keras' 'int32' declares nothing more.
        const stringInput = base.dtype === 'string';
        if (base.dtype === 'int32' || base.dtype === 'int64' || stringInput)
            delete base.dtype;
        super({ ...base, inputShape: a.shape ?? base.inputShape ?? a.batchShape?.slice(1) ?? base.batchInputShape?.slice(1) }, 'InputLayer');
        this.stringInput = stringInput;
    }
    /** A string input's batch is the vectorized text (checked by its TextVectorization layer). */
    checkInput(x) {
        if (!this.stringInput)
            super.checkInput(x);
    }
    call(x) {
        return x;
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return this.stringInput ? { dtype: 'string' } : {};
    }
}
const DENSE_ARGS = layerArgs('Dense', {
    units: arg.positiveInt(),
    /** Keras 2 shorthand for inputShape: [inputDim]. */ inputDim: optional(arg.positiveInt(), undefined),
    ...KERNEL_ARGS,
}, {
    legacy: {
        output_dim: 'units',
        init: 'kernelInitializer',
        W_regularizer: 'kernelRegularizer',
        b_regularizer: 'biasRegularizer',
        bias: 'useBias',
    },
    base: KERNEL_BASE,
});
/** y = activation(x · kernel + bias), applied to the last axis. */
export class Dense extends KernelLayer {
    className = 'Dense';
    maskHandling = 'passes';
    units;
    constructor(config) {
        const { args: a, base } = DENSE_ARGS.read(config);
        super(a, a.inputDim !== undefined ? { ...base, inputShape: [a.inputDim] } : base, 'Dense');
        this.units = a.units;
    }
    build(inputShape, rng) {
        if (inputShape.length < 1)
            throw new RangeError(`Dense "${this.name}": expected inputs with a feature axis. Received: input shape (batch)`);
        this.buildKernel([inputShape[inputShape.length - 1], this.units], rng);
        super.build(inputShape, rng);
    }
    callKernel(x) {
        return matmul(x, this.kernel);
    }
    computeOutputShape(inputShape) {
        return [...inputShape.slice(0, -1), this.units];
    }
    layerConfig() {
        return { units: this.units, ...this.kernelConfig() };
    }
}
const ACTIVATION_ARGS = layerArgs('Activation', { activation: arg.string() });
/** Applies an activation function. */
export class Activation extends ActivatedLayer {
    className = 'Activation';
    maskHandling = 'passes';
    activation;
    constructor(config) {
        const { args: a, base } = ACTIVATION_ARGS.read(config);
        super(base, 'Activation');
        this.activation = activationName(a.activation, 'Activation');
    }
    callPreActivation(x) {
        return x;
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return { activation: this.activation };
    }
}
const DROPOUT_SCHEMA = {
    rate: arg.rate(),
    /** Seeds this layer's own mask stream (Keras' seed): the same masks call after call, whatever fit's seed. */
    seed: optional(arg.integer(), undefined),
    /** Shape of the mask, broadcast over the input (null: the input's size on that axis), e.g. [null, 1, 64]. */
    noiseShape: optional(arg.shape(), undefined),
};
const DROPOUT_ARGS = layerArgs('Dropout', DROPOUT_SCHEMA, { legacy: { p: 'rate' } });
const { noiseShape: _, ...SPATIAL_SCHEMA } = DROPOUT_SCHEMA;
const SPATIAL_DROPOUT_ARGS = layerArgs('SpatialDropout1D', SPATIAL_SCHEMA, { legacy: { p: 'rate' } });
/** Inverted dropout while training; the identity at inference. */
export class Dropout extends Layer {
    className = 'Dropout';
    maskHandling = 'passes';
    rate;
    seed;
    noiseShape;
    ownRng;
    constructor(config, className = 'Dropout') {
        const { args: a, base } = (className === 'Dropout' ? DROPOUT_ARGS : SPATIAL_DROPOUT_ARGS).read(config, className);
        super(base, className);
        this.rate = a.rate;
        this.seed = a.seed;
        this.ownRng = this.seed === undefined ? undefined : new RngClass(this.seed);
        this.noiseShape = 'noiseShape' in a ? a.noiseShape : undefined;
    }
    /** The generator a mask comes from: the layer's own seeded stream, else the fit's. */
    maskRng(options) {
        return this.ownRng ?? options.rng;
    }
    call(x, options) {
        if (!this.noiseShape || !options.training || this.rate === 0)
            return dropout(x, this.rate, { training: options.training, rng: this.maskRng(options) });
        const shape = this.noiseShape.map((d, i) => d ?? x.shape[i]);
        if (shape.length !== x.rank || shape.some((d, i) => d !== 1 && d !== x.shape[i])) {
            throw new RangeError(`${this.className} "${this.name}": noiseShape ${JSON.stringify(this.noiseShape)} does not broadcast to the input. Received: x.shape=[${x.shape.join(',')}]`);
        }
        return mul(x, dropout(ones(shape), this.rate, { rng: this.maskRng(options) }));
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return {
            rate: this.rate,
            ...(this.seed !== undefined ? { seed: this.seed } : {}),
            ...(this.noiseShape ? { noiseShape: this.noiseShape } : {}),
        };
    }
}
const FLATTEN_ARGS = layerArgs('Flatten', { dataFormat: channelsLastArg() });
/** Flattens each sample to one axis. */
export class Flatten extends Layer {
    className = 'Flatten';
    constructor(config = {}) {
        super(FLATTEN_ARGS.read(config).base, 'Flatten');
    }
    call(x) {
        return reshape(x, [x.shape[0], sizeOf(x.shape.slice(1))]);
    }
    computeOutputShape(inputShape) {
        return [sizeOf(inputShape)];
    }
    layerConfig() {
        return {};
    }
}
const RESHAPE_ARGS = layerArgs('Reshape', { targetShape: arg.shape(true) });
/** Reshapes each sample (one dimension may be -1). */
export class Reshape extends Layer {
    className = 'Reshape';
    targetShape;
    constructor(config) {
        const { args: a, base } = RESHAPE_ARGS.read(config);
        super(base, 'Reshape');
        this.targetShape = a.targetShape;
    }
    call(x) {
        return reshape(x, [x.shape[0], ...this.computeOutputShape(x.shape.slice(1))]);
    }
    computeOutputShape(inputShape) {
        const known = sizeOf(this.targetShape.filter((d) => d !== -1));
        const total = sizeOf(inputShape);
        const out = this.targetShape.map((d) => (d === -1 ? total / known : d));
        if (!out.every(Number.isInteger) || sizeOf(out) !== total) {
            throw new RangeError(`Reshape "${this.name}": targetShape must hold the ${total} values of one sample. Received: input shape (batch, ${inputShape.join(', ')}), targetShape=[${this.targetShape.join(',')}]`);
        }
        return out;
    }
    layerConfig() {
        return { targetShape: this.targetShape };
    }
}
/** Dropout of whole channels of (batch, steps, channels): one mask value per (sample, channel). */
export class SpatialDropout1D extends Dropout {
    className = 'SpatialDropout1D';
    constructor(config) {
        super(config, 'SpatialDropout1D');
    }
    call(x, options) {
        if (!options.training || this.rate === 0)
            return x;
        const [batch, , channels] = x.shape;
        return mul(x, dropout(ones([batch, 1, channels]), this.rate, { rng: this.maskRng(options) }));
    }
}
const MASKING_ARGS = layerArgs('Masking', { maskValue: optional(arg.number(), 0) });
/** Keras' Masking: a step whose every feature equals maskValue is padding; it is zeroed and masked for the layers after. */
export class Masking extends Layer {
    className = 'Masking';
    maskValue;
    constructor(config = {}) {
        const { args, base } = MASKING_ARGS.read(config);
        super(base, 'Masking');
        this.maskValue = args.maskValue;
    }
    /** 1 where some feature differs from maskValue, shape (batch, time). */
    outputMask(x) {
        return greater(max(abs(sub(x, this.maskValue)), [x.rank - 1]), 0);
    }
    call(x) {
        return mul(x, expandDims(this.outputMask(x), x.rank - 1));
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return { maskValue: this.maskValue };
    }
}
defineLayer('InputLayer', InputLayer);
defineLayer('Masking', Masking);
defineLayer('Dense', Dense);
defineLayer('Activation', Activation);
defineLayer('Dropout', Dropout);
defineLayer('SpatialDropout1D', SpatialDropout1D);
defineLayer('Flatten', Flatten);
defineLayer('Reshape', Reshape);
/** Factories, Keras style: candor.layers.dense({ units: 8, activation: 'relu' }). */
export const coreLayers = {
    input: (config) => new InputLayer(config),
    dense: (config) => new Dense(config),
    activation: (config) => new Activation(config),
    dropout: (config) => new Dropout(config),
    spatialDropout1d: (config) => new SpatialDropout1D(config),
    flatten: (config = {}) => new Flatten(config),
    reshape: (config) => new Reshape(config),
    masking: (config = {}) => new Masking(config),
};
//# sourceMappingURL=core.js.map