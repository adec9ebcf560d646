function schedule(config, f) {
    return Object.assign(f, { config });
}
/** lr = initial · rate^(step / decaySteps), floored to whole periods when staircase. */
export function exponentialDecay(o) {
    return schedule({ kind: 'exponentialDecay', ...o }, (step) => {
        const p = step / o.decaySteps;
        return o.initialLearningRate * Math.pow(o.decayRate, o.staircase ? Math.floor(p) : p);
    });
}
/** Piecewise constant: values[i] until boundaries[i] (Keras' PiecewiseConstantDecay). */
export function stepDecay(o) {
    if (o.values.length !== o.boundaries.length + 1) {
        throw new RangeError(`stepDecay: "values" needs one more entry than "boundaries". Received: ${o.boundaries.length} boundaries, ${o.values.length} values`);
    }
    return schedule({ kind: 'stepDecay', ...o }, (step) => {
        const i = o.boundaries.findIndex((b) => step <= b);
        return o.values[i === -1 ? o.values.length - 1 : i];
    });
}
/** Cosine decay from initial to initial·alpha over decaySteps, then flat. */
export function cosineDecay(o) {
    const alpha = o.alpha ?? 0;
    return schedule({ kind: 'cosineDecay', ...o }, (step) => {
        const progress = Math.min(step, o.decaySteps) / o.decaySteps;
        return o.initialLearningRate * ((1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * progress)) + alpha);
    });
}
/** Rebuilds a schedule from its saved config. */
export function scheduleFromConfig(config) {
    const { kind, ...rest } = config;
    if (kind === 'exponentialDecay')
        return exponentialDecay(rest);
    if (kind === 'stepDecay')
        return stepDecay(rest);
    if (kind === 'cosineDecay')
        return cosineDecay(rest);
    throw new RangeError(`learning-rate schedule: unknown kind ${JSON.stringify(kind)}. Expected exponentialDecay, stepDecay or cosineDecay`);
}
//# sourceMappingURL=schedules.js.map