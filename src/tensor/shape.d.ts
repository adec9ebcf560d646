/** Shapes: sizes, broadcasting, formatting. */
export type Shape = readonly number[];
/** Number of elements of a shape (1 for a scalar). */
export declare function sizeOf(shape: Shape): number;
/** Row-major strides of a shape. */
export declare function stridesOf(shape: Shape): number[];
export declare function formatShape(shape: Shape): string;
export declare function shapesEqual(a: Shape, b: Shape): boolean;
/** Throws unless every dimension is a non-negative integer. */
export declare function checkShape(shape: Shape, where: string): void;
/** NumPy broadcasting of two shapes; the error names the op and both shapes. */
export declare function broadcastShapes(a: Shape, b: Shape, op: string): number[];
/**
 * Strides to read `shape` as if broadcast to `outShape`: broadcast dimensions get stride 0.
 * Used by kernels that walk the output and index the inputs.
 */
export declare function broadcastStrides(shape: Shape, outShape: Shape): number[];
/** Resolves a possibly negative axis; the error names the op and the rank. */
export declare function normalizeAxis(axis: number, rank: number, op: string): number;
/** Resolves an axis list (undefined = all axes), sorted and without repeats. */
export declare function normalizeAxes(axes: number | readonly number[] | undefined, rank: number, op: string): number[];
/** Splits a shape around `axis` into (outer, axis length, inner) for kernels that work along one axis. */
export declare function splitAtAxis(shape: Shape, axis: number): {
    outer: number;
    size: number;
    inner: number;
};
