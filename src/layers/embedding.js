import { gather } from '../ops/layout.js';
import { equal, sub } from '../ops/elementwise.js';
import { Layer } from './layer.js';
import { arg, layerArgs, optional, raw } from './args.js';
import { resolveRegularizer } from './regularizers.js';
import { resolveConstraint } from './constraints.js';
import { defineLayer } from './registry.js';
const EMBEDDING_ARGS = layerArgs('Embedding', {
    inputDim: arg.positiveInt(),
    outputDim: arg.positiveInt(),
    /** Length of the input sequences (Keras 2); sets inputShape to [inputLength]. */
    inputLength: optional(arg.positiveInt(), undefined),
    embeddingsInitializer: optional(arg.string(), 'uniform'),
    embeddingsRegularizer: raw(),
    embeddingsConstraint: raw(),
    /** Id 0 is padding: the output carries a mask of the other steps, read by recurrent layers and 1-D average pooling. */
    maskZero: optional(arg.boolean(), false),
}, { legacy: { init: 'embeddingsInitializer', W_regularizer: 'embeddingsRegularizer' }, base: ['activityRegularizer'] });
/** Maps integer ids (batch, length) to vectors (batch, length, outputDim). */
export class Embedding extends Layer {
    className = 'Embedding';
    inputDim;
    outputDim;
    inputLength;
    embeddingsInitializer;
    maskZero;
    embeddingsRegularizer;
    embeddingsConstraint;
    embeddings = null;
    constructor(config) {
        const { args: a, base } = EMBEDDING_ARGS.read(config);
        super(a.inputLength !== undefined && !base.inputShape ? { ...base, inputShape: [a.inputLength] } : base, 'Embedding');
        this.inputDim = a.inputDim;
        this.outputDim = a.outputDim;
        this.inputLength = a.inputLength;
        this.embeddingsInitializer = a.embeddingsInitializer;
        this.maskZero = a.maskZero;
        this.embeddingsRegularizer = a.embeddingsRegularizer ?? null;
        this.embeddingsConstraint = a.embeddingsConstraint ?? null;
        resolveConstraint(this.embeddingsConstraint, 'Embedding');
    }
    /** With maskZero: 1 where the id is not 0 (the padding), shape (batch, length). */
    outputMask(x) {
        return this.maskZero ? sub(1, equal(x, 0)) : null;
    }
    build(inputShape, rng) {
        this.embeddings = this.addWeight('embeddings', [this.inputDim, this.outputDim], this.embeddingsInitializer, rng, {
            regularizer: resolveRegularizer(this.embeddingsRegularizer, 'Embedding'),
            constraint: this.embeddingsConstraint,
        });
        super.build(inputShape, rng);
    }
    call(x) {
        for (let i = 0; i < x.size; i++) {
            const id = x.data[i];
            if (!Number.isInteger(id) || id < 0 || id >= this.inputDim) {
                throw new RangeError(`Embedding "${this.name}": ids must be integers in [0, ${this.inputDim - 1}] (inputDim=${this.inputDim}). Received: ${id} at flat position ${i}`);
            }
        }
        return gather(this.embeddings, x, 0);
    }
    computeOutputShape(inputShape) {
        return [...inputShape, this.outputDim];
    }
    layerConfig() {
        return {
            inputDim: this.inputDim,
            outputDim: this.outputDim,
            embeddingsInitializer: this.embeddingsInitializer,
            embeddingsRegularizer: this.embeddingsRegularizer,
            ...(this.inputLength ? { inputLength: this.inputLength } : {}),
            ...(this.maskZero ? { maskZero: true } : {}),
            ...(this.embeddingsConstraint ? { embeddingsConstraint: this.embeddingsConstraint } : {}),
        };
    }
}
defineLayer('Embedding', Embedding);
export const embeddingLayers = {
    embedding: (config) => new Embedding(config),
};
//# sourceMappingURL=embedding.js.map