import type { ExperimentOptions } from './experiment.js';
import type { OutputStream } from '../training/progress.js';
/**
 * One progress bar for a whole experiment on stderr (fits done, failures, ETA); without a terminal,
 * a line every 10% so logs stay short.
 */
export declare function experimentProgress(out?: OutputStream): {
    onProgress: NonNullable<ExperimentOptions['onProgress']>;
    stop: () => void;
};
