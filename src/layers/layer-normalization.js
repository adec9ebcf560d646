import { add, div, sqrt, square, sub } from '../ops/elementwise.js';
import { scaleShift } from './normalization.js';
import { mean } from '../ops/reduce.js';
import { Layer } from './layer.js';
import { arg, layerArgs, optional } from './args.js';
import { defineLayer } from './registry.js';
const LAYER_NORM_ARGS = layerArgs('LayerNormalization', {
    /** Only the last axis (the features), Keras' default. */
    axis: optional({ required: true, read: (v) => (v === -1 || (Array.isArray(v) && v.length === 1 && v[0] === -1) ? -1 : refuseAxis(v)) }, -1),
    // epsilon <= 0 divides by sqrt(0) for a constant sample.
    epsilon: optional(arg.number({ above: 0 }), 1e-3),
    center: optional(arg.boolean(), true),
    scale: optional(arg.boolean(), true),
    betaInitializer: optional(arg.string(), 'zeros'),
    gammaInitializer: optional(arg.string(), 'ones'),
});
function refuseAxis(axis) {
    throw new RangeError(`LayerNormalization: only the last axis (-1) is supported. Received: axis=${JSON.stringify(axis)}`);
}
/** y = (x - mean) / sqrt(var + ε) · γ + β over the last axis, with the biased variance (Keras and PyTorch). */
export class LayerNormalization extends Layer {
    className = 'LayerNormalization';
    maskHandling = 'passes';
    epsilon;
    center;
    scale;
    initializers;
    gamma = null;
    beta = null;
    constructor(config = {}) {
        const { args, base } = LAYER_NORM_ARGS.read(config);
        super(base, 'LayerNormalization');
        this.epsilon = args.epsilon;
        this.center = args.center;
        this.scale = args.scale;
        this.initializers = { beta: args.betaInitializer, gamma: args.gammaInitializer };
    }
    build(inputShape, rng) {
        const features = [inputShape[inputShape.length - 1] ?? 1];
        if (this.scale)
            this.gamma = this.addWeight('gamma', features, this.initializers.gamma, rng);
        if (this.center)
            this.beta = this.addWeight('beta', features, this.initializers.beta, rng);
        super.build(inputShape, rng);
    }
    call(x) {
        const axis = x.rank - 1;
        const centred = sub(x, mean(x, [axis], true));
        return scaleShift(div(centred, sqrt(add(mean(square(centred), [axis], true), this.epsilon))), this.gamma, this.beta);
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return {
            axis: -1,
            epsilon: this.epsilon,
            center: this.center,
            scale: this.scale,
            betaInitializer: this.initializers.beta,
            gammaInitializer: this.initializers.gamma,
        };
    }
}
defineLayer('LayerNormalization', LayerNormalization);
export const layerNormalizationLayers = {
    layerNormalization: (config = {}) => new LayerNormalization(config),
};
//# sourceMappingURL=layer-normalization.js.map