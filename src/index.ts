/** Candor: a Keras-style deep-learning library whose numbers tell the truth. */
export { Tensor, Variable, type NestedArray } from './tensor/tensor.js';
export type { DType, TypedArray } from './tensor/dtype.js';
export type { Shape } from './tensor/shape.js';
export {
  tensor, scalar, zeros, ones, full, arange, eye, randomNormal, randomUniform, truncatedNormal,
  type TensorInput, type RandomOptions,
} from './tensor/creation.js';
export { Rng, setSeed, DEFAULT_SEED } from './random/rng.js';
export { backend, setKernels } from './kernels/backend.js';
export type { Kernels } from './kernels/kernels.js';
export {
  add, sub, mul, div, pow, maximum, minimum, neg, exp, log, sqrt, square, abs, clip, where,
  equal, greater, greaterEqual, less, lessEqual,
  relu, leakyRelu, elu, selu, gelu, sigmoid, tanh, softplus, softsign, swish,
} from './ops/elementwise.js';
export { sum, mean, max, min, logSumExp, argmax } from './ops/reduce.js';
export { matmul, type MatmulOptions } from './ops/matmul.js';
export {
  reshape, transpose, permute, expandDims, squeeze, concat, stack, slice, gather, oneHot,
  broadcastTo, cast, stopGradient,
} from './ops/layout.js';
export { softmax, logSoftmax, softmaxCrossEntropy, sigmoidCrossEntropy, dropout, type DropoutOptions } from './ops/nn.js';
export {
  conv1d, conv2d, maxPool1d, maxPool2d, avgPool1d, avgPool2d,
  type Conv1dOptions, type Conv2dOptions, type Pool1dOptions, type Pool2dOptions, type Padding,
} from './ops/conv.js';
export { noGrad } from './autograd/graph.js';
export { grad, valueAndGrad, variableGrads, type ValueAndGrads } from './autograd/functional.js';
export { gradients } from './autograd/backward.js';
