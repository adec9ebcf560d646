/** What fit returns: per-epoch values keyed by the names given to compile ('loss', 'accuracy', 'val_loss', …). */
export class History {
    params;
    epoch = [];
    history = {};
    /** For each metric: the name the user wrote and what was computed (e.g. accuracy -> categorical_accuracy). */
    metrics = [];
    /** Why training ended early, if it did (early stopping, NaN loss, …). */
    stopReason = null;
    /** Set when the training loss became NaN or infinite (the weights are then garbage): when and what it became. */
    diverged = null;
    /** The last epoch's metrics with their trivial baselines, and the findings they raised. */
    report = null;
    /**
     * The validation data's full report at the last epoch (no intervals), when fit had validation
     * data; it describes the weights as the last epoch left them, before any callback restored others.
     */
    validationReport = null;
    /** Wall time of the fit in seconds (set when training ends, before onTrainEnd). */
    seconds = NaN;
    constructor(params) {
        this.params = params;
    }
    record(epoch, logs) {
        this.epoch.push(epoch);
        for (const [key, value] of Object.entries(logs))
            (this.history[key] ??= []).push(value);
    }
    setMetrics(resolved) {
        this.metrics = resolved.map(({ name, resolved: r }) => ({ name, resolved: r }));
    }
}
//# sourceMappingURL=history.js.map