import type { Logs } from './trainable.js';
export type Verbosity = 0 | 1 | 2;
/**
 * What progress output needs of a stream (process.stdout fits). Structural, so that the published
 * types do not need @types/node (TypeScript 6+ no longer includes it by default).
 */
export interface OutputStream {
    write(text: string): unknown;
    isTTY?: boolean;
}
/** ' - loss: 0.2134 - accuracy[categorical]: 0.9412' from logs whose keys are display names. */
export declare function formatLogs(logs: Logs): string;
/**
 * Keras-style progress: verbose 1 on a terminal draws a live bar per epoch
 * (`469/469 [=====] - 2s 4ms/step - loss: …`); verbose 2, or 1 without a terminal, prints one line
 * per epoch; verbose 0 prints nothing.
 */
export declare class ProgressReporter {
    private readonly verbose;
    private readonly epochs;
    private readonly steps;
    private readonly out;
    private bar;
    private epochStart;
    private lastDrawn;
    private readonly live;
    constructor(verbose: Verbosity, epochs: number, steps: number, out?: OutputStream);
    epochBegin(epoch: number): void;
    /**
     * The running logs are computed only for a live bar and at most every 100 ms: a metric's result
     * (an AUC sorts every score seen so far) would otherwise cost more than the step on small models.
     */
    batchEnd(step: number, logs: () => Logs): void;
    epochEnd(epoch: number, logs: Logs): void;
    /** A line after training (e.g. why it stopped early). */
    note(text: string): void;
}
