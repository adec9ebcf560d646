/** The Layer contract (build, call, computeOutputShape, getConfig) and what every layer shares. */
import { Tensor, Variable } from '../tensor/tensor.js';
import { type Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { type RegularizerConfig, type RegularizerSpec } from './regularizers.js';
import { type ConstraintSpec } from './constraints.js';
import { SymbolicTensor, type LayerNode } from './symbolic.js';
export interface CallOptions {
    training: boolean;
    /** Source of randomness for dropout-like layers (seeded per fit). */
    rng: Rng;
}
/** The config every layer accepts besides its own arguments. */
export declare const BASE_KEYS: readonly ["name", "inputShape", "batchInputShape", "trainable", "dtype"];
export interface BaseLayerConfig {
    name?: string;
    /** Shape of one sample (no batch axis), for the first layer of a model. */
    inputShape?: readonly (number | null)[];
    /** Keras' form: the batch axis first (ignored), then one sample's shape. */
    batchInputShape?: readonly (number | null)[];
    trainable?: boolean;
    /** Only 'float32' (Keras 3's { config: { name: 'float32' } } policy form too): the dtype Candor computes in. */
    dtype?: unknown;
    /** A penalty on the layer's output, added to the training loss (only layers that list it accept it). */
    activityRegularizer?: RegularizerSpec | null;
}
/**
 * The contract every layer keeps (Keras 3): build(inputShape) creates weights,
 * call(x, options) computes, computeOutputShape(inputShape) predicts the output shape,
 * getConfig() returns what fromConfig needs. Shapes here exclude the batch axis.
 */
export declare abstract class Layer {
    abstract readonly className: string;
    readonly name: string;
    trainable: boolean;
    readonly declaredInputShape: Shape | undefined;
    built: boolean;
    protected builtInputShape: Shape;
    private readonly variables;
    private readonly regularized;
    private readonly constrained;
    readonly activityRegularizer: RegularizerConfig | null;
    private readonly activitySpec;
    constructor(config: BaseLayerConfig, defaultName: string);
    /** Creates the layer's weights for inputs of this shape (one sample, no batch axis). */
    build(inputShape: Shape, _rng: Rng): void;
    abstract call(x: Tensor, options: CallOptions): Tensor;
    abstract computeOutputShape(inputShape: Shape): Shape;
    /** This layer's own arguments, in Candor's camelCase spelling. */
    protected abstract layerConfig(): Record<string, unknown>;
    getConfig(): Record<string, unknown>;
    /** The calls of this layer on symbolic inputs, in order (Keras' inbound nodes). */
    readonly inboundNodes: LayerNode[];
    /** The symbolic output of this layer's only call (Keras' layer.output), e.g. for a feature-extraction model. */
    get output(): SymbolicTensor;
    /** The symbolic input of this layer's only call (Keras' layer.input); a merge layer's first input. */
    get input(): SymbolicTensor;
    private onlyNode;
    /**
     * On a tensor: builds on first use, checks the input shape, then calls. On a symbolic tensor
     * (the functional API): records the call and returns the symbolic output, computing nothing;
     * weights are created when a model is made from the graph.
     */
    apply(x: SymbolicTensor | readonly SymbolicTensor[], args?: Record<string, unknown>): SymbolicTensor;
    apply(x: Tensor, options: CallOptions): Tensor;
    /**
     * Masks (Keras' masking: Embedding maskZero, Masking): a (batch, time) 0/1 tensor of the steps
     * that hold data. A layer either passes a mask on unchanged (it works per step), consumes it
     * (recurrent layers, 1-D average pooling), or refuses it: nothing ignores a mask silently.
     */
    protected maskHandling: 'passes' | 'consumes' | 'refuses';
    /** apply() with the mask of the previous layer's output (null: none); returns this layer's output. */
    applyMasked(x: Tensor, options: CallOptions, mask: Tensor | null): Tensor;
    /** Throws when a mask reaches a layer that neither passes nor reads it. */
    checkMask(mask: Tensor | null): void;
    /** The call of a layer that consumes masks. */
    protected callMasked(x: Tensor, options: CallOptions, _mask: Tensor): Tensor;
    /** The mask of this layer's output, given its input and the input's mask. */
    outputMask(_x: Tensor, mask: Tensor | null): Tensor | null;
    /** The output shape of one symbolic call; layers of several inputs (merge, attention) override this. */
    protected symbolicOutputShape(inputs: readonly SymbolicTensor[], args: Readonly<Record<string, unknown>>): Shape;
    /** Records a call exactly as a saved graph describes it (its inputs and call arguments; Functional.fromConfig); returns every output. */
    replay(inputs: readonly SymbolicTensor[], args: Readonly<Record<string, unknown>>): readonly SymbolicTensor[];
    /**
     * apply() returning every output of the call: a recurrent layer with returnState gives
     * [output, ...final states] (Keras' `output, h, c = lstm(x)`); other layers give [output].
     */
    applyAll(x: SymbolicTensor | readonly SymbolicTensor[], args?: Record<string, unknown>): readonly SymbolicTensor[];
    /** Layers without call arguments refuse any (an argument is implemented or refused, never dropped). */
    protected refuseArgs(args: Readonly<Record<string, unknown>>): void;
    /** Records one call on symbolic inputs; `symbolicInputs` lets a layer turn call arguments into inputs (an attention mask). */
    protected applySymbolic(inputs: readonly SymbolicTensor[], args: Readonly<Record<string, unknown>>): SymbolicTensor;
    /** Every output of one symbolic call (a layer has one, a recurrent layer with returnState its states too). */
    protected symbolicOutputShapes(inputs: readonly SymbolicTensor[], args: Readonly<Record<string, unknown>>): Shape[];
    /** Builds for one call in a functional model: its inputs' sample shapes and its call arguments. */
    buildNode(shapes: readonly Shape[], rng: Rng, _args: Readonly<Record<string, unknown>>): void;
    /**
     * One call in a functional model's forward pass: its input batches and their masks in, each
     * output with its mask out. A layer of one input applies itself (with the mask); layers of
     * several inputs or outputs override this.
     */
    callNode(xs: readonly Tensor[], options: CallOptions, masks: readonly (Tensor | null)[], _args: Readonly<Record<string, unknown>>): {
        outputs: Tensor[];
        masks: (Tensor | null)[];
    };
    /** Throws unless x (with its batch axis) fits the sample shape this layer was built for. */
    checkInput(x: Tensor): void;
    /**
     * The layers whose output this layer's output is, for reading an output head's width and
     * activation (a nested model answers with its own layers); a plain layer is its own chain.
     */
    outputChain(): readonly Layer[];
    /** Layers this one is made of (Bidirectional's two directions, TimeDistributed's layer): their weights are this layer's. */
    protected sublayers(): readonly Layer[];
    /** All weights, trainable first (Keras order within a layer: kernel, bias, …), then the sublayers'. */
    get weights(): Variable[];
    get trainableWeights(): Variable[];
    get nonTrainableWeights(): Variable[];
    /** Copies of this layer's weights, in the order of `weights` (Keras' get_weights). */
    getWeights(): Tensor[];
    /** Sets this layer's weights, in the order of `weights`; shapes must match one by one (Keras' set_weights). */
    setWeights(values: readonly Tensor[]): void;
    countParams(): number;
    /** Sum of the weight penalties of this layer and its sublayers, or null. */
    regularizationLoss(): Tensor | null;
    /** The activity penalty of one output batch, divided by the batch size (tf.keras 2's rule; Keras 3 does not divide). */
    activityPenalty(output: Tensor): Tensor | null;
    /** Projects constrained weights back onto their constraint (after each optimizer update, as Keras). */
    applyConstraints(): void;
    /** Forgets the weights so that the next build creates them again (re-initialisation from another seed). */
    resetBuild(): void;
    protected addWeight(name: string, shape: Shape, initializer: string, rng: Rng, options?: {
        trainable?: boolean;
        regularizer?: RegularizerConfig | null;
        constraint?: ConstraintSpec | null;
    }): Variable;
}
/** Throws unless the sample shape has the rank a layer needs. */
export declare function expectRank(layer: Layer, inputShape: Shape, rank: number, meaning: string): void;
