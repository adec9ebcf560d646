import type { Tensor, Variable } from '../tensor/tensor.js';
import { sizeOf, type Shape } from '../tensor/shape.js';
import { Rng as RngClass, type Rng } from '../random/rng.js';
import { add, mul } from '../ops/elementwise.js';
import { ones } from '../tensor/creation.js';
import { matmul } from '../ops/matmul.js';
import { reshape } from '../ops/layout.js';
import { biasActivation, dropout } from '../ops/nn.js';
import { activationFn, activationName, type ActivationName } from './activations.js';
import { BASE_KEYS, Layer, type BaseLayerConfig, type CallOptions } from './layer.js';
import { channelsLast, flag, positiveInt, rate, readConfig } from './config.js';
import { resolveRegularizer, type RegularizerSpec } from './regularizers.js';
import { resolveConstraint, type ConstraintSpec } from './constraints.js';
import { defineLayer } from './registry.js';

/**
 * A layer whose output is activation(preActivation(x)). The model uses this split to feed
 * logits to a fused, numerically stable cross-entropy when the activation is softmax or sigmoid.
 */
export abstract class ActivatedLayer extends Layer {
  abstract readonly activation: ActivationName;
  abstract callPreActivation(x: Tensor, options: CallOptions): Tensor;
  call(x: Tensor, options: CallOptions): Tensor {
    return activationFn(this.activation)(this.callPreActivation(x, options));
  }
}

/** What every layer with a kernel, an optional bias and an activation accepts. */
export interface KernelConfig extends BaseLayerConfig {
  activation?: string | null;
  useBias?: boolean;
  kernelInitializer?: string;
  biasInitializer?: string;
  kernelRegularizer?: RegularizerSpec | null;
  biasRegularizer?: RegularizerSpec | null;
  kernelConstraint?: ConstraintSpec | null;
  biasConstraint?: ConstraintSpec | null;
}

export const KERNEL_KEYS = ['activation', 'useBias', 'kernelInitializer', 'biasInitializer', 'kernelRegularizer', 'biasRegularizer',
  'activityRegularizer', 'kernelConstraint', 'biasConstraint'] as const;

/** Dense and the convolutions: activation(op(x, kernel) + bias). */
export abstract class KernelLayer extends ActivatedLayer {
  readonly activation: ActivationName;
  readonly useBias: boolean;
  readonly kernelInitializer: string;
  readonly biasInitializer: string;
  private readonly kernelRegularizer: RegularizerSpec | null;
  private readonly biasRegularizer: RegularizerSpec | null;
  private readonly kernelConstraint: ConstraintSpec | null;
  private readonly biasConstraint: ConstraintSpec | null;
  kernel: Variable | null = null;
  bias: Variable | null = null;

  constructor(c: KernelConfig, className: string) {
    super(c, className);
    this.activation = activationName(c.activation, className);
    this.useBias = flag(c.useBias, true, 'Dense', 'useBias');
    this.kernelInitializer = c.kernelInitializer ?? 'glorot_uniform';
    this.biasInitializer = c.biasInitializer ?? 'zeros';
    this.kernelRegularizer = c.kernelRegularizer ?? null;
    this.biasRegularizer = c.biasRegularizer ?? null;
    resolveRegularizer(this.kernelRegularizer, className);
    resolveRegularizer(this.biasRegularizer, className);
    this.kernelConstraint = c.kernelConstraint ?? null;
    this.biasConstraint = c.biasConstraint ?? null;
    resolveConstraint(this.kernelConstraint, className);
    resolveConstraint(this.biasConstraint, className);
  }

  /** Creates the kernel and (if used) a bias with one entry per output unit. */
  protected buildKernel(kernelShape: Shape, rng: Rng): void {
    this.kernel = this.addWeight('kernel', kernelShape, this.kernelInitializer, rng, { regularizer: resolveRegularizer(this.kernelRegularizer, this.className), constraint: this.kernelConstraint });
    if (this.useBias) {
      this.bias = this.addWeight('bias', [kernelShape[kernelShape.length - 1]!], this.biasInitializer, rng, { regularizer: resolveRegularizer(this.biasRegularizer, this.className), constraint: this.biasConstraint });
    }
  }

  /** The layer's product (matmul or convolution) before bias and activation. */
  abstract callKernel(x: Tensor, options: CallOptions): Tensor;

  callPreActivation(x: Tensor, options: CallOptions): Tensor {
    const z = this.callKernel(x, options);
    return this.bias ? add(z, this.bias) : z;
  }

  /** relu and linear layers with a bias add it and activate in one fused op. */
  override call(x: Tensor, options: CallOptions): Tensor {
    if (this.bias && (this.activation === 'relu' || this.activation === 'linear')) return this.callFused(x, options, this.bias, this.activation);
    return super.call(x, options);
  }

  /** activation(product + bias) in as few passes as the op allows; convolutions fuse it into the kernel. */
  protected callFused(x: Tensor, options: CallOptions, bias: Tensor, activation: 'relu' | 'linear'): Tensor {
    return biasActivation(this.callKernel(x, options), bias, activation);
  }

  protected kernelConfig(): Record<string, unknown> {
    return {
      activation: this.activation, useBias: this.useBias, kernelInitializer: this.kernelInitializer, biasInitializer: this.biasInitializer,
      kernelRegularizer: this.kernelRegularizer, biasRegularizer: this.biasRegularizer,
      ...(this.kernelConstraint ? { kernelConstraint: this.kernelConstraint } : {}), ...(this.biasConstraint ? { biasConstraint: this.biasConstraint } : {}),
    };
  }
}

export interface InputConfig extends BaseLayerConfig {
  shape?: readonly (number | null)[];
}

/** Declares the shape of one sample; computes nothing. */
export class InputLayer extends Layer {
  readonly className = 'InputLayer';
  constructor(config: InputConfig = {}) {
    const c = readConfig(config, 'InputLayer', [...BASE_KEYS, 'shape', 'batchShape', 'sparse', 'ragged']) as InputConfig & { batchShape?: (number | null)[]; sparse?: unknown; ragged?: unknown };
    for (const key of ['sparse', 'ragged'] as const) {
      if (c[key]) throw new RangeError(`InputLayer: ${key} inputs are not supported; Candor's tensors are dense. Received: ${key}=${JSON.stringify(c[key])}`);
    }
    // Integer inputs (token ids) are read as float32, exact up to 2^24: Keras' 'int32' declares nothing more.
    if (c.dtype === 'int32' || c.dtype === 'int64') delete c.dtype;
    super({ ...c, inputShape: c.shape ?? c.inputShape ?? c.batchShape?.slice(1) ?? c.batchInputShape?.slice(1) }, 'InputLayer');
  }
  call(x: Tensor): Tensor {
    return x;
  }
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  protected layerConfig(): Record<string, unknown> {
    return {};
  }
}

export interface DenseConfig extends KernelConfig {
  units: number;
  /** Keras 2 shorthand for inputShape: [inputDim]. */
  inputDim?: number;
}

const DENSE_LEGACY = { output_dim: 'units', init: 'kernelInitializer', W_regularizer: 'kernelRegularizer', b_regularizer: 'biasRegularizer', bias: 'useBias' };

/** y = activation(x · kernel + bias), applied to the last axis. */
export class Dense extends KernelLayer {
  readonly className = 'Dense';
  readonly units: number;

  constructor(config: DenseConfig) {
    const c = readConfig(config, 'Dense', [...BASE_KEYS, ...KERNEL_KEYS, 'units', 'inputDim'], DENSE_LEGACY) as unknown as DenseConfig;
    super(c.inputDim !== undefined ? { ...c, inputShape: [positiveInt(c.inputDim, 'Dense', 'inputDim')] } : c, 'Dense');
    this.units = positiveInt(c.units, 'Dense', 'units');
  }

  override build(inputShape: Shape, rng: Rng): void {
    if (inputShape.length < 1) throw new RangeError(`Dense "${this.name}": expected inputs with a feature axis. Received: input shape (batch)`);
    this.buildKernel([inputShape[inputShape.length - 1]!, this.units], rng);
    super.build(inputShape, rng);
  }

  callKernel(x: Tensor): Tensor {
    return matmul(x, this.kernel!);
  }

  computeOutputShape(inputShape: Shape): Shape {
    return [...inputShape.slice(0, -1), this.units];
  }

  protected layerConfig(): Record<string, unknown> {
    return { units: this.units, ...this.kernelConfig() };
  }
}

export interface ActivationConfig extends BaseLayerConfig {
  activation: string;
}

/** Applies an activation function. */
export class Activation extends ActivatedLayer {
  readonly className = 'Activation';
  readonly activation: ActivationName;
  constructor(config: ActivationConfig) {
    const c = readConfig(config, 'Activation', [...BASE_KEYS, 'activation']) as unknown as ActivationConfig;
    super(c, 'Activation');
    this.activation = activationName(c.activation, 'Activation');
  }
  callPreActivation(x: Tensor): Tensor {
    return x;
  }
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  protected layerConfig(): Record<string, unknown> {
    return { activation: this.activation };
  }
}

export interface DropoutConfig extends BaseLayerConfig {
  rate: number;
  /** Seeds this layer's own mask stream (Keras' seed): the same masks call after call, whatever fit's seed. */
  seed?: number;
  /** Shape of the mask, broadcast over the input (null: the input's size on that axis), e.g. [null, 1, 64]. */
  noiseShape?: readonly (number | null)[];
}

/** Inverted dropout while training; the identity at inference. */
export class Dropout extends Layer {
  readonly className: string = 'Dropout';
  readonly rate: number;
  readonly seed: number | undefined;
  readonly noiseShape: (number | null)[] | undefined;
  private readonly ownRng: Rng | undefined;
  constructor(config: DropoutConfig, className = 'Dropout') {
    const c = readConfig(config, className, [...BASE_KEYS, 'rate', 'seed', ...(className === 'Dropout' ? ['noiseShape'] : [])], { p: 'rate' }) as unknown as DropoutConfig;
    super(c, className);
    this.rate = rate(c.rate, className);
    if (c.seed !== undefined && c.seed !== null && !Number.isInteger(c.seed)) throw new RangeError(`${className}: argument "seed" must be an integer. Received: seed=${JSON.stringify(c.seed)}`);
    this.seed = c.seed ?? undefined;
    this.ownRng = this.seed === undefined ? undefined : new RngClass(this.seed);
    if (c.noiseShape !== undefined && c.noiseShape !== null) {
      if (!Array.isArray(c.noiseShape) || !c.noiseShape.every((d) => d === null || (Number.isInteger(d) && d > 0))) {
        throw new RangeError(`${className}: argument "noiseShape" must list positive integers or null (batch axis first). Received: noiseShape=${JSON.stringify(c.noiseShape)}`);
      }
      this.noiseShape = [...c.noiseShape];
    }
  }
  /** The generator a mask comes from: the layer's own seeded stream, else the fit's. */
  protected maskRng(options: CallOptions): Rng {
    return this.ownRng ?? options.rng;
  }
  call(x: Tensor, options: CallOptions): Tensor {
    if (!this.noiseShape || !options.training || this.rate === 0) return dropout(x, this.rate, { training: options.training, rng: this.maskRng(options) });
    const shape = this.noiseShape.map((d, i) => d ?? x.shape[i]!);
    if (shape.length !== x.rank || shape.some((d, i) => d !== 1 && d !== x.shape[i])) {
      throw new RangeError(`${this.className} "${this.name}": noiseShape ${JSON.stringify(this.noiseShape)} does not broadcast to the input. Received: x.shape=[${x.shape.join(',')}]`);
    }
    return mul(x, dropout(ones(shape), this.rate, { rng: this.maskRng(options) }));
  }
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  protected layerConfig(): Record<string, unknown> {
    return { rate: this.rate, ...(this.seed !== undefined ? { seed: this.seed } : {}), ...(this.noiseShape ? { noiseShape: this.noiseShape } : {}) };
  }
}

/** Flattens each sample to one axis. */
export class Flatten extends Layer {
  readonly className = 'Flatten';
  constructor(config: BaseLayerConfig = {}) {
    super(channelsLast(readConfig(config, 'Flatten', [...BASE_KEYS, 'dataFormat']), 'Flatten'), 'Flatten');
  }
  call(x: Tensor): Tensor {
    return reshape(x, [x.shape[0]!, sizeOf(x.shape.slice(1))]);
  }
  computeOutputShape(inputShape: Shape): Shape {
    return [sizeOf(inputShape)];
  }
  protected layerConfig(): Record<string, unknown> {
    return {};
  }
}

export interface ReshapeConfig extends BaseLayerConfig {
  targetShape: readonly number[];
}

/** Reshapes each sample (one dimension may be -1). */
export class Reshape extends Layer {
  readonly className = 'Reshape';
  readonly targetShape: number[];
  constructor(config: ReshapeConfig) {
    const c = readConfig(config, 'Reshape', [...BASE_KEYS, 'targetShape']) as unknown as ReshapeConfig;
    super(c, 'Reshape');
    if (!Array.isArray(c.targetShape) || !c.targetShape.every((d) => Number.isInteger(d) && (d > 0 || d === -1))) {
      throw new RangeError(`Reshape: argument "targetShape" must be an array of positive integers (one may be -1). Received: targetShape=${JSON.stringify(c.targetShape)}`);
    }
    this.targetShape = [...c.targetShape];
  }
  call(x: Tensor): Tensor {
    return reshape(x, [x.shape[0]!, ...this.computeOutputShape(x.shape.slice(1))]);
  }
  computeOutputShape(inputShape: Shape): Shape {
    const known = sizeOf(this.targetShape.filter((d) => d !== -1));
    const total = sizeOf(inputShape);
    const out = this.targetShape.map((d) => (d === -1 ? total / known : d));
    if (!out.every(Number.isInteger) || sizeOf(out) !== total) {
      throw new RangeError(`Reshape "${this.name}": targetShape must hold the ${total} values of one sample. Received: input shape (batch, ${inputShape.join(', ')}), targetShape=[${this.targetShape.join(',')}]`);
    }
    return out;
  }
  protected layerConfig(): Record<string, unknown> {
    return { targetShape: this.targetShape };
  }
}


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

defineLayer('InputLayer', InputLayer);
defineLayer('Dense', Dense);
defineLayer('Activation', Activation);
defineLayer('Dropout', Dropout);
defineLayer('SpatialDropout1D', SpatialDropout1D);
defineLayer('Flatten', Flatten);
defineLayer('Reshape', Reshape);

/** Factories, Keras style: candor.layers.dense({ units: 8, activation: 'relu' }). */
export const coreLayers = {
  input: (config: InputConfig) => new InputLayer(config),
  dense: (config: DenseConfig) => new Dense(config),
  activation: (config: ActivationConfig) => new Activation(config),
  dropout: (config: DropoutConfig) => new Dropout(config),
  spatialDropout1d: (config: DropoutConfig) => new SpatialDropout1D(config),
  flatten: (config: BaseLayerConfig = {}) => new Flatten(config),
  reshape: (config: ReshapeConfig) => new Reshape(config),
};
