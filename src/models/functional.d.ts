/**
 * The functional API (Keras' Functional model): candor.input() gives a symbolic tensor, layers
 * applied to symbolic tensors record a graph, and candor.model({ inputs, outputs }) makes a Model
 * of it: branches, merges and shared layers, built once in graph order, trained like any model.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer } from '../layers/layer.js';
import { SymbolicTensor } from '../layers/symbolic.js';
import type { ForwardOptions, ForwardResult, InputEncoder, OutputHead } from '../training/trainable.js';
import { Model, type Prediction } from './model.js';
export interface InputOptions {
    /** One sample's shape (no batch axis); null for any size. */
    shape: readonly (number | null)[];
    name?: string;
    /** 'float32', 'int32' for token ids (read as float32, exact up to 2^24), or 'string' for raw texts read by a TextVectorization. */
    dtype?: 'float32' | 'int32' | 'string';
}
/** A symbolic input of the functional API (Keras' keras.Input). */
export declare function input(options: InputOptions): SymbolicTensor;
/** A node's place in a saved config: [layer name, node index, tensor index] (Keras' inbound_nodes entries). */
type NodeRef = [string, number, number];
export interface FunctionalConfig {
    name?: string;
    /** Each layer once, with the inputs of each of its calls. */
    layers: {
        className: string;
        config: Record<string, unknown>;
        inboundNodes: NodeRef[][];
        /** Each call's arguments (Keras' call kwargs, e.g. useCausalMask), when any call has some. */
        callArgs?: Record<string, unknown>[];
    }[];
    inputLayers: NodeRef[];
    outputLayers: NodeRef[];
    /** Inputs given as a dict: its keys, in inputLayers' order. */
    inputKeys?: string[];
    /** Outputs given as a list (even of one) or a dict (with its keys, in outputLayers' order); absent for one output. */
    outputStructure?: 'list' | {
        keys: string[];
    };
}
/** Symbolic tensors as the functional API takes them: one, a list, or a dict keyed by name. */
export type SymbolicStructure = SymbolicTensor | readonly SymbolicTensor[] | {
    readonly [name: string]: SymbolicTensor;
};
/** A model of a layer graph from symbolic inputs to symbolic outputs. */
export declare class Functional<P extends Prediction = Prediction> extends Model<P> {
    readonly inputs: readonly SymbolicTensor[];
    readonly outputs: readonly SymbolicTensor[];
    readonly inputNames: readonly string[];
    readonly outputNames: readonly string[];
    /** How the outputs were given: predict returns the same form. */
    private readonly outputForm;
    private readonly inputKeys;
    /** Every node from the inputs to the outputs, each after the nodes it reads. */
    private readonly nodes;
    readonly layers: Layer[];
    private isBuilt;
    private readonly encoders;
    constructor(options: {
        inputs: SymbolicStructure;
        outputs: SymbolicStructure;
        name?: string;
        seed?: number;
    });
    get built(): boolean;
    /** Per input, the TextVectorization that reads it (raw texts are vectorized where the data enters), else null. */
    inputEncoders(): readonly (InputEncoder | null)[];
    /** The first input's sample shape (each input's is in `inputs`). */
    get inputShape(): Shape;
    builtSampleShape(): Shape;
    /** Input shapes are part of the graph: build() takes none (or the same). */
    build(): void;
    protected buildForSample(_shape: Shape, rng: Rng): void;
    /** The layers from the first input to output `head`, following each layer's first input. */
    outputChain(head?: number): Layer[];
    /** Each output's width, and the activation found walking back through layers that keep the width. */
    outputHeads(): OutputHead[];
    protected packOutputs(outputs: Tensor[]): P;
    forward(x: readonly Tensor[], options: ForwardOptions): ForwardResult;
    /** Prints (and returns) the Keras-like table, with each call's inputs in a "Connected to" column. */
    summary(print?: (text: string) => void): string;
    getConfig(): FunctionalConfig;
    /** A node's index among its layer's calls inside this model (a shared layer's calls elsewhere are not counted). */
    private callIndex;
    /** The architecture as a JSON string; candor.modelFromJSON reads it back. */
    toJSON(): string;
    /** A new, untrained model of this architecture (Keras' Functional.from_config): the layers are made, then called in the recorded order. */
    static fromConfig(config: FunctionalConfig): Functional;
}
interface ModelOptions<O> {
    inputs: SymbolicStructure;
    outputs: O;
    name?: string;
    seed?: number;
}
/** candor.model({ inputs, outputs }): a functional model; predict returns its outputs in the form they were given. */
export declare function model(options: ModelOptions<SymbolicTensor>): Functional<Tensor>;
export declare function model(options: ModelOptions<readonly SymbolicTensor[]>): Functional<Tensor[]>;
export declare function model(options: ModelOptions<{
    readonly [name: string]: SymbolicTensor;
}>): Functional<{
    [name: string]: Tensor;
}>;
export declare function model(options: ModelOptions<SymbolicStructure>): Functional;
export {};
