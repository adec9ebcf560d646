import { Layer } from './layer.js';
export class MultiInputLayer extends Layer {
    /** The mask of the output, from the inputs' masks (none by default). */
    inputsMask(_masks, _args) {
        return null;
    }
    buildNode(shapes, rng, args) {
        this.buildInputs(shapes, rng, args);
    }
    callNode(xs, options, masks, args) {
        return { outputs: [this.applyInputs(xs, options, masks, args)], masks: [this.inputsMask(masks, args)] };
    }
}
//# sourceMappingURL=multi-input.js.map