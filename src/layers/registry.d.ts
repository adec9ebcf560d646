/** The layer classes by Keras class name: each layer family registers its classes where it defines them; users register theirs. */
import { Registry } from '../registry/registry.js';
import type { Layer } from './layer.js';
/** A layer class as the registry holds it: constructed from its config (fromConfig and Keras JSON). */
export type LayerClass = new (config: never) => Layer;
export declare const LAYER_REGISTRY: Registry<LayerClass>;
/** A built-in layer class, under its Keras class name and Keras 1 aliases. */
export declare function defineLayer(name: string, cls: LayerClass, aliases?: readonly string[]): void;
/**
 * Registers a custom layer class so that models using it save and load by name (Keras'
 * register_keras_serializable). The name defaults to the class's name and must equal the
 * `className` its instances report; the class is built from its getConfig() on load.
 */
export declare function registerLayer(cls: LayerClass, options?: {
    name?: string;
    aliases?: readonly string[];
}): LayerClass;
/** Recreates a layer from { className, config } (Candor's saved form, also Keras' JSON). */
export declare function layerFromConfig(spec: unknown): Layer;
