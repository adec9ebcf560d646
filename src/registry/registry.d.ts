export interface RegisterOptions {
    /** Other spellings that mean the same thing (Keras 1 names, abbreviations). */
    aliases?: readonly string[];
    /** Candor's own entries (messages say "the built-in"); users' registrations leave it unset. */
    builtin?: boolean;
}
export declare class Registry<T> {
    readonly family: string;
    private readonly hint;
    private readonly byKey;
    private readonly primary;
    /**
     * `family` names one entry in messages ('layer class', 'loss', 'metric'); `hint` ends the
     * error for an unknown name (how to register a custom one).
     */
    constructor(family: string, hint?: string);
    /**
     * Adds `value` under `name` (and its aliases). A name already taken is refused, naming what
     * holds it; registering the same value again under the same name is allowed (a module loaded
     * twice), so a custom thing never silently replaces another.
     */
    register(name: string, value: T, options?: RegisterOptions): T;
    /** The entry for `name` in any casing, or undefined. */
    find(name: string): T | undefined;
    /** The entry for `name`; an unknown name lists the valid ones and suggests the nearest. */
    get(name: unknown, where: string, arg?: string): T;
    /** The documented name of `name` (its primary spelling), or undefined. */
    canonical(name: string): string | undefined;
    /** The name a value was registered under (the first, when it has several). */
    nameOf(value: T): string | undefined;
    /** Whether the name belongs to a thing the user registered (not a built-in). */
    isCustom(name: string): boolean;
    /** Primary names, in registration order. */
    names(): string[];
    /** Every name and alias with its value, as a plain table (for lookups that still take one). */
    entries(): [string, T][];
}
