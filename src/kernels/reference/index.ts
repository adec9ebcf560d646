/** The reference backend: every kernel in plain TypeScript, the definition the native ones are checked against. */
import type { Kernels } from '../kernels.js';
import { binary, clip, select, unary, unaryGrad } from './elementwise.js';
import { argmax, reduce } from './reduce.js';
import { matmul } from './matmul.js';
import { concat, gather, scatterAdd, slice, sliceAddInto, transpose } from './layout.js';
import {
  logSoftmax,
  logSoftmaxGrad,
  sigmoidCrossEntropy,
  sigmoidCrossEntropyGrad,
  softmax,
  softmaxCrossEntropy,
  softmaxGrad,
} from './softmax.js';
import { conv2d, conv2dBackpropFilter, conv2dBackpropInput, conv2dBiasActivation } from './conv.js';
import { avgPool2d, avgPool2dGrad, maxPool2d, maxPool2dGrad } from './pool.js';
import { dropoutMask } from './random.js';
import { biasActivation, biasActivationGrad } from './bias.js';
import { lstmCell, lstmCellGrad } from './recurrent.js';
import { adamUpdate, rmspropUpdate, sgdUpdate } from './optimizers.js';

/** The plain TypeScript backend: every kernel, written to be read; the oracle for faster backends. */
export const referenceKernels: Kernels = {
  name: 'reference',
  unary,
  unaryGrad,
  clip,
  binary,
  select,
  reduce,
  argmax,
  matmul,
  transpose,
  slice,
  sliceAddInto,
  concat,
  gather,
  scatterAdd,
  softmax,
  logSoftmax,
  softmaxGrad,
  logSoftmaxGrad,
  softmaxCrossEntropy,
  sigmoidCrossEntropy,
  sigmoidCrossEntropyGrad,
  conv2d,
  conv2dBiasActivation,
  conv2dBackpropInput,
  conv2dBackpropFilter,
  maxPool2d,
  maxPool2dGrad,
  avgPool2d,
  avgPool2dGrad,
  biasActivation,
  lstmCell,
  lstmCellGrad,
  biasActivationGrad,
  dropoutMask,
  adamUpdate,
  sgdUpdate,
  rmspropUpdate,
};
