/** Weight and activity penalties (l1, l2, l1_l2) added to the training loss. */
import type { Tensor } from '../tensor/tensor.js';
import { abs, add, mul, square } from '../ops/elementwise.js';
import { sum } from '../ops/reduce.js';
import { Registry } from '../registry/registry.js';

/** A weight penalty added to the loss: l1·sum|w| + l2·sum w². */
export interface RegularizerConfig {
  l1?: number;
  l2?: number;
}

export type RegularizerSpec = 'l1' | 'l2' | 'l1_l2' | RegularizerConfig;

/** The named regularizers, with Keras' defaults: 'l1' and 'l2' are 0.01 each. */
const REGULARIZERS = new Registry<Required<RegularizerConfig>>('regularizer');
REGULARIZERS.register('l1', { l1: 0.01, l2: 0 }, { builtin: true });
REGULARIZERS.register('l2', { l1: 0, l2: 0.01 }, { builtin: true });
REGULARIZERS.register('l1_l2', { l1: 0.01, l2: 0.01 }, { builtin: true });

export function resolveRegularizer(spec: RegularizerSpec | null | undefined, where: string): RegularizerConfig | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec === 'string') {
    const preset = REGULARIZERS.find(spec);
    if (preset) return { ...preset };
  }
  if (typeof spec === 'object' && [spec.l1 ?? 0, spec.l2 ?? 0].every((v) => Number.isFinite(v) && v >= 0)) {
    return { l1: spec.l1 ?? 0, l2: spec.l2 ?? 0 };
  }
  throw new RangeError(
    `${where}: a regularizer must be 'l1', 'l2', 'l1_l2' or { l1?: number >= 0, l2?: number >= 0 }. Received: ${JSON.stringify(spec)}`,
  );
}

/** The penalty for one weight tensor (recorded, so it contributes to gradients). */
export function penalty(config: RegularizerConfig, w: Tensor): Tensor | null {
  const terms: Tensor[] = [];
  if (config.l1) terms.push(mul(sum(abs(w)), config.l1));
  if (config.l2) terms.push(mul(sum(square(w)), config.l2));
  return terms.reduce<Tensor | null>((acc, t) => (acc ? add(acc, t) : t), null);
}
