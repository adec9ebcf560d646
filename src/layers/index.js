/**
 * The layers: every family file defines its classes, registers them (registry.ts) and exports its
 * factories; this module gathers the factories into candor.layers.
 */
import { coreLayers } from './core.js';
import { embeddingLayers } from './embedding.js';
import { convolutionalLayers } from './convolutional.js';
import { poolingLayers } from './pooling.js';
import { normalizationLayers } from './normalization.js';
import { mergeLayers } from './merge.js';
import { recurrentLayers } from './recurrent.js';
import { wrapperLayers } from './wrappers.js';
import { layerNormalizationLayers } from './layer-normalization.js';
import { attentionLayers } from './attention.js';
import { positionEmbeddingLayers } from './position-embedding.js';
import { textVectorizationLayers } from './text-vectorization.js';
/** Layer factories, Keras style: candor.layers.dense({ units: 8, activation: 'relu' }). */
export const layers = {
    ...coreLayers,
    ...embeddingLayers,
    ...convolutionalLayers,
    ...poolingLayers,
    ...normalizationLayers,
    ...mergeLayers,
    ...recurrentLayers,
    ...wrapperLayers,
    ...layerNormalizationLayers,
    ...attentionLayers,
    ...positionEmbeddingLayers,
    ...textVectorizationLayers,
};
export { layerFromConfig, registerLayer, LAYER_REGISTRY } from './registry.js';
export { Layer } from './layer.js';
export { ActivatedLayer, KernelLayer, Activation, Dense, Dropout, SpatialDropout1D, Flatten, InputLayer, Reshape } from './core.js';
export { Embedding } from './embedding.js';
export { Conv1D, Conv2D } from './convolutional.js';
export * from './pooling.js';
export { BatchNormalization } from './normalization.js';
export { Merge, Add, Subtract, Multiply, Average, Maximum, Minimum, Concatenate, Dot } from './merge.js';
export { SymbolicTensor } from './symbolic.js';
export { SimpleRNN, LSTM, GRU } from './recurrent.js';
export { Bidirectional, TimeDistributed } from './wrappers.js';
export { LayerNormalization } from './layer-normalization.js';
export { MultiHeadAttention } from './attention.js';
export { PositionEmbedding, TokenAndPositionEmbedding } from './position-embedding.js';
export { MultiInputLayer } from './multi-input.js';
export { TextVectorization } from './text-vectorization.js';
//# sourceMappingURL=index.js.map