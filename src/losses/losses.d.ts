/** Losses with Keras semantics (per-element values, then a weighted reduction) and the loss registry. */
import { Tensor } from '../tensor/tensor.js';
import { Registry } from '../registry/registry.js';
/** Keras' fuzz factor: probabilities are clipped to [EPSILON, 1 - EPSILON] before a log. */
export declare const EPSILON = 1e-7;
export type Reduction = 'sum_over_batch_size' | 'sum' | 'none';
export interface LossOptions {
    /** Predictions are logits (pre-sigmoid/softmax) rather than probabilities. */
    fromLogits?: boolean;
    labelSmoothing?: number;
    reduction?: Reduction;
    /** Huber's threshold between the quadratic and linear parts. */
    delta?: number;
    /** Only 'float32', the dtype Candor computes in. */
    dtype?: 'float32';
}
type PerSample = (yTrue: Tensor, yPred: Tensor, options: Required<Omit<LossOptions, 'dtype'>>) => Tensor;
/** The built-in per-sample losses by Keras name, aliases included. */
export declare const LOSSES: Record<string, PerSample>;
/** A user's loss function: (yTrue, yPred) => one loss value per sample (or per element; the last axis is reduced as Keras does). */
export type LossFunction = (yTrue: Tensor, yPred: Tensor) => Tensor;
/** Every loss by name: the built-in ones and those given to registerLoss. */
export declare const LOSS_REGISTRY: Registry<PerSample>;
/**
 * Registers a custom loss so that compile takes it by name and saved models reload with it (the
 * model file records the name). The function gets (yTrue, yPred) and returns per-sample losses.
 */
export declare function registerLoss(name: string, fn: LossFunction): LossFunction;
/** Canonical name of a loss (aliases resolved): 'mse' -> 'mean_squared_error'. */
export declare function canonicalLossName(name: string): string;
/** A configured loss: per-element values (the last axis reduced), then a weighted reduction. */
export declare class Loss {
    readonly name: string;
    readonly options: Required<Omit<LossOptions, 'dtype'>>;
    private readonly fn;
    /** A loss by name (built-in or registered), or a user's function under its own name. */
    constructor(name: string, raw?: LossOptions, fn?: LossFunction);
    /** Whether a saved model can name this loss and find it again (built-in, or registered under its name). */
    get registered(): boolean;
    /** Loss values with the last axis reduced, shape (batch, …). `fromLogits` overrides the configured flag (the model's fused path). */
    elementwise(yTrue: Tensor, yPred: Tensor, fromLogits?: boolean): Tensor;
    /** One loss value per sample, shape (batch,): the mean over every axis but the batch axis. */
    perSample(yTrue: Tensor, yPred: Tensor, fromLogits?: boolean): Tensor;
    /**
     * The reduced loss. sampleWeight is one weight per sample ((N,) or (N, 1)) or one per loss
     * element (e.g. (N, T) per timestep, as Keras); any other shape is an error naming both.
     */
    call(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor, fromLogits?: boolean): Tensor;
    getConfig(): Record<string, unknown>;
}
/** Reshapes per-sample weights to broadcast over a loss of shape (N, …); per-element weights must match it. */
export declare function alignSampleWeight(w: Tensor, lossShape: readonly number[], where: string): Tensor;
/** Keras reductions: 'sum_over_batch_size' = sum(loss·w) / number of loss elements. */
export declare function reduceLoss(values: Tensor, reduction: Reduction, sampleWeight?: Tensor): Tensor;
export type LossSpec = string | Loss | LossFunction | ({
    name: string;
} & LossOptions);
/** Resolves 'binary_crossentropy', { name, fromLogits, … }, a Loss, or a loss function (named by its function name). */
export declare function getLoss(spec: LossSpec): Loss;
export {};
