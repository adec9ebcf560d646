/** An unpickled NumPy array: its shape and its elements in C order (numbers, strings, lists, arrays). */
export declare class PickledArray {
    readonly shape: number[];
    readonly items: unknown[];
    constructor(shape: number[], items: unknown[]);
}
/** Unpickles one NumPy array (protocols 2–5); errors name the source. */
export declare function unpickleNumpyArray(bytes: Uint8Array, source: string): PickledArray;
