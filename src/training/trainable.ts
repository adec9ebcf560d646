/** What the trainer needs from a model (Keras 3's Trainer reads the same from `self`): layers, weights, a forward pass. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Layer, CallOptions } from '../layers/layer.js';

export interface ForwardOptions extends CallOptions {
  /**
   * When the last layer applies this activation, also return its input (the logits), so the
   * loss can use the fused, stable form. Given by the trainer from the compiled loss.
   */
  logitsFor?: (activation: string) => boolean;
}

/** What one forward pass yields: the output, and the logits when the loss can use them directly. */
export interface ForwardResult {
  output: Tensor;
  logits: Tensor | null;
  /** Activity-regularizer penalties of this pass (training only). */
  penalties: Tensor[];
}

export type Logs = Record<string, number>;

export interface TrainableModel {
  readonly name: string;
  readonly layers: readonly Layer[];
  readonly trainableWeights: Variable[];
  readonly built: boolean;
  /** Set by callbacks to end fit after the current epoch. */
  stopTraining: boolean;
  build(): void;
  /** Builds from the data when the input shape was not declared; a seed given here starts the weight stream. */
  ensureBuilt(x: Tensor, seed?: number): void;
  /** A seeded fit fixes the initial weights too (see Model.prepareForFit). */
  prepareForFit(x: Tensor, seed?: number): void;
  /** Records that an optimiser step changed the weights. */
  markTrained(): void;
  forward(x: Tensor, options: ForwardOptions): ForwardResult;
  /** The output head's width and effective activation, without building weights. */
  outputHead(): { units: number; activation: string };
}
