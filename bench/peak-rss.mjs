// The peak resident set of this process (VmHWM in /proc/self/status), in MB; null off Linux.
import { readFileSync } from 'node:fs';

export function peakRssMB() {
  try {
    const kb = Number(/VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}
