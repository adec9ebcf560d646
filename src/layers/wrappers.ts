/**
 * Bidirectional (Keras' wrapper): a recurrent layer run forwards and a copy run backwards in time,
 * the backward outputs realigned in time, the two merged ('concat', 'sum', 'mul', 'ave').
 */
import type { Tensor, Variable } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { add, div, mul } from '../ops/elementwise.js';
import { concat, gather } from '../ops/layout.js';
import { describe } from '../tensor/describe.js';
import { Layer, type CallOptions } from './layer.js';
import { arg, layerArgs, optional, raw, type ConfigOf } from './args.js';
import { defineLayer, layerFromConfig } from './registry.js';

const BIDIRECTIONAL_ARGS = layerArgs('Bidirectional', {
  /** The recurrent layer (or its { className, config }), run forwards. */
  layer: raw<Layer | { className: string; config: Record<string, unknown> }>(),
  mergeMode: optional(arg.oneOf(['concat', 'sum', 'mul', 'ave'] as const), 'concat'),
  /** A layer for the backward direction (default: a copy of `layer` reading backwards). */
  backwardLayer: raw<Layer | { className: string; config: Record<string, unknown> }>(),
});
export type BidirectionalConfig = ConfigOf<typeof BIDIRECTIONAL_ARGS.schema>;

const asLayer = (v: unknown, arg: string): Layer => {
  if (v instanceof Layer) return v;
  if (typeof v === 'object' && v !== null && typeof (v as { className?: unknown }).className === 'string') return layerFromConfig(v);
  throw new TypeError(
    `Bidirectional: argument "${arg}" must be a recurrent layer (e.g. layers.lstm({ units: 64 })) or its { className, config }. Received: ${describe(v)}`,
  );
};

const recurrentOptions = (l: Layer): { returnSequences: boolean; goBackwards: boolean } => {
  const config = l.getConfig() as { returnSequences?: unknown; goBackwards?: unknown };
  if (typeof config.returnSequences !== 'boolean' || typeof config.goBackwards !== 'boolean') {
    throw new TypeError(`Bidirectional: wraps a recurrent layer (SimpleRNN, LSTM, GRU). Received: ${l.className}`);
  }
  return { returnSequences: config.returnSequences, goBackwards: config.goBackwards };
};

export class Bidirectional extends Layer {
  readonly className = 'Bidirectional';
  readonly forward: Layer;
  readonly backward: Layer;
  readonly mergeMode: 'concat' | 'sum' | 'mul' | 'ave';
  private readonly returnSequences: boolean;

  constructor(config: BidirectionalConfig) {
    const { args, base } = BIDIRECTIONAL_ARGS.read(config);
    super(base, 'Bidirectional');
    if (args.layer === undefined || args.layer === null)
      throw new TypeError('Bidirectional: argument "layer" is required (e.g. layers.lstm({ units: 64 })). Received: layer=undefined');
    this.forward = asLayer(args.layer, 'layer');
    const fwd = recurrentOptions(this.forward);
    this.returnSequences = fwd.returnSequences;
    // Keras: the backward copy is the same layer reading the other way, named backward_<name>.
    const spec = {
      className: this.forward.className,
      config: { ...this.forward.getConfig(), name: `backward_${this.forward.name}`, goBackwards: !fwd.goBackwards },
    };
    this.backward =
      args.backwardLayer !== undefined && args.backwardLayer !== null
        ? asLayer(args.backwardLayer, 'backwardLayer')
        : layerFromConfig(spec);
    const bwd = recurrentOptions(this.backward);
    if (bwd.returnSequences !== fwd.returnSequences || bwd.goBackwards === fwd.goBackwards) {
      throw new RangeError(
        `Bidirectional: backwardLayer must return sequences like layer and read the other way. Received: returnSequences ${bwd.returnSequences} vs ${fwd.returnSequences}, goBackwards ${bwd.goBackwards} vs ${fwd.goBackwards}`,
      );
    }
    this.mergeMode = args.mergeMode;
  }

  override get weights(): Variable[] {
    return [...this.forward.weights, ...this.backward.weights];
  }

  override get trainableWeights(): Variable[] {
    return this.trainable ? [...this.forward.trainableWeights, ...this.backward.trainableWeights] : [];
  }

  override countParams(): number {
    return this.forward.countParams() + this.backward.countParams();
  }

  override regularizationLoss(): Tensor | null {
    const parts = [this.forward.regularizationLoss(), this.backward.regularizationLoss()].filter((p): p is Tensor => p !== null);
    return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : add(parts[0]!, parts[1]!);
  }

  override applyConstraints(): void {
    this.forward.applyConstraints();
    this.backward.applyConstraints();
  }

  override resetBuild(): void {
    this.forward.resetBuild();
    this.backward.resetBuild();
    super.resetBuild();
  }

  override build(inputShape: Shape, rng: Rng): void {
    this.forward.build(inputShape, rng);
    this.backward.build(inputShape, rng);
    super.build(inputShape, rng);
  }

  call(x: Tensor, options: CallOptions): Tensor {
    const f = this.forward.apply(x, options);
    let b = this.backward.apply(x, options);
    // The backward sequence comes out in reading order (last step first): put it back in time order.
    if (this.returnSequences)
      b = gather(
        b,
        Array.from({ length: b.shape[1]! }, (_, i) => b.shape[1]! - 1 - i),
        1,
      );
    switch (this.mergeMode) {
      case 'concat':
        return concat([f, b], f.rank - 1);
      case 'sum':
        return add(f, b);
      case 'mul':
        return mul(f, b);
      case 'ave':
        return div(add(f, b), 2);
      default:
        return this.mergeMode satisfies never;
    }
  }

  computeOutputShape(inputShape: Shape): Shape {
    const out = this.forward.computeOutputShape(inputShape);
    return this.mergeMode === 'concat' ? [...out.slice(0, -1), 2 * out[out.length - 1]!] : out;
  }

  protected layerConfig(): Record<string, unknown> {
    return {
      layer: { className: this.forward.className, config: this.forward.getConfig() },
      backwardLayer: { className: this.backward.className, config: this.backward.getConfig() },
      mergeMode: this.mergeMode,
    };
  }
}

defineLayer('Bidirectional', Bidirectional);

export const wrapperLayers = {
  bidirectional: (config: BidirectionalConfig) => new Bidirectional(config),
};
