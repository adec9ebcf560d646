/** The layer classes by Keras class name: each layer family registers its classes where it defines them; users register theirs. */
import { Registry } from '../registry/registry.js';
import { describe } from '../tensor/describe.js';
export const LAYER_REGISTRY = new Registry('layer class', 'a custom layer class is found once registered: candor.registerLayer(MyLayer)');
/** A built-in layer class, under its Keras class name and Keras 1 aliases. */
export function defineLayer(name, cls, aliases = []) {
    LAYER_REGISTRY.register(name, cls, { aliases, builtin: true });
}
/**
 * Registers a custom layer class so that models using it save and load by name (Keras'
 * register_keras_serializable). The name defaults to the class's name and must equal the
 * `className` its instances report; the class is built from its getConfig() on load.
 */
export function registerLayer(cls, options = {}) {
    if (typeof cls !== 'function')
        throw new TypeError(`registerLayer: expected a layer class (class MyLayer extends candor.Layer). Received: ${describe(cls)}`);
    return LAYER_REGISTRY.register(options.name ?? cls.name, cls, { aliases: options.aliases ?? [] });
}
/** Recreates a layer from { className, config } (Candor's saved form, also Keras' JSON). */
export function layerFromConfig(spec) {
    if (typeof spec !== 'object' || spec === null || typeof spec.className !== 'string') {
        throw new TypeError(`layerFromConfig: expected { className: string, config: object }. Received: ${describe(spec)}`);
    }
    const { className, config } = spec;
    const Ctor = LAYER_REGISTRY.get(className, 'layerFromConfig', 'layer class');
    return new Ctor((config ?? {}));
}
//# sourceMappingURL=registry.js.map