/**
 * Layer arguments declared once (TF.js' DenseLayerArgs, as data): a schema per layer that reads
 * and validates each argument, maps Keras' snake_case and Keras 1 names, refuses unknown keys,
 * and yields both the config type users pass and the typed values the layer keeps.
 */
import { warnOnce } from '../registry/warnings.js';
import { canonicalOption } from '../registry/options.js';
import { describe } from '../tensor/describe.js';
import { BASE_KEYS, type BaseLayerConfig } from './layer.js';

/** How one argument is read: `In` is what a config may hold, `Out` what the layer gets. */
export interface Arg<In, Out, Required extends boolean = boolean> {
  readonly required: Required;
  read(value: unknown, layer: string, arg: string): Out;
  /** Phantom: the config's type for this argument. */
  readonly input?: In;
}

type AnyArg = Arg<unknown, unknown>;
export type ArgSchema = Readonly<Record<string, AnyArg>>;

type RequiredKeys<S extends ArgSchema> = { [K in keyof S]: S[K] extends Arg<unknown, unknown, true> ? K : never }[keyof S];
type OptionalKeys<S extends ArgSchema> = Exclude<keyof S, RequiredKeys<S>>;
type InputOf<A> = A extends Arg<infer In, unknown> ? In : never;
type OutputOf<A> = A extends Arg<unknown, infer Out> ? Out : never;

/** The config a user writes: required arguments, optional ones, and every layer's base arguments. */
export type ConfigOf<S extends ArgSchema> = { [K in RequiredKeys<S>]: InputOf<S[K]> } & {
  [K in OptionalKeys<S>]?: InputOf<S[K]> | undefined;
} & BaseLayerConfig;
/** What the layer gets after reading: every argument with its default applied. */
export type ArgsOf<S extends ArgSchema> = { [K in keyof S]: OutputOf<S[K]> };

const fail = (layer: string, arg: string, expected: string, value: unknown): never => {
  throw new RangeError(
    `${layer}: argument "${arg}" must be ${expected}. Received: ${arg}=${value === undefined ? 'undefined' : (JSON.stringify(value) ?? describe(value))}`,
  );
};

function required<Out>(
  expected: string,
  test: (v: unknown) => boolean,
  convert: (v: unknown) => Out = (v) => v as Out,
): Arg<Out, Out, true> {
  return { required: true, read: (v, layer, arg) => (test(v) ? convert(v) : fail(layer, arg, expected, v)) };
}

/** An optional argument with a default (or undefined); null counts as absent, as in Keras configs. */
export function optional<In, Out, const D>(a: Arg<In, Out>, fallback: D): Arg<In | null, Out | D, false> {
  return { required: false, read: (v, layer, arg) => (v === undefined || v === null ? fallback : a.read(v, layer, arg)) };
}

/** An argument checked by the layer itself (whose meaning depends on other arguments), passed through as given. */
export function raw<T>(): Arg<T | null, T | undefined, false> {
  return { required: false, read: (v) => v as T | undefined };
}

export const arg = {
  positiveInt: () => required<number>('a positive integer', (v) => Number.isInteger(v) && (v as number) > 0),
  nonNegativeInt: () => required<number>('an integer >= 0', (v) => Number.isInteger(v) && (v as number) >= 0),
  integer: () => required<number>('an integer', (v) => Number.isInteger(v)),
  /** A rate in [0, 1). */
  rate: () => required<number>('a number in [0, 1)', (v) => typeof v === 'number' && v >= 0 && v < 1),
  boolean: () => required<boolean>('a boolean', (v) => typeof v === 'boolean'),
  string: () => required<string>('a string', (v) => typeof v === 'string'),
  /** A finite number in a range (min and max included; `above` excluded). */
  number: (range: { min?: number; max?: number; above?: number } = {}) => {
    const bounds = [
      range.min !== undefined ? `>= ${range.min}` : '',
      range.above !== undefined ? `> ${range.above}` : '',
      range.max !== undefined ? `<= ${range.max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return required<number>(
      `a finite number${bounds ? ` ${bounds}` : ''}`,
      (v) =>
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (range.min === undefined || v >= range.min) &&
        (range.above === undefined || v > range.above) &&
        (range.max === undefined || v <= range.max),
    );
  },
  oneOf: <T extends string>(options: readonly T[]) =>
    required<T>(
      `one of ${options.map((o) => `'${o}'`).join(', ')}`,
      (v) => typeof v === 'string' && (options as readonly string[]).includes(v),
    ),
  /** An integer or an n-tuple of positive integers (kernelSize 3 or [3, 3]). */
  intTuple: (n: number) =>
    ({
      required: true,
      read: (v: unknown, layer: string, name: string): number[] => {
        const list = typeof v === 'number' ? new Array<number>(n).fill(v) : v;
        if (!Array.isArray(list) || list.length !== n || !list.every((d) => Number.isInteger(d) && d > 0))
          return fail(layer, name, `a positive integer or ${n} of them`, v);
        return list as number[];
      },
    }) as Arg<number | readonly number[], number[], true>,
  /** A shape: positive integers, null for "any" (e.g. Dropout's noiseShape). */
  shape: (allowMinusOne = false) =>
    required<(number | null)[]>(
      `an array of positive integers${allowMinusOne ? ' (one may be -1)' : ' or null'}`,
      (v) =>
        Array.isArray(v) &&
        v.every((d) => (allowMinusOne ? Number.isInteger(d) && (d > 0 || d === -1) : d === null || (Number.isInteger(d) && d > 0))),
      (v) => [...(v as (number | null)[])],
    ),
};

/** A layer's argument schema: read(config) validates, maps names, applies defaults. */
export class LayerArgs<S extends ArgSchema> {
  constructor(
    readonly layer: string,
    readonly schema: S,
    private readonly legacy: Readonly<Record<string, string>> = {},
    /** Base keys this layer does not take (InputLayer has no inputShape of its own to forward, etc.). */
    private readonly extraBase: readonly string[] = [],
  ) {}

  /** The keys a config may hold, in Candor's spelling. */
  get keys(): string[] {
    return [...BASE_KEYS, ...this.extraBase, ...Object.keys(this.schema)];
  }

  /**
   * Reads a config: snake_case keys become camelCase, Keras 1 names are mapped with a one-time
   * warning, an unknown key is an error naming the layer and listing what it accepts, each
   * argument is checked and defaulted. Returns the arguments and the base config for Layer.
   */
  read(config: unknown, layer = this.layer): { args: ArgsOf<S>; base: BaseLayerConfig & Record<string, unknown> } {
    if (config !== undefined && (typeof config !== 'object' || config === null || Array.isArray(config))) {
      throw new TypeError(`${layer}: the config must be an object. Received: ${describe(config)}`);
    }
    const given: Record<string, unknown> = {};
    const accepted = this.keys;
    for (const [key, value] of Object.entries(config ?? {})) {
      let name = this.legacy[key];
      if (name !== undefined)
        warnOnce(`${layer}.${key}`, `${layer}: "${key}" is the Keras 1 name; use "${name}" (read as ${name}=${JSON.stringify(value)}).`);
      else name = canonicalOption(key);
      if (!accepted.includes(name))
        throw new RangeError(
          `${layer}: unknown argument "${key}". Expected one of: ${accepted.join(', ')}. Received: ${key}=${JSON.stringify(value)}`,
        );
      given[name] = value;
    }
    const args = Object.fromEntries(Object.entries(this.schema).map(([name, a]) => [name, a.read(given[name], layer, name)])) as ArgsOf<S>;
    const base: Record<string, unknown> = {};
    for (const key of [...BASE_KEYS, ...this.extraBase]) if (given[key] !== undefined) base[key] = given[key];
    return { args, base };
  }
}

/** Declares a layer's arguments once; ConfigOf<typeof X.schema> is its config type. */
export function layerArgs<S extends ArgSchema>(
  layer: string,
  schema: S,
  options: { legacy?: Readonly<Record<string, string>>; base?: readonly string[] } = {},
): LayerArgs<S> {
  return new LayerArgs(layer, schema, options.legacy, options.base);
}

/** Candor is channels-last throughout: dataFormat may only say so. */
export function channelsLastArg(): Arg<'channels_last' | null, undefined, false> {
  return {
    required: false,
    read: (v, layer) => {
      if (v !== undefined && v !== null && v !== 'channels_last')
        throw new RangeError(`${layer}: only dataFormat 'channels_last' is supported. Received: dataFormat=${JSON.stringify(v)}`);
      return undefined;
    },
  };
}
