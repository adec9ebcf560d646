/** Epoch-wise mean of several runs' curves (runs stopped early contribute to the epochs they reached). */
export declare function meanOf(curves: readonly (readonly number[])[]): number[];
