/**
 * A small terminal chart of mean curves (one per series). With colour (a terminal) they share one
 * chart with a coloured legend; without, each series gets its own chart so none hides another.
 */
export declare function asciiCurves(title: string, series: readonly {
    label: string;
    values: readonly number[];
}[], options?: {
    color?: boolean;
    width?: number;
    height?: number;
}): string;
