/**
 * Learned position embeddings (KerasHub's PositionEmbedding and TokenAndPositionEmbedding): a
 * trained vector per sequence position, the order information a Transformer's attention lacks.
 */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { add } from '../ops/elementwise.js';
import { broadcastTo, slice } from '../ops/layout.js';
import { Layer, expectRank } from './layer.js';
import { arg, layerArgs, optional, type ConfigOf } from './args.js';
import { Embedding } from './embedding.js';
import { defineLayer } from './registry.js';

const POSITION_ARGS = layerArgs('PositionEmbedding', {
  /** The longest sequence the layer embeds (one learned vector per position). */
  sequenceLength: arg.positiveInt(),
  initializer: optional(arg.string(), 'glorot_uniform'),
});
export type PositionEmbeddingConfig = ConfigOf<typeof POSITION_ARGS.schema>;

/** (batch, steps, features) -> the position vectors of steps 0 … steps-1, broadcast over the batch (add them to the input). */
export class PositionEmbedding extends Layer {
  readonly className = 'PositionEmbedding';
  protected override maskHandling = 'passes' as const;
  readonly sequenceLength: number;
  readonly initializer: string;
  embeddings: Variable | null = null;

  constructor(config: PositionEmbeddingConfig) {
    const { args, base } = POSITION_ARGS.read(config);
    super(base, 'PositionEmbedding');
    this.sequenceLength = args.sequenceLength;
    this.initializer = args.initializer;
  }

  override build(inputShape: Shape, rng: Rng): void {
    expectRank(this, inputShape, 2, '(batch, steps, features)');
    if (inputShape[0]! > this.sequenceLength)
      throw new RangeError(
        `PositionEmbedding "${this.name}": inputs of ${inputShape[0]} steps are longer than sequenceLength=${this.sequenceLength}`,
      );
    this.embeddings = this.addWeight('embeddings', [this.sequenceLength, inputShape[1]!], this.initializer, rng);
    super.build(inputShape, rng);
  }

  call(x: Tensor): Tensor {
    const [batch, steps, features] = x.shape as [number, number, number];
    if (steps > this.sequenceLength)
      throw new RangeError(
        `PositionEmbedding "${this.name}": inputs of ${steps} steps are longer than sequenceLength=${this.sequenceLength}`,
      );
    return broadcastTo(slice(this.embeddings!, [0, 0], [steps, features]), [batch, steps, features]);
  }

  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }

  protected layerConfig(): Record<string, unknown> {
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
export type TokenAndPositionEmbeddingConfig = ConfigOf<typeof TOKEN_POSITION_ARGS.schema>;

/** Token ids (batch, steps) -> token vector + position vector (batch, steps, embeddingDim). */
export class TokenAndPositionEmbedding extends Layer {
  readonly className = 'TokenAndPositionEmbedding';
  protected override maskHandling = 'passes' as const;
  private readonly args: ReturnType<typeof TOKEN_POSITION_ARGS.read>['args'];
  readonly tokens: Embedding;
  readonly positions: PositionEmbedding;

  constructor(config: TokenAndPositionEmbeddingConfig) {
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

  override build(inputShape: Shape, rng: Rng): void {
    expectRank(this, inputShape, 1, '(batch, steps) token ids');
    this.tokens.build(inputShape, rng);
    this.positions.build([inputShape[0]!, this.args.embeddingDim], rng);
    super.build(inputShape, rng);
  }

  protected override sublayers(): readonly Layer[] {
    return [this.tokens, this.positions];
  }

  override outputMask(x: Tensor): Tensor | null {
    return this.tokens.outputMask(x);
  }

  call(x: Tensor): Tensor {
    const embedded = this.tokens.call(x);
    return add(embedded, this.positions.call(embedded));
  }

  computeOutputShape(inputShape: Shape): Shape {
    return [...inputShape, this.args.embeddingDim];
  }

  protected layerConfig(): Record<string, unknown> {
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
  positionEmbedding: (config: PositionEmbeddingConfig) => new PositionEmbedding(config),
  tokenAndPositionEmbedding: (config: TokenAndPositionEmbeddingConfig) => new TokenAndPositionEmbedding(config),
};
