/** What the tape records per op: the op's name, inputs and the context its gradient rule needs. */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { UnaryKind } from '../kernels/kernels.js';
import type { ConvGeometry, PoolGeometry } from '../kernels/kernels.js';
/**
 * Every differentiable primitive op and what its gradient rule needs to remember.
 * Adding an op here forces a rule in the gradient table (autograd/grad-rules.ts).
 */
export interface OpContexts {
    add: {
        aShape: Shape;
        bShape: Shape;
    };
    sub: {
        aShape: Shape;
        bShape: Shape;
    };
    mul: {
        aShape: Shape;
        bShape: Shape;
    };
    div: {
        aShape: Shape;
        bShape: Shape;
    };
    pow: {
        aShape: Shape;
        bShape: Shape;
    };
    maximum: {
        aShape: Shape;
        bShape: Shape;
    };
    minimum: {
        aShape: Shape;
        bShape: Shape;
    };
    unary: {
        kind: UnaryKind;
        alpha: number;
    };
    clip: {
        min: number;
        max: number;
    };
    where: {
        cond: Tensor;
        aShape: Shape;
        bShape: Shape;
    };
    matmul: {
        transposeA: boolean;
        transposeB: boolean;
    };
    sum: {
        axes: number[];
        inShape: Shape;
    };
    max: {
        axes: number[];
        inShape: Shape;
    };
    min: {
        axes: number[];
        inShape: Shape;
    };
    softmax: {
        axis: number;
    };
    logSoftmax: {
        axis: number;
    };
    conv2d: {
        geometry: ConvGeometry;
    };
    conv2dBiasActivation: {
        geometry: ConvGeometry;
        relu: boolean;
    };
    maxPool2d: {
        geometry: PoolGeometry;
        argmax: Int32Array;
    };
    avgPool2d: {
        geometry: PoolGeometry;
    };
    dropout: {
        mask: Tensor;
    };
    biasActivation: {
        relu: boolean;
    };
    lstmCell: {
        gates: Tensor;
    };
    reshape: {
        inShape: Shape;
    };
    transpose: {
        perm: number[];
    };
    broadcastTo: {
        inShape: Shape;
    };
    concat: {
        axis: number;
        sizes: number[];
    };
    slice: {
        begin: number[];
        inShape: Shape;
    };
    gather: {
        indices: Tensor;
        axis: number;
        inShape: Shape;
    };
    softmaxCrossEntropy: {
        probs: Tensor;
        labels: Tensor;
    };
    sigmoidCrossEntropy: {
        labels: Tensor;
    };
}
export type OpName = keyof OpContexts;
/** The record of how a tensor was produced: op, inputs and saved context. */
export interface GraphNode<K extends OpName = OpName> {
    op: K;
    inputs: Tensor[];
    ctx: OpContexts[K];
}
