import { basename } from 'node:path';

/**
 * What one fuzz input did: read whole ('accepted'), refused with Candor's own error ('refused'),
 * or a crash: an error that is a raw JavaScript failure, that does not name the file it is about,
 * or a broken invariant of an accepted read. Hangs and dead workers are found by the runner.
 */
export type Outcome = 'accepted' | 'refused' | 'crash' | 'hang';

// Messages of JavaScript's own failures: Candor's checks should have spoken first.
const RAW =
  /is not a function|Cannot read propert|Cannot set propert|is not iterable|Maximum call stack|Invalid typed array length|Invalid array length|Array buffer allocation failed|is not a constructor|Cannot convert|undefined is not|null is not|Cannot destructure|is not defined|Offset is outside the bounds|out of range index|Reduce of empty array|fuzz invariant/i;

export function classify(err: unknown, path: string): { outcome: Outcome; detail: string } {
  if (!(err instanceof Error)) return { outcome: 'crash', detail: `a thrown non-Error: ${String(err)}` };
  const detail = `${err.name}: ${err.message}`.slice(0, 400);
  if (RAW.test(err.message)) return { outcome: 'crash', detail };
  const named = err.message.includes(path) || err.message.includes(basename(path));
  return named ? { outcome: 'refused', detail } : { outcome: 'crash', detail: `error does not name ${basename(path)}: ${detail}` };
}
