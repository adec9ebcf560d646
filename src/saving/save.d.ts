import { Tensor } from '../tensor/tensor.js';
import type { DType } from '../tensor/dtype.js';
import { Sequential } from '../models/sequential.js';
import type { Model, Prediction } from '../models/model.js';
import { Functional, type FunctionalConfig } from '../models/functional.js';
import '../models/nested.js';
import type { MetricSpec } from '../evaluation/metrics/resolve.js';
declare const FORMAT = "candor-model";
export declare const CONFIG_FILE = "model.json";
export declare const WEIGHTS_FILE = "weights.bin";
interface TensorEntry {
    name: string;
    shape: number[];
    dtype: DType;
    /** Byte offset in weights.bin. */
    offset: number;
}
export interface SavedModel {
    format: typeof FORMAT;
    formatVersion: number;
    candorVersion: string;
    /** A functional model adds its graph: each layer's calls (inboundNodes) and the input and output tensors. */
    model: {
        name: string;
        inputShape: number[];
        layers: {
            className: string;
            config: Record<string, unknown>;
            inboundNodes?: FunctionalConfig['layers'][number]['inboundNodes'];
        }[];
        kind?: 'functional';
        inputLayers?: FunctionalConfig['inputLayers'];
        outputLayers?: FunctionalConfig['outputLayers'];
        inputKeys?: FunctionalConfig['inputKeys'];
        outputStructure?: FunctionalConfig['outputStructure'];
    };
    /** One output: loss and metrics as compile took them; several: dicts keyed by output name, with lossWeights. */
    compile: {
        loss: Record<string, unknown>;
        lossWeights?: Record<string, number>;
        optimizer: Record<string, unknown>;
        metrics: MetricSpec[] | Record<string, MetricSpec[]>;
        strict: boolean;
    } | null;
    /** `manifestSha256` covers the tensor entries (weights and optimizer state), so a shifted or swapped offset is detected. */
    weights: {
        file: string;
        byteLength: number;
        sha256: string;
        manifestSha256?: string;
        tensors: TensorEntry[];
    };
    optimizer: {
        iterations: number;
        tensors: TensorEntry[];
    } | null;
}
/**
 * Saves architecture, compile settings, weights and optimizer state to a directory:
 * model.json (config + manifest) and weights.bin (float32 buffers). The weights are written
 * first and the manifest holds their checksum, so an interrupted save is detected on load.
 */
export declare function saveModel(model: Model, target: string): Promise<void>;
/** A local path from what the user gave: TF.js' "file://" prefix is accepted; other schemes are refused. */
export declare function localPath(path: unknown, where: string): string;
export declare const WEIGHTS_MANIFEST = "weights.json";
/** Writes only the weights (weights.bin + weights.json with shapes and a checksum), as Keras' save_weights. */
export declare function saveWeights(model: Model, target: string): Promise<void>;
/** Loads weights written by saveWeights (or model.save) into a model of the same architecture; shapes must match tensor by tensor. */
export declare function loadWeights(model: Model, source: string): Promise<void>;
/**
 * Restores a model saved by saveModel: same predictions, and training continues where it stopped.
 * The type parameter is what predict returns: a tensor (one output, the default), or for a model
 * with several outputs the list or dict it was built with (loadModel<Tensor[]>(dir)).
 */
export declare function loadModel<P extends Prediction = Tensor>(source: string): Promise<Sequential | Functional<P>>;
export {};
