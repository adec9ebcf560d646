import { metricUnion, resolvedText, splitText } from '../experiment/format.js';
import { meanOf } from '../experiment/curves.js';
import { TEST_LABELS } from '../experiment/verdict.js';
import { VERSION } from '../version.js';
import { evaluationSection } from './evaluation-html.js';
import { boxPlot, curveChart, escapeXml as esc, PALETTE } from './svg.js';
const f4 = (v) => (Number.isFinite(v) ? v.toFixed(4) : String(v));
const pText = (p) => (p < 0.001 ? '&lt; 0.001' : p.toFixed(4));
/** Epoch-wise sample sd across runs (0 where fewer than two runs reached the epoch). */
function sdOf(curves, mean) {
    return mean.map((m, e) => {
        const at = curves.filter((c) => e < c.length).map((c) => c[e]);
        return at.length > 1 ? Math.sqrt(at.reduce((s, v) => s + (v - m) ** 2, 0) / (at.length - 1)) : 0;
    });
}
function panel(title, configs, key, reference) {
    const series = configs.map((k, i) => {
        const runs = k.runs.map((r) => r.curves[key] ?? []).filter((c) => c.length > 0);
        const mean = meanOf(runs);
        return { label: k.name, color: PALETTE[i % PALETTE.length], runs, mean, sd: sdOf(runs, mean) };
    });
    if (series.every((s) => s.runs.length === 0))
        return null;
    return { title, series, ...(reference ? { reference } : {}) };
}
const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;max-width:1180px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555}.verdict{background:#f4f7fb;border-left:4px solid #1f77b4;padding:8px 12px;margin:8px 0}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ddd;padding:4px 8px;text-align:right}th{background:#f3f3f3}td.l,th.l{text-align:left}
.finding{margin:4px 0}.error{color:#b00020}.warning{color:#8a5300}pre{background:#f7f7f7;padding:8px;overflow:auto;font-size:12px}
svg{display:block;margin:8px 0 18px}svg text{font-family:system-ui,sans-serif}.panel-title{font-size:13px;font-weight:600}.tick,.note{font-size:11px;fill:#444}
.axis-title,.legend{font-size:12px}.plot-area{fill:#fff;stroke:#999}.grid{stroke:#eee}`;
/**
 * One self-contained HTML page (inline CSS and SVG, no scripts, no network) with the experiment's
 * settings, statistics, verdicts, final-metric plots and learning curves.
 */
export function experimentReport(r, title = 'Candor experiment report', evaluation) {
    const s = r.settings;
    const body = [
        `<h1>${esc(title)}</h1>`,
        s.runs === 1 && r.configs.length === 1
            ? `<p class="meta">One fit${s.seeds.length ? ` (seed ${s.seeds[0]})` : ''}, ${r.configs[0].epochs} epochs, ${esc(s.backend)} backend; ${r.seconds.toFixed(1)} s; Candor ${esc(VERSION)}.</p>`
            : `<p class="meta">${s.runs} ${s.paired ? 'paired ' : ''}run(s) per configuration, seeds ${esc(s.seeds.join(', '))}; ${esc(splitText(r))}; ` +
                `${s.workers === 0 ? 'on one thread' : `${s.workers} worker thread(s)`}, ${esc(s.backend)} backend; ${r.seconds.toFixed(1)} s; Candor ${esc(VERSION)}${s.quick ? '; quick mode (capped data and epochs)' : ''}.</p>`,
    ];
    if (r.interrupted)
        body.push('<p class="verdict">Interrupted: the statistics cover only the runs that finished before the stop.</p>');
    for (const k of r.comparisons)
        body.push(`<p class="verdict">${esc(k.verdict)}</p>`);
    body.push(`<h2>Final metrics (held-out; training in grey)</h2>`, '<table><tr><th class="l">configuration</th><th class="l">metric (computed as)</th><th>runs</th><th>mean ± sd</th><th>95% CI</th><th>min</th><th>max</th><th class="l">trivial baseline</th><th>training mean</th></tr>');
    for (const k of r.configs) {
        for (const m of k.metrics) {
            const t = m.test;
            body.push(`<tr><td class="l">${esc(k.name)}</td><td class="l">${esc(m.name)} (${esc(m.resolved)})</td>` +
                (t
                    ? `<td>${t.n}</td><td>${f4(t.mean)} ± ${f4(t.sd)}</td><td>${t.n > 1 ? `[${f4(t.ci95[0])}, ${f4(t.ci95[1])}]` : '—'}</td><td>${f4(t.min)}</td><td>${f4(t.max)}</td>`
                    : '<td>0</td><td colspan="4">no finished run</td>') +
                `<td class="l">${f4(m.baseline.value)} (${esc(m.baseline.name)})</td><td style="color:#777">${m.train ? f4(m.train.mean) : '—'}</td></tr>`);
        }
    }
    body.push('</table>');
    if (r.comparisons.length > 0 || r.skipped.length > 0) {
        body.push(`<h2>Comparisons of held-out ${esc(r.metric.name)} (${esc(resolvedText(r, r.metric.name))})</h2>`, `<p class="meta">Between runs varied: ${esc(r.design.varied.join(', '))}. The verdict rests on the test named in each row; the naive tests treat runs as independent samples of new data and are shown for reference only.</p>`, '<table><tr><th class="l">pair</th><th>runs</th><th>difference</th><th class="l">test</th><th>t</th><th>df</th><th>p</th><th>SE factor</th><th>Holm p</th><th>P(A &gt; B) [95% CI]</th><th>effect size [95% CI]</th><th>runs for 80% power</th><th>naive paired t / Welch / Mann-Whitney p</th></tr>');
        for (const k of r.comparisons) {
            const t = k.test;
            const ci = (v) => (Number.isFinite(v[0]) ? ` [${v[0].toFixed(2)}, ${v[1].toFixed(2)}]` : '');
            const n = k.naive;
            body.push(`<tr><td class="l">${esc(k.a)} − ${esc(k.b)}</td><td>${k.runs}</td><td>${f4(k.difference)}</td><td class="l">${esc(TEST_LABELS[t.name])}</td>` +
                `<td>${t.statistic.toFixed(3)}</td><td>${t.df === null ? '—' : Number.isInteger(t.df) ? t.df : t.df.toFixed(1)}</td><td>${pText(t.p)}</td><td>${t.correction.toFixed(2)}</td><td>${pText(k.pHolm)}</td>` +
                `<td>${k.probabilityOfImprovement.value.toFixed(2)}${ci(k.probabilityOfImprovement.ci95)} (${esc(k.probabilityOfImprovement.unit)})</td>` +
                `<td>${k.effectSize.name === 'd_z' ? 'd_z' : 'g'} = ${k.effectSize.value.toFixed(2)}${ci(k.effectSize.ci95)}</td><td>${k.power.runs ?? 'none suffices'}</td>` +
                `<td>${n.pairedT ? pText(n.pairedT.p) : '—'} / ${pText(n.welch.p)} / ${pText(n.mannWhitney.p)}</td></tr>`);
        }
        body.push('</table>', ...r.skipped.map((x) => `<p>Not compared: ${esc(x)}</p>`));
    }
    const metricNames = metricUnion(r);
    // With one run per configuration the table already says everything a box plot could.
    if (Math.max(...r.configs.map((k) => k.runs.length)) > 1)
        body.push('<h2>Final value of each run</h2>');
    for (const m of Math.max(...r.configs.map((k) => k.runs.length)) > 1 ? metricNames : []) {
        const groups = r.configs.map((k, i) => ({
            label: k.name,
            color: PALETTE[i % PALETTE.length],
            values: k.runs.map((run) => run.test[m.name]).filter(Number.isFinite),
        }));
        body.push(`<h3>${esc(m.name)} (computed as ${esc(resolvedText(r, m.name))})</h3>`, boxPlot(m.name, `held-out ${m.name}, one dot per run`, groups, {
            label: `baseline ${f4(m.baseline.value)} (${m.baseline.name})`,
            value: m.baseline.value,
        }));
    }
    body.push('<h2>Learning curves (each run thin, mean bold, band ±1 sd)</h2>');
    for (const key of ['loss', ...metricNames.map((m) => m.name)]) {
        const m = metricNames.find((x) => x.name === key);
        const panels = [
            panel('training', r.configs, key),
            panel('held-out', r.configs, `val_${key}`, m ? { label: `baseline ${f4(m.baseline.value)}`, value: m.baseline.value } : undefined),
        ].filter((p) => p !== null);
        if (panels.length > 0)
            body.push(`<h3>${esc(key)}${m ? ` (computed as ${esc(resolvedText(r, key))})` : ''}</h3>`, curveChart(key, panels));
    }
    const findings = r.configs.flatMap((k) => k.findings.map((x) => ({ ...x, config: k.fits > 1 ? `${k.name} (${x.fits} of ${k.fits} fits; the first one's words)` : k.name })));
    if (findings.length > 0) {
        body.push('<h2>Findings</h2>', ...findings.map((x) => `<p class="finding ${esc(x.severity)}">${esc(x.config)}: [${esc(x.severity)} ${esc(x.code)}] ${esc(x.message)}</p>`));
    }
    const failures = r.configs.flatMap((k) => k.failures.map((x) => ({ ...x, config: k.name })));
    if (failures.length > 0) {
        body.push('<h2>Failed fits (left out of the statistics)</h2>', ...failures.map((x) => `<p class="finding error">${esc(x.config)} run ${x.run + 1} (seed ${x.seed}, fold ${x.fold + 1}): ${esc(x.error)}</p>`));
    }
    const diverged = r.configs.flatMap((k) => k.diverged.map((x) => ({ ...x, config: k.name })));
    if (diverged.length > 0) {
        body.push(`<h2>Diverged runs (${r.settings.keepDiverged ? 'kept in the statistics by keepDiverged' : 'left out of the statistics'})</h2>`, ...diverged.map((x) => `<p class="finding warning">${esc(x.config)} run ${x.run + 1} (seed ${x.seed}, fold ${x.fold + 1}): ${esc(x.reason)}</p>`));
    }
    if (evaluation)
        body.push(...evaluationSection(evaluation.title, evaluation.report));
    body.push('<h2>Configurations</h2>');
    for (const k of r.configs) {
        body.push(`<details><summary>${esc(k.name)}: ${esc(k.data)}, ${k.epochs} epochs</summary><pre>${esc(JSON.stringify(k.config, null, 2))}</pre></details>`);
    }
    return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
//# sourceMappingURL=html.js.map