import type * as c from '../../src/index.js';

/** Each layer factory with the arguments it needs; one snake_case alias each besides input_shape. */
export const LAYERS: Record<keyof typeof c.layers, { args: Record<string, unknown>; alias?: [string, string, unknown] }> = {
  input: { args: { shape: [4] }, alias: ['batch_shape', 'batchShape', [null, 4]] },
  dense: { args: { units: 2 }, alias: ['kernel_initializer', 'kernelInitializer', 'he_normal'] },
  activation: { args: { activation: 'relu' } },
  dropout: { args: { rate: 0.2 }, alias: ['noise_shape', 'noiseShape', [null, 1]] },
  spatialDropout1d: { args: { rate: 0.2 } },
  flatten: { args: {}, alias: ['data_format', 'dataFormat', 'channels_last'] },
  reshape: { args: { targetShape: [2, 2] }, alias: ['target_shape', 'targetShape', [2, 2]] },
  embedding: { args: { inputDim: 10, outputDim: 3 }, alias: ['embeddings_initializer', 'embeddingsInitializer', 'zeros'] },
  conv1d: { args: { filters: 2, kernelSize: 3 }, alias: ['dilation_rate', 'dilationRate', 2] },
  conv2d: { args: { filters: 2, kernelSize: 3 }, alias: ['use_bias', 'useBias', false] },
  maxPooling1d: { args: {}, alias: ['pool_size', 'poolSize', 3] },
  maxPooling2d: { args: {}, alias: ['pool_size', 'poolSize', 3] },
  averagePooling1d: { args: {}, alias: ['pool_size', 'poolSize', 3] },
  averagePooling2d: { args: {}, alias: ['pool_size', 'poolSize', 3] },
  globalMaxPooling1d: { args: {}, alias: ['keepdims', 'keepdims', true] },
  globalAveragePooling1d: { args: {} },
  globalMaxPooling2d: { args: {} },
  globalAveragePooling2d: { args: {} },
  batchNormalization: { args: {}, alias: ['moving_variance_initializer', 'movingVarianceInitializer', 'zeros'] },
};
