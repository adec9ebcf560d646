/** SGD, Adam, AdamW, RMSprop, Adagrad, their factories and the optimizer registry. */
import { Optimizer, type OptimizerOptions } from './optimizer.js';
import { Registry } from '../registry/registry.js';
export interface SgdOptions extends OptimizerOptions {
    momentum?: number;
    nesterov?: boolean;
}
/** SGD with optional (Nesterov) momentum; Keras' form: v = m·v - lr·g; w += v (or m·v - lr·g). */
export declare class SGD extends Optimizer {
    readonly name = "sgd";
    readonly momentum: number;
    readonly nesterov: boolean;
    constructor(raw?: SgdOptions | number);
    protected slotSpec(): {
        count: number;
        initial: number;
    };
    protected updateStep(g: Float32Array, w: Float32Array, slots: Float32Array[], lr: number, decay: number): void;
    protected hyperParameters(): {
        momentum: number;
        nesterov: boolean;
    };
}
export interface AdamOptions extends OptimizerOptions {
    beta1?: number;
    beta2?: number;
    epsilon?: number;
    amsgrad?: boolean;
}
/**
 * Adam, Keras' formulation: α = lr·√(1-β2ᵗ)/(1-β1ᵗ); w -= α·m / (√v + ε). (PyTorch adds ε
 * to √v/√(1-β2ᵗ) instead; the two agree as ε -> 0.) One fused pass over each buffer.
 */
export declare class Adam extends Optimizer {
    readonly name: string;
    readonly beta1: number;
    readonly beta2: number;
    readonly epsilon: number;
    readonly amsgrad: boolean;
    constructor(raw?: AdamOptions | number);
    protected slotSpec(): {
        count: number;
        initial: number;
    };
    protected updateStep(g: Float32Array, w: Float32Array, slots: Float32Array[], lr: number, decay: number): void;
    protected hyperParameters(): Record<string, unknown>;
}
/** Adam with decoupled weight decay (default 0.004, as Keras). */
export declare class AdamW extends Adam {
    readonly name = "adamw";
    constructor(raw?: AdamOptions | number);
}
export interface RmspropOptions extends OptimizerOptions {
    rho?: number;
    momentum?: number;
    epsilon?: number;
    centered?: boolean;
}
/** RMSprop: v = ρ·v + (1-ρ)·g²; w -= lr·g / (√(v - mean²) + ε) (centered) with optional momentum. */
export declare class RMSprop extends Optimizer {
    readonly name = "rmsprop";
    readonly rho: number;
    readonly momentum: number;
    readonly epsilon: number;
    readonly centered: boolean;
    constructor(raw?: RmspropOptions | number);
    protected slotSpec(): {
        count: number;
        initial: number;
    };
    protected updateStep(g: Float32Array, w: Float32Array, slots: Float32Array[], lr: number, decay: number): void;
    protected hyperParameters(): {
        rho: number;
        momentum: number;
        epsilon: number;
        centered: boolean;
    };
}
export interface AdagradOptions extends OptimizerOptions {
    initialAccumulatorValue?: number;
    epsilon?: number;
}
/** Adagrad: a += g²; w -= lr·g / (√a + ε); the accumulator starts at 0.1 (Keras). */
export declare class Adagrad extends Optimizer {
    readonly name = "adagrad";
    readonly initialAccumulatorValue: number;
    readonly epsilon: number;
    constructor(raw?: AdagradOptions | number);
    protected slotSpec(): {
        count: number;
        initial: number;
    };
    protected updateStep(g: Float32Array, w: Float32Array, slots: Float32Array[], lr: number, decay: number): void;
    protected hyperParameters(): {
        initialAccumulatorValue: number;
        epsilon: number;
    };
}
/** Optimizer classes by Keras name; registerOptimizer adds a custom Optimizer subclass, usable by name in compile and in saved models. */
export declare const OPTIMIZER_REGISTRY: Registry<new (options: never) => Optimizer>;
export declare function registerOptimizer(name: string, cls: new (options: never) => Optimizer): void;
export type OptimizerSpec = string | Optimizer | ({
    name: string;
} & Record<string, unknown>);
/** Resolves 'adam', { name: 'sgd', learningRate: 0.1, momentum: 0.9 } or an Optimizer instance. */
export declare function getOptimizer(spec: OptimizerSpec): Optimizer;
/** Factories: options, or a bare learning rate as in TF.js (`optimizers.adam(0.01)`). */
export declare const optimizers: {
    sgd: (args_0?: number | SgdOptions | undefined) => SGD;
    adam: (args_0?: number | AdamOptions | undefined) => Adam;
    adamw: (args_0?: number | AdamOptions | undefined) => AdamW;
    rmsprop: (args_0?: number | RmspropOptions | undefined) => RMSprop;
    adagrad: (args_0?: number | AdagradOptions | undefined) => Adagrad;
};
