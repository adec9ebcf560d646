/**
 * The readers fuzzed, each with the valid inputs mutations start from. `run` reads one mutated
 * input written as `file` (or parsed from bytes) and checks what a successful read must satisfy;
 * an error counts as Candor's own when it names `file` and is not a raw JavaScript error.
 */
export interface FuzzTarget {
    name: string;
    /** Structured JSON mutations apply (besides byte mutations). */
    json: boolean;
    /** Valid inputs, each with the file name it is read under (the extension selects the reader). */
    seeds(scratch: string): Promise<{
        file: string;
        bytes: Buffer;
    }[]>;
    run(path: string): Promise<void> | void;
}
export declare const TARGETS: FuzzTarget[];
/** A scratch folder per worker. */
export declare function scratchDir(root: string, name: string): string;
/** Deliberately broken readers: the fuzz test checks that the runner classes them as crashes and hangs. */
export declare const SELF_TEST_TARGETS: FuzzTarget[];
