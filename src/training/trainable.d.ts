/** What the trainer needs from a model (Keras 3's Trainer reads the same from `self`): layers, weights, a forward pass. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Layer, CallOptions } from '../layers/layer.js';
export interface ForwardOptions extends CallOptions {
    /**
     * When output `head`'s last layer applies this activation, also return its input (the logits),
     * so the loss can use the fused, stable form. Given by the trainer from the compiled losses.
     */
    logitsFor?: (activation: string, head: number) => boolean;
}
/** What one forward pass yields: each output, and its logits when the loss can use them directly. */
export interface ForwardResult {
    outputs: Tensor[];
    logits: (Tensor | null)[];
    /** Activity-regularizer penalties of this pass (training only). */
    penalties: Tensor[];
}
export type Logs = Record<string, number>;
/** One output's width and effective activation (what task inference and the setup rules read). */
export interface OutputHead {
    units: number;
    activation: string;
}
/** Turns what a user passes for an input (raw texts) into its tensor where the data enters (TextVectorization). */
export interface InputEncoder {
    vectorize(value: unknown, where: string): Tensor;
}
export interface TrainableModel {
    readonly name: string;
    readonly layers: readonly Layer[];
    readonly trainableWeights: Variable[];
    readonly built: boolean;
    /** The inputs' names, in the order forward takes them (data may be keyed by them). */
    readonly inputNames: readonly string[];
    /** The outputs' names, in the order forward returns them (losses, metrics and targets may be keyed by them). */
    readonly outputNames: readonly string[];
    /** Per input, the encoder of its raw data (a text input's TextVectorization), or null for numbers. */
    inputEncoders(): readonly (InputEncoder | null)[];
    /** Set by callbacks to end fit after the current epoch. */
    stopTraining: boolean;
    build(): void;
    /** Builds from the data when the input shape was not declared; a seed given here starts the weight stream. */
    ensureBuilt(x: readonly Tensor[], seed?: number): void;
    /** A seeded fit fixes the initial weights too (see Model.prepareForFit). */
    prepareForFit(x: readonly Tensor[], seed?: number): void;
    /** Records that an optimiser step changed the weights. */
    markTrained(): void;
    forward(x: readonly Tensor[], options: ForwardOptions): ForwardResult;
    /** Each output's width and effective activation, without building weights. */
    outputHeads(): OutputHead[];
}
