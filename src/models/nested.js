import { Layer } from '../layers/layer.js';
import { defineLayer } from '../layers/registry.js';
import { Model } from './model.js';
import { Sequential } from './sequential.js';
import { Functional } from './functional.js';
export class ModelLayer extends Layer {
    model;
    className;
    constructor(model) {
        super({ name: model.name }, model instanceof Functional ? 'Functional' : 'Sequential');
        this.model = model;
        this.className = model instanceof Functional ? 'Functional' : 'Sequential';
        if (model.inputNames.length !== 1 || model.outputNames.length !== 1)
            throw new RangeError(`${this.className} "${model.name}": a model used as a layer takes one input and gives one output. Received: ${model.inputNames.length} inputs, ${model.outputNames.length} outputs`);
        const penalised = model.layers.find((l) => l.getConfig().activityRegularizer);
        if (penalised)
            throw new RangeError(`${this.className} "${model.name}": layer "${penalised.name}" has an activity regularizer, which a nested model cannot pass to the outer loss yet; move the layer to the outer model`);
        if (model instanceof Functional && model.built)
            this.markBuilt(model.inputShape);
    }
    sublayers() {
        return this.model.layers;
    }
    outputChain() {
        return this.model.outputChain();
    }
    /** A functional model knows its input shape; a Sequential one builds for the shape it is called on. */
    build(inputShape, rng) {
        if (!this.model.built)
            this.model.buildAsLayer(inputShape, rng);
        super.build(inputShape, rng);
    }
    markBuilt(shape) {
        super.build(shape, undefined);
    }
    call(x, options) {
        return this.model.forward([x], { training: options.training, rng: options.rng }).outputs[0];
    }
    computeOutputShape(inputShape) {
        const m = this.model;
        if (m instanceof Functional)
            return m.outputs[0].shape;
        return m.layers.reduce((shape, l) => l.computeOutputShape(shape), inputShape);
    }
    getConfig() {
        return { ...this.model.getConfig(), name: this.name };
    }
    layerConfig() {
        return {};
    }
}
/** layerFromConfig({ className: 'Sequential', config }): the nested model rebuilt from its config. */
class NestedSequential extends ModelLayer {
    constructor(config) {
        super(Sequential.fromConfig(config));
    }
}
class NestedFunctional extends ModelLayer {
    constructor(config) {
        super(Functional.fromConfig(config));
    }
}
defineLayer('Sequential', NestedSequential);
defineLayer('Functional', NestedFunctional, ['Model']);
Model.layerOf = (model) => new ModelLayer(model);
//# sourceMappingURL=nested.js.map