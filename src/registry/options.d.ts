/**
 * One rule for every public options object (layers, losses, optimizers, callbacks, fit /
 * evaluate / predict, config documents, data sources): a key is Candor's camelCase name, or a
 * Keras / TF.js spelling mapped here (with a one-time note of the Candor name), or refused with
 * the list of valid keys. Nothing is accepted and dropped.
 */
/** Spellings from Keras (snake_case is mapped by rule; these are the irregular ones) and TF.js. */
export declare const OPTION_ALIASES: Readonly<Record<string, string>>;
/** Converts Keras' snake_case keys to Candor's camelCase ('kernel_size' -> 'kernelSize'). */
export declare function camelCase(key: string): string;
/** The Candor name a user's key stands for (itself when it is already one). */
export declare function canonicalOption(key: string): string;
/** What a value must be: a JS type, a predicate with its description, or anything. */
export type OptionKind = 'number' | 'boolean' | 'string' | 'any' | {
    test: (v: unknown) => boolean;
    expected: string;
};
export interface OptionSchema {
    /** Accepted keys (Candor spelling) and the kind of value each takes. */
    keys: Readonly<Record<string, OptionKind>>;
    /** Keys Keras or TF.js know but Candor refuses, with the reason ("not supported: …"). */
    refused?: Readonly<Record<string, string>>;
}
/**
 * Reads an options object against its schema: aliases are mapped (noted once), unknown keys and
 * refused options are errors naming `where`, the key, and the valid keys; values of the wrong
 * kind are errors naming what was expected. `undefined` values count as absent.
 */
export declare function readOptions<T extends object>(raw: unknown, where: string, schema: OptionSchema): T;
/** Kinds used by several schemas. */
export declare const KINDS: {
    readonly nonNegative: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "a finite number >= 0";
    };
    readonly positiveInt: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "a positive integer";
    };
    readonly nonNegativeInt: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "an integer >= 0";
    };
    readonly function: {
        readonly test: (v: unknown) => v is Function;
        readonly expected: "a function";
    };
};
