import { type KerasGraph } from './keras-graph.js';
/** A model architecture in Candor's terms, read from Candor or Keras JSON. */
export interface ModelDescription {
    /** Where it came from: 'candor', 'keras 2.2.4', 'keras 3'. */
    source: string;
    name: string;
    layers: {
        className: string;
        config: Record<string, unknown>;
    }[];
    /** Compile settings when the document has them (Candor saves, Keras .keras config.json). */
    compile: {
        loss?: string;
        fromLogits?: boolean;
        metrics?: string[];
        weight?: number;
    } | null;
    /** Keras options Candor ignores (constraints, dtype policies, …), for the report. */
    ignored: string[];
    /** A Functional model's graph (each layer's calls, the inputs and outputs); absent for Sequential. */
    graph?: KerasGraph;
    /** A Candor model saved with several outputs: each output's compile settings, by output name. */
    outputCompiles?: Record<string, {
        loss?: string;
        fromLogits?: boolean;
        metrics: string[];
        weight?: number;
    }>;
}
type Json = Record<string, unknown>;
/** 'GlorotUniform' -> 'glorot_uniform', 'RandomUniform' -> 'random_uniform'. */
export declare function snake(className: string): string;
/** The compile settings Keras keeps for a model (compile_config in Keras 3, training_config in Keras 2 .h5 and TF.js), per output head. */
export declare function compileForHead(doc: Json, head: string, index: number, heads: number): {
    loss?: string;
    fromLogits?: boolean;
    metrics: string[];
    weight?: number;
} | null;
/** The Keras version a model document names: keras_version (Keras 2), '3' for Keras 3's module field, else 'unknown version'. */
export declare function kerasVersion(doc: Record<string, unknown>): string;
/**
 * Reads a model document: Candor's saved model.json, a Candor config ({ layers: [...] }), or
 * Keras' model.to_json() in the Keras 2 ({ class_name, config: { layers } } or config as a list)
 * and Keras 3 ({ module: 'keras', … }) formats, Sequential and Functional (with its graph).
 */
export declare function readModelDocument(doc: unknown): ModelDescription;
export {};
