/** Embedding: integer ids to learned vectors. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer } from './layer.js';
import { type ConfigOf } from './args.js';
import { type RegularizerSpec } from './regularizers.js';
import { type ConstraintSpec } from './constraints.js';
declare const EMBEDDING_ARGS: import("./args.js").LayerArgs<{
    inputDim: import("./args.js").Arg<number, number, true>;
    outputDim: import("./args.js").Arg<number, number, true>;
    /** Length of the input sequences (Keras 2); sets inputShape to [inputLength]. */
    inputLength: import("./args.js").Arg<number | null, number | undefined, false>;
    embeddingsInitializer: import("./args.js").Arg<string | null, string, false>;
    embeddingsRegularizer: import("./args.js").Arg<RegularizerSpec | null, RegularizerSpec | null | undefined, false>;
    embeddingsConstraint: import("./args.js").Arg<ConstraintSpec | null, ConstraintSpec | null | undefined, false>;
    /** Id 0 is padding: the output carries a mask of the other steps, read by recurrent layers and 1-D average pooling. */
    maskZero: import("./args.js").Arg<boolean | null, boolean, false>;
}>;
export type EmbeddingConfig = ConfigOf<typeof EMBEDDING_ARGS.schema>;
/** Maps integer ids (batch, length) to vectors (batch, length, outputDim). */
export declare class Embedding extends Layer {
    readonly className = "Embedding";
    readonly inputDim: number;
    readonly outputDim: number;
    readonly inputLength: number | undefined;
    readonly embeddingsInitializer: string;
    readonly maskZero: boolean;
    private readonly embeddingsRegularizer;
    private readonly embeddingsConstraint;
    embeddings: Variable | null;
    constructor(config: EmbeddingConfig);
    /** With maskZero: 1 where the id is not 0 (the padding), shape (batch, length). */
    outputMask(x: Tensor): Tensor | null;
    build(inputShape: Shape, rng: Rng): void;
    call(x: Tensor): Tensor;
    computeOutputShape(inputShape: Shape): Shape;
    protected layerConfig(): Record<string, unknown>;
}
export declare const embeddingLayers: {
    embedding: (config: EmbeddingConfig) => Embedding;
};
export {};
