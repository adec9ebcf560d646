import type { Tensor } from '../tensor/tensor.js';
import { elu, gelu, leakyRelu, relu, selu, sigmoid, softplus, softsign, swish, tanh } from '../ops/elementwise.js';
import { softmax } from '../ops/nn.js';
import { lookup } from '../registry/lookup.js';

export type ActivationFn = (x: Tensor) => Tensor;

/** Every activation a layer can name, in Keras' spelling. */
export const ACTIVATIONS = {
  linear: (x: Tensor) => x,
  relu,
  sigmoid,
  softmax: (x: Tensor) => softmax(x, -1),
  tanh,
  elu: (x: Tensor) => elu(x),
  selu,
  softplus,
  softsign,
  leaky_relu: (x: Tensor) => leakyRelu(x),
  gelu,
  swish,
  silu: swish,
} satisfies Record<string, ActivationFn>;

export type ActivationName = keyof typeof ACTIVATIONS;

/** Resolves an activation name (any casing; null/undefined = linear) to its canonical Keras name. */
export function activationName(name: string | null | undefined, where: string): ActivationName {
  if (name === undefined || name === null) return 'linear';
  const fn = lookup(ACTIVATIONS, name, where, 'activation');
  return (Object.keys(ACTIVATIONS) as ActivationName[]).find((k) => ACTIVATIONS[k] === fn)!;
}
