/** Weight initializers (Keras' names and formulas, seeded) and their registry. */
import { Tensor } from '../tensor/tensor.js';
import { type Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Registry } from '../registry/registry.js';
/** Fans as Keras computes them: dense (in, out); conv kernels (..., in, out) times the receptive field. */
export declare function fans(shape: Shape): {
    fanIn: number;
    fanOut: number;
};
export type Fill = (shape: Shape, rng: Rng) => Float32Array;
/** Initializers by Keras name. Every random one draws only from the Rng it is given. */
export declare const INITIALIZERS: Record<string, Fill>;
export declare const INITIALIZER_REGISTRY: Registry<Fill>;
/**
 * Registers a custom initializer: (shape, rng) => Float32Array of shape's size, drawing only
 * from `rng` (so seeded builds stay reproducible); layers then name it like a built-in one.
 */
export declare function registerInitializer(name: string, fill: Fill): Fill;
/** Creates an initial value with a named initializer. */
export declare function initialize(name: string, shape: Shape, rng: Rng, where: string): Tensor;
