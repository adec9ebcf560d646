import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { gather } from '../ops/layout.js';
import { BASE_KEYS, Layer, type BaseLayerConfig } from './layer.js';
import { positiveInt, readConfig } from './config.js';
import { resolveRegularizer, type RegularizerSpec } from './regularizers.js';
import { resolveConstraint, type ConstraintSpec } from './constraints.js';
import { defineLayer } from './registry.js';

export interface EmbeddingConfig extends BaseLayerConfig {
  inputDim: number;
  outputDim: number;
  /** Length of the input sequences (Keras 2); sets inputShape to [inputLength]. */
  inputLength?: number;
  embeddingsInitializer?: string;
  embeddingsRegularizer?: RegularizerSpec | null;
  maskZero?: boolean;
}

/** Maps integer ids (batch, length) to vectors (batch, length, outputDim). */
export class Embedding extends Layer {
  readonly className = 'Embedding';
  readonly inputDim: number;
  readonly outputDim: number;
  readonly inputLength: number | undefined;
  readonly embeddingsInitializer: string;
  private readonly embeddingsRegularizer: RegularizerSpec | null;
  private readonly embeddingsConstraint: ConstraintSpec | null;
  embeddings: Variable | null = null;

  constructor(config: EmbeddingConfig) {
    const c = readConfig(config, 'Embedding', [...BASE_KEYS, 'inputDim', 'outputDim', 'inputLength', 'embeddingsInitializer',
      'embeddingsRegularizer', 'maskZero', 'embeddingsConstraint', 'activityRegularizer'], { init: 'embeddingsInitializer', W_regularizer: 'embeddingsRegularizer' }) as unknown as EmbeddingConfig;
    super(c.inputLength !== undefined && !c.inputShape ? { ...c, inputShape: [positiveInt(c.inputLength, 'Embedding', 'inputLength')] } : c, 'Embedding');
    this.inputDim = positiveInt(c.inputDim, 'Embedding', 'inputDim');
    this.outputDim = positiveInt(c.outputDim, 'Embedding', 'outputDim');
    this.inputLength = c.inputLength;
    this.embeddingsInitializer = c.embeddingsInitializer ?? 'uniform';
    this.embeddingsRegularizer = c.embeddingsRegularizer ?? null;
    this.embeddingsConstraint = (c as { embeddingsConstraint?: ConstraintSpec }).embeddingsConstraint ?? null;
    resolveConstraint(this.embeddingsConstraint, 'Embedding');
    if (c.maskZero) {
      throw new RangeError('Embedding: maskZero=true is not supported yet (no layer here consumes masks). Received: maskZero=true; pad with id 0 and leave maskZero unset');
    }
  }

  override build(inputShape: Shape, rng: Rng): void {
    this.embeddings = this.addWeight('embeddings', [this.inputDim, this.outputDim], this.embeddingsInitializer, rng,
      { regularizer: resolveRegularizer(this.embeddingsRegularizer, 'Embedding'), constraint: this.embeddingsConstraint });
    super.build(inputShape, rng);
  }

  call(x: Tensor): Tensor {
    for (let i = 0; i < x.size; i++) {
      const id = x.data[i]!;
      if (!Number.isInteger(id) || id < 0 || id >= this.inputDim) {
        throw new RangeError(`Embedding "${this.name}": ids must be integers in [0, ${this.inputDim - 1}] (inputDim=${this.inputDim}). Received: ${id} at flat position ${i}`);
      }
    }
    return gather(this.embeddings!, x, 0);
  }

  computeOutputShape(inputShape: Shape): Shape {
    return [...inputShape, this.outputDim];
  }

  protected layerConfig(): Record<string, unknown> {
    return {
      inputDim: this.inputDim, outputDim: this.outputDim, embeddingsInitializer: this.embeddingsInitializer,
      embeddingsRegularizer: this.embeddingsRegularizer, ...(this.inputLength ? { inputLength: this.inputLength } : {}),
      ...(this.embeddingsConstraint ? { embeddingsConstraint: this.embeddingsConstraint } : {}),
    };
  }
}

defineLayer('Embedding', Embedding);

export const embeddingLayers = {
  embedding: (config: EmbeddingConfig) => new Embedding(config),
};
