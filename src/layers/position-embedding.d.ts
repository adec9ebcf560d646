/**
 * Learned position embeddings (KerasHub's PositionEmbedding and TokenAndPositionEmbedding): a
 * trained vector per sequence position, the order information a Transformer's attention lacks.
 */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer } from './layer.js';
import { type ConfigOf } from './args.js';
import { Embedding } from './embedding.js';
declare const POSITION_ARGS: import("./args.js").LayerArgs<{
    /** The longest sequence the layer embeds (one learned vector per position). */
    sequenceLength: import("./args.js").Arg<number, number, true>;
    initializer: import("./args.js").Arg<string | null, string, false>;
}>;
export type PositionEmbeddingConfig = ConfigOf<typeof POSITION_ARGS.schema>;
/** (batch, steps, features) -> the position vectors of steps 0 … steps-1, broadcast over the batch (add them to the input). */
export declare class PositionEmbedding extends Layer {
    readonly className = "PositionEmbedding";
    protected maskHandling: "passes";
    readonly sequenceLength: number;
    readonly initializer: string;
    embeddings: Variable | null;
    constructor(config: PositionEmbeddingConfig);
    build(inputShape: Shape, rng: Rng): void;
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
declare const TOKEN_POSITION_ARGS: import("./args.js").LayerArgs<{
    vocabularySize: import("./args.js").Arg<number, number, true>;
    sequenceLength: import("./args.js").Arg<number, number, true>;
    embeddingDim: import("./args.js").Arg<number, number, true>;
    tokenEmbeddingInitializer: import("./args.js").Arg<string | null, string, false>;
    positionEmbeddingInitializer: import("./args.js").Arg<string | null, string, false>;
    /** Id 0 is padding: the output carries a mask of the other steps. */
    maskZero: import("./args.js").Arg<boolean | null, boolean, false>;
}>;
export type TokenAndPositionEmbeddingConfig = ConfigOf<typeof TOKEN_POSITION_ARGS.schema>;
/** Token ids (batch, steps) -> token vector + position vector (batch, steps, embeddingDim). */
export declare class TokenAndPositionEmbedding extends Layer {
    readonly className = "TokenAndPositionEmbedding";
    protected maskHandling: "passes";
    private readonly args;
    readonly tokens: Embedding;
    readonly positions: PositionEmbedding;
    constructor(config: TokenAndPositionEmbeddingConfig);
    build(inputShape: Shape, rng: Rng): void;
    protected sublayers(): readonly Layer[];
    outputMask(x: Tensor): Tensor | null;
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare const positionEmbeddingLayers: {
    positionEmbedding: (config: PositionEmbeddingConfig) => PositionEmbedding;
    tokenAndPositionEmbedding: (config: TokenAndPositionEmbeddingConfig) => TokenAndPositionEmbedding;
};
export {};
