/** An IDX array (the MNIST file format): element type, dimensions and values. */
export interface IdxArray {
    type: 'uint8' | 'int8' | 'int16' | 'int32' | 'float32' | 'float64';
    shape: number[];
    data: Uint8Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;
}
/**
 * Parses an IDX file (big-endian header: 0, 0, type code, rank, then one uint32 per dimension),
 * gzip-compressed or not. Every inconsistency is an error naming the file and what was expected.
 */
export declare function parseIdx(bytes: Uint8Array, name?: string): IdxArray;
/** Reads an IDX file (plain or .gz) from disk. */
export declare function readIdx(path: string): IdxArray;
