/** Keras-style progress output for fit: a live bar on a terminal, one line per epoch otherwise. */
import cliProgress from 'cli-progress';
/** ' - loss: 0.2134 - accuracy[categorical]: 0.9412' from logs whose keys are display names. */
export function formatLogs(logs) {
    return Object.entries(logs)
        .map(([k, v]) => ` - ${k}: ${formatValue(v)}`)
        .join('');
}
function formatValue(v) {
    return Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(3);
}
function timing(seconds, steps) {
    const perStep = (seconds * 1000) / Math.max(steps, 1);
    return `${Math.round(seconds)}s ${perStep >= 1 ? `${Math.round(perStep)}ms` : `${Math.round(perStep * 1000)}us`}/step`;
}
/**
 * Keras-style progress: verbose 1 on a terminal draws a live bar per epoch
 * (`469/469 [=====] - 2s 4ms/step - loss: …`); verbose 2, or 1 without a terminal, prints one line
 * per epoch; verbose 0 prints nothing.
 */
export class ProgressReporter {
    verbose;
    epochs;
    steps;
    out;
    bar = null;
    epochStart = 0;
    lastDrawn = -Infinity;
    live;
    constructor(verbose, epochs, steps, out = process.stdout) {
        this.verbose = verbose;
        this.epochs = epochs;
        this.steps = steps;
        this.out = out;
        this.live = verbose === 1 && Boolean(out.isTTY);
    }
    epochBegin(epoch) {
        this.epochStart = performance.now();
        if (this.verbose === 0)
            return;
        if (this.live) {
            this.out.write(`Epoch ${epoch + 1}/${this.epochs}\n`);
            this.bar = new cliProgress.SingleBar({
                format: '{value}/{total} [{bar}] - {timing}{logs}',
                barCompleteChar: '=',
                barIncompleteChar: '.',
                barsize: 30,
                hideCursor: true,
                stream: this.out,
                clearOnComplete: false,
                fps: 10,
            });
            this.bar.start(this.steps, 0, { timing: '', logs: '' });
        }
    }
    /**
     * The running logs are computed only for a live bar and at most every 100 ms: a metric's result
     * (an AUC sorts every score seen so far) would otherwise cost more than the step on small models.
     */
    batchEnd(step, logs) {
        if (!this.bar)
            return;
        const now = performance.now();
        if (now - this.lastDrawn < 100 && step + 1 < this.steps)
            return;
        this.lastDrawn = now;
        this.bar.update(step + 1, { timing: timing((now - this.epochStart) / 1000, step + 1), logs: formatLogs(logs()) });
    }
    epochEnd(epoch, logs) {
        const seconds = (performance.now() - this.epochStart) / 1000;
        if (this.bar) {
            this.bar.update(this.steps, { timing: timing(seconds, this.steps), logs: formatLogs(logs) });
            this.bar.stop();
            this.bar = null;
        }
        else if (this.verbose > 0) {
            this.out.write(`Epoch ${epoch + 1}/${this.epochs} - ${timing(seconds, this.steps)}${formatLogs(logs)}\n`);
        }
    }
    /** A line after training (e.g. why it stopped early). */
    note(text) {
        if (this.verbose > 0 && text)
            this.out.write(`${text}\n`);
    }
}
//# sourceMappingURL=progress.js.map