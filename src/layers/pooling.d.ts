/** Pooling layers: max and average (1-D, 2-D) and their global forms. */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { type Padding } from '../ops/conv.js';
import { Layer, type CallOptions } from './layer.js';
import { type ConfigOf } from './args.js';
declare const POOL_SCHEMA: {
    poolSize: import("./args.js").Arg<number | readonly number[] | null, number[] | readonly [2], false>;
    /** Defaults to the pool size. */
    strides: import("./args.js").Arg<number | readonly number[] | null, number[] | undefined, false>;
    padding: import("./args.js").Arg<"valid" | "same" | null, "valid" | "same", false>;
    dataFormat: import("./args.js").Arg<"channels_last" | null, undefined, false>;
};
export type PoolingConfig = ConfigOf<typeof POOL_SCHEMA>;
/** Windowed max/average pooling, channels-last; strides default to the pool size. */
declare abstract class Pooling extends Layer {
    private readonly rank;
    private readonly kind;
    readonly poolSize: number[];
    readonly strides: number[];
    readonly padding: Padding;
    constructor(config: PoolingConfig, rank: 1 | 2, kind: 'max' | 'avg', className: string);
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare class MaxPooling1D extends Pooling {
    readonly className = "MaxPooling1D";
    constructor(config?: PoolingConfig);
}
export declare class MaxPooling2D extends Pooling {
    readonly className = "MaxPooling2D";
    constructor(config?: PoolingConfig);
}
export declare class AveragePooling1D extends Pooling {
    readonly className = "AveragePooling1D";
    constructor(config?: PoolingConfig);
}
export declare class AveragePooling2D extends Pooling {
    readonly className = "AveragePooling2D";
    constructor(config?: PoolingConfig);
}
declare const GLOBAL_POOL_SCHEMA: {
    keepdims: import("./args.js").Arg<boolean | null, boolean, false>;
    dataFormat: import("./args.js").Arg<"channels_last" | null, undefined, false>;
};
export type GlobalPoolingConfig = ConfigOf<typeof GLOBAL_POOL_SCHEMA>;
/** Max or mean over every spatial position: (batch, ..., channels) -> (batch, channels). */
declare abstract class GlobalPooling extends Layer {
    private readonly rank;
    private readonly kind;
    /** Keep the pooled axes with size 1 (Keras' keepdims). */
    readonly keepdims: boolean;
    constructor(config: GlobalPoolingConfig, rank: 1 | 2, kind: 'max' | 'avg', className: string);
    call(x: Tensor): Tensor;
    /** The mean over unmasked steps: sum(x·m) / sum(m) per sample (Keras' GlobalAveragePooling1D with a mask). */
    protected callMasked(x: Tensor, _options: CallOptions, mask: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare class GlobalMaxPooling1D extends GlobalPooling {
    readonly className = "GlobalMaxPooling1D";
    constructor(config?: GlobalPoolingConfig);
}
export declare class GlobalAveragePooling1D extends GlobalPooling {
    readonly className = "GlobalAveragePooling1D";
    constructor(config?: GlobalPoolingConfig);
}
export declare class GlobalMaxPooling2D extends GlobalPooling {
    readonly className = "GlobalMaxPooling2D";
    constructor(config?: GlobalPoolingConfig);
}
export declare class GlobalAveragePooling2D extends GlobalPooling {
    readonly className = "GlobalAveragePooling2D";
    constructor(config?: GlobalPoolingConfig);
}
export declare const poolingLayers: {
    maxPooling1d: (config?: PoolingConfig) => MaxPooling1D;
    maxPooling2d: (config?: PoolingConfig) => MaxPooling2D;
    averagePooling1d: (config?: PoolingConfig) => AveragePooling1D;
    averagePooling2d: (config?: PoolingConfig) => AveragePooling2D;
    globalMaxPooling1d: (config?: GlobalPoolingConfig) => GlobalMaxPooling1D;
    globalAveragePooling1d: (config?: GlobalPoolingConfig) => GlobalAveragePooling1D;
    globalMaxPooling2d: (config?: GlobalPoolingConfig) => GlobalMaxPooling2D;
    globalAveragePooling2d: (config?: GlobalPoolingConfig) => GlobalAveragePooling2D;
};
export {};
