/**
 * Recurrent layers with Keras' defaults, argument names and weight layouts: SimpleRNN, LSTM
 * (kernel (input, 4·units) gates i, f, c, o) and GRU (gates z, r, h; resetAfter as Keras 3's
 * default). Written with differentiable ops, one step at a time, so gradients come from the tape.
 */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import { type Rng } from '../random/rng.js';
import { Layer, type CallOptions } from './layer.js';
import { SymbolicTensor } from './symbolic.js';
import { type Arg, type ArgsOf, type ConfigOf } from './args.js';
import { type RegularizerSpec } from './regularizers.js';
import { type ConstraintSpec } from './constraints.js';
/** What every recurrent layer takes (Keras' names; `unroll` and `implementation` choose how Keras computes, never what). */
declare const RECURRENT_ARGS: {
    units: Arg<number, number, true>;
    activation: Arg<string | null, string, false>;
    useBias: Arg<boolean | null, boolean, false>;
    kernelInitializer: Arg<string | null, string, false>;
    recurrentInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    recurrentRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    recurrentConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    /** Fraction of the inputs dropped while training (one mask per sequence, as Keras). */
    dropout: Arg<number | null, number, false>;
    /** Fraction of the recurrent state dropped while training (one mask per sequence). */
    recurrentDropout: Arg<number | null, number, false>;
    /** Seeds this layer's own dropout masks (Keras 3's seed). */
    seed: Arg<number | null, number | undefined, false>;
    returnSequences: Arg<boolean | null, boolean, false>;
    goBackwards: Arg<boolean | null, boolean, false>;
    /** The final state as extra outputs (LSTM: h and c) of a functional call: const [out, h, c] = lstm.applyAll(x). */
    returnState: Arg<boolean | null, boolean, false>;
    stateful: Arg<boolean | null, false, false>;
    timeMajor: Arg<boolean | null, false, false>;
    unroll: Arg<boolean | null, boolean, false>;
    implementation: Arg<"1" | "2" | null, "1" | "2", false>;
};
type RecurrentArgs = ArgsOf<typeof RECURRENT_ARGS>;
/** The shared machinery: input projection for every step at once, the time loop, dropout masks, output shape. */
declare abstract class Recurrent extends Layer {
    readonly units: number;
    protected readonly args: RecurrentArgs;
    readonly activation: string;
    private readonly actFn;
    kernel: Variable | null;
    recurrentKernel: Variable | null;
    bias: Variable | null;
    private readonly ownRng;
    /** Gates per step (SimpleRNN 1, GRU 3, LSTM 4): the kernels' second dimension is gates·units. */
    protected abstract readonly gates: number;
    protected constructor(a: RecurrentArgs, base: Record<string, unknown>, className: string);
    /** The bias's shape (GRU with resetAfter keeps two biases). */
    protected biasShape(): Shape;
    build(inputShape: Shape, rng: Rng): void;
    /** LSTM's unit forget bias sets part of the bias after it is drawn. */
    protected afterBuild(): void;
    /** One step: the new state (h first) from this step's input projection, the previous state, and h with the recurrent dropout mask applied (for the recurrent products). */
    protected abstract step(xw: Tensor, state: Tensor[], hDropped: Tensor): Tensor[];
    /** The input part of every step's pre-activation, for all steps in one product: (batch, time, gates·units). */
    protected inputProjection(x: Tensor): Tensor;
    /** Adds the input bias to the projection (GRU with resetAfter adds only its input half here). */
    protected inputBias(xw: Tensor): Tensor;
    protected maskHandling: "consumes";
    /** How many state tensors the layer carries (LSTM: h and c). */
    protected get stateCount(): number;
    call(x: Tensor, options: CallOptions): Tensor;
    /** Masked steps (padding) leave the state as it was, and a returned sequence repeats the last output there (Keras). */
    protected callMasked(x: Tensor, options: CallOptions, mask: Tensor): Tensor;
    private refuseStateInSequential;
    /**
     * A functional call: apply(x), or apply(x, { initialState: [h, c] }) to start from given states
     * (Keras' initial_state: a decoder started from an encoder's final states).
     */
    apply(x: SymbolicTensor | readonly SymbolicTensor[], args?: Record<string, unknown>): SymbolicTensor;
    apply(x: Tensor, options: CallOptions): Tensor;
    protected symbolicOutputShapes(inputs: readonly SymbolicTensor[], args: Readonly<Record<string, unknown>>): Shape[];
    callNode(xs: readonly Tensor[], options: CallOptions, masks: readonly (Tensor | null)[], args: Readonly<Record<string, unknown>>): {
        outputs: Tensor[];
        masks: (Tensor | null)[];
    };
    outputMask(_x: Tensor, mask: Tensor | null): Tensor | null;
    private run;
    protected initialState(batch: number): Tensor[];
    /** Columns [k·units, (k+1)·units) of a (batch, gates·units) tensor: gate k. */
    protected gate(z: Tensor, k: number): Tensor;
    /** The activation, looked up in the registry once (it runs several times per step). */
    protected act(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export type SimpleRNNConfig = ConfigOf<typeof RECURRENT_ARGS>;
/** h_t = activation(x_t·W + h_{t-1}·U + b) (Keras' SimpleRNN, PyTorch's RNN with b = b_ih + b_hh). */
export declare class SimpleRNN extends Recurrent {
    readonly className = "SimpleRNN";
    protected readonly gates = 1;
    constructor(config: SimpleRNNConfig);
    protected step(xw: Tensor, _state: Tensor[], h: Tensor): Tensor[];
}
/** LSTM and GRU: gates squashed by a recurrent activation (sigmoid by default). */
declare abstract class Gated extends Recurrent {
    private readonly recurrentActivation;
    private readonly gateFn;
    protected constructor(a: RecurrentArgs & {
        recurrentActivation: string;
    }, base: Record<string, unknown>, className: string);
    /** Sigmoid gates and a tanh activation (the defaults): the cell has a fused op. */
    protected get defaultActivations(): boolean;
    /** The gates' activation (looked up once). */
    protected gateAct(x: Tensor): Tensor;
    protected layerConfig(): Record<string, unknown>;
}
declare const LSTM_ARGS: import("./args.js").LayerArgs<{
    unitForgetBias: Arg<boolean | null, boolean, false>;
    recurrentActivation: Arg<string | null, string, false>;
    units: Arg<number, number, true>;
    activation: Arg<string | null, string, false>;
    useBias: Arg<boolean | null, boolean, false>;
    kernelInitializer: Arg<string | null, string, false>;
    recurrentInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    recurrentRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    recurrentConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    /** Fraction of the inputs dropped while training (one mask per sequence, as Keras). */
    dropout: Arg<number | null, number, false>;
    /** Fraction of the recurrent state dropped while training (one mask per sequence). */
    recurrentDropout: Arg<number | null, number, false>;
    /** Seeds this layer's own dropout masks (Keras 3's seed). */
    seed: Arg<number | null, number | undefined, false>;
    returnSequences: Arg<boolean | null, boolean, false>;
    goBackwards: Arg<boolean | null, boolean, false>;
    /** The final state as extra outputs (LSTM: h and c) of a functional call: const [out, h, c] = lstm.applyAll(x). */
    returnState: Arg<boolean | null, boolean, false>;
    stateful: Arg<boolean | null, false, false>;
    timeMajor: Arg<boolean | null, false, false>;
    unroll: Arg<boolean | null, boolean, false>;
    implementation: Arg<"1" | "2" | null, "1" | "2", false>;
}>;
export type LSTMConfig = ConfigOf<typeof LSTM_ARGS.schema>;
/**
 * Keras' LSTM: z = x·W + h·U + b split into i, f, c̃, o; c = σ(f)·c + σ(i)·tanh(c̃); h = σ(o)·tanh(c)
 * (PyTorch's i, f, g, o with W = weight_ih_l0ᵀ, U = weight_hh_l0ᵀ, b = b_ih + b_hh).
 */
export declare class LSTM extends Gated {
    readonly className = "LSTM";
    protected readonly gates = 4;
    private readonly unitForgetBias;
    constructor(config: LSTMConfig);
    protected afterBuild(): void;
    protected get stateCount(): number;
    protected initialState(batch: number): Tensor[];
    protected step(xw: Tensor, state: Tensor[], h: Tensor): Tensor[];
    protected layerConfig(): Record<string, unknown>;
}
declare const GRU_ARGS: import("./args.js").LayerArgs<{
    resetAfter: Arg<boolean | null, boolean, false>;
    recurrentActivation: Arg<string | null, string, false>;
    units: Arg<number, number, true>;
    activation: Arg<string | null, string, false>;
    useBias: Arg<boolean | null, boolean, false>;
    kernelInitializer: Arg<string | null, string, false>;
    recurrentInitializer: Arg<string | null, string, false>;
    biasInitializer: Arg<string | null, string, false>;
    kernelRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    recurrentRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    biasRegularizer: Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    kernelConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    recurrentConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    biasConstraint: Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    /** Fraction of the inputs dropped while training (one mask per sequence, as Keras). */
    dropout: Arg<number | null, number, false>;
    /** Fraction of the recurrent state dropped while training (one mask per sequence). */
    recurrentDropout: Arg<number | null, number, false>;
    /** Seeds this layer's own dropout masks (Keras 3's seed). */
    seed: Arg<number | null, number | undefined, false>;
    returnSequences: Arg<boolean | null, boolean, false>;
    goBackwards: Arg<boolean | null, boolean, false>;
    /** The final state as extra outputs (LSTM: h and c) of a functional call: const [out, h, c] = lstm.applyAll(x). */
    returnState: Arg<boolean | null, boolean, false>;
    stateful: Arg<boolean | null, false, false>;
    timeMajor: Arg<boolean | null, false, false>;
    unroll: Arg<boolean | null, boolean, false>;
    implementation: Arg<"1" | "2" | null, "1" | "2", false>;
}>;
export type GRUConfig = ConfigOf<typeof GRU_ARGS.schema>;
/**
 * Keras' GRU, gates z, r, h; h_t = z·h_{t-1} + (1 - z)·h̃. resetAfter (Keras 3's default, PyTorch's
 * GRU): h̃ = tanh(x·W_h + b_h + r·(h·U_h + b'_h)) with a second, recurrent bias; resetAfter false
 * (Keras 2.0): h̃ = tanh(x·W_h + (r·h)·U_h + b_h).
 */
export declare class GRU extends Gated {
    readonly className = "GRU";
    protected readonly gates = 3;
    readonly resetAfter: boolean;
    constructor(config: GRUConfig);
    protected biasShape(): Shape;
    protected inputBias(xw: Tensor): Tensor;
    protected step(xw: Tensor, state: Tensor[], h: Tensor): Tensor[];
    protected layerConfig(): Record<string, unknown>;
}
export declare const recurrentLayers: {
    simpleRnn: (config: SimpleRNNConfig) => SimpleRNN;
    lstm: (config: LSTMConfig) => LSTM;
    gru: (config: GRUConfig) => GRU;
};
export {};
