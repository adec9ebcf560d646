/** One input that crashed or hung: its index (replay with the same seed), its mutations and what happened. */
export interface FuzzFinding {
    index: number;
    kind: string;
    detail: string;
}
export interface TargetReport {
    target: string;
    inputs: number;
    accepted: number;
    refused: number;
    crashes: FuzzFinding[];
    hangs: FuzzFinding[];
    seconds: number;
    /** True when the time budget ran out before every mutation ran. */
    cut: boolean;
}
export interface FuzzOptions {
    seed?: number;
    mutations: number;
    /** An input running longer than this is a hang (the worker is terminated and the run goes on). */
    hangMs?: number;
    /** Stop starting inputs after this time (ms since the call); what ran is reported. */
    budgetMs?: number;
    /** The allocation limit inside the workers. */
    maxBytes?: number;
    /** Targets fuzzed at the same time (one worker each). */
    parallel?: number;
    /** The worker script (tests point it at a deliberately broken target to check the classification). */
    workerUrl?: URL;
}
/** Fuzzes one target in worker threads: a dead or stuck worker is recorded and replaced, starting after the input that killed it. */
export declare function fuzzTarget(target: string, o: FuzzOptions, deadline: number, root: string): Promise<TargetReport>;
/** Fuzzes the named targets, `parallel` at a time, in a temporary folder removed afterwards. */
export declare function fuzz(targets: readonly string[], o: FuzzOptions): Promise<TargetReport[]>;
/** The table of counts (Markdown), as the README and the issue notes show it. */
export declare function fuzzTable(reports: readonly TargetReport[]): string;
