/** Sequential: a linear stack of layers, the first kind of Model. */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer } from '../layers/layer.js';
import type { ForwardOptions, ForwardResult, InputEncoder, OutputHead } from '../training/trainable.js';
import { Model, type Prediction } from './model.js';
import { Functional, type FunctionalConfig } from './functional.js';
export type { CompileArgs, EvaluateOptions, ReportOptions } from '../training/trainer.js';
export type { ForwardResult, Logs } from '../training/trainable.js';
export type { PredictOptions } from './model.js';
/** A linear stack of layers (Keras' Sequential): a Model whose forward pass runs the layers in order. */
export declare class Sequential extends Model<Tensor> {
    readonly layers: Layer[];
    private builtInputShape;
    constructor(layers?: Layer[], options?: {
        name?: string;
        seed?: number;
    });
    /** Appends a layer; once the input shape is known, the model (and so this layer) is built at once, as in Keras. */
    add(layer: Layer): void;
    /** Removes the last layer (Keras' pop) and returns it. */
    pop(): Layer;
    get built(): boolean;
    /** The sample shape the model expects (no batch axis), from the first layer. */
    get inputShape(): Shape | undefined;
    /**
     * Creates every layer's weights. `inputShape` is Keras' full shape with the batch axis first
     * ([null, 4]); the sample shape alone ([4]) is accepted when the first layer declares it.
     * Without an argument, the first layer's inputShape is used.
     */
    build(inputShape?: readonly (number | null)[]): void;
    protected buildForSample(shape: Shape, rng: Rng): void;
    /** Output shape of each layer for one sample. */
    outputShapes(): Shape[];
    /** Prints (and returns) a Keras-like table of layers, output shapes and parameter counts. */
    summary(print?: (text: string) => void): string;
    /** The last layer's width and effective activation, for task inference and diagnostics. */
    outputHeads(): OutputHead[];
    /** One input, named after the first layer when it is an InputLayer (Keras' input_names). */
    get inputNames(): readonly string[];
    outputChain(): readonly Layer[];
    /** A TextVectorization first layer reads raw texts: it vectorizes them where the data enters. */
    inputEncoders(): readonly (InputEncoder | null)[];
    /** One output, named after the last layer (Keras' output_names). */
    get outputNames(): readonly string[];
    protected packOutputs(outputs: Tensor[]): Tensor;
    /**
     * Runs the layers. When the last layer ends in an activation the trainer's loss can fuse
     * (softmax/sigmoid with the matching cross-entropy on probabilities), also returns the
     * pre-activation logits so the loss can use the stable form (as Keras' TensorFlow backend does).
     */
    forward(x: readonly Tensor[], options: ForwardOptions): ForwardResult;
    /** The architecture as plain data (Keras' get_config): the name and each layer's { className, config }. */
    getConfig(): SequentialConfig;
    /** A new, untrained model with this architecture (Keras' Sequential.from_config). */
    static fromConfig(config: SequentialConfig): Sequential;
    /** The architecture as a JSON string (Keras' to_json, TF.js' toJSON); candor.modelFromJSON reads it back. */
    toJSON(): string;
    builtSampleShape(): Shape;
}
export interface SequentialConfig {
    name?: string;
    layers: {
        className: string;
        config: Record<string, unknown>;
    }[];
}
/**
 * A model from the JSON of model.toJSON() (a string or the parsed object): the architecture,
 * untrained. The type parameter is what a functional model's predict returns (see loadModel).
 */
export declare function modelFromJSON<P extends Prediction = Tensor>(json: string | {
    className?: string;
    config?: SequentialConfig | FunctionalConfig;
}): Sequential | Functional<P>;
/** Creates a Sequential model: candor.sequential([...layers]). */
export declare function sequential(layers?: Layer[], options?: {
    name?: string;
    seed?: number;
}): Sequential;
