/**
 * Models as layers of other models (Keras: a Model is a Layer): a Sequential or Functional model
 * with one input and one output, called on a symbolic tensor, contributes its layers and weights
 * to the outer model; saved as its own config (className 'Sequential' or 'Functional') and rebuilt by
 * layerFromConfig.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { Shape } from '../tensor/shape.js';
import type { Rng } from '../random/rng.js';
import { Layer, type CallOptions } from '../layers/layer.js';
import { defineLayer } from '../layers/registry.js';
import { Model } from './model.js';
import { Sequential, type SequentialConfig } from './sequential.js';
import { Functional, type FunctionalConfig } from './functional.js';

export class ModelLayer extends Layer {
  readonly className: string;

  constructor(readonly model: Model) {
    super({ name: model.name }, model instanceof Functional ? 'Functional' : 'Sequential');
    this.className = model instanceof Functional ? 'Functional' : 'Sequential';
    if (model.inputNames.length !== 1 || model.outputNames.length !== 1)
      throw new RangeError(
        `${this.className} "${model.name}": a model used as a layer takes one input and gives one output. Received: ${model.inputNames.length} inputs, ${model.outputNames.length} outputs`,
      );
    const penalised = model.layers.find((l) => l.getConfig().activityRegularizer);
    if (penalised)
      throw new RangeError(
        `${this.className} "${model.name}": layer "${penalised.name}" has an activity regularizer, which a nested model cannot pass to the outer loss yet; move the layer to the outer model`,
      );
    if (model instanceof Functional && model.built) this.markBuilt(model.inputShape);
  }

  protected override sublayers(): readonly Layer[] {
    return this.model.layers;
  }

  override outputChain(): readonly Layer[] {
    return this.model.outputChain();
  }

  /** A functional model knows its input shape; a Sequential one builds for the shape it is called on. */
  override build(inputShape: Shape, rng: Rng): void {
    if (!this.model.built) this.model.buildAsLayer(inputShape, rng);
    super.build(inputShape, rng);
  }

  private markBuilt(shape: Shape): void {
    super.build(shape, undefined as never);
  }

  call(x: Tensor, options: CallOptions): Tensor {
    return this.model.forward([x], { training: options.training, rng: options.rng }).outputs[0]!;
  }

  computeOutputShape(inputShape: Shape): Shape {
    const m = this.model;
    if (m instanceof Functional) return m.outputs[0]!.shape;
    return (m as Sequential).layers.reduce((shape, l) => l.computeOutputShape(shape), inputShape);
  }

  override getConfig(): Record<string, unknown> {
    return { ...this.model.getConfig(), name: this.name };
  }

  protected layerConfig(): Record<string, unknown> {
    return {};
  }
}

/** layerFromConfig({ className: 'Sequential', config }): the nested model rebuilt from its config. */
class NestedSequential extends ModelLayer {
  constructor(config: SequentialConfig) {
    super(Sequential.fromConfig(config));
  }
}

class NestedFunctional extends ModelLayer {
  constructor(config: FunctionalConfig) {
    super(Functional.fromConfig(config));
  }
}

defineLayer('Sequential', NestedSequential);
defineLayer('Functional', NestedFunctional, ['Model']);
Model.layerOf = (model) => new ModelLayer(model);
