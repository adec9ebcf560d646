import { warnOnce } from '../registry/warnings.js';
import { canonicalOption } from '../registry/options.js';
import { describe } from '../tensor/describe.js';

export { camelCase } from '../registry/options.js';

/**
 * Normalises a layer config: snake_case keys become camelCase, and Keras 1 names
 * (given per layer in `legacy`, e.g. nb_filter -> filters) are mapped with a one-time warning.
 * Unknown keys are an error naming the layer and listing what it accepts.
 */
export function readConfig(raw: unknown, layer: string, accepted: readonly string[], legacy: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TypeError(`${layer}: the config must be an object. Received: ${describe(raw)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    let name = key;
    if (legacy[key] !== undefined) {
      name = legacy[key]!;
      warnOnce(`${layer}.${key}`, `${layer}: "${key}" is the Keras 1 name; use "${name}" (read as ${name}=${JSON.stringify(value)}).`);
    } else {
      name = canonicalOption(key);
    }
    if (!accepted.includes(name)) {
      throw new RangeError(`${layer}: unknown argument "${key}". Expected one of: ${accepted.join(', ')}. Received: ${key}=${JSON.stringify(value)}`);
    }
    out[name] = value;
  }
  return out;
}

/** Reads a positive integer argument. */
export function positiveInt(value: unknown, layer: string, arg: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${layer}: argument "${arg}" must be a positive integer. Received: ${arg}=${JSON.stringify(value)}`);
  }
  return value;
}

/** Reads an integer or an n-tuple of positive integers (e.g. kernelSize 3 or [3, 3]). */
export function intTuple(value: unknown, n: number, layer: string, arg: string): number[] {
  const list = typeof value === 'number' ? new Array<number>(n).fill(value) : value;
  if (!Array.isArray(list) || list.length !== n || !list.every((v) => Number.isInteger(v) && v > 0)) {
    throw new RangeError(`${layer}: argument "${arg}" must be a positive integer or ${n} of them. Received: ${arg}=${JSON.stringify(value)}`);
  }
  return list as number[];
}

/** Reads one of a fixed set of strings. */
export function oneOf<T extends string>(value: unknown, options: readonly T[], layer: string, arg: string): T {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`${layer}: argument "${arg}" must be one of ${options.map((o) => `'${o}'`).join(', ')}. Received: ${arg}=${JSON.stringify(value)}`);
}

/** Reads an optional boolean argument (a saved or hand-written config may hold anything). */
export function flag(value: unknown, fallback: boolean, layer: string, arg: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new TypeError(`${layer}: argument "${arg}" must be a boolean. Received: ${arg}=${JSON.stringify(value)}`);
}

/** Reads an optional finite number in [min, max] (min excluded when `above` is set). */
export function numberIn(value: unknown, fallback: number, layer: string, arg: string, range: { min?: number; max?: number; above?: number }): number {
  if (value === undefined) return fallback;
  const ok = typeof value === 'number' && Number.isFinite(value) && (range.min === undefined || value >= range.min)
    && (range.above === undefined || value > range.above) && (range.max === undefined || value <= range.max);
  if (ok) return value as number;
  const bounds = [range.min !== undefined ? `>= ${range.min}` : '', range.above !== undefined ? `> ${range.above}` : '', range.max !== undefined ? `<= ${range.max}` : ''].filter(Boolean).join(' and ');
  throw new RangeError(`${layer}: argument "${arg}" must be a finite number ${bounds}. Received: ${arg}=${JSON.stringify(value)}`);
}

/** Reads a rate in [0, 1). */
export function rate(value: unknown, layer: string, arg = 'rate'): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new RangeError(`${layer}: argument "${arg}" must be a number in [0, 1). Received: ${arg}=${JSON.stringify(value)}`);
  }
  return value;
}

/** Candor is channels-last throughout: dataFormat may only say so. Returns the config without the key. */
export function channelsLast<T extends Record<string, unknown>>(c: T, layer: string): T {
  const { dataFormat, ...rest } = c as T & { dataFormat?: unknown };
  if (dataFormat !== undefined && dataFormat !== null && dataFormat !== 'channels_last') {
    throw new RangeError(`${layer}: only dataFormat 'channels_last' is supported. Received: dataFormat=${JSON.stringify(dataFormat)}`);
  }
  return rest as T;
}
