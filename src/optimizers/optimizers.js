/** SGD, Adam, AdamW, RMSprop, Adagrad, their factories and the optimizer registry. */
import { Optimizer, optimizerOptions } from './optimizer.js';
import { canonicalOption, KINDS } from '../registry/options.js';
import { scheduleFromConfig } from './schedules.js';
import { Registry } from '../registry/registry.js';
import { kernels } from '../kernels/backend.js';
/** SGD with optional (Nesterov) momentum; Keras' form: v = m·v - lr·g; w += v (or m·v - lr·g). */
export class SGD extends Optimizer {
    name = 'sgd';
    momentum;
    nesterov;
    constructor(raw = {}) {
        const options = optimizerOptions(raw, 'sgd', { momentum: 'number', nesterov: 'boolean' }, arguments.length);
        super(options, 0.01);
        this.momentum = options.momentum ?? 0;
        this.nesterov = options.nesterov ?? false;
        if (!(this.momentum >= 0 && this.momentum < 1))
            throw new RangeError(`sgd: argument "momentum" must be in [0, 1). Received: momentum=${this.momentum}`);
    }
    slotSpec() {
        return { count: this.momentum ? 1 : 0, initial: 0 };
    }
    updateStep(g, w, slots, lr, decay) {
        kernels().sgdUpdate(w, g, this.momentum ? slots[0] : null, lr, this.momentum, this.nesterov, decay);
    }
    hyperParameters() {
        return { momentum: this.momentum, nesterov: this.nesterov };
    }
}
const ADAM_KEYS = { beta1: 'number', beta2: 'number', epsilon: KINDS.nonNegative, amsgrad: 'boolean' };
/**
 * Adam, Keras' formulation: α = lr·√(1-β2ᵗ)/(1-β1ᵗ); w -= α·m / (√v + ε). (PyTorch adds ε
 * to √v/√(1-β2ᵗ) instead; the two agree as ε -> 0.) One fused pass over each buffer.
 */
export class Adam extends Optimizer {
    name = 'adam';
    beta1;
    beta2;
    epsilon;
    amsgrad;
    constructor(raw = {}) {
        const options = optimizerOptions(raw, new.target === Adam ? 'adam' : 'adamw', ADAM_KEYS, arguments.length);
        super(options, 0.001);
        this.beta1 = options.beta1 ?? 0.9;
        this.beta2 = options.beta2 ?? 0.999;
        this.epsilon = options.epsilon ?? 1e-7;
        this.amsgrad = options.amsgrad ?? false;
    }
    slotSpec() {
        return { count: this.amsgrad ? 3 : 2, initial: 0 };
    }
    updateStep(g, w, slots, lr, decay) {
        const t = this.iterations + 1;
        const { beta1: b1, beta2: b2, epsilon: eps } = this;
        const alpha = (lr * Math.sqrt(1 - Math.pow(b2, t))) / (1 - Math.pow(b1, t));
        kernels().adamUpdate(w, g, slots[0], slots[1], slots[2] ?? null, alpha, b1, b2, eps, decay);
    }
    hyperParameters() {
        return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon, amsgrad: this.amsgrad };
    }
}
/** Adam with decoupled weight decay (default 0.004, as Keras). */
export class AdamW extends Adam {
    name = 'adamw';
    constructor(raw = {}) {
        super({ weightDecay: 0.004, ...optimizerOptions(raw, 'adamw', ADAM_KEYS, arguments.length) });
    }
}
/** RMSprop: v = ρ·v + (1-ρ)·g²; w -= lr·g / (√(v - mean²) + ε) (centered) with optional momentum. */
export class RMSprop extends Optimizer {
    name = 'rmsprop';
    rho;
    momentum;
    epsilon;
    centered;
    constructor(raw = {}) {
        const options = optimizerOptions(raw, 'rmsprop', { rho: 'number', momentum: 'number', epsilon: KINDS.nonNegative, centered: 'boolean' }, arguments.length);
        super(options, 0.001);
        this.rho = options.rho ?? 0.9;
        this.momentum = options.momentum ?? 0;
        this.epsilon = options.epsilon ?? 1e-7;
        this.centered = options.centered ?? false;
    }
    slotSpec() {
        return { count: 3, initial: 0 };
    }
    updateStep(g, w, slots, lr, decay) {
        const [v, avg, buf] = slots;
        kernels().rmspropUpdate(w, g, v, this.centered ? avg : null, this.momentum ? buf : null, lr, this.rho, this.momentum, this.epsilon, this.centered, decay);
    }
    hyperParameters() {
        return { rho: this.rho, momentum: this.momentum, epsilon: this.epsilon, centered: this.centered };
    }
}
/** Adagrad: a += g²; w -= lr·g / (√a + ε); the accumulator starts at 0.1 (Keras). */
export class Adagrad extends Optimizer {
    name = 'adagrad';
    initialAccumulatorValue;
    epsilon;
    constructor(raw = {}) {
        const options = optimizerOptions(raw, 'adagrad', { initialAccumulatorValue: KINDS.nonNegative, epsilon: KINDS.nonNegative }, arguments.length);
        super(options, 0.001);
        this.initialAccumulatorValue = options.initialAccumulatorValue ?? 0.1;
        this.epsilon = options.epsilon ?? 1e-7;
    }
    slotSpec() {
        return { count: 1, initial: this.initialAccumulatorValue };
    }
    updateStep(g, w, slots, lr, decay) {
        const a = slots[0];
        for (let i = 0; i < w.length; i++) {
            if (decay !== 0)
                w[i] = w[i] - decay * w[i];
            const gi = g[i];
            a[i] += gi * gi;
            w[i] -= (lr * gi) / (Math.sqrt(a[i]) + this.epsilon);
        }
    }
    hyperParameters() {
        return { initialAccumulatorValue: this.initialAccumulatorValue, epsilon: this.epsilon };
    }
}
/** Optimizer classes by Keras name; registerOptimizer adds a custom Optimizer subclass, usable by name in compile and in saved models. */
export const OPTIMIZER_REGISTRY = new Registry('optimizer', 'a custom optimizer is found once registered: candor.registerOptimizer(name, MyOptimizer)');
for (const [name, cls] of [
    ['sgd', SGD],
    ['adam', Adam],
    ['adamw', AdamW],
    ['rmsprop', RMSprop],
    ['adagrad', Adagrad],
])
    OPTIMIZER_REGISTRY.register(name, cls, { builtin: true });
export function registerOptimizer(name, cls) {
    if (typeof cls !== 'function')
        throw new TypeError(`registerOptimizer: expected an Optimizer subclass. Received: ${typeof cls}`);
    OPTIMIZER_REGISTRY.register(name, cls);
}
/** Resolves 'adam', { name: 'sgd', learningRate: 0.1, momentum: 0.9 } or an Optimizer instance. */
export function getOptimizer(spec) {
    if (spec instanceof Optimizer)
        return spec;
    const { name, ...options } = typeof spec === 'string' ? { name: spec } : spec;
    const Ctor = OPTIMIZER_REGISTRY.get(name, 'compile', 'optimizer');
    // A saved schedule ({ schedule: { kind, … } }) under any spelling of learningRate becomes the schedule function.
    for (const [key, lr] of Object.entries(options)) {
        if (canonicalOption(key) === 'learningRate' && lr && typeof lr === 'object' && 'schedule' in lr)
            options[key] = scheduleFromConfig(lr.schedule);
    }
    return new Ctor(options);
}
/** Factories: options, or a bare learning rate as in TF.js (`optimizers.adam(0.01)`). */
export const optimizers = {
    sgd: (...args) => new SGD(...args),
    adam: (...args) => new Adam(...args),
    adamw: (...args) => new AdamW(...args),
    rmsprop: (...args) => new RMSprop(...args),
    adagrad: (...args) => new Adagrad(...args),
};
//# sourceMappingURL=optimizers.js.map