export interface Limits {
    /** The largest single allocation, in bytes. */
    maxBytes: number;
    /** Where the limit came from, for messages. */
    source: string;
}
/** The current allocation limit. */
export declare function getLimits(): Readonly<Limits>;
/** Changes the allocation limit (`maxBytes` in bytes); returns the previous limits. */
export declare function setLimits(options: {
    maxBytes: number;
}): Readonly<Limits>;
/** A byte count as people read it (1.5 GiB, 12 MiB, 900 bytes). */
export declare function formatBytes(bytes: number): string;
/** The message for a refused allocation: what, how much it needs, the limit and how to change it. */
export declare function overLimitMessage(what: string, bytes: number): string;
/** The message for a stream stopped at the limit (its full size is unknown). */
export declare function pastLimitMessage(what: string): string;
/** Throws a RangeError naming `what` unless `elements` × `bytesPerElement` fits the limit. */
export declare function checkAllocation(elements: number, bytesPerElement: number, what: string): void;
