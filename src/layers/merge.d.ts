/**
 * Merge layers (Keras' Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate): several
 * inputs of one sample shape (Concatenate: equal but for its axis) become one output.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { BaseLayerConfig, CallOptions } from './layer.js';
import { MultiInputLayer, type CallArgs } from './multi-input.js';
import { type Arg, type ConfigOf } from './args.js';
import { type SymbolicTensor } from './symbolic.js';
declare const NO_ARGS: {};
export type MergeConfig = ConfigOf<typeof NO_ARGS>;
/** What every merge layer shares: a list of inputs, checked against each other and against the shapes it was built for. */
export declare abstract class Merge extends MultiInputLayer {
    /** The minimum number of inputs (Subtract: exactly 2). */
    protected readonly arity: {
        min: number;
        max: number;
    };
    private builtShapes;
    constructor(base: BaseLayerConfig, className: string);
    /** The merged value of a batch of inputs. */
    protected abstract merge(xs: readonly Tensor[]): Tensor;
    /** The output shape for these input shapes, or a message saying why they do not merge. */
    protected mergedShape(shapes: readonly Shape[]): Shape | string;
    private check;
    protected symbolicOutputShape(inputs: readonly SymbolicTensor[], args: CallArgs): Shape;
    /** Builds for the first call's input shapes (merge layers have no weights). */
    buildInputs(shapes: readonly Shape[]): void;
    /** The eager call on a list of tensors (the functional model's forward pass); a mask on any input is refused. */
    applyInputs(xs: readonly Tensor[], _options: CallOptions, masks?: readonly (Tensor | null)[]): Tensor;
    call(x: Tensor, _options: CallOptions): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
/** The element-wise merges: no arguments of their own, only the base ones (name, trainable, …). */
declare abstract class ElementwiseMerge extends Merge {
    protected constructor(config: MergeConfig, className: string);
}
/** Element-wise sum of its inputs. */
export declare class Add extends ElementwiseMerge {
    readonly className = "Add";
    constructor(config?: MergeConfig);
    protected merge(xs: readonly Tensor[]): Tensor;
}
/** The first input minus the second. */
export declare class Subtract extends ElementwiseMerge {
    readonly className = "Subtract";
    protected readonly arity: {
        min: number;
        max: number;
    };
    constructor(config?: MergeConfig);
    protected merge(xs: readonly Tensor[]): Tensor;
}
/** Element-wise product of its inputs. */
export declare class Multiply extends ElementwiseMerge {
    readonly className = "Multiply";
    constructor(config?: MergeConfig);
    protected merge(xs: readonly Tensor[]): Tensor;
}
/** Element-wise mean of its inputs. */
export declare class Average extends ElementwiseMerge {
    readonly className = "Average";
    constructor(config?: MergeConfig);
    protected merge(xs: readonly Tensor[]): Tensor;
}
/** Element-wise maximum of its inputs. */
export declare class Maximum extends ElementwiseMerge {
    readonly className = "Maximum";
    constructor(config?: MergeConfig);
    protected merge(xs: readonly Tensor[]): Tensor;
}
/** Element-wise minimum of its inputs. */
export declare class Minimum extends ElementwiseMerge {
    readonly className = "Minimum";
    constructor(config?: MergeConfig);
    protected merge(xs: readonly Tensor[]): Tensor;
}
declare const CONCATENATE_ARGS: import("./args.js").LayerArgs<{
    axis: Arg<number | null, number, false>;
}>;
export type ConcatenateConfig = ConfigOf<typeof CONCATENATE_ARGS.schema>;
/** Joins its inputs along `axis` (Keras' default -1, the features; axis 0, the batch, is refused). */
export declare class Concatenate extends Merge {
    readonly className = "Concatenate";
    readonly axis: number;
    constructor(config?: ConcatenateConfig);
    /** The sample axis this joins along (the batch axis excluded). */
    private sampleAxis;
    protected mergedShape(shapes: readonly Shape[]): Shape | string;
    protected merge(xs: readonly Tensor[]): Tensor;
    protected layerConfig(): Record<string, unknown>;
}
declare const DOT_ARGS: import("./args.js").LayerArgs<{
    /** The axis of each input to contract (batch axis 0 excluded): one for both, or [a, b]. */
    axes: Arg<number | readonly [number, number], [number, number], true>;
    /** L2-normalise both inputs along their axes first: the product is then the cosine similarity. */
    normalize: Arg<boolean | null, boolean, false>;
}>;
export type DotConfig = ConfigOf<typeof DOT_ARGS.schema>;
/**
 * Keras' Dot: the batch-wise dot product of two inputs along the given axes. (B, n)·(B, n) on axis 1
 * gives (B, 1); (B, n, d) and (B, m, d) on axes 2 give (B, n, m), an attention score matrix.
 */
export declare class Dot extends Merge {
    readonly className = "Dot";
    protected readonly arity: {
        min: number;
        max: number;
    };
    readonly axes: [number, number];
    readonly normalize: boolean;
    constructor(config: DotConfig);
    /** Each input's contracted axis within one sample (the batch axis excluded), or a reason the inputs do not fit. */
    private sampleAxes;
    protected mergedShape(shapes: readonly Shape[]): Shape | string;
    protected merge(xs: readonly Tensor[]): Tensor;
    protected layerConfig(): Record<string, unknown>;
}
export declare const mergeLayers: {
    add: (config?: MergeConfig) => Add;
    subtract: (config?: MergeConfig) => Subtract;
    multiply: (config?: MergeConfig) => Multiply;
    average: (config?: MergeConfig) => Average;
    maximum: (config?: MergeConfig) => Maximum;
    minimum: (config?: MergeConfig) => Minimum;
    concatenate: (config?: ConcatenateConfig) => Concatenate;
    dot: (config: DotConfig) => Dot;
};
export {};
