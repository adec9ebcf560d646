/** The core layers: Input, Dense, Activation, Dropout, SpatialDropout1D, Flatten, Reshape, and the kernel-layer base. */
import type { Tensor, Variable } from '../tensor/tensor.js';
import { sizeOf, type Shape } from '../tensor/shape.js';
import { Rng as RngClass, type Rng } from '../random/rng.js';
import { abs, greater, mul, sub } from '../ops/elementwise.js';
import { max } from '../ops/reduce.js';
import { ones } from '../tensor/creation.js';
import { matmul } from '../ops/matmul.js';
import { expandDims, reshape } from '../ops/layout.js';
import { biasActivation, dropout } from '../ops/nn.js';
import { activationFn, activationName, type ActivationName } from './activations.js';
import { Layer, type BaseLayerConfig, type CallOptions } from './layer.js';
import { arg, channelsLastArg, layerArgs, optional, raw, type Arg, type ArgsOf, type ConfigOf } from './args.js';
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
  private fn: ((x: Tensor) => Tensor) | null = null;
  /** The activation function, looked up in the registry once. */
  activate(x: Tensor): Tensor {
    this.fn ??= activationFn(this.activation);
    return this.fn(x);
  }
  call(x: Tensor, options: CallOptions): Tensor {
    return this.activate(this.callPreActivation(x, options));
  }
}

/** How a layer's kernels and biases start and are held: initializers, regularizers, constraints (Dense, the convolutions, attention). */
export const WEIGHT_ARGS = {
  kernelInitializer: optional(arg.string(), 'glorot_uniform'),
  biasInitializer: optional(arg.string(), 'zeros'),
  kernelRegularizer: raw<RegularizerSpec | null>(),
  biasRegularizer: raw<RegularizerSpec | null>(),
  kernelConstraint: raw<ConstraintSpec | null>(),
  biasConstraint: raw<ConstraintSpec | null>(),
};

/** WEIGHT_ARGS as a config records them (constraints only when set). */
export function weightConfig(a: ArgsOf<typeof WEIGHT_ARGS>): Record<string, unknown> {
  return {
    kernelInitializer: a.kernelInitializer,
    biasInitializer: a.biasInitializer,
    kernelRegularizer: a.kernelRegularizer ?? null,
    biasRegularizer: a.biasRegularizer ?? null,
    ...(a.kernelConstraint ? { kernelConstraint: a.kernelConstraint } : {}),
    ...(a.biasConstraint ? { biasConstraint: a.biasConstraint } : {}),
  };
}

/** What every layer with a kernel, an optional bias and an activation accepts. */
export const KERNEL_ARGS = {
  activation: optional(arg.string(), null),
  useBias: optional(arg.boolean(), true),
  ...WEIGHT_ARGS,
};
export type KernelConfig = ConfigOf<typeof KERNEL_ARGS>;
/** Base keys kernel layers take besides the common ones. */
export const KERNEL_BASE = ['activityRegularizer'] as const;

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

  constructor(a: ArgsOf<typeof KERNEL_ARGS>, base: BaseLayerConfig, className: string) {
    super(base, className);
    this.activation = activationName(a.activation, className);
    this.useBias = a.useBias;
    this.kernelInitializer = a.kernelInitializer;
    this.biasInitializer = a.biasInitializer;
    this.kernelRegularizer = a.kernelRegularizer ?? null;
    this.biasRegularizer = a.biasRegularizer ?? null;
    resolveRegularizer(this.kernelRegularizer, className);
    resolveRegularizer(this.biasRegularizer, className);
    this.kernelConstraint = a.kernelConstraint ?? null;
    this.biasConstraint = a.biasConstraint ?? null;
    resolveConstraint(this.kernelConstraint, className);
    resolveConstraint(this.biasConstraint, className);
  }

  /** Creates the kernel and (if used) a bias with one entry per output unit. */
  protected buildKernel(kernelShape: Shape, rng: Rng): void {
    this.kernel = this.addWeight('kernel', kernelShape, this.kernelInitializer, rng, {
      regularizer: resolveRegularizer(this.kernelRegularizer, this.className),
      constraint: this.kernelConstraint,
    });
    if (this.useBias) {
      this.bias = this.addWeight('bias', [kernelShape[kernelShape.length - 1]!], this.biasInitializer, rng, {
        regularizer: resolveRegularizer(this.biasRegularizer, this.className),
        constraint: this.biasConstraint,
      });
    }
  }

  /** The layer's product (matmul or convolution) before bias and activation. */
  abstract callKernel(x: Tensor, options: CallOptions): Tensor;

  callPreActivation(x: Tensor, options: CallOptions): Tensor {
    const z = this.callKernel(x, options);
    // The fused op adds the bias as add() does, and its backward pass gives the bias gradient in the same pass.
    return this.bias ? biasActivation(z, this.bias, 'linear') : z;
  }

  /** relu and linear layers with a bias add it and activate in one fused op. */
  override call(x: Tensor, options: CallOptions): Tensor {
    if (this.bias && (this.activation === 'relu' || this.activation === 'linear'))
      return this.callFused(x, options, this.bias, this.activation);
    return super.call(x, options);
  }

  /** activation(product + bias) in as few passes as the op allows; convolutions fuse it into the kernel. */
  protected callFused(x: Tensor, options: CallOptions, bias: Tensor, activation: 'relu' | 'linear'): Tensor {
    return biasActivation(this.callKernel(x, options), bias, activation);
  }

  protected kernelConfig(): Record<string, unknown> {
    return {
      activation: this.activation,
      useBias: this.useBias,
      ...weightConfig({
        kernelInitializer: this.kernelInitializer,
        biasInitializer: this.biasInitializer,
        kernelRegularizer: this.kernelRegularizer,
        biasRegularizer: this.biasRegularizer,
        kernelConstraint: this.kernelConstraint,
        biasConstraint: this.biasConstraint,
      }),
    };
  }
}

const INPUT_ARGS = layerArgs('InputLayer', {
  shape: optional(arg.shape(), undefined),
  batchShape: optional(arg.shape(), undefined),
  // Candor's tensors are dense: Keras' sparse and ragged inputs are refused (false is accepted).
  sparse: optional(
    {
      required: true,
      read: (v, layer, name) => (v ? refuse(layer, name, "sparse inputs are not supported; Candor's tensors are dense", v) : false),
    } as Arg<boolean, false>,
    false,
  ),
  ragged: optional(
    {
      required: true,
      read: (v, layer, name) => (v ? refuse(layer, name, "ragged inputs are not supported; Candor's tensors are dense", v) : false),
    } as Arg<boolean, false>,
    false,
  ),
});
export type InputConfig = ConfigOf<typeof INPUT_ARGS.schema>;

function refuse(layer: string, name: string, why: string, value: unknown): never {
  throw new RangeError(`${layer}: ${why}. Received: ${name}=${JSON.stringify(value)}`);
}

/** Declares the shape of one sample; computes nothing. */
export class InputLayer extends Layer {
  readonly className = 'InputLayer';
  /** dtype 'string': raw texts, which must feed a TextVectorization layer (it vectorizes them where the data enters). */
  readonly stringInput: boolean;
  constructor(config: InputConfig = {}) {
    const { args: a, base } = INPUT_ARGS.read(config);
    // Integer inputs (token ids) are read as float32, exact up to 2^24: Keras' 'int32' declares nothing more.
    const stringInput = base.dtype === 'string';
    if (base.dtype === 'int32' || base.dtype === 'int64' || stringInput) delete base.dtype;
    super({ ...base, inputShape: a.shape ?? base.inputShape ?? a.batchShape?.slice(1) ?? base.batchInputShape?.slice(1) }, 'InputLayer');
    this.stringInput = stringInput;
  }
  /** A string input's batch is the vectorized text (checked by its TextVectorization layer). */
  override checkInput(x: Tensor): void {
    if (!this.stringInput) super.checkInput(x);
  }
  call(x: Tensor): Tensor {
    return x;
  }
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  protected layerConfig(): Record<string, unknown> {
    return this.stringInput ? { dtype: 'string' } : {};
  }
}

const DENSE_ARGS = layerArgs(
  'Dense',
  {
    units: arg.positiveInt(),
    /** Keras 2 shorthand for inputShape: [inputDim]. */ inputDim: optional(arg.positiveInt(), undefined),
    ...KERNEL_ARGS,
  },
  {
    legacy: {
      output_dim: 'units',
      init: 'kernelInitializer',
      W_regularizer: 'kernelRegularizer',
      b_regularizer: 'biasRegularizer',
      bias: 'useBias',
    },
    base: KERNEL_BASE,
  },
);
export type DenseConfig = ConfigOf<typeof DENSE_ARGS.schema>;

/** y = activation(x · kernel + bias), applied to the last axis. */
export class Dense extends KernelLayer {
  readonly className = 'Dense';
  protected override maskHandling = 'passes' as const;
  readonly units: number;

  constructor(config: DenseConfig) {
    const { args: a, base } = DENSE_ARGS.read(config);
    super(a, a.inputDim !== undefined ? { ...base, inputShape: [a.inputDim] } : base, 'Dense');
    this.units = a.units;
  }

  override build(inputShape: Shape, rng: Rng): void {
    if (inputShape.length < 1)
      throw new RangeError(`Dense "${this.name}": expected inputs with a feature axis. Received: input shape (batch)`);
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

const ACTIVATION_ARGS = layerArgs('Activation', { activation: arg.string() });
export type ActivationConfig = ConfigOf<typeof ACTIVATION_ARGS.schema>;

/** Applies an activation function. */
export class Activation extends ActivatedLayer {
  readonly className = 'Activation';
  protected override maskHandling = 'passes' as const;
  readonly activation: ActivationName;
  constructor(config: ActivationConfig) {
    const { args: a, base } = ACTIVATION_ARGS.read(config);
    super(base, 'Activation');
    this.activation = activationName(a.activation, 'Activation');
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

const DROPOUT_SCHEMA = {
  rate: arg.rate(),
  /** Seeds this layer's own mask stream (Keras' seed): the same masks call after call, whatever fit's seed. */
  seed: optional(arg.integer(), undefined),
  /** Shape of the mask, broadcast over the input (null: the input's size on that axis), e.g. [null, 1, 64]. */
  noiseShape: optional(arg.shape(), undefined),
};
const DROPOUT_ARGS = layerArgs('Dropout', DROPOUT_SCHEMA, { legacy: { p: 'rate' } });
const { noiseShape: _, ...SPATIAL_SCHEMA } = DROPOUT_SCHEMA;
const SPATIAL_DROPOUT_ARGS = layerArgs('SpatialDropout1D', SPATIAL_SCHEMA, { legacy: { p: 'rate' } });
export type DropoutConfig = ConfigOf<typeof DROPOUT_SCHEMA>;

/** Inverted dropout while training; the identity at inference. */
export class Dropout extends Layer {
  readonly className: string = 'Dropout';
  protected override maskHandling = 'passes' as const;
  readonly rate: number;
  readonly seed: number | undefined;
  readonly noiseShape: (number | null)[] | undefined;
  private readonly ownRng: Rng | undefined;
  constructor(config: DropoutConfig, className = 'Dropout') {
    const { args: a, base } = (className === 'Dropout' ? DROPOUT_ARGS : SPATIAL_DROPOUT_ARGS).read(config, className);
    super(base, className);
    this.rate = a.rate;
    this.seed = a.seed;
    this.ownRng = this.seed === undefined ? undefined : new RngClass(this.seed);
    this.noiseShape = 'noiseShape' in a ? (a.noiseShape as (number | null)[] | undefined) : undefined;
  }
  /** The generator a mask comes from: the layer's own seeded stream, else the fit's. */
  protected maskRng(options: CallOptions): Rng {
    return this.ownRng ?? options.rng;
  }
  call(x: Tensor, options: CallOptions): Tensor {
    if (!this.noiseShape || !options.training || this.rate === 0)
      return dropout(x, this.rate, { training: options.training, rng: this.maskRng(options) });
    const shape = this.noiseShape.map((d, i) => d ?? x.shape[i]!);
    if (shape.length !== x.rank || shape.some((d, i) => d !== 1 && d !== x.shape[i])) {
      throw new RangeError(
        `${this.className} "${this.name}": noiseShape ${JSON.stringify(this.noiseShape)} does not broadcast to the input. Received: x.shape=[${x.shape.join(',')}]`,
      );
    }
    return mul(x, dropout(ones(shape), this.rate, { rng: this.maskRng(options) }));
  }
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  protected layerConfig(): Record<string, unknown> {
    return {
      rate: this.rate,
      ...(this.seed !== undefined ? { seed: this.seed } : {}),
      ...(this.noiseShape ? { noiseShape: this.noiseShape } : {}),
    };
  }
}

const FLATTEN_ARGS = layerArgs('Flatten', { dataFormat: channelsLastArg() });

/** Flattens each sample to one axis. */
export class Flatten extends Layer {
  readonly className = 'Flatten';
  constructor(config: ConfigOf<typeof FLATTEN_ARGS.schema> = {}) {
    super(FLATTEN_ARGS.read(config).base, 'Flatten');
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

const RESHAPE_ARGS = layerArgs('Reshape', { targetShape: arg.shape(true) });
export type ReshapeConfig = ConfigOf<typeof RESHAPE_ARGS.schema>;

/** Reshapes each sample (one dimension may be -1). */
export class Reshape extends Layer {
  readonly className = 'Reshape';
  readonly targetShape: number[];
  constructor(config: ReshapeConfig) {
    const { args: a, base } = RESHAPE_ARGS.read(config);
    super(base, 'Reshape');
    this.targetShape = a.targetShape as number[];
  }
  call(x: Tensor): Tensor {
    return reshape(x, [x.shape[0]!, ...this.computeOutputShape(x.shape.slice(1))]);
  }
  computeOutputShape(inputShape: Shape): Shape {
    const known = sizeOf(this.targetShape.filter((d) => d !== -1));
    const total = sizeOf(inputShape);
    const out = this.targetShape.map((d) => (d === -1 ? total / known : d));
    if (!out.every(Number.isInteger) || sizeOf(out) !== total) {
      throw new RangeError(
        `Reshape "${this.name}": targetShape must hold the ${total} values of one sample. Received: input shape (batch, ${inputShape.join(', ')}), targetShape=[${this.targetShape.join(',')}]`,
      );
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

const MASKING_ARGS = layerArgs('Masking', { maskValue: optional(arg.number(), 0) });
export type MaskingConfig = ConfigOf<typeof MASKING_ARGS.schema>;

/** Keras' Masking: a step whose every feature equals maskValue is padding; it is zeroed and masked for the layers after. */
export class Masking extends Layer {
  readonly className = 'Masking';
  readonly maskValue: number;
  constructor(config: MaskingConfig = {}) {
    const { args, base } = MASKING_ARGS.read(config);
    super(base, 'Masking');
    this.maskValue = args.maskValue;
  }
  /** 1 where some feature differs from maskValue, shape (batch, time). */
  override outputMask(x: Tensor): Tensor {
    return greater(max(abs(sub(x, this.maskValue)), [x.rank - 1]), 0);
  }
  call(x: Tensor): Tensor {
    return mul(x, expandDims(this.outputMask(x), x.rank - 1));
  }
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  protected layerConfig(): Record<string, unknown> {
    return { maskValue: this.maskValue };
  }
}

defineLayer('InputLayer', InputLayer);
defineLayer('Masking', Masking);
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
  flatten: (config: ConfigOf<typeof FLATTEN_ARGS.schema> = {}) => new Flatten(config),
  reshape: (config: ReshapeConfig) => new Reshape(config),
  masking: (config: MaskingConfig = {}) => new Masking(config),
};
