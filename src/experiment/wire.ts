/**
 * Job results as text on a queue: JSON that keeps NaN and ±Infinity (a diverged fit's loss), which
 * plain JSON would turn into null, so a queued experiment reports the numbers a local one does.
 */
import type { JobResult } from './types.js';

const NON_FINITE = '$candor-number';

export function encodeResult(result: JobResult): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? { [NON_FINITE]: String(value) } : value,
  );
}

export function decodeResult(text: string): JobResult {
  return JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && NON_FINITE in value ? Number((value as Record<string, string>)[NON_FINITE]) : value,
  ) as JobResult;
}
