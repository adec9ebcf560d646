import { ActivatedLayer } from '../layers/core.js';
/**
 * Calls a model's output layer. When the trainer's loss fuses this layer's activation (softmax or
 * sigmoid with the matching cross-entropy), also returns the pre-activation logits so the loss can
 * use the stable form (as Keras' TensorFlow backend does).
 */
export function callOutputLayer(layer, h, mask, call, logitsFor) {
    if (layer instanceof ActivatedLayer && logitsFor?.(layer.activation)) {
        layer.checkMask(mask);
        layer.checkInput(h);
        const logits = layer.callPreActivation(h, call);
        return { output: layer.activate(logits), logits };
    }
    return { output: layer.applyMasked(h, call, mask), logits: null };
}
/** A mask that reaches the output would weight a per-step loss, which is not implemented: refused rather than dropped. */
export function checkOutputMask(layer, mask) {
    if (mask) {
        throw new RangeError(`${layer.className} "${layer.name}": the model's output carries a mask (per-step outputs of masked sequences); per-step losses weighted by a mask are not supported yet. End the sequence with a layer that consumes the mask (an LSTM without returnSequences, GlobalAveragePooling1D)`);
    }
}
//# sourceMappingURL=mask.js.map