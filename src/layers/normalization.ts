import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { add, div, mul, sqrt, square, sub } from '../ops/elementwise.js';
import { mean } from '../ops/reduce.js';
import { noGrad } from '../ops/graph.js';
import { BASE_KEYS, Layer, type BaseLayerConfig, type CallOptions } from './layer.js';
import { flag, numberIn, readConfig } from './config.js';
import { defineLayer } from './registry.js';

export interface BatchNormalizationConfig extends BaseLayerConfig {
  momentum?: number;
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
  betaInitializer?: string;
  gammaInitializer?: string;
  movingMeanInitializer?: string;
  movingVarianceInitializer?: string;
}

/**
 * Normalises the last (channel) axis. Training: batch statistics (biased variance) and
 * moving = momentum·moving + (1-momentum)·batch, as Keras does. Inference: the moving statistics.
 */
export class BatchNormalization extends Layer {
  readonly className = 'BatchNormalization';
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
  readonly initializers: { beta: string; gamma: string; movingMean: string; movingVariance: string };
  gamma: Variable | null = null;
  beta: Variable | null = null;
  movingMean: Variable | null = null;
  movingVariance: Variable | null = null;

  constructor(config: BatchNormalizationConfig = {}) {
    const c = readConfig(config, 'BatchNormalization', [...BASE_KEYS, 'axis', 'momentum', 'epsilon', 'center', 'scale',
      'betaInitializer', 'gammaInitializer', 'movingMeanInitializer', 'movingVarianceInitializer']) as BatchNormalizationConfig & { axis?: number };
    super(c, 'BatchNormalization');
    if (c.axis !== undefined && c.axis !== -1) {
      throw new RangeError(`BatchNormalization: only the last axis (channels-last) is supported. Received: axis=${c.axis}`);
    }
    this.momentum = numberIn(c.momentum, 0.99, 'BatchNormalization', 'momentum', { min: 0, max: 1 });
    // epsilon <= 0 divides by sqrt(0) or of a negative number: every prediction would be NaN or infinite.
    this.epsilon = numberIn(c.epsilon, 1e-3, 'BatchNormalization', 'epsilon', { above: 0 });
    this.center = flag(c.center, true, 'BatchNormalization', 'center');
    this.scale = flag(c.scale, true, 'BatchNormalization', 'scale');
    this.initializers = {
      beta: c.betaInitializer ?? 'zeros', gamma: c.gammaInitializer ?? 'ones',
      movingMean: c.movingMeanInitializer ?? 'zeros', movingVariance: c.movingVarianceInitializer ?? 'ones',
    };
  }

  override build(inputShape: Shape, rng: Rng): void {
    const channels = [inputShape[inputShape.length - 1] ?? 1];
    const init = this.initializers;
    if (this.scale) this.gamma = this.addWeight('gamma', channels, init.gamma, rng);
    if (this.center) this.beta = this.addWeight('beta', channels, init.beta, rng);
    this.movingMean = this.addWeight('moving_mean', channels, init.movingMean, rng, { trainable: false });
    this.movingVariance = this.addWeight('moving_variance', channels, init.movingVariance, rng, { trainable: false });
    super.build(inputShape, rng);
  }

  call(x: Tensor, options: CallOptions): Tensor {
    const axes = x.shape.slice(0, -1).map((_, i) => i);
    let mu: Tensor = this.movingMean!;
    let variance: Tensor = this.movingVariance!;
    if (options.training) {
      mu = mean(x, axes);
      variance = mean(square(sub(x, mu)), axes);
      noGrad(() => {
        this.movingMean!.assign(add(mul(this.movingMean!, this.momentum), mul(mu, 1 - this.momentum)));
        this.movingVariance!.assign(add(mul(this.movingVariance!, this.momentum), mul(variance, 1 - this.momentum)));
      });
    }
    let y = div(sub(x, mu), sqrt(add(variance, this.epsilon)));
    if (this.gamma) y = mul(y, this.gamma);
    if (this.beta) y = add(y, this.beta);
    return y;
  }

  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }

  protected layerConfig(): Record<string, unknown> {
    const init = this.initializers;
    return {
      momentum: this.momentum, epsilon: this.epsilon, center: this.center, scale: this.scale,
      betaInitializer: init.beta, gammaInitializer: init.gamma, movingMeanInitializer: init.movingMean, movingVarianceInitializer: init.movingVariance,
    };
  }
}

defineLayer('BatchNormalization', BatchNormalization);

export const normalizationLayers = {
  batchNormalization: (config: BatchNormalizationConfig = {}) => new BatchNormalization(config),
};
