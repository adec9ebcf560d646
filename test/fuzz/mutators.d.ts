/**
 * Seeded mutators for fuzzing Candor's readers. Byte mutators apply to any input; JSON mutators
 * edit a parsed document (a field set to a value of another kind, a field deleted, array items
 * swapped or repeated), which reaches the checks behind the JSON parser. Input i of a run is
 * mutation `mutationFor(seed, target, i)`: any finding can be replayed from its index alone.
 */
/** A mutated input: the mutations applied, the bytes, and which seed input it started from. */
export type Mutation = {
    kind: string;
    bytes: Buffer;
    from: number;
};
/** Input `index` of a fuzz run: one of the target's seed inputs with 1–3 mutations applied. */
export declare function mutationFor(seed: number, target: string, index: number, inputs: readonly Buffer[], json: boolean): Mutation;
/** The mutator names, for the README table. */
export declare const MUTATORS: {
    bytes: string[];
    json: string[];
};
