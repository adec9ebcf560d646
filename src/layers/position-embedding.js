import { add } from '../ops/elementwise.js';
import { broadcastTo, slice } from '../ops/layout.js';
import { Layer, expectRank } from './layer.js';
import { arg, layerArgs, optional } from './args.js';
import { Embedding } from './embedding.js';
import { defineLayer } from './registry.js';
const POSITION_ARGS = layerArgs('PositionEmbedding', {
    /** The longest sequence the layer embeds (one learned vector per position). */
    sequenceLength: arg.positiveInt(),
    initializer: optional(arg.string(), 'glorot_uniform'),
});
/** (batch, steps, features) -> the position vectors of steps 0 … steps-1, broadcast over the batch (add them to the input). */
export class PositionEmbedding extends Layer {
    className = 'PositionEmbedding';
    maskHandling = 'passes';
    sequenceLength;
    initializer;
    embeddings = null;
    constructor(config) {
        const { args, base } = POSITION_ARGS.read(config);
        super(base, 'PositionEmbedding');
        this.sequenceLength = args.sequenceLength;
        this.initializer = args.initializer;
    }
    build(inputShape, rng) {
        expectRank(this, inputShape, 2, '(batch, steps, features)');
        if (inputShape[0] > this.sequenceLength)
            throw new RangeError(`PositionEmbedding "${this.name}": inputs of ${inputShape[0]} steps are longer than sequenceLength=${this.sequenceLength}`);
        this.embeddings = this.addWeight('embeddings', [this.sequenceLength, inputShape[1]], this.initializer, rng);
        super.build(inputShape, rng);
    }
    call(x) {
        const [batch, steps, features] = x.shape;
        if (steps > this.sequenceLength)
            throw new RangeError(`PositionEmbedding "${this.name}": inputs of ${steps} steps are longer than sequenceLength=${this.sequenceLength}`);
        return broadcastTo(slice(this.embeddings, [0, 0], [steps, features]), [batch, steps, features]);
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return { sequenceLength: this.sequenceLength, initializer: this.initializer };
    }
}
const TOKEN_POSITION_ARGS = layerArgs('TokenAndPositionEmbedding', {
    vocabularySize: arg.positiveInt(),
    sequenceLength: arg.positiveInt(),
    embeddingDim: arg.positiveInt(),
    tokenEmbeddingInitializer: optional(arg.string(), 'uniform'),
    positionEmbeddingInitializer: optional(arg.string(), 'glorot_uniform'),
    /** Id 0 is padding: the output carries a mask of the other steps. */
    maskZero: optional(arg.boolean(), false),
});
/** Token ids (batch, steps) -> token vector + position vector (batch, steps, embeddingDim). */
export class TokenAndPositionEmbedding extends Layer {
    className = 'TokenAndPositionEmbedding';
    maskHandling = 'passes';
    args;
    tokens;
    positions;
    constructor(config) {
        const { args, base } = TOKEN_POSITION_ARGS.read(config);
        super(base, 'TokenAndPositionEmbedding');
        this.args = args;
        this.tokens = new Embedding({
            name: `${this.name}/token_embedding`,
            inputDim: args.vocabularySize,
            outputDim: args.embeddingDim,
            embeddingsInitializer: args.tokenEmbeddingInitializer,
            maskZero: args.maskZero,
        });
        this.positions = new PositionEmbedding({
            name: `${this.name}/position_embedding`,
            sequenceLength: args.sequenceLength,
            initializer: args.positionEmbeddingInitializer,
        });
    }
    build(inputShape, rng) {
        expectRank(this, inputShape, 1, '(batch, steps) token ids');
        this.tokens.build(inputShape, rng);
        this.positions.build([inputShape[0], this.args.embeddingDim], rng);
        super.build(inputShape, rng);
    }
    sublayers() {
        return [this.tokens, this.positions];
    }
    outputMask(x) {
        return this.tokens.outputMask(x);
    }
    call(x) {
        const embedded = this.tokens.call(x);
        return add(embedded, this.positions.call(embedded));
    }
    computeOutputShape(inputShape) {
        return [...inputShape, this.args.embeddingDim];
    }
    layerConfig() {
        const a = this.args;
        return {
            vocabularySize: a.vocabularySize,
            sequenceLength: a.sequenceLength,
            embeddingDim: a.embeddingDim,
            tokenEmbeddingInitializer: a.tokenEmbeddingInitializer,
            positionEmbeddingInitializer: a.positionEmbeddingInitializer,
            ...(a.maskZero ? { maskZero: true } : {}),
        };
    }
}
defineLayer('PositionEmbedding', PositionEmbedding);
defineLayer('TokenAndPositionEmbedding', TokenAndPositionEmbedding);
export const positionEmbeddingLayers = {
    positionEmbedding: (config) => new PositionEmbedding(config),
    tokenAndPositionEmbedding: (config) => new TokenAndPositionEmbedding(config),
};
//# sourceMappingURL=position-embedding.js.map