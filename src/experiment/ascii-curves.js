/** Learning curves as terminal charts. */
import asciichart from 'asciichart';
const COLORS = [asciichart.blue, asciichart.red, asciichart.green, asciichart.magenta, asciichart.cyan, asciichart.yellow];
/** At most `width` points: the mean of each bucket of epochs, so long runs fit a terminal. */
function downsample(values, width) {
    if (values.length <= width)
        return [...values];
    return Array.from({ length: width }, (_, i) => {
        const from = Math.floor((i * values.length) / width);
        const to = Math.floor(((i + 1) * values.length) / width);
        const bucket = values.slice(from, Math.max(to, from + 1));
        return bucket.reduce((a, b) => a + b, 0) / bucket.length;
    });
}
/**
 * A small terminal chart of mean curves (one per series). With colour (a terminal) they share one
 * chart with a coloured legend; without, each series gets its own chart so none hides another.
 */
export function asciiCurves(title, series, options = {}) {
    const drawable = series.filter((s) => s.values.length > 0 && s.values.every(Number.isFinite));
    if (drawable.length === 0)
        return '';
    const width = options.width ?? 60;
    const epochs = Math.max(...drawable.map((s) => s.values.length));
    const axis = `  (x: epochs 1..${epochs}${epochs > width ? `, averaged into ${width} columns` : ''})`;
    const fmt = (x) => x.toFixed(3).padStart(7);
    if (options.color) {
        const chart = asciichart.plot(drawable.map((s) => downsample(s.values, width)), { height: options.height ?? 10, colors: drawable.map((_, i) => COLORS[i % COLORS.length]), format: fmt });
        const legend = drawable.map((s, i) => asciichart.colored(`━━ ${s.label}`, COLORS[i % COLORS.length])).join('   ');
        return [title, chart, legend + axis].join('\n');
    }
    return [
        title + axis,
        ...drawable.map((s) => `${s.label}:\n${asciichart.plot(downsample(s.values, width), { height: options.height ?? 6, format: fmt })}`),
    ].join('\n');
}
//# sourceMappingURL=ascii-curves.js.map