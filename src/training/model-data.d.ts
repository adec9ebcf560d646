/**
 * Data for a model's inputs or outputs (Keras' x and y): one array for a model with one input
 * (output), a list in order or a dict keyed by name for several. Read into one checked float
 * tensor per input (output), all with the same number of samples.
 */
import { Tensor } from '../tensor/tensor.js';
import { type DataInput } from '../tensor/input.js';
import type { InputEncoder } from './trainable.js';
/** x or y: one array, a list of arrays (one per input/output, in order) or { name: array }; a text input takes strings. */
export type ModelData = DataInput | readonly string[] | readonly (DataInput | readonly string[])[] | {
    readonly [name: string]: DataInput | readonly string[];
};
/**
 * One float tensor per name, from one array (a single name), a list in the names' order or a dict
 * keyed by the names; `arg` is 'x' or 'y' and `what` says what the names are ('inputs', 'outputs').
 */
export declare function toFloatList(value: ModelData, names: readonly string[], where: string, arg: string, what: string, encoders?: readonly (InputEncoder | null)[]): Tensor[];
/** Checks that every input and target tensor describes the same samples; returns their count. */
export declare function checkSameSampleCount(x: readonly Tensor[], y: readonly Tensor[], where: string, names: {
    x: readonly string[];
    y: readonly string[];
}): number;
/** Rows [start, end) of every tensor. */
export declare const rowRanges: (ts: readonly Tensor[], start: number, end: number) => Tensor[];
/** The given rows of every tensor. */
export declare const takeRowsOf: (ts: readonly Tensor[], rows: ArrayLike<number>, start: number, end: number) => Tensor[];
