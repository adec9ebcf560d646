import { lookup } from '../registry/lookup.js';
import { describe } from '../tensor/describe.js';
import type { Layer } from './layer.js';
import { Activation, Dense, Dropout, Flatten, InputLayer, Reshape, type ActivationConfig, type DenseConfig, type DropoutConfig, type InputConfig, type ReshapeConfig } from './core.js';
import { Embedding, type EmbeddingConfig } from './embedding.js';
import { Conv1D, Conv2D, type ConvConfig } from './convolutional.js';
import {
  AveragePooling1D, AveragePooling2D, GlobalAveragePooling1D, GlobalAveragePooling2D, GlobalMaxPooling1D, GlobalMaxPooling2D,
  MaxPooling1D, MaxPooling2D, type PoolingConfig,
} from './pooling.js';
import { BatchNormalization, type BatchNormalizationConfig } from './normalization.js';
import type { BaseLayerConfig, CallOptions } from './layer.js';
import type { Tensor } from '../tensor/tensor.js';
import { ones } from '../tensor/creation.js';
import { mul } from '../ops/elementwise.js';
import { dropout } from '../ops/nn.js';

/** Dropout of whole channels of (batch, steps, channels): one mask value per (sample, channel). */
export class SpatialDropout1D extends Dropout {
  override readonly className = 'SpatialDropout1D';
  constructor(config: DropoutConfig) {
    super(config, 'SpatialDropout1D');
  }
  override call(x: Tensor, options: CallOptions): Tensor {
    if (!options.training || this.rate === 0) return x;
    const [batch, , channels] = x.shape;
    return mul(x, dropout(ones([batch!, 1, channels!]), this.rate, { rng: this.maskRng(options) }));
  }
}

/** Layer classes by Keras class name (and Keras 1 aliases), for fromConfig and Keras JSON. */
export const LAYER_CLASSES: Record<string, new (config: never) => Layer> = {
  InputLayer, Dense, Activation, Dropout, SpatialDropout1D, Flatten, Reshape, Embedding, Conv1D, Conv2D,
  MaxPooling1D, MaxPooling2D, AveragePooling1D, AveragePooling2D,
  GlobalMaxPooling1D, GlobalAveragePooling1D, GlobalMaxPooling2D, GlobalAveragePooling2D, BatchNormalization,
  Convolution1D: Conv1D, Convolution2D: Conv2D, MaxPool1D: MaxPooling1D, MaxPool2D: MaxPooling2D,
  AvgPool1D: AveragePooling1D, AvgPool2D: AveragePooling2D,
};

/** Recreates a layer from { className, config } (Candor's saved form, also Keras' JSON). */
export function layerFromConfig(spec: unknown): Layer {
  if (typeof spec !== 'object' || spec === null || typeof (spec as { className?: unknown }).className !== 'string') {
    throw new TypeError(`layerFromConfig: expected { className: string, config: object }. Received: ${describe(spec)}`);
  }
  const { className, config } = spec as { className: string; config?: unknown };
  const Ctor = lookup(LAYER_CLASSES, className, 'layerFromConfig', 'layer class');
  return new Ctor((config ?? {}) as never);
}

/** Layer factories, Keras style: candor.layers.dense({ units: 8, activation: 'relu' }). */
export const layers = {
  input: (config: InputConfig) => new InputLayer(config),
  dense: (config: DenseConfig) => new Dense(config),
  activation: (config: ActivationConfig) => new Activation(config),
  dropout: (config: DropoutConfig) => new Dropout(config),
  spatialDropout1d: (config: DropoutConfig) => new SpatialDropout1D(config),
  flatten: (config: BaseLayerConfig = {}) => new Flatten(config),
  reshape: (config: ReshapeConfig) => new Reshape(config),
  embedding: (config: EmbeddingConfig) => new Embedding(config),
  conv1d: (config: ConvConfig) => new Conv1D(config),
  conv2d: (config: ConvConfig) => new Conv2D(config),
  maxPooling1d: (config: PoolingConfig = {}) => new MaxPooling1D(config),
  maxPooling2d: (config: PoolingConfig = {}) => new MaxPooling2D(config),
  averagePooling1d: (config: PoolingConfig = {}) => new AveragePooling1D(config),
  averagePooling2d: (config: PoolingConfig = {}) => new AveragePooling2D(config),
  globalMaxPooling1d: (config: BaseLayerConfig = {}) => new GlobalMaxPooling1D(config),
  globalAveragePooling1d: (config: BaseLayerConfig = {}) => new GlobalAveragePooling1D(config),
  globalMaxPooling2d: (config: BaseLayerConfig = {}) => new GlobalMaxPooling2D(config),
  globalAveragePooling2d: (config: BaseLayerConfig = {}) => new GlobalAveragePooling2D(config),
  batchNormalization: (config: BatchNormalizationConfig = {}) => new BatchNormalization(config),
};

export { Layer } from './layer.js';
export { ActivatedLayer, KernelLayer, Activation, Dense, Dropout, Flatten, InputLayer, Reshape } from './core.js';
export { Embedding } from './embedding.js';
export { Conv1D, Conv2D } from './convolutional.js';
export * from './pooling.js';
export { BatchNormalization } from './normalization.js';
