/** The width and effective activation of a layer stack's output, without building it. */
import type { Layer } from '../layers/layer.js';
/**
 * Units and effective activation of a layer stack's output, without building weights.
 * Walks back past layers that neither change the width nor have weights (Dropout, Activation,
 * Flatten…) until the layer that sets the width: Dense(20) then Activation('softmax') is 20 softmax units.
 */
export declare function outputOfLayers(stack: readonly Layer[]): {
    units: number;
    activation: string;
};
