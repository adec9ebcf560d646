import { add, div, mul, sqrt, square, sub } from '../ops/elementwise.js';
import { mean } from '../ops/reduce.js';
import { noGrad } from '../ops/graph.js';
import { Layer } from './layer.js';
import { arg, layerArgs, optional } from './args.js';
import { defineLayer } from './registry.js';
const BATCH_NORM_ARGS = layerArgs('BatchNormalization', {
    /** Only the last (channels-last) axis. */
    axis: optional({ required: true, read: (v) => (v === -1 ? -1 : refuseAxis(v)) }, -1),
    momentum: optional(arg.number({ min: 0, max: 1 }), 0.99),
    // epsilon <= 0 divides by sqrt(0) or of a negative number: every prediction would be NaN or infinite.
    epsilon: optional(arg.number({ above: 0 }), 1e-3),
    center: optional(arg.boolean(), true),
    scale: optional(arg.boolean(), true),
    betaInitializer: optional(arg.string(), 'zeros'),
    gammaInitializer: optional(arg.string(), 'ones'),
    movingMeanInitializer: optional(arg.string(), 'zeros'),
    movingVarianceInitializer: optional(arg.string(), 'ones'),
});
function refuseAxis(axis) {
    throw new RangeError(`BatchNormalization: only the last axis (channels-last) is supported. Received: axis=${JSON.stringify(axis)}`);
}
/**
 * Normalises the last (channel) axis. Training: batch statistics (biased variance) and
 * moving = momentum·moving + (1-momentum)·batch, as Keras does. Inference: the moving statistics.
 */
export class BatchNormalization extends Layer {
    className = 'BatchNormalization';
    momentum;
    epsilon;
    center;
    scale;
    initializers;
    gamma = null;
    beta = null;
    movingMean = null;
    movingVariance = null;
    constructor(config = {}) {
        const { args: a, base } = BATCH_NORM_ARGS.read(config);
        super(base, 'BatchNormalization');
        this.momentum = a.momentum;
        this.epsilon = a.epsilon;
        this.center = a.center;
        this.scale = a.scale;
        this.initializers = {
            beta: a.betaInitializer,
            gamma: a.gammaInitializer,
            movingMean: a.movingMeanInitializer,
            movingVariance: a.movingVarianceInitializer,
        };
    }
    build(inputShape, rng) {
        const channels = [inputShape[inputShape.length - 1] ?? 1];
        const init = this.initializers;
        if (this.scale)
            this.gamma = this.addWeight('gamma', channels, init.gamma, rng);
        if (this.center)
            this.beta = this.addWeight('beta', channels, init.beta, rng);
        this.movingMean = this.addWeight('moving_mean', channels, init.movingMean, rng, { trainable: false });
        this.movingVariance = this.addWeight('moving_variance', channels, init.movingVariance, rng, { trainable: false });
        super.build(inputShape, rng);
    }
    call(x, options) {
        const axes = x.shape.slice(0, -1).map((_, i) => i);
        let mu = this.movingMean;
        let variance = this.movingVariance;
        if (options.training) {
            mu = mean(x, axes);
            variance = mean(square(sub(x, mu)), axes);
            noGrad(() => {
                this.movingMean.assign(add(mul(this.movingMean, this.momentum), mul(mu, 1 - this.momentum)));
                this.movingVariance.assign(add(mul(this.movingVariance, this.momentum), mul(variance, 1 - this.momentum)));
            });
        }
        return scaleShift(div(sub(x, mu), sqrt(add(variance, this.epsilon))), this.gamma, this.beta);
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        const init = this.initializers;
        return {
            momentum: this.momentum,
            epsilon: this.epsilon,
            center: this.center,
            scale: this.scale,
            betaInitializer: init.beta,
            gammaInitializer: init.gamma,
            movingMeanInitializer: init.movingMean,
            movingVarianceInitializer: init.movingVariance,
        };
    }
}
/** y·γ + β per feature, each when the layer has it (center, scale). */
export function scaleShift(y, gamma, beta) {
    const scaled = gamma ? mul(y, gamma) : y;
    return beta ? add(scaled, beta) : scaled;
}
defineLayer('BatchNormalization', BatchNormalization);
export const normalizationLayers = {
    batchNormalization: (config = {}) => new BatchNormalization(config),
};
//# sourceMappingURL=normalization.js.map