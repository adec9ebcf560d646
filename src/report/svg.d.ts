/** Minimal SVG charts for the HTML report: line charts with run/mean/band series, and box + strip plots. No network, no DOM. */
export declare const PALETTE: string[];
export declare function escapeXml(text: string): string;
/** About `count` round tick values covering [lo, hi]. */
export declare function niceTicks(lo: number, hi: number, count?: number): number[];
export interface CurveSeries {
    label: string;
    color: string;
    /** One curve per run (epoch values). */
    runs: (readonly number[])[];
    mean: readonly number[];
    sd: readonly number[];
}
export interface CurvePanel {
    title: string;
    series: CurveSeries[];
    /** A horizontal reference line, e.g. the metric's trivial baseline. */
    reference?: {
        label: string;
        value: number;
    };
}
/**
 * One chart for one metric: side-by-side panels (training, held-out), in each every run as a thin
 * line, the mean bold and a ±sd band, plus an optional dashed baseline.
 */
export declare function curveChart(metric: string, panels: readonly CurvePanel[]): string;
/** Linear-interpolated quantile (numpy's default) of sorted values. */
export declare function quantile(sorted: readonly number[], q: number): number;
/** Box (quartiles, median, whiskers to min/max) with every run as a dot, one per configuration, beside the baseline. */
export declare function boxPlot(metric: string, title: string, groups: readonly {
    label: string;
    color: string;
    values: readonly number[];
}[], reference?: {
    label: string;
    value: number;
}): string;
