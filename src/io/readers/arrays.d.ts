/**
 * Arrays saved by other frameworks, read for scoring: NumPy .npy and .npz (np.save / np.savez,
 * via the npyjs and fflate packages), CSV (numbers), JSON (nested arrays, or { "key": array }) and
 * JSONL (one row per line). Values are numbers, or strings for string class labels.
 */
export interface LoadedArray {
    /** Row-major values (C order, whatever order the file used). */
    values: number[] | string[];
    shape: number[];
    /** Where it came from, for messages: 'y_test.npy', 'arrays.npz:y_pred'. */
    source: string;
}
/**
 * The elements of a .npy of any dtype — numbers, strings, or an object array's Python values
 * (lists for ragged sequences) — for readers that take sequences, such as the imdb and reuters loaders.
 */
export declare function readNpyItems(bytes: Uint8Array, source: string): {
    shape: number[];
    items: unknown[];
};
/** The entries of an .npz archive (np.savez / np.savez_compressed) by array name, still as .npy bytes. */
export declare function readNpzEntries(bytes: Uint8Array, path: string): Map<string, Uint8Array>;
/**
 * Reads `path`, or one array of an .npz archive as `archive.npz:key` (the only array when it holds
 * one). CSV holds numbers with an optional header; JSON an array or { "key": array }.
 */
export declare function readArrayFile(spec: string, where: string): LoadedArray;
