/**
 * What one fuzz input did: read whole ('accepted'), refused with Candor's own error ('refused'),
 * or a crash: an error that is a raw JavaScript failure, that does not name the file it is about,
 * or a broken invariant of an accepted read. Hangs and dead workers are found by the runner.
 */
export type Outcome = 'accepted' | 'refused' | 'crash' | 'hang';
export declare function classify(err: unknown, path: string): {
    outcome: Outcome;
    detail: string;
};
