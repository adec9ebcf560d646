import { Layer } from '../layers/layer.js';
import { InputLayer } from '../layers/core.js';
import { layerFromConfig } from '../layers/index.js';
import { outputOfLayers } from '../evaluation/output-head.js';
import { warnOnce } from '../registry/warnings.js';
import { describe } from '../tensor/describe.js';
import { TextVectorization } from '../layers/text-vectorization.js';
import { VERSION } from '../version.js';
import { Model } from './model.js';
import { callOutputLayer, checkOutputMask } from './mask.js';
import { Functional } from './functional.js';
import { summaryText } from './summary.js';
let modelCounter = 0;
/** A linear stack of layers (Keras' Sequential): a Model whose forward pass runs the layers in order. */
export class Sequential extends Model {
    layers = [];
    builtInputShape = [];
    constructor(layers = [], options = {}) {
        super(options.name ?? (modelCounter++ === 0 ? 'sequential' : `sequential_${modelCounter - 1}`), options.seed);
        for (const layer of layers)
            this.add(layer);
    }
    /** Appends a layer; once the input shape is known, the model (and so this layer) is built at once, as in Keras. */
    add(layer) {
        if (!(layer instanceof Layer))
            throw new TypeError(`Sequential.add: expected a layer (e.g. candor.layers.dense({ units: 8 })). Received: ${describe(layer)}`);
        if (this.layers.some((l) => l.name === layer.name))
            throw new RangeError(`Sequential.add: layer names must be unique. Received: a second layer named "${layer.name}"`);
        if (this.layers.length > 0 && layer.declaredInputShape && !(layer instanceof InputLayer)) {
            warnOnce(`inputShape:${layer.name}`, `Sequential.add: inputShape on layer "${layer.name}" is ignored; only the first layer's input shape is used.`);
        }
        this.layers.push(layer);
        this.trainer?.invalidate();
        const shape = this.inputShape ?? (this.layers.length > 1 && this.builtInputShape.length > 0 ? this.builtInputShape : undefined);
        if (shape && !layer.built) {
            try {
                this.buildForSample(shape, this.initRng());
            }
            catch (err) {
                this.layers.pop(); // a layer that cannot follow the previous ones is not added
                throw err;
            }
        }
    }
    /** Removes the last layer (Keras' pop) and returns it. */
    pop() {
        const layer = this.layers.pop();
        if (!layer)
            throw new RangeError(`Sequential "${this.name}": pop() on a model with no layers`);
        this.trainer?.invalidate();
        return layer;
    }
    get built() {
        return this.layers.length > 0 && this.layers.every((l) => l.built);
    }
    /** The sample shape the model expects (no batch axis), from the first layer. */
    get inputShape() {
        return this.layers[0]?.declaredInputShape;
    }
    /**
     * Creates every layer's weights. `inputShape` is Keras' full shape with the batch axis first
     * ([null, 4]); the sample shape alone ([4]) is accepted when the first layer declares it.
     * Without an argument, the first layer's inputShape is used.
     */
    build(inputShape) {
        if (inputShape === undefined) {
            const declared = this.inputShape;
            if (this.layers.length > 0 && !declared)
                throw new RangeError(`Sequential "${this.name}": the input shape is unknown. Pass inputShape to the first layer (e.g. dense({ units: 8, inputShape: [4] })), call build([null, 4]), or call fit/predict first.`);
            this.buildForSample(declared ?? [], this.initRng());
            return;
        }
        this.buildForSample(sampleShapeOf(inputShape, this.inputShape, this.name), this.initRng());
    }
    buildForSample(shape, rng) {
        if (this.layers.length === 0)
            throw new RangeError(`Sequential "${this.name}": the model has no layers. Add layers before building, training or predicting.`);
        this.builtInputShape = [...shape];
        let current = shape;
        for (const layer of this.layers) {
            if (!layer.built)
                layer.build(current, rng);
            current = layer.computeOutputShape(current);
        }
    }
    /** Output shape of each layer for one sample. */
    outputShapes() {
        if (!this.built)
            this.build();
        let current = this.builtInputShape;
        return this.layers.map((layer) => (current = layer.computeOutputShape(current)));
    }
    /** Prints (and returns) a Keras-like table of layers, output shapes and parameter counts. */
    summary(print = console.log) {
        if (!this.built)
            this.build();
        const text = summaryText(this.name, this.layers, this.outputShapes());
        print(text);
        return text;
    }
    /** The last layer's width and effective activation, for task inference and diagnostics. */
    outputHeads() {
        const shapes = this.built ? this.outputShapes() : [];
        const outShape = shapes[shapes.length - 1] ?? [];
        const { units, activation } = outputOfLayers(this.layers);
        return [{ units: outShape[outShape.length - 1] ?? units, activation }];
    }
    /** One input, named after the first layer when it is an InputLayer (Keras' input_names). */
    get inputNames() {
        const first = this.layers[0];
        return [first instanceof InputLayer ? first.name : 'input'];
    }
    outputChain() {
        return this.layers;
    }
    /** A TextVectorization first layer reads raw texts: it vectorizes them where the data enters. */
    inputEncoders() {
        const first = this.layers.find((l) => !(l instanceof InputLayer));
        return [first instanceof TextVectorization ? first : null];
    }
    /** One output, named after the last layer (Keras' output_names). */
    get outputNames() {
        return [this.layers[this.layers.length - 1]?.name ?? 'output'];
    }
    packOutputs(outputs) {
        return outputs[0];
    }
    /**
     * Runs the layers. When the last layer ends in an activation the trainer's loss can fuse
     * (softmax/sigmoid with the matching cross-entropy on probabilities), also returns the
     * pre-activation logits so the loss can use the stable form (as Keras' TensorFlow backend does).
     */
    forward(x, options) {
        let h = x[0];
        const last = this.layers.length - 1;
        const penalties = [];
        const call = { training: options.training, rng: options.rng };
        const penalise = (layer, output) => {
            const p = options.training ? layer.activityPenalty(output) : null;
            if (p)
                penalties.push(p);
        };
        // A mask (Embedding maskZero, Masking) travels with the activations to the layers that read it.
        let mask = null;
        this.layers.forEach((layer, i) => {
            if (i === last)
                return;
            const input = h;
            penalise(layer, (h = layer.applyMasked(input, call, mask)));
            mask = layer.outputMask(input, mask);
        });
        const final = this.layers[last];
        const { output, logits } = callOutputLayer(final, h, mask, call, options.logitsFor && ((a) => options.logitsFor(a, 0)));
        checkOutputMask(final, final.outputMask(h, mask));
        penalise(final, output);
        return { outputs: [output], logits: [logits], penalties };
    }
    /** The architecture as plain data (Keras' get_config): the name and each layer's { className, config }. */
    getConfig() {
        return { name: this.name, layers: this.layers.map((l) => ({ className: l.className, config: l.getConfig() })) };
    }
    /** A new, untrained model with this architecture (Keras' Sequential.from_config). */
    static fromConfig(config) {
        if (typeof config !== 'object' || config === null || !Array.isArray(config.layers)) {
            throw new TypeError(`Sequential.fromConfig: expected { name?, layers: [{ className, config }] }. Received: ${describe(config)}`);
        }
        return new Sequential(config.layers.map(layerFromConfig), config.name !== undefined ? { name: config.name } : {});
    }
    /** The architecture as a JSON string (Keras' to_json, TF.js' toJSON); candor.modelFromJSON reads it back. */
    toJSON() {
        return JSON.stringify({ className: 'Sequential', config: this.getConfig(), candorVersion: VERSION });
    }
    builtSampleShape() {
        if (!this.built)
            this.build();
        return this.builtInputShape;
    }
}
/**
 * A model from the JSON of model.toJSON() (a string or the parsed object): the architecture,
 * untrained. The type parameter is what a functional model's predict returns (see loadModel).
 */
export function modelFromJSON(json) {
    let doc = json;
    if (typeof json === 'string') {
        try {
            doc = JSON.parse(json);
        }
        catch (err) {
            throw new SyntaxError(`modelFromJSON: the text is not valid JSON (${err.message})`);
        }
    }
    const d = doc;
    if (typeof d === 'object' && d !== null && d.className === 'Functional' && typeof d.config === 'object')
        return Functional.fromConfig(d.config);
    if (typeof d !== 'object' || d === null || d.className !== 'Sequential' || typeof d.config !== 'object') {
        throw new TypeError(`modelFromJSON: expected { className: 'Sequential' | 'Functional', config } as written by model.toJSON(). Received: ${describe(doc)}`);
    }
    return Sequential.fromConfig(d.config);
}
/** Creates a Sequential model: candor.sequential([...layers]). */
export function sequential(layers = [], options = {}) {
    return new Sequential(layers, options);
}
/**
 * One sample's shape from what build() was given: Keras' full shape with a leading null batch
 * axis, or (when the first layer declares it) the sample shape itself; anything else is ambiguous.
 */
function sampleShapeOf(shape, declared, model) {
    const valid = Array.isArray(shape) && shape.every((d) => d === null || (Number.isInteger(d) && d > 0));
    if (!valid)
        throw new RangeError(`Sequential "${model}": build() takes a shape of positive integers with a leading null batch axis, e.g. [null, 4]. Received: ${JSON.stringify(shape)}`);
    const fits = (sample) => !declared || (sample.length === declared.length && sample.every((d, i) => declared[i] === -1 || d === null || d === declared[i]));
    if (shape[0] === null) {
        const sample = shape.slice(1);
        if (!fits(sample))
            throw new RangeError(`Sequential "${model}": build(${JSON.stringify(shape)}) does not match the first layer's inputShape [${declared.join(', ')}]`);
        return sample.map((d) => d ?? -1);
    }
    if (declared && fits(shape))
        return shape.map((d) => d ?? -1);
    if (declared && fits(shape.slice(1)))
        return shape.slice(1).map((d) => d ?? -1);
    throw new RangeError(`Sequential "${model}": build(${JSON.stringify(shape)}) is ambiguous: give Keras' full shape with a null batch axis first, e.g. build([null, ${shape.join(', ')}])` +
        (declared ? `, matching the first layer's inputShape [${declared.join(', ')}]` : ''));
}
//# sourceMappingURL=sequential.js.map