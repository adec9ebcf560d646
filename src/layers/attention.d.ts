/**
 * MultiHeadAttention with Keras' arguments and weight layouts: query, key and value projections
 * (input, heads, keyDim), scaled dot-product attention per head with causal, padding and explicit
 * attention masks, dropout on the attention weights, and the output projection (heads, valueDim,
 * output). Called in a functional model as mha.apply([query, value]) or ([query, value, key]).
 */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { type Rng } from '../random/rng.js';
import type { CallOptions } from './layer.js';
import { MultiInputLayer, type CallArgs } from './multi-input.js';
import { type ConfigOf } from './args.js';
import { SymbolicTensor } from './symbolic.js';
declare const MHA_ARGS: import("./args.js").LayerArgs<{
    /** Seeds this layer's own attention-dropout masks (Keras 3's seed). */
    seed: import("./args.js").Arg<number | null, number | undefined, false>;
    kernelInitializer: import("./args.js").Arg<string | null, string, false>;
    biasInitializer: import("./args.js").Arg<string | null, string, false>;
    kernelRegularizer: import("./args.js").Arg<import("./regularizers.js").RegularizerSpec | null, import("./regularizers.js").RegularizerSpec | null | undefined, false>;
    biasRegularizer: import("./args.js").Arg<import("./regularizers.js").RegularizerSpec | null, import("./regularizers.js").RegularizerSpec | null | undefined, false>;
    kernelConstraint: import("./args.js").Arg<import("./constraints.js").ConstraintSpec | null, import("./constraints.js").ConstraintSpec | null | undefined, false>;
    biasConstraint: import("./args.js").Arg<import("./constraints.js").ConstraintSpec | null, import("./constraints.js").ConstraintSpec | null | undefined, false>;
    numHeads: import("./args.js").Arg<number, number, true>;
    keyDim: import("./args.js").Arg<number, number, true>;
    /** Per-head size of the value projection (Keras: keyDim when not given). */
    valueDim: import("./args.js").Arg<number | null, number | undefined, false>;
    dropout: import("./args.js").Arg<number | null, number, false>;
    useBias: import("./args.js").Arg<boolean | null, boolean, false>;
    /** Width of the output (Keras: the query's last axis when not given). */
    outputShape: import("./args.js").Arg<unknown, number | undefined, false>;
    /** Only Keras' default: attention over the sequence axis (the one between batch and features). */
    attentionAxes: import("./args.js").Arg<unknown, null, false>;
}>;
export type MultiHeadAttentionConfig = ConfigOf<typeof MHA_ARGS.schema>;
/** What one call may say beside its inputs (Keras' call arguments). */
export interface AttentionCallArgs {
    /** Each query step attends only to value steps at or before it (Keras' use_causal_mask). */
    useCausalMask?: boolean;
    /** A (batch, Tq, Tv) tensor, 1 where a query step may attend to a value step (Keras' attention_mask). */
    attentionMask?: SymbolicTensor;
}
export declare class MultiHeadAttention extends MultiInputLayer {
    readonly className = "MultiHeadAttention";
    readonly numHeads: number;
    readonly keyDim: number;
    readonly valueDim: number;
    readonly rate: number;
    readonly useBias: boolean;
    private readonly args;
    private readonly ownRng;
    private outputWidth;
    queryKernel: Variable | null;
    keyKernel: Variable | null;
    valueKernel: Variable | null;
    outputKernel: Variable | null;
    private biases;
    constructor(config: MultiHeadAttentionConfig);
    /** Records a call: [query, value] or [query, value, key], with a causal mask or an attention-mask tensor. */
    apply(x: SymbolicTensor | readonly SymbolicTensor[], args?: Record<string, unknown>): SymbolicTensor;
    apply(x: Tensor, options: CallOptions): Tensor;
    /** Splits a node's inputs into their roles. */
    private roles;
    protected symbolicOutputShape(inputs: readonly SymbolicTensor[], args: CallArgs): Shape;
    buildInputs(shapes: readonly Shape[], rng: Rng, args: CallArgs): void;
    /** (batch, steps, features) projected to (batch, heads, steps, dim). */
    private project;
    /**
     * The allowed (query step, value step) pairs as Keras 3 combines them: the query's and the
     * value's padding masks, the causal mask and the explicit attention mask, all and-ed; null when
     * every pair is allowed.
     */
    private allowed;
    applyInputs(xs: readonly Tensor[], options: CallOptions, masks: readonly (Tensor | null)[], args: CallArgs): Tensor;
    /** The output keeps the query's padding mask (Keras). */
    inputsMask(masks: readonly (Tensor | null)[], args: CallArgs): Tensor | null;
    protected maskHandling: "consumes";
    call(): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare const attentionLayers: {
    multiHeadAttention: (config: MultiHeadAttentionConfig) => MultiHeadAttention;
};
export {};
