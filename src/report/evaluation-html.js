import { escapeXml as esc } from './svg.js';
const f4 = (v) => (Number.isFinite(v) ? v.toFixed(4) : String(v));
/**
 * An evaluation as HTML: each metric with its 95% interval and baseline, the per-class report
 * (scikit-learn's classification_report) and the confusion matrix.
 */
export function evaluationSection(title, e) {
    const out = [
        `<h2>${esc(title)}</h2>`,
        `<p class="meta">${e.samples} samples; loss ${f4(e.loss)}.</p>`,
        '<table><tr><th class="l">metric (computed as)</th><th>value</th><th>95% CI</th><th class="l">interval</th><th class="l">trivial baseline</th></tr>',
    ];
    for (const m of e.metrics) {
        out.push(`<tr><td class="l">${esc(m.display)} (${esc(m.resolved)})</td><td>${f4(m.value)}</td><td>${m.ci95 ? `[${f4(m.ci95[0])}, ${f4(m.ci95[1])}]` : '—'}</td>` +
            `<td class="l">${esc(m.ciMethod ?? '—')}</td><td class="l">${f4(m.baseline.value)} (${esc(m.baseline.name)})</td></tr>`);
    }
    out.push('</table>');
    const c = e.classification;
    if (!c)
        return out;
    out.push('<table><tr><th class="l">class</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>');
    for (const row of [...c.classes, ...c.averages]) {
        out.push(`<tr><td class="l">${esc(row.label)}</td><td>${row.precision.toFixed(2)}</td><td>${row.recall.toFixed(2)}</td><td>${row.f1.toFixed(2)}</td><td>${+row.support.toFixed(2)}</td></tr>`);
    }
    if (c.accuracy !== null)
        out.push(`<tr><td class="l">accuracy</td><td></td><td></td><td>${c.accuracy.toFixed(2)}</td><td></td></tr>`);
    out.push('</table>');
    if (c.kind !== 'multilabel') {
        const m = c.confusion;
        out.push('<p class="meta">Confusion matrix (rows: true class, columns: predicted).</p>', `<table><tr><th></th>${c.labels.map((l) => `<th>${l}</th>`).join('')}</tr>`, ...m.map((row, i) => `<tr><th>${c.labels[i]}</th>${row.map((v) => `<td>${+v.toFixed(2)}</td>`).join('')}</tr>`), '</table>');
    }
    return out;
}
//# sourceMappingURL=evaluation-html.js.map