import { add, div, mul } from '../ops/elementwise.js';
import { concat, gather, reshape } from '../ops/layout.js';
import { describe } from '../tensor/describe.js';
import { Layer } from './layer.js';
import { arg, layerArgs, optional, raw } from './args.js';
import { defineLayer, layerFromConfig } from './registry.js';
const BIDIRECTIONAL_ARGS = layerArgs('Bidirectional', {
    /** The recurrent layer (or its { className, config }), run forwards. */
    layer: raw(),
    mergeMode: optional(arg.oneOf(['concat', 'sum', 'mul', 'ave']), 'concat'),
    /** A layer for the backward direction (default: a copy of `layer` reading backwards). */
    backwardLayer: raw(),
});
const asLayer = (v, arg, wrapper = 'Bidirectional') => {
    if (v instanceof Layer)
        return v;
    if (typeof v === 'object' && v !== null && typeof v.className === 'string')
        return layerFromConfig(v);
    const example = wrapper === 'Bidirectional' ? 'lstm({ units: 64 })' : 'dense({ units: 8 })';
    throw new TypeError(`${wrapper}: argument "${arg}" must be a layer (e.g. layers.${example}) or its { className, config }. Received: ${describe(v)}`);
};
const recurrentOptions = (l) => {
    const config = l.getConfig();
    if (typeof config.returnSequences !== 'boolean' || typeof config.goBackwards !== 'boolean') {
        throw new TypeError(`Bidirectional: wraps a recurrent layer (SimpleRNN, LSTM, GRU). Received: ${l.className}`);
    }
    if (config.returnState === true)
        throw new RangeError(`Bidirectional: a wrapped layer with returnState (both directions' states as outputs) is not supported yet. Received: ${l.className} "${l.name}"`);
    return { returnSequences: config.returnSequences, goBackwards: config.goBackwards };
};
export class Bidirectional extends Layer {
    className = 'Bidirectional';
    forward;
    backward;
    mergeMode;
    returnSequences;
    constructor(config) {
        const { args, base } = BIDIRECTIONAL_ARGS.read(config);
        super(base, 'Bidirectional');
        if (args.layer === undefined || args.layer === null)
            throw new TypeError('Bidirectional: argument "layer" is required (e.g. layers.lstm({ units: 64 })). Received: layer=undefined');
        this.forward = asLayer(args.layer, 'layer');
        const fwd = recurrentOptions(this.forward);
        this.returnSequences = fwd.returnSequences;
        // Keras: the backward copy is the same layer reading the other way, named backward_<name>.
        const spec = {
            className: this.forward.className,
            config: { ...this.forward.getConfig(), name: `backward_${this.forward.name}`, goBackwards: !fwd.goBackwards },
        };
        this.backward =
            args.backwardLayer !== undefined && args.backwardLayer !== null
                ? asLayer(args.backwardLayer, 'backwardLayer')
                : layerFromConfig(spec);
        const bwd = recurrentOptions(this.backward);
        if (bwd.returnSequences !== fwd.returnSequences || bwd.goBackwards === fwd.goBackwards) {
            throw new RangeError(`Bidirectional: backwardLayer must return sequences like layer and read the other way. Received: returnSequences ${bwd.returnSequences} vs ${fwd.returnSequences}, goBackwards ${bwd.goBackwards} vs ${fwd.goBackwards}`);
        }
        this.mergeMode = args.mergeMode;
    }
    sublayers() {
        return [this.forward, this.backward];
    }
    build(inputShape, rng) {
        this.forward.build(inputShape, rng);
        this.backward.build(inputShape, rng);
        super.build(inputShape, rng);
    }
    maskHandling = 'consumes';
    outputMask(_x, mask) {
        return this.returnSequences ? mask : null;
    }
    callMasked(x, options, mask) {
        return this.run(x, options, mask);
    }
    call(x, options) {
        return this.run(x, options, null);
    }
    run(x, options, mask) {
        const f = this.forward.applyMasked(x, options, mask);
        let b = this.backward.applyMasked(x, options, mask);
        // The backward sequence comes out in reading order (last step first): put it back in time order.
        if (this.returnSequences)
            b = gather(b, Array.from({ length: b.shape[1] }, (_, i) => b.shape[1] - 1 - i), 1);
        switch (this.mergeMode) {
            case 'concat':
                return concat([f, b], f.rank - 1);
            case 'sum':
                return add(f, b);
            case 'mul':
                return mul(f, b);
            case 'ave':
                return div(add(f, b), 2);
            default:
                return this.mergeMode;
        }
    }
    computeOutputShape(inputShape) {
        const out = this.forward.computeOutputShape(inputShape);
        return this.mergeMode === 'concat' ? [...out.slice(0, -1), 2 * out[out.length - 1]] : out;
    }
    layerConfig() {
        return {
            layer: { className: this.forward.className, config: this.forward.getConfig() },
            backwardLayer: { className: this.backward.className, config: this.backward.getConfig() },
            mergeMode: this.mergeMode,
        };
    }
}
const TIME_DISTRIBUTED_ARGS = layerArgs('TimeDistributed', {
    /** The layer applied to each time step (or its { className, config }). */
    layer: raw(),
});
/** One layer applied to every time step of (batch, time, ...): the steps are folded into the batch and unfolded after. */
export class TimeDistributed extends Layer {
    className = 'TimeDistributed';
    maskHandling = 'passes';
    layer;
    constructor(config) {
        const { args, base } = TIME_DISTRIBUTED_ARGS.read(config);
        super(base, 'TimeDistributed');
        if (args.layer === undefined || args.layer === null)
            throw new TypeError('TimeDistributed: argument "layer" is required (e.g. layers.dense({ units: 8 })). Received: layer=undefined');
        this.layer = asLayer(args.layer, 'layer', 'TimeDistributed');
    }
    sublayers() {
        return [this.layer];
    }
    build(inputShape, rng) {
        if (inputShape.length < 2)
            throw new RangeError(`TimeDistributed "${this.name}": expected inputs of (batch, time, ...). Received: input shape (batch, ${inputShape.join(', ')})`);
        this.layer.build(inputShape.slice(1), rng);
        super.build(inputShape, rng);
    }
    call(x, options) {
        const [batch, steps, ...rest] = x.shape;
        const y = this.layer.apply(reshape(x, [batch * steps, ...rest]), options);
        return reshape(y, [batch, steps, ...y.shape.slice(1)]);
    }
    computeOutputShape(inputShape) {
        return [inputShape[0], ...this.layer.computeOutputShape(inputShape.slice(1))];
    }
    layerConfig() {
        return { layer: { className: this.layer.className, config: this.layer.getConfig() } };
    }
}
defineLayer('Bidirectional', Bidirectional);
defineLayer('TimeDistributed', TimeDistributed);
export const wrapperLayers = {
    bidirectional: (config) => new Bidirectional(config),
    timeDistributed: (config) => new TimeDistributed(config),
};
//# sourceMappingURL=wrappers.js.map