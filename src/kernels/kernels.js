/**
 * What a compute backend must provide. Kernels work on raw buffers with explicit
 * sizes; they know nothing about tensors, autograd or layers. The reference backend
 * implements all of it in plain TypeScript; a native backend may replace any subset.
 */
export const UNARY_KINDS = [
    'neg',
    'exp',
    'log',
    'sqrt',
    'square',
    'abs',
    'relu',
    'leakyRelu',
    'elu',
    'selu',
    'gelu',
    'sigmoid',
    'tanh',
    'softplus',
    'softsign',
    'swish',
];
export const BINARY_KINDS = [
    'add',
    'sub',
    'mul',
    'div',
    'pow',
    'maximum',
    'minimum',
    'equal',
    'greater',
    'greaterEqual',
    'less',
    'lessEqual',
];
//# sourceMappingURL=kernels.js.map