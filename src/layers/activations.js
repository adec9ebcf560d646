import { elu, gelu, leakyRelu, relu, selu, sigmoid, softplus, softsign, swish, tanh } from '../ops/elementwise.js';
import { softmax } from '../ops/nn.js';
import { Registry } from '../registry/registry.js';
/** Candor's activations, in Keras' spelling. */
export const ACTIVATIONS = {
    linear: (x) => x,
    relu,
    sigmoid,
    softmax: (x) => softmax(x, -1),
    tanh,
    elu: (x) => elu(x),
    selu,
    softplus,
    softsign,
    leaky_relu: (x) => leakyRelu(x),
    gelu,
    swish,
    silu: swish,
};
/** Every activation a layer can name. */
export const ACTIVATION_REGISTRY = new Registry('activation', 'a custom activation is found once registered: candor.registerActivation(name, fn)');
for (const [name, fn] of Object.entries(ACTIVATIONS))
    ACTIVATION_REGISTRY.register(name, fn, { builtin: true });
/** Registers a custom activation (an element-wise op built from Candor's differentiable ops), usable by name in any layer. */
export function registerActivation(name, fn) {
    if (typeof fn !== 'function')
        throw new TypeError(`registerActivation: expected a function (x: Tensor) => Tensor. Received: ${typeof fn}`);
    return ACTIVATION_REGISTRY.register(name, fn);
}
/** Resolves an activation name (any casing; null/undefined = linear) to its canonical name. */
export function activationName(name, where) {
    if (name === undefined || name === null)
        return 'linear';
    ACTIVATION_REGISTRY.get(name, where, 'activation');
    return ACTIVATION_REGISTRY.canonical(name);
}
/** The function of a canonical activation name. */
export const activationFn = (name) => ACTIVATION_REGISTRY.get(name, 'activation', 'activation');
//# sourceMappingURL=activations.js.map