import { type BaseLayerConfig } from './layer.js';
/** How one argument is read: `In` is what a config may hold, `Out` what the layer gets. */
export interface Arg<In, Out, Required extends boolean = boolean> {
    readonly required: Required;
    read(value: unknown, layer: string, arg: string): Out;
    /** Phantom: the config's type for this argument. */
    readonly input?: In;
}
type AnyArg = Arg<unknown, unknown>;
export type ArgSchema = Readonly<Record<string, AnyArg>>;
type RequiredKeys<S extends ArgSchema> = {
    [K in keyof S]: S[K] extends Arg<unknown, unknown, true> ? K : never;
}[keyof S];
type OptionalKeys<S extends ArgSchema> = Exclude<keyof S, RequiredKeys<S>>;
type InputOf<A> = A extends Arg<infer In, unknown> ? In : never;
type OutputOf<A> = A extends Arg<unknown, infer Out> ? Out : never;
/** The config a user writes: required arguments, optional ones, and every layer's base arguments. */
export type ConfigOf<S extends ArgSchema> = {
    [K in RequiredKeys<S>]: InputOf<S[K]>;
} & {
    [K in OptionalKeys<S>]?: InputOf<S[K]> | undefined;
} & BaseLayerConfig;
/** What the layer gets after reading: every argument with its default applied. */
export type ArgsOf<S extends ArgSchema> = {
    [K in keyof S]: OutputOf<S[K]>;
};
/** An optional argument with a default (or undefined); null counts as absent, as in Keras configs. */
export declare function optional<In, Out, const D>(a: Arg<In, Out>, fallback: D): Arg<In | null, Out | D, false>;
/** An argument checked by the layer itself (whose meaning depends on other arguments), passed through as given. */
export declare function raw<T>(): Arg<T | null, T | undefined, false>;
export declare const arg: {
    positiveInt: () => Arg<number, number, true>;
    nonNegativeInt: () => Arg<number, number, true>;
    integer: () => Arg<number, number, true>;
    /** A rate in [0, 1). */
    rate: () => Arg<number, number, true>;
    boolean: () => Arg<boolean, boolean, true>;
    string: () => Arg<string, string, true>;
    /** A finite number in a range (min and max included; `above` excluded). */
    number: (range?: {
        min?: number;
        max?: number;
        above?: number;
    }) => Arg<number, number, true>;
    oneOf: <T extends string>(options: readonly T[]) => Arg<T, T, true>;
    /** An integer or an n-tuple of positive integers (kernelSize 3 or [3, 3]). */
    intTuple: (n: number) => Arg<number | readonly number[], number[], true>;
    /** A shape: positive integers, null for "any" (e.g. Dropout's noiseShape). */
    shape: (allowMinusOne?: boolean) => Arg<(number | null)[], (number | null)[], true>;
};
/** A layer's argument schema: read(config) validates, maps names, applies defaults. */
export declare class LayerArgs<S extends ArgSchema> {
    readonly layer: string;
    readonly schema: S;
    private readonly legacy;
    /** Base keys this layer does not take (InputLayer has no inputShape of its own to forward, etc.). */
    private readonly extraBase;
    constructor(layer: string, schema: S, legacy?: Readonly<Record<string, string>>, 
    /** Base keys this layer does not take (InputLayer has no inputShape of its own to forward, etc.). */
    extraBase?: readonly string[]);
    /** The keys a config may hold, in Candor's spelling. */
    get keys(): string[];
    /**
     * Reads a config: snake_case keys become camelCase, Keras 1 names are mapped with a one-time
     * warning, an unknown key is an error naming the layer and listing what it accepts, each
     * argument is checked and defaulted. Returns the arguments and the base config for Layer.
     */
    read(config: unknown, layer?: string): {
        args: ArgsOf<S>;
        base: BaseLayerConfig & Record<string, unknown>;
    };
}
/** Declares a layer's arguments once; ConfigOf<typeof X.schema> is its config type. */
export declare function layerArgs<S extends ArgSchema>(layer: string, schema: S, options?: {
    legacy?: Readonly<Record<string, string>>;
    base?: readonly string[];
}): LayerArgs<S>;
/** Candor is channels-last throughout: dataFormat may only say so. */
export declare function channelsLastArg(): Arg<'channels_last' | null, undefined, false>;
export {};
