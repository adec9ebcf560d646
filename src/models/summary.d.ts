/** The Keras-like summary table of a model's layers, shapes and parameter counts. */
import type { Layer } from '../layers/layer.js';
import type { Shape } from '../tensor/shape.js';
/** Keras-like summary table of a built model: layer (type), output shape, params, then totals. */
export declare function summaryText(name: string, layers: readonly Layer[], outputShapes: readonly Shape[], connectedTo?: readonly string[]): string;
