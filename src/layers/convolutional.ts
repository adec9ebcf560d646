import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { conv1d, conv2d, outputLength, type Padding } from '../ops/conv.js';
import { KERNEL_KEYS, KernelLayer, type KernelConfig } from './core.js';
import { BASE_KEYS, expectRank, type CallOptions } from './layer.js';
import { intTuple, oneOf, positiveInt, readConfig } from './config.js';
import { defineLayer } from './registry.js';

export interface ConvConfig extends KernelConfig {
  filters: number;
  kernelSize: number | readonly number[];
  strides?: number | readonly number[];
  padding?: Padding;
  dilationRate?: number | readonly number[];
  dataFormat?: 'channels_last';
}

/** Keras 1 spellings seen in the wild (seed 000's Convolution1D). */
const CONV_LEGACY = {
  nb_filter: 'filters', filter_length: 'kernelSize', border_mode: 'padding', subsample_length: 'strides',
  subsample: 'strides', init: 'kernelInitializer', W_regularizer: 'kernelRegularizer', b_regularizer: 'biasRegularizer', bias: 'useBias',
};

/** Shared by Conv1D and Conv2D: channels-last convolution, then bias, then activation. */
abstract class Conv extends KernelLayer {
  readonly filters: number;
  readonly kernelSize: number[];
  readonly strides: number[];
  readonly padding: Padding;
  readonly dilationRate: number[];

  constructor(config: ConvConfig, private readonly rank: 1 | 2, className: string) {
    const c = readConfig(config, className, [...BASE_KEYS, ...KERNEL_KEYS, 'filters', 'kernelSize', 'strides', 'padding', 'dilationRate', 'dataFormat', 'groups'], CONV_LEGACY) as unknown as ConvConfig;
    super(c, className);
    if (c.dataFormat !== undefined && c.dataFormat !== 'channels_last') {
      throw new RangeError(`${className}: only dataFormat 'channels_last' is supported. Received: dataFormat=${JSON.stringify(c.dataFormat)}`);
    }
    const groups = (c as { groups?: unknown }).groups;
    if (groups !== undefined && groups !== 1) throw new RangeError(`${className}: grouped convolutions are not supported (groups must be 1). Received: groups=${JSON.stringify(groups)}`);
    this.filters = positiveInt(c.filters, className, 'filters');
    this.kernelSize = intTuple(c.kernelSize, rank, className, 'kernelSize');
    this.strides = intTuple(c.strides ?? 1, rank, className, 'strides');
    this.padding = oneOf(c.padding ?? 'valid', ['valid', 'same'] as const, className, 'padding');
    this.dilationRate = intTuple(c.dilationRate ?? 1, rank, className, 'dilationRate');
  }

  private sampleLayout(): string {
    return this.rank === 1 ? 'steps, channels' : 'rows, cols, channels';
  }

  override build(inputShape: Shape, rng: Rng): void {
    expectRank(this, inputShape, this.rank + 1, this.sampleLayout());
    this.buildKernel([...this.kernelSize, inputShape[this.rank]!, this.filters], rng);
    super.build(inputShape, rng);
  }

  callKernel(x: Tensor): Tensor {
    return this.convolve(x, {});
  }

  protected override callFused(x: Tensor, _options: CallOptions, bias: Tensor, activation: 'relu' | 'linear'): Tensor {
    return this.convolve(x, { bias, activation });
  }

  private convolve(x: Tensor, epilogue: { bias?: Tensor; activation?: 'relu' | 'linear' }): Tensor {
    return this.rank === 1
      ? conv1d(x, this.kernel!, { strides: this.strides[0]!, padding: this.padding, dilation: this.dilationRate[0]!, ...epilogue })
      : conv2d(x, this.kernel!, { strides: this.strides as [number, number], padding: this.padding, dilation: this.dilationRate as [number, number], ...epilogue });
  }

  computeOutputShape(inputShape: Shape): Shape {
    expectRank(this, inputShape, this.rank + 1, this.sampleLayout());
    const spatial = this.kernelSize.map((k, i) => outputLength(inputShape[i]!, k, this.strides[i]!, this.dilationRate[i]!, this.padding).out);
    if (spatial.some((d) => d <= 0)) {
      throw new RangeError(`${this.className} "${this.name}": the input is smaller than the kernel with padding '${this.padding}'. Received: input shape (batch, ${inputShape.join(', ')}), kernelSize=[${this.kernelSize.join(',')}]`);
    }
    return [...spatial, this.filters];
  }

  protected layerConfig(): Record<string, unknown> {
    return { filters: this.filters, kernelSize: this.kernelSize, strides: this.strides, padding: this.padding, dilationRate: this.dilationRate, ...this.kernelConfig() };
  }
}

/** 1-D convolution over (batch, steps, channels). */
export class Conv1D extends Conv {
  readonly className = 'Conv1D';
  constructor(config: ConvConfig) {
    super(config, 1, 'Conv1D');
  }
}

/** 2-D convolution over (batch, rows, cols, channels). */
export class Conv2D extends Conv {
  readonly className = 'Conv2D';
  constructor(config: ConvConfig) {
    super(config, 2, 'Conv2D');
  }
}

defineLayer('Conv1D', Conv1D, ['Convolution1D']);
defineLayer('Conv2D', Conv2D, ['Convolution2D']);

export const convolutionalLayers = {
  conv1d: (config: ConvConfig) => new Conv1D(config),
  conv2d: (config: ConvConfig) => new Conv2D(config),
};
