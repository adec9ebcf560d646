/** Element types a tensor can hold: float32 for values, int32 for labels and indices. */
export type DType = 'float32' | 'int32';
export type TypedArray = Float32Array | Int32Array;
export declare const DTYPES: readonly DType[];
/** Allocates a zero-filled buffer of the given dtype (refused above the allocation limit). */
export declare function allocate(dtype: DType, size: number): TypedArray;
/** Throws unless `dtype` names a supported dtype. */
export declare function checkDType(dtype: unknown, where: string): DType;
