import { baselineFor } from './baselines.js';
import { isProportion, wilsonInterval } from './metrics/interval.js';
import { nearBaseline, undefinedRatio } from './setup-rules.js';
import { ConfusionMetric } from './metrics/classification.js';
/** Attaches baselines to metric values and adds the findings that need both (accuracy near its baseline). */
export function reportMetrics(values, context, yTrue, effectiveSamples) {
    const { task, outputColumns, fromLogits } = context;
    const samples = effectiveSamples ?? yTrue.shape[0] ?? 0;
    const metrics = values.map(({ metric, value, added, ci95 }) => {
        // Proportions get Wilson's interval from the value and the sample count; others keep what the caller bootstrapped.
        const wilson = isProportion(metric, outputColumns) ? wilsonInterval(value, samples) : null;
        const interval = wilson ?? ci95 ?? null;
        return {
            name: metric.name,
            resolved: metric.resolved,
            display: metric.display,
            value,
            baseline: baselineFor(metric, task, yTrue, outputColumns, fromLogits),
            ci95: interval && Number.isFinite(interval[0]) ? interval : null,
            ciMethod: wilson ? 'wilson' : interval ? 'bootstrap' : null,
            ...(added ? { added } : {}),
        };
    });
    const findings = metrics.flatMap((m, i) => nearBaseline({ ...m, nearBaseline: values[i].metric.nearBaseline }, m.baseline, samples, m.ci95) ?? []);
    values.forEach(({ metric }, i) => {
        if (!(metric.metric instanceof ConfusionMetric))
            return;
        const zeroDivision = typeof metric.spec === 'object' ? String(metric.spec.zeroDivision ?? 0) : '0';
        const f = undefinedRatio(metrics[i], metric.metric.undefinedRatios(), zeroDivision);
        if (f)
            findings.push(f);
    });
    return { metrics, findings };
}
/** Terminal lines: one per metric with its baseline, then the findings. */
export function formatReport(title, metrics, findings) {
    if (metrics.length === 0 && findings.length === 0)
        return '';
    const width = Math.max(6, ...metrics.map((m) => m.display.length));
    const lines = [`${title}:`];
    for (const m of metrics) {
        const what = m.display === m.resolved ? '' : ` (${m.resolved})`;
        const ci = m.ci95 ? ` [${m.ci95[0].toFixed(4)}, ${m.ci95[1].toFixed(4)}]` : '';
        lines.push(`  ${m.display.padEnd(width)}  ${m.value.toFixed(4)}${ci}${what}   trivial baseline ${m.baseline.value.toFixed(4)} = ${m.baseline.name}${m.added ? '   [added by Candor]' : ''}`);
    }
    for (const f of findings)
        lines.push(`  ${f.severity} ${f.code}: ${f.message}\n    fix: ${f.fix}`);
    return lines.join('\n');
}
//# sourceMappingURL=metric-report.js.map