import { outputBuffer } from '../tensor/alloc.js';
import { formatShape } from '../tensor/shape.js';
import { kernels } from '../kernels/backend.js';
import { record } from './graph.js';
import { floatOperand, floatResult } from './operand.js';
import { reshape } from './layout.js';
function pair(value, fallback, op, arg) {
    const v = value === undefined ? [fallback, fallback] : typeof value === 'number' ? [value, value] : value;
    if (v.length !== 2 || !v.every((d) => Number.isInteger(d) && d >= 1)) {
        throw new RangeError(`${op}: argument "${arg}" must be a positive integer or a pair of them. Received: ${arg}=${JSON.stringify(value)}`);
    }
    return [v[0], v[1]];
}
function checkPadding(padding, op) {
    if (padding === 'valid' || padding === 'same')
        return padding;
    throw new RangeError(`${op}: argument "padding" must be 'valid' or 'same'. Received: padding=${JSON.stringify(padding)}`);
}
/**
 * Output length and leading padding along one axis, TensorFlow's rules:
 * 'valid' uses only full windows; 'same' gives ceil(in/stride) outputs, padding split with the extra at the end.
 */
export function outputLength(inLen, window, stride, dilation, padding) {
    const effective = (window - 1) * dilation + 1;
    if (padding === 'valid')
        return { out: inLen >= effective ? Math.floor((inLen - effective) / stride) + 1 : 0, padBefore: 0 };
    const out = Math.ceil(inLen / stride);
    const total = Math.max((out - 1) * stride + effective - inLen, 0);
    return { out, padBefore: Math.floor(total / 2) };
}
/** 2-D convolution, channels-last: x (batch, h, w, inC) * kernel (kh, kw, inC, outC) -> (batch, oh, ow, outC). */
export function conv2d(x, kernel, options = {}) {
    const op = 'conv2d';
    const t = floatOperand(x, op, 'x');
    const w = floatOperand(kernel, op, 'kernel');
    if (t.rank !== 4)
        throw new RangeError(`${op}: x must have rank 4 (batch, height, width, channels). Received: x.shape=${formatShape(t.shape)}`);
    if (w.rank !== 4)
        throw new RangeError(`${op}: kernel must have rank 4 (height, width, inChannels, outChannels). Received: kernel.shape=${formatShape(w.shape)}`);
    const [batch, inH, inW, inC] = t.shape;
    const [kH, kW, kC, outC] = w.shape;
    if (kC !== inC)
        throw new RangeError(`${op}: kernel input channels must equal x channels. Received: x.shape=${formatShape(t.shape)}, kernel.shape=${formatShape(w.shape)}`);
    const [strideH, strideW] = pair(options.strides, 1, op, 'strides');
    const [dilationH, dilationW] = pair(options.dilation, 1, op, 'dilation');
    const padding = checkPadding(options.padding ?? 'valid', op);
    const rows = outputLength(inH, kH, strideH, dilationH, padding);
    const cols = outputLength(inW, kW, strideW, dilationW, padding);
    if (rows.out === 0 || cols.out === 0) {
        throw new RangeError(`${op}: the input is smaller than the (dilated) kernel with padding 'valid'. Received: x.shape=${formatShape(t.shape)}, kernel.shape=${formatShape(w.shape)}, dilation=[${dilationH},${dilationW}]`);
    }
    const geometry = {
        batch,
        inH,
        inW,
        inC,
        outH: rows.out,
        outW: cols.out,
        outC,
        kH,
        kW,
        strideH,
        strideW,
        dilationH,
        dilationW,
        padTop: rows.padBefore,
        padLeft: cols.padBefore,
    };
    const out = outputBuffer(batch * rows.out * cols.out * outC);
    const shape = [batch, rows.out, cols.out, outC];
    if (options.bias === undefined) {
        if (options.activation !== undefined && options.activation !== 'linear')
            throw new RangeError(`${op}: argument "activation" needs a bias (a fused epilogue). Received: activation=${JSON.stringify(options.activation)} without bias`);
        kernels().conv2d(t.f32(), w.f32(), out, geometry);
        return record('conv2d', [t, w], floatResult(out, shape), { geometry });
    }
    const b = floatOperand(options.bias, op, 'bias');
    if (b.rank !== 1 || b.shape[0] !== outC)
        throw new RangeError(`${op}: bias must be 1-D with one value per output channel. Received: bias.shape=${formatShape(b.shape)}, kernel.shape=${formatShape(w.shape)}`);
    const activation = options.activation ?? 'linear';
    if (activation !== 'relu' && activation !== 'linear')
        throw new RangeError(`${op}: argument "activation" must be 'relu' or 'linear'. Received: ${JSON.stringify(activation)}`);
    kernels().conv2dBiasActivation(t.f32(), w.f32(), b.f32(), out, geometry, activation === 'relu');
    return record('conv2dBiasActivation', [t, w, b], floatResult(out, shape), { geometry, relu: activation === 'relu' });
}
/** 1-D convolution, channels-last: x (batch, length, inC) * kernel (k, inC, outC) -> (batch, outLength, outC). */
export function conv1d(x, kernel, options = {}) {
    const t = floatOperand(x, 'conv1d', 'x');
    const w = floatOperand(kernel, 'conv1d', 'kernel');
    if (t.rank !== 3)
        throw new RangeError(`conv1d: x must have rank 3 (batch, length, channels). Received: x.shape=${formatShape(t.shape)}`);
    if (w.rank !== 3)
        throw new RangeError(`conv1d: kernel must have rank 3 (width, inChannels, outChannels). Received: kernel.shape=${formatShape(w.shape)}`);
    const y = conv2d(reshape(t, [t.shape[0], 1, t.shape[1], t.shape[2]]), reshape(w, [1, ...w.shape]), {
        strides: [1, options.strides ?? 1],
        dilation: [1, options.dilation ?? 1],
        padding: options.padding ?? 'valid',
        ...(options.bias ? { bias: options.bias } : {}),
        ...(options.activation ? { activation: options.activation } : {}),
    });
    return reshape(y, [y.shape[0], y.shape[2], y.shape[3]]);
}
function pool2d(kind, x, options) {
    const t = floatOperand(x, kind, 'x');
    if (t.rank !== 4)
        throw new RangeError(`${kind}: x must have rank 4 (batch, height, width, channels). Received: x.shape=${formatShape(t.shape)}`);
    const [poolH, poolW] = pair(options.poolSize, 2, kind, 'poolSize');
    const [strideH, strideW] = pair(options.strides ?? [poolH, poolW], 1, kind, 'strides');
    const padding = checkPadding(options.padding ?? 'valid', kind);
    const [batch, inH, inW, channels] = t.shape;
    const rows = outputLength(inH, poolH, strideH, 1, padding);
    const cols = outputLength(inW, poolW, strideW, 1, padding);
    if (rows.out === 0 || cols.out === 0) {
        throw new RangeError(`${kind}: the input is smaller than the pooling window with padding 'valid'. Received: x.shape=${formatShape(t.shape)}, poolSize=[${poolH},${poolW}]`);
    }
    const geometry = {
        batch,
        inH,
        inW,
        channels,
        outH: rows.out,
        outW: cols.out,
        poolH,
        poolW,
        strideH,
        strideW,
        padTop: rows.padBefore,
        padLeft: cols.padBefore,
    };
    const out = outputBuffer(batch * rows.out * cols.out * channels);
    const shape = [batch, rows.out, cols.out, channels];
    if (kind === 'avgPool2d') {
        kernels().avgPool2d(t.f32(), out, geometry);
        return record(kind, [t], floatResult(out, shape), { geometry });
    }
    if (t.size > 2 ** 31 - 1)
        throw new RangeError(`maxPool2d: x must hold fewer than 2^31 values. Received: x.shape=${formatShape(t.shape)}`);
    const argmax = new Int32Array(out.length); // where each maximum came from, for the backward pass
    kernels().maxPool2d(t.f32(), out, geometry, argmax);
    return record(kind, [t], floatResult(out, shape), { geometry, argmax });
}
/** 2-D max pooling, channels-last. */
export const maxPool2d = (x, options = {}) => pool2d('maxPool2d', x, options);
/** 2-D average pooling, channels-last; padded positions are not counted (Keras semantics). */
export const avgPool2d = (x, options = {}) => pool2d('avgPool2d', x, options);
function pool1d(pool, name, x, options) {
    const t = floatOperand(x, name, 'x');
    if (t.rank !== 3)
        throw new RangeError(`${name}: x must have rank 3 (batch, length, channels). Received: x.shape=${formatShape(t.shape)}`);
    const poolSize = options.poolSize ?? 2;
    const y = pool(reshape(t, [t.shape[0], 1, t.shape[1], t.shape[2]]), {
        poolSize: [1, poolSize],
        strides: [1, options.strides ?? poolSize],
        padding: options.padding ?? 'valid',
    });
    return reshape(y, [y.shape[0], y.shape[2], y.shape[3]]);
}
/** 1-D max pooling, channels-last: (batch, length, channels). */
export const maxPool1d = (x, options = {}) => pool1d(maxPool2d, 'maxPool1d', x, options);
/** 1-D average pooling, channels-last: (batch, length, channels). */
export const avgPool1d = (x, options = {}) => pool1d(avgPool2d, 'avgPool1d', x, options);
//# sourceMappingURL=conv.js.map