/** Minimal SVG charts for the HTML report: line charts with run/mean/band series, and box + strip plots. No network, no DOM. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
export function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const num = (v) => (Math.round(v * 100) / 100).toString();
/** About `count` round tick values covering [lo, hi]. */
export function niceTicks(lo, hi, count = 5) {
    if (!(hi > lo))
        return [lo];
    const raw = (hi - lo) / count;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
    const ticks = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        ticks.push(Number(t.toPrecision(12)));
    return ticks;
}
const label = (v) => Math.abs(v) >= 1000 || (v !== 0 && Math.abs(v) < 0.01) ? v.toExponential(1) : Number(v.toPrecision(4)).toString();
/** Axes, grid and tick labels of one panel; returns the scales. */
function frame(left, top, width, height, xDomain, yDomain, title, xTitle) {
    const [x0, x1] = xDomain;
    const [y0, y1] = yDomain[1] > yDomain[0] ? yDomain : [yDomain[0] - 0.5, yDomain[0] + 0.5];
    const x = (v) => left + (x1 === x0 ? width / 2 : ((v - x0) / (x1 - x0)) * width);
    const y = (v) => top + height - ((v - y0) / (y1 - y0)) * height;
    const parts = [
        `<text x="${num(left + width / 2)}" y="${num(top - 8)}" text-anchor="middle" class="panel-title">${escapeXml(title)}</text>`,
        `<rect x="${left}" y="${top}" width="${width}" height="${height}" class="plot-area"/>`,
    ];
    for (const t of niceTicks(y0, y1)) {
        parts.push(`<line x1="${left}" x2="${left + width}" y1="${num(y(t))}" y2="${num(y(t))}" class="grid"/>`, `<text x="${left - 6}" y="${num(y(t) + 4)}" text-anchor="end" class="tick">${label(t)}</text>`);
    }
    if (xTitle === null)
        return { x, y, parts }; // a categorical x axis labels itself
    for (const t of niceTicks(x0, x1, 6).filter(Number.isInteger)) {
        parts.push(`<text x="${num(x(t))}" y="${top + height + 16}" text-anchor="middle" class="tick">${label(t)}</text>`);
    }
    parts.push(`<text x="${num(left + width / 2)}" y="${top + height + 32}" text-anchor="middle" class="axis-title">${escapeXml(xTitle)}</text>`);
    return { x, y, parts };
}
/** A run's curve; epochs with a non-finite value (a diverged run) are left out rather than drawn at NaN. */
const polyline = (f, values, cls, color, attrs) => `<polyline class="${cls}" ${attrs} fill="none" stroke="${color}" points="${values.flatMap((v, i) => (Number.isFinite(v) ? [`${num(f.x(i + 1))},${num(f.y(v))}`] : [])).join(' ')}"/>`;
/**
 * One chart for one metric: side-by-side panels (training, held-out), in each every run as a thin
 * line, the mean bold and a ±sd band, plus an optional dashed baseline.
 */
export function curveChart(metric, panels) {
    const panelWidth = 330;
    const height = 200;
    const left = 56;
    const gap = 70;
    const all = panels
        .flatMap((p) => [
        ...p.series.flatMap((s) => [
            ...s.runs.flat(),
            ...s.mean.map((m, i) => m + (s.sd[i] ?? 0)),
            ...s.mean.map((m, i) => m - (s.sd[i] ?? 0)),
        ]),
        ...(p.reference ? [p.reference.value] : []),
    ])
        .filter(Number.isFinite);
    const yDomain = all.length ? [Math.min(...all), Math.max(...all)] : [0, 1];
    const epochs = Math.max(1, ...panels.flatMap((p) => p.series.flatMap((s) => [s.mean.length, ...s.runs.map((r) => r.length)])));
    const width = left + panels.length * (panelWidth + gap);
    const parts = [];
    panels.forEach((panel, i) => {
        const f = frame(left + i * (panelWidth + gap), 28, panelWidth, height, [1, Math.max(epochs, 2)], yDomain, panel.title, 'epoch');
        parts.push(...f.parts);
        for (const s of panel.series) {
            const g = [];
            if (s.runs.length > 1 && s.mean.length > 0) {
                const upper = s.mean.map((m, e) => `${num(f.x(e + 1))},${num(f.y(m + (s.sd[e] ?? 0)))}`);
                const lower = s.mean.map((m, e) => `${num(f.x(e + 1))},${num(f.y(m - (s.sd[e] ?? 0)))}`).reverse();
                g.push(`<polygon class="band" fill="${s.color}" fill-opacity="0.15" stroke="none" points="${[...upper, ...lower].join(' ')}"/>`);
            }
            s.runs.forEach((run, r) => g.push(polyline(f, run, 'run', s.color, `data-run="${r}" stroke-width="0.8" stroke-opacity="0.45"`)));
            g.push(polyline(f, s.mean, 'mean', s.color, 'stroke-width="2.6"'));
            parts.push(`<g class="series" data-config="${escapeXml(s.label)}" data-panel="${escapeXml(panel.title)}">${g.join('')}</g>`);
        }
        if (panel.reference && Number.isFinite(panel.reference.value)) {
            const y = num(f.y(panel.reference.value));
            parts.push(`<line class="reference" x1="${num(f.x(1))}" x2="${num(f.x(Math.max(epochs, 2)))}" y1="${y}" y2="${y}" stroke="#555" stroke-dasharray="5,4"/>`, `<text x="${num(f.x(Math.max(epochs, 2)) - 4)}" y="${Number(y) - 4}" text-anchor="end" class="note">${escapeXml(panel.reference.label)}</text>`);
        }
    });
    const legend = panels[0]?.series.map((s, i) => `<g transform="translate(${left + i * 220},${height + 70})"><rect width="14" height="4" y="-6" fill="${s.color}"/><text x="20" y="0" class="legend">${escapeXml(s.label)}</text></g>`) ?? [];
    return `<svg class="chart curves" data-metric="${escapeXml(metric)}" viewBox="0 0 ${width} ${height + 84}" width="${width}" height="${height + 84}" role="img" aria-label="${escapeXml(`${metric} per epoch`)}">${parts.join('')}${legend.join('')}</svg>`;
}
/** Linear-interpolated quantile (numpy's default) of sorted values. */
export function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** Box (quartiles, median, whiskers to min/max) with every run as a dot, one per configuration, beside the baseline. */
export function boxPlot(metric, title, groups, reference) {
    const left = 56;
    const slot = 150;
    const height = 200;
    const width = Math.max(left + groups.length * slot + 20, 520);
    const all = [...groups.flatMap((g) => g.values), ...(reference ? [reference.value] : [])].filter(Number.isFinite);
    const f = frame(left, 28, width - left - 20, height, [0, groups.length], all.length ? [Math.min(...all), Math.max(...all)] : [0, 1], title, null);
    // The title may be wider than a two-box plot: left-align it instead of centring.
    const parts = f.parts.map((p) => p.includes('class="panel-title"')
        ? p.replace(/x="[^"]*" y="([^"]*)" text-anchor="middle"/, `x="${left}" y="$1" text-anchor="start"`)
        : p);
    const cx = (i) => f.x(i + 0.5);
    groups.forEach((g, i) => {
        const s = [...g.values].sort((a, b) => a - b);
        const items = [];
        if (s.length > 0) {
            const [q1, med, q3] = [quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75)];
            const x = cx(i);
            items.push(`<line class="whisker" x1="${num(x)}" x2="${num(x)}" y1="${num(f.y(s[0]))}" y2="${num(f.y(s[s.length - 1]))}" stroke="${g.color}"/>`, `<rect class="box" x="${num(x - 28)}" y="${num(f.y(q3))}" width="56" height="${num(Math.max(1, f.y(q1) - f.y(q3)))}" fill="${g.color}" fill-opacity="0.18" stroke="${g.color}"/>`, `<line class="median" x1="${num(x - 28)}" x2="${num(x + 28)}" y1="${num(f.y(med))}" y2="${num(f.y(med))}" stroke="${g.color}" stroke-width="2.5"/>`);
            // Dots spread sideways by a fixed pattern (no randomness: the same data gives the same picture).
            g.values.forEach((v, k) => items.push(`<circle class="point" data-run="${k}" cx="${num(x + ((k % 7) - 3) * 5)}" cy="${num(f.y(v))}" r="3.2" fill="${g.color}" fill-opacity="0.75"/>`));
        }
        items.push(`<text x="${num(cx(i))}" y="${28 + height + 18}" text-anchor="middle" class="tick">${escapeXml(g.label)}</text>`);
        parts.push(`<g class="group" data-config="${escapeXml(g.label)}">${items.join('')}</g>`);
    });
    if (reference && Number.isFinite(reference.value)) {
        const y = num(f.y(reference.value));
        parts.push(`<line class="reference" x1="${left}" x2="${width - 20}" y1="${y}" y2="${y}" stroke="#555" stroke-dasharray="5,4"/>`, `<text x="${width - 24}" y="${Number(y) - 4}" text-anchor="end" class="note">${escapeXml(reference.label)}</text>`);
    }
    return `<svg class="chart box" data-metric="${escapeXml(metric)}" viewBox="0 0 ${width} ${height + 56}" width="${width}" height="${height + 56}" role="img" aria-label="${escapeXml(title)}">${parts.join('')}</svg>`;
}
//# sourceMappingURL=svg.js.map