/** Runs `task` with an AbortSignal that Ctrl-C fires once (a second Ctrl-C quits at once). */
export declare function withInterrupt<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T>;
