/** The Optimizer base: gradients clipped and applied with a fused update, state saved and restored. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { LearningRateSchedule } from './schedules.js';
import { type OptionKind } from '../registry/options.js';
export interface OptimizerOptions {
    learningRate?: number | LearningRateSchedule;
    /** Clip each gradient to this L2 norm. */
    clipNorm?: number;
    /** Clip each gradient element to [-clipValue, clipValue]. */
    clipValue?: number;
    /** Clip all gradients together to this global L2 norm. */
    globalClipNorm?: number;
    /** Decoupled weight decay (Keras 3 / AdamW): w -= lr · weightDecay · w before the update. */
    weightDecay?: number;
}
/**
 * An optimizer factory's argument: options, or (TF.js' `tf.train.adam(0.01)`) a bare learning
 * rate. Aliases (lr, learning_rate, beta_1, clipnorm, …) are mapped; unknown keys are refused.
 */
export declare function optimizerOptions<T extends OptimizerOptions>(raw: unknown, name: string, own: Record<string, OptionKind>, extra: number): T;
/**
 * Keras 3's contract: applyGradients clips and schedules, then calls one updateStep per
 * variable, which updates the variable's buffer in place in a single pass.
 */
export declare abstract class Optimizer {
    abstract readonly name: string;
    learningRate: number | LearningRateSchedule;
    readonly clipNorm: number | undefined;
    readonly clipValue: number | undefined;
    readonly globalClipNorm: number | undefined;
    readonly weightDecay: number;
    /** Number of updates applied so far. */
    iterations: number;
    /** Per-variable state buffers (moments, accumulators), in a fixed order per optimizer. */
    protected readonly slots: Map<Variable, Float32Array<ArrayBufferLike>[]>;
    constructor(options: OptimizerOptions, defaultLearningRate: number);
    /** The learning rate the next update will use. */
    currentLearningRate(): number;
    /** Applies one update to every variable from its gradient. */
    applyGradients(pairs: readonly [Tensor, Variable][]): void;
    /** Updates w in place from gradient g, with this variable's state buffers, after decoupled weight decay w -= decay·w. */
    protected abstract updateStep(g: Float32Array, w: Float32Array, slots: Float32Array[], lr: number, decay: number): void;
    /** How many state buffers each variable needs, and their initial value. */
    protected abstract slotSpec(): {
        count: number;
        initial: number;
    };
    /** Hyper-parameters for saving. */
    protected abstract hyperParameters(): Record<string, unknown>;
    private slotsFor;
    getConfig(): Record<string, unknown>;
    /** State buffers for the given variables in order (for saving); variables never updated get fresh buffers. */
    getState(variables: readonly Variable[]): Float32Array[];
    /** Restores buffers saved by getState for the same variables. */
    setState(variables: readonly Variable[], buffers: readonly Float32Array[], iterations: number): void;
}
