/** Activations by Keras name, and their registry. */
import type { Tensor } from '../tensor/tensor.js';
import { Registry } from '../registry/registry.js';
export type ActivationFn = (x: Tensor) => Tensor;
/** Candor's activations, in Keras' spelling. */
export declare const ACTIVATIONS: {
    linear: (x: Tensor) => Tensor;
    relu: (x: import("../ops/operand.js").Operand) => Tensor;
    sigmoid: (x: import("../ops/operand.js").Operand) => Tensor;
    softmax: (x: Tensor) => Tensor;
    tanh: (x: import("../ops/operand.js").Operand) => Tensor;
    elu: (x: Tensor) => Tensor;
    selu: (x: import("../ops/operand.js").Operand) => Tensor;
    softplus: (x: import("../ops/operand.js").Operand) => Tensor;
    softsign: (x: import("../ops/operand.js").Operand) => Tensor;
    leaky_relu: (x: Tensor) => Tensor;
    gelu: (x: import("../ops/operand.js").Operand) => Tensor;
    swish: (x: import("../ops/operand.js").Operand) => Tensor;
    silu: (x: import("../ops/operand.js").Operand) => Tensor;
};
/** An activation's canonical name: a built-in one's Keras spelling, or a name given to registerActivation. */
export type ActivationName = string;
/** Every activation a layer can name. */
export declare const ACTIVATION_REGISTRY: Registry<ActivationFn>;
/** Registers a custom activation (an element-wise op built from Candor's differentiable ops), usable by name in any layer. */
export declare function registerActivation(name: string, fn: ActivationFn): ActivationFn;
/** Resolves an activation name (any casing; null/undefined = linear) to its canonical name. */
export declare function activationName(name: string | null | undefined, where: string): ActivationName;
/** The function of a canonical activation name. */
export declare const activationFn: (name: ActivationName) => ActivationFn;
