import { KINDS, readOptions } from '../registry/options.js';
const learningRateKind = {
    test: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0) || typeof v === 'function',
    expected: 'a finite number >= 0 or a schedule (e.g. candor.optimizers.exponentialDecay({ … }))',
};
/** Options every optimizer takes. */
const BASE_KEYS = {
    learningRate: learningRateKind,
    clipNorm: KINDS.nonNegative,
    clipValue: KINDS.nonNegative,
    globalClipNorm: KINDS.nonNegative,
    weightDecay: KINDS.nonNegative,
};
/** Keras / TF.js optimizer options Candor does not implement: refused, never dropped. */
const REFUSED = {
    decay: 'Keras 2\'s per-step learning-rate decay (and TF.js rmsprop\'s positional "decay", which is rho); use a schedule as learningRate, or "rho" for RMSprop',
    useEma: 'an exponential moving average of the weights is not implemented',
    emaMomentum: 'an exponential moving average of the weights is not implemented',
    emaOverwriteFrequency: 'an exponential moving average of the weights is not implemented',
    lossScaleFactor: 'Candor computes in float32; there is no loss scaling',
    gradientAccumulationSteps: 'gradient accumulation is not implemented; use a larger batchSize',
    jitCompile: 'there is no JIT in Candor',
    name: "an optimizer instance takes no name; in compile use { name: 'adam', … } to choose one",
};
/**
 * An optimizer factory's argument: options, or (TF.js' `tf.train.adam(0.01)`) a bare learning
 * rate. Aliases (lr, learning_rate, beta_1, clipnorm, …) are mapped; unknown keys are refused.
 */
export function optimizerOptions(raw, name, own, extra) {
    if (extra > 1)
        throw new RangeError(`${name}: pass options as one object, e.g. ${name}({ learningRate: 0.01, … }); positional arguments after the learning rate are not supported. Received: ${extra} arguments`);
    if (typeof raw === 'number')
        raw = { learningRate: raw };
    return readOptions(raw, name, { keys: { ...BASE_KEYS, ...own }, refused: REFUSED });
}
/**
 * Keras 3's contract: applyGradients clips and schedules, then calls one updateStep per
 * variable, which updates the variable's buffer in place in a single pass.
 */
export class Optimizer {
    learningRate;
    clipNorm;
    clipValue;
    globalClipNorm;
    weightDecay;
    /** Number of updates applied so far. */
    iterations = 0;
    /** Per-variable state buffers (moments, accumulators), in a fixed order per optimizer. */
    slots = new Map();
    constructor(options, defaultLearningRate) {
        this.learningRate = options.learningRate ?? defaultLearningRate;
        const lr = this.learningRate;
        if (typeof lr === 'number' && !(lr >= 0 && Number.isFinite(lr))) {
            throw new RangeError(`optimizer: argument "learningRate" must be a finite number >= 0 or a schedule. Received: learningRate=${lr}`);
        }
        for (const key of ['clipNorm', 'clipValue', 'globalClipNorm', 'weightDecay']) {
            const v = options[key];
            if (v !== undefined && !(v >= 0 && Number.isFinite(v)))
                throw new RangeError(`optimizer: argument "${key}" must be a finite number >= 0. Received: ${key}=${v}`);
        }
        this.clipNorm = options.clipNorm;
        this.clipValue = options.clipValue;
        this.globalClipNorm = options.globalClipNorm;
        this.weightDecay = options.weightDecay ?? 0;
    }
    /** The learning rate the next update will use. */
    currentLearningRate() {
        return typeof this.learningRate === 'number' ? this.learningRate : this.learningRate(this.iterations);
    }
    /** Applies one update to every variable from its gradient. */
    applyGradients(pairs) {
        const lr = this.currentLearningRate();
        // Gradients are read-only to updateStep; copy them only when clipping rewrites them.
        const clips = this.globalClipNorm !== undefined || this.clipNorm !== undefined || this.clipValue !== undefined;
        const grads = pairs.map(([g]) => (clips ? Float32Array.from(g.data) : g.f32()));
        if (this.globalClipNorm !== undefined)
            scaleToNorm(grads, this.globalClipNorm);
        pairs.forEach(([, v], i) => {
            const g = grads[i];
            if (this.clipNorm !== undefined)
                scaleToNorm([g], this.clipNorm);
            if (this.clipValue !== undefined)
                for (let j = 0; j < g.length; j++)
                    g[j] = Math.min(this.clipValue, Math.max(-this.clipValue, g[j]));
            this.updateStep(g, v.f32(), this.slotsFor(v), lr, lr * this.weightDecay);
        });
        this.iterations++;
    }
    slotsFor(v) {
        let s = this.slots.get(v);
        if (!s) {
            const { count, initial } = this.slotSpec();
            s = Array.from({ length: count }, () => new Float32Array(v.size).fill(initial));
            this.slots.set(v, s);
        }
        return s;
    }
    getConfig() {
        const lr = this.learningRate;
        return {
            name: this.name,
            learningRate: typeof lr === 'number' ? lr : { schedule: lr.config },
            ...(this.clipNorm !== undefined ? { clipNorm: this.clipNorm } : {}),
            ...(this.clipValue !== undefined ? { clipValue: this.clipValue } : {}),
            ...(this.globalClipNorm !== undefined ? { globalClipNorm: this.globalClipNorm } : {}),
            ...(this.weightDecay ? { weightDecay: this.weightDecay } : {}),
            ...this.hyperParameters(),
        };
    }
    /** State buffers for the given variables in order (for saving); variables never updated get fresh buffers. */
    getState(variables) {
        return variables.flatMap((v) => this.slotsFor(v));
    }
    /** Restores buffers saved by getState for the same variables. */
    setState(variables, buffers, iterations) {
        const { count } = this.slotSpec();
        if (buffers.length !== variables.length * count) {
            throw new RangeError(`${this.name}: saved optimizer state has ${buffers.length} buffers; ${variables.length} variables need ${variables.length * count}`);
        }
        variables.forEach((v, i) => {
            const s = this.slotsFor(v);
            s.forEach((buf, k) => buf.set(buffers[i * count + k]));
        });
        this.iterations = iterations;
    }
}
function scaleToNorm(grads, maxNorm) {
    let sq = 0;
    for (const g of grads)
        for (let i = 0; i < g.length; i++)
            sq += g[i] * g[i];
    const norm = Math.sqrt(sq);
    if (norm <= maxNorm || norm === 0)
        return;
    const scale = maxNorm / norm;
    for (const g of grads)
        for (let i = 0; i < g.length; i++)
            g[i] *= scale;
}
//# sourceMappingURL=optimizer.js.map