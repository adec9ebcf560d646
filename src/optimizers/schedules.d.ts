/** Learning-rate schedules: a function of the step count (optimizer.iterations before the update). */
export interface LearningRateSchedule {
    (step: number): number;
    config: Record<string, unknown>;
}
/** lr = initial · rate^(step / decaySteps), floored to whole periods when staircase. */
export declare function exponentialDecay(o: {
    initialLearningRate: number;
    decaySteps: number;
    decayRate: number;
    staircase?: boolean;
}): LearningRateSchedule;
/** Piecewise constant: values[i] until boundaries[i] (Keras' PiecewiseConstantDecay). */
export declare function stepDecay(o: {
    boundaries: number[];
    values: number[];
}): LearningRateSchedule;
/** Cosine decay from initial to initial·alpha over decaySteps, then flat. */
export declare function cosineDecay(o: {
    initialLearningRate: number;
    decaySteps: number;
    alpha?: number;
}): LearningRateSchedule;
/** Rebuilds a schedule from its saved config. */
export declare function scheduleFromConfig(config: Record<string, unknown>): LearningRateSchedule;
