import { ActivatedLayer } from '../layers/core.js';
/**
 * Units and effective activation of a layer stack's output, without building weights.
 * Walks back past layers that neither change the width nor have weights (Dropout, Activation,
 * Flatten…) until the layer that sets the width: Dense(20) then Activation('softmax') is 20 softmax units.
 */
export function outputOfLayers(stack) {
    // A nested model stands for its own layers.
    const layers = stack.flatMap((l) => l.outputChain());
    let activation = null;
    for (let i = layers.length - 1; i >= 0; i--) {
        const layer = layers[i];
        const config = layer.getConfig();
        if (layer instanceof ActivatedLayer && activation === null && layer.activation !== 'linear')
            activation = layer.activation;
        const width = typeof config.units === 'number'
            ? config.units
            : typeof config.filters === 'number'
                ? config.filters
                : typeof config.outputDim === 'number'
                    ? config.outputDim
                    : null;
        if (width !== null)
            return { units: width, activation: activation ?? 'linear' };
    }
    return { units: 0, activation: activation ?? 'linear' };
}
//# sourceMappingURL=output-head.js.map