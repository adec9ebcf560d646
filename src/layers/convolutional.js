import { conv1d, conv2d, outputLength } from '../ops/conv.js';
import { concat } from '../ops/layout.js';
import { zeros } from '../tensor/creation.js';
import { KERNEL_ARGS, KERNEL_BASE, KernelLayer } from './core.js';
import { expectRank } from './layer.js';
import { arg, channelsLastArg, layerArgs, optional } from './args.js';
import { defineLayer } from './registry.js';
const CONV_SCHEMA = {
    filters: arg.positiveInt(),
    kernelSize: arg.intTuple(1),
    strides: optional(arg.intTuple(1), [1]),
    /** 'causal' (Conv1D only): zeros before the sequence, so output t sees inputs up to t (WaveNet's, Keras' rule). */
    padding: optional(arg.oneOf(['valid', 'same', 'causal']), 'valid'),
    dilationRate: optional(arg.intTuple(1), [1]),
    dataFormat: channelsLastArg(),
    groups: optional({ required: true, read: (v, layer) => (v === 1 ? 1 : refuseGroups(layer, v)) }, 1),
    ...KERNEL_ARGS,
};
function refuseGroups(layer, v) {
    throw new RangeError(`${layer}: grouped convolutions are not supported (groups must be 1). Received: groups=${JSON.stringify(v)}`);
}
/** Keras 1 spellings seen in the wild (seed 000's Convolution1D). */
const CONV_LEGACY = {
    nb_filter: 'filters',
    filter_length: 'kernelSize',
    border_mode: 'padding',
    subsample_length: 'strides',
    subsample: 'strides',
    init: 'kernelInitializer',
    W_regularizer: 'kernelRegularizer',
    b_regularizer: 'biasRegularizer',
    bias: 'useBias',
};
/** The schema of a rank-r convolution: tuples of r integers. */
function convArgs(rank, className) {
    return layerArgs(className, {
        ...CONV_SCHEMA,
        kernelSize: arg.intTuple(rank),
        strides: optional(arg.intTuple(rank), new Array(rank).fill(1)),
        dilationRate: optional(arg.intTuple(rank), new Array(rank).fill(1)),
    }, { legacy: CONV_LEGACY, base: KERNEL_BASE });
}
const CONV_ARGS = { 1: convArgs(1, 'Conv1D'), 2: convArgs(2, 'Conv2D') };
/** Shared by Conv1D and Conv2D: channels-last convolution, then bias, then activation. */
class Conv extends KernelLayer {
    rank;
    filters;
    kernelSize;
    strides;
    padding;
    dilationRate;
    constructor(config, rank, className) {
        const { args: a, base } = CONV_ARGS[rank].read(config, className);
        super(a, base, className);
        this.rank = rank;
        this.filters = a.filters;
        this.kernelSize = a.kernelSize;
        this.strides = a.strides;
        if (a.padding === 'causal' && rank !== 1)
            throw new RangeError(`${className}: padding 'causal' is for Conv1D (sequences). Received: padding='causal'`);
        this.padding = a.padding;
        this.dilationRate = a.dilationRate;
    }
    /** Zeros before the sequence for causal padding: (kernel - 1)·dilation steps. */
    causalPad() {
        return this.padding === 'causal' ? (this.kernelSize[0] - 1) * this.dilationRate[0] : 0;
    }
    sampleLayout() {
        return this.rank === 1 ? 'steps, channels' : 'rows, cols, channels';
    }
    build(inputShape, rng) {
        expectRank(this, inputShape, this.rank + 1, this.sampleLayout());
        this.buildKernel([...this.kernelSize, inputShape[this.rank], this.filters], rng);
        super.build(inputShape, rng);
    }
    callKernel(x) {
        return this.convolve(x, {});
    }
    callFused(x, _options, bias, activation) {
        return this.convolve(x, { bias, activation });
    }
    convolve(x, epilogue) {
        const pad = this.causalPad();
        if (this.rank === 1) {
            const input = pad > 0 ? concat([zeros([x.shape[0], pad, x.shape[2]]), x], 1) : x;
            return conv1d(input, this.kernel, {
                strides: this.strides[0],
                padding: this.padding === 'same' ? 'same' : 'valid',
                dilation: this.dilationRate[0],
                ...epilogue,
            });
        }
        return conv2d(x, this.kernel, {
            strides: this.strides,
            padding: this.padding,
            dilation: this.dilationRate,
            ...epilogue,
        });
    }
    computeOutputShape(inputShape) {
        expectRank(this, inputShape, this.rank + 1, this.sampleLayout());
        const pad = this.causalPad();
        const spatial = this.kernelSize.map((k, i) => {
            const size = inputShape[i] === -1 ? -1 : inputShape[i] + (i === 0 ? pad : 0);
            return outputLength(size, k, this.strides[i], this.dilationRate[i], this.padding === 'same' ? 'same' : 'valid').out;
        });
        if (spatial.some((d) => d <= 0)) {
            throw new RangeError(`${this.className} "${this.name}": the input is smaller than the kernel with padding '${this.padding}'. Received: input shape (batch, ${inputShape.join(', ')}), kernelSize=[${this.kernelSize.join(',')}]`);
        }
        return [...spatial, this.filters];
    }
    layerConfig() {
        return {
            filters: this.filters,
            kernelSize: this.kernelSize,
            strides: this.strides,
            padding: this.padding,
            dilationRate: this.dilationRate,
            ...this.kernelConfig(),
        };
    }
}
/** 1-D convolution over (batch, steps, channels). */
export class Conv1D extends Conv {
    className = 'Conv1D';
    constructor(config) {
        super(config, 1, 'Conv1D');
    }
}
/** 2-D convolution over (batch, rows, cols, channels). */
export class Conv2D extends Conv {
    className = 'Conv2D';
    constructor(config) {
        super(config, 2, 'Conv2D');
    }
}
defineLayer('Conv1D', Conv1D, ['Convolution1D']);
defineLayer('Conv2D', Conv2D, ['Convolution2D']);
export const convolutionalLayers = {
    conv1d: (config) => new Conv1D(config),
    conv2d: (config) => new Conv2D(config),
};
//# sourceMappingURL=convolutional.js.map