/**
 * Job results as text on a queue: JSON that keeps NaN and ±Infinity (a diverged fit's loss), which
 * plain JSON would turn into null, so a queued experiment reports the numbers a local one does.
 */
import type { JobResult } from './types.js';
export declare function encodeResult(result: JobResult): string;
export declare function decodeResult(text: string): JobResult;
