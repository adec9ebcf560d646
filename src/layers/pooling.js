import { avgPool1d, avgPool2d, maxPool1d, maxPool2d, outputLength } from '../ops/conv.js';
import { max, mean, sum } from '../ops/reduce.js';
import { div, mul } from '../ops/elementwise.js';
import { expandDims } from '../ops/layout.js';
import { Layer, expectRank } from './layer.js';
import { arg, channelsLastArg, layerArgs, optional } from './args.js';
import { defineLayer } from './registry.js';
const POOL_SCHEMA = {
    poolSize: optional(arg.intTuple(1), [2]),
    /** Defaults to the pool size. */
    strides: optional(arg.intTuple(1), undefined),
    padding: optional(arg.oneOf(['valid', 'same']), 'valid'),
    dataFormat: channelsLastArg(),
};
const POOL_LEGACY = { pool_length: 'poolSize', stride: 'strides', border_mode: 'padding' };
const poolArgs = (rank, className) => layerArgs(className, {
    ...POOL_SCHEMA,
    poolSize: optional(arg.intTuple(rank), new Array(rank).fill(2)),
    strides: optional(arg.intTuple(rank), undefined),
}, { legacy: POOL_LEGACY });
/** Windowed max/average pooling, channels-last; strides default to the pool size. */
class Pooling extends Layer {
    rank;
    kind;
    poolSize;
    strides;
    padding;
    constructor(config, rank, kind, className) {
        const { args: a, base } = poolArgs(rank, className).read(config);
        super(base, className);
        this.rank = rank;
        this.kind = kind;
        this.poolSize = a.poolSize;
        this.strides = a.strides ?? [...this.poolSize];
        this.padding = a.padding;
    }
    call(x) {
        if (this.rank === 1) {
            const pool = this.kind === 'max' ? maxPool1d : avgPool1d;
            return pool(x, { poolSize: this.poolSize[0], strides: this.strides[0], padding: this.padding });
        }
        const pool = this.kind === 'max' ? maxPool2d : avgPool2d;
        return pool(x, { poolSize: this.poolSize, strides: this.strides, padding: this.padding });
    }
    computeOutputShape(inputShape) {
        expectRank(this, inputShape, this.rank + 1, this.rank === 1 ? 'steps, channels' : 'rows, cols, channels');
        const spatial = this.poolSize.map((p, i) => outputLength(inputShape[i], p, this.strides[i], 1, this.padding).out);
        return [...spatial, inputShape[this.rank]];
    }
    layerConfig() {
        return { poolSize: this.poolSize, strides: this.strides, padding: this.padding };
    }
}
export class MaxPooling1D extends Pooling {
    className = 'MaxPooling1D';
    constructor(config = {}) {
        super(config, 1, 'max', 'MaxPooling1D');
    }
}
export class MaxPooling2D extends Pooling {
    className = 'MaxPooling2D';
    constructor(config = {}) {
        super(config, 2, 'max', 'MaxPooling2D');
    }
}
export class AveragePooling1D extends Pooling {
    className = 'AveragePooling1D';
    constructor(config = {}) {
        super(config, 1, 'avg', 'AveragePooling1D');
    }
}
export class AveragePooling2D extends Pooling {
    className = 'AveragePooling2D';
    constructor(config = {}) {
        super(config, 2, 'avg', 'AveragePooling2D');
    }
}
const GLOBAL_POOL_SCHEMA = { keepdims: optional(arg.boolean(), false), dataFormat: channelsLastArg() };
/** Max or mean over every spatial position: (batch, ..., channels) -> (batch, channels). */
class GlobalPooling extends Layer {
    rank;
    kind;
    /** Keep the pooled axes with size 1 (Keras' keepdims). */
    keepdims;
    constructor(config, rank, kind, className) {
        const { args: a, base } = layerArgs(className, GLOBAL_POOL_SCHEMA).read(config);
        super(base, className);
        this.rank = rank;
        this.kind = kind;
        this.keepdims = a.keepdims;
        // 1-D average pooling reads a mask (the mean over the steps that hold data); the others refuse one.
        if (rank === 1 && kind === 'avg')
            this.maskHandling = 'consumes';
    }
    call(x) {
        const axes = this.rank === 1 ? [1] : [1, 2];
        return this.kind === 'max' ? max(x, axes, this.keepdims) : mean(x, axes, this.keepdims);
    }
    /** The mean over unmasked steps: sum(x·m) / sum(m) per sample (Keras' GlobalAveragePooling1D with a mask). */
    callMasked(x, _options, mask) {
        const m = expandDims(mask, 2);
        return div(sum(mul(x, m), [1], this.keepdims), sum(m, [1], this.keepdims));
    }
    computeOutputShape(inputShape) {
        expectRank(this, inputShape, this.rank + 1, this.rank === 1 ? 'steps, channels' : 'rows, cols, channels');
        return this.keepdims ? [...new Array(this.rank).fill(1), inputShape[this.rank]] : [inputShape[this.rank]];
    }
    layerConfig() {
        return this.keepdims ? { keepdims: true } : {};
    }
}
export class GlobalMaxPooling1D extends GlobalPooling {
    className = 'GlobalMaxPooling1D';
    constructor(config = {}) {
        super(config, 1, 'max', 'GlobalMaxPooling1D');
    }
}
export class GlobalAveragePooling1D extends GlobalPooling {
    className = 'GlobalAveragePooling1D';
    constructor(config = {}) {
        super(config, 1, 'avg', 'GlobalAveragePooling1D');
    }
}
export class GlobalMaxPooling2D extends GlobalPooling {
    className = 'GlobalMaxPooling2D';
    constructor(config = {}) {
        super(config, 2, 'max', 'GlobalMaxPooling2D');
    }
}
export class GlobalAveragePooling2D extends GlobalPooling {
    className = 'GlobalAveragePooling2D';
    constructor(config = {}) {
        super(config, 2, 'avg', 'GlobalAveragePooling2D');
    }
}
defineLayer('MaxPooling1D', MaxPooling1D, ['MaxPool1D']);
defineLayer('MaxPooling2D', MaxPooling2D, ['MaxPool2D']);
defineLayer('AveragePooling1D', AveragePooling1D, ['AvgPool1D']);
defineLayer('AveragePooling2D', AveragePooling2D, ['AvgPool2D']);
defineLayer('GlobalMaxPooling1D', GlobalMaxPooling1D);
defineLayer('GlobalAveragePooling1D', GlobalAveragePooling1D);
defineLayer('GlobalMaxPooling2D', GlobalMaxPooling2D);
defineLayer('GlobalAveragePooling2D', GlobalAveragePooling2D);
export const poolingLayers = {
    maxPooling1d: (config = {}) => new MaxPooling1D(config),
    maxPooling2d: (config = {}) => new MaxPooling2D(config),
    averagePooling1d: (config = {}) => new AveragePooling1D(config),
    averagePooling2d: (config = {}) => new AveragePooling2D(config),
    globalMaxPooling1d: (config = {}) => new GlobalMaxPooling1D(config),
    globalAveragePooling1d: (config = {}) => new GlobalAveragePooling1D(config),
    globalMaxPooling2d: (config = {}) => new GlobalMaxPooling2D(config),
    globalAveragePooling2d: (config = {}) => new GlobalAveragePooling2D(config),
};
//# sourceMappingURL=pooling.js.map