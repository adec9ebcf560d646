/**
 * Models as layers of other models (Keras: a Model is a Layer): a Sequential or Functional model
 * with one input and one output, called on a symbolic tensor, contributes its layers and weights
 * to the outer model; saved as its own config (className 'Sequential' or 'Functional') and rebuilt by
 * layerFromConfig.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer, type CallOptions } from '../layers/layer.js';
import { Model } from './model.js';
export declare class ModelLayer extends Layer {
    readonly model: Model;
    readonly className: string;
    constructor(model: Model);
    protected sublayers(): readonly Layer[];
    outputChain(): readonly Layer[];
    /** A functional model knows its input shape; a Sequential one builds for the shape it is called on. */
    build(inputShape: Shape, rng: Rng): void;
    private markBuilt;
    call(x: Tensor, options: CallOptions): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    getConfig(): Record<string, unknown>;
    protected layerConfig(): Record<string, unknown>;
}
