import { asciiCurves } from './ascii-curves.js';
import { meanOf } from './curves.js';
import { TEST_LABELS } from './verdict.js';
const f = (v) => v.toFixed(4);
const pText = (p) => (p < 0.001 ? '< 0.001' : p.toFixed(4));
/** 'binary_accuracy', or 'binary_accuracy for a, categorical_accuracy for b' when configurations resolve a name differently. */
export function resolvedText(r, name) {
    const per = r.configs.flatMap((k) => k.metrics.filter((m) => m.name === name).map((m) => ({ config: k.name, resolved: m.resolved })));
    const distinct = new Set(per.map((x) => x.resolved));
    return distinct.size <= 1 ? ([...distinct][0] ?? name) : per.map((x) => `${x.resolved} for ${x.config}`).join(', ');
}
/** Every metric name any configuration reports, in first-seen order, with the first configuration's summary of it. */
export function metricUnion(r) {
    const seen = new Map();
    for (const k of r.configs)
        for (const m of k.metrics)
            if (!seen.has(m.name))
                seen.set(m.name, m);
    return [...seen.values()];
}
export function splitText(r) {
    const s = r.settings.split;
    if (s === 'holdout')
        return r.design.resampling === 'fixed' ? "the data's own fixed test set" : 'one seeded hold-out split per run';
    if (s === 'fixed')
        return `one seeded hold-out split shared by every run (seed ${r.settings.seeds[0]})`;
    return `${s.kfold}-fold${s.stratified === false ? '' : ' stratified'} cross-validation per run (values are fold means)`;
}
/** The compared test in one line: its name, statistic, df, p and correction, P(A > B) and the effect size. */
export function testLine(k, holmP) {
    const t = k.test;
    const win = k.probabilityOfImprovement;
    const e = k.effectSize;
    const ci = (v, d) => (Number.isFinite(v[0]) ? ` [${v[0].toFixed(d)}, ${v[1].toFixed(d)}]` : '');
    return (`${TEST_LABELS[t.name]}: t = ${t.statistic.toFixed(3)}${t.df !== null ? `, df = ${Number.isInteger(t.df) ? t.df : t.df.toFixed(1)}` : ''}, p = ${pText(t.p)}` +
        `${t.correction > 1 ? `, standard error ×${t.correction.toFixed(2)} (n_test/n_train = ${t.testTrainRatio.toFixed(3)})` : ''}${holmP ? `, Holm-adjusted p = ${pText(k.pHolm)}` : ''}; ` +
        `P(${k.a} > ${k.b}) = ${win.value.toFixed(2)}${ci(win.ci95, 2)} over ${k.design.paired ? `paired ${win.unit}` : win.unit}; ` +
        `${e.name === 'd_z' ? 'd_z' : "Hedges' g"} = ${e.value.toFixed(2)}${ci(e.ci95, 2)}`);
}
/** The uncorrected tests, labelled as not used for the verdict. */
export function naiveLine(k) {
    const n = k.naive;
    return `naive tests (runs as independent samples; not used for the verdict): ${n.pairedT ? `paired t p = ${pText(n.pairedT.p)}, ` : ''}Welch p = ${pText(n.welch.p)}, Mann-Whitney p = ${pText(n.mannWhitney.p)}`;
}
/** The terminal summary: per-configuration statistics beside the baseline, the tests and verdicts, failures, and mean curves. */
export function formatExperiment(r, options = {}) {
    const width = Math.max(...r.configs.map((k) => k.name.length), 6);
    const seeds = r.settings.seeds;
    const lines = [
        `${r.settings.runs} ${r.settings.paired ? 'paired ' : ''}runs per configuration (seeds ${seeds.length > 3 ? `${seeds[0]}..${seeds[seeds.length - 1]}` : seeds.join(', ')}), ${splitText(r)}; ` +
            `${r.settings.workers === 0 ? 'on this thread' : `${r.settings.workers} worker threads`}, ${r.settings.backend} backend, ${r.seconds.toFixed(1)} s`,
        `held-out ${r.metric.name} (computed as ${resolvedText(r, r.metric.name)}):`,
        '',
        `${'config'.padEnd(width)}  runs  mean ± sd          95% CI              min      max      trivial baseline`,
    ];
    for (const k of r.configs) {
        const m = k.metrics.find((x) => x.name === r.metric.name);
        const t = m?.test;
        const divergedCount = k.diverged.length > 0 ? `; ${k.diverged.length} diverged run(s) ${r.settings.keepDiverged ? 'included' : 'left out'}` : '';
        lines.push(t
            ? `${k.name.padEnd(width)}  ${String(t.n).padStart(4)}  ${f(t.mean)} ± ${f(t.sd)}   ${t.n > 1 ? `[${f(t.ci95[0])}, ${f(t.ci95[1])}]` : '(one run: no CI)'.padEnd(18)}   ${f(t.min)}   ${f(t.max)}   ${f(m.baseline.value)} (${m.baseline.name})${divergedCount}`
            : `${k.name.padEnd(width)}     0  no finished run${divergedCount}`);
    }
    const runLabel = (k, x) => `  ${k.name} run ${x.run + 1} (seed ${x.seed}${r.settings.split === 'holdout' ? '' : `, fold ${x.fold + 1}`})`;
    const failures = r.configs.flatMap((k) => k.failures.map((x) => `${runLabel(k, x)} failed: ${x.error}`));
    if (failures.length > 0)
        lines.push('', `${failures.length} fit(s) failed; their runs are left out:`, ...failures);
    const diverged = r.configs.flatMap((k) => k.diverged.map((x) => `${runLabel(k, x)}: ${x.reason}`));
    if (diverged.length > 0) {
        lines.push('', r.settings.keepDiverged
            ? `${diverged.length} run(s) diverged (loss non-finite) and are KEPT in the statistics (--keep-diverged):`
            : `${diverged.length} run(s) diverged (loss non-finite) and are left out of the statistics (--keep-diverged keeps them):`, ...diverged);
    }
    const findings = r.configs.flatMap((k) => k.findings.map((x) => `  ${k.name}: ${x.severity} ${x.code} in ${x.fits} of ${k.fits} fits`));
    if (findings.length > 0)
        lines.push('', 'findings (details in --report / --json; docs/diagnostics.md explains each code):', ...findings);
    if (r.interrupted)
        lines.push('', 'Interrupted: the statistics cover the runs that finished before the stop.');
    lines.push('');
    if (r.comparisons.length > 0)
        lines.push(`between runs varied: ${r.design.varied.join(', ')}`, '');
    for (const k of r.comparisons) {
        const units = k.design.unit === 'fold' ? `${k.runs} runs × ${k.design.units / k.runs} folds` : `${k.runs} runs`;
        lines.push(`${k.a} vs ${k.b} (${units}): difference ${f(k.difference)}`, `  ${testLine(k, r.comparisons.length > 1)}`, `  ${naiveLine(k)}`, `  ${k.verdict}`);
    }
    lines.push(...r.skipped.map((s) => `not compared: ${s}`));
    const key = `val_${r.metric.name}`;
    const chart = asciiCurves(`\nmean held-out ${r.metric.name} per epoch:`, r.configs.map((k) => ({ label: k.name, values: meanOf(k.runs.map((run) => run.curves[key] ?? [])) })), options);
    if (chart)
        lines.push(chart);
    return lines.join('\n');
}
//# sourceMappingURL=format.js.map