/** The one rule about masks at a model's output, shared by Sequential and Functional. */
import type { Tensor } from '../tensor/tensor.js';
import type { Layer } from '../layers/layer.js';

/** A mask that reaches the output would weight a per-step loss, which is not implemented: refused rather than dropped. */
export function checkOutputMask(layer: Layer, mask: Tensor | null): void {
  if (mask) {
    throw new RangeError(
      `${layer.className} "${layer.name}": the model's output carries a mask (per-step outputs of masked sequences); per-step losses weighted by a mask are not supported yet. End the sequence with a layer that consumes the mask (an LSTM without returnSequences, GlobalAveragePooling1D)`,
    );
  }
}
