/** candor score: predictions from anywhere scored against targets, with baselines. */
import { readArrayFile } from '../io/readers/arrays.js';
import { score } from '../evaluation/score.js';
import { formatReport } from '../evaluation/metric-report.js';
import { evaluationSection } from '../report/evaluation-html.js';
import { escapeXml as esc } from '../report/svg.js';
import { unwritablePath, writeFileAtomic } from '../io/atomic.js';
import { UsageError } from '../usage-error.js';
/** A label as given on the command line: a number when it reads as one. */
const labelValue = (s) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s);
/** `candor score --targets y.npy --predictions p.npy`: honest metrics for predictions from any framework. */
export async function runScore(o) {
    const unwritable = o.report ? unwritablePath(o.report, '--report') : null;
    if (unwritable)
        throw new UsageError(`score: ${unwritable}`);
    if (o.fromLogits && o.predictionsKind && o.predictionsKind !== 'logits')
        throw new UsageError(`score: --from-logits contradicts --predictions-kind ${o.predictionsKind}`);
    let result;
    try {
        const targets = readArrayFile(o.targets, '--targets');
        const predictions = readArrayFile(o.predictions, '--predictions');
        const weights = o.weights ? readArrayFile(o.weights, '--weights') : null;
        if (weights && typeof weights.values[0] === 'string')
            throw new Error(`--weights: ${weights.source} must hold numbers`);
        const kind = o.fromLogits ? 'logits' : o.predictionsKind;
        result = score(targets, predictions, {
            ...(kind ? { predictions: kind } : {}),
            ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
            ...(o.metrics
                ? {
                    metrics: o.metrics
                        .split(',')
                        .map((m) => m.trim())
                        .filter(Boolean),
                }
                : {}),
            ...(o.posLabel !== undefined ? { posLabel: labelValue(o.posLabel) } : {}),
            ...(o.labels ? { labels: o.labels.split(',').map(labelValue) } : {}),
            ...(weights ? { sampleWeight: weights.values } : {}),
            ...(o.seed !== undefined ? { seed: o.seed } : {}),
        });
    }
    catch (err) {
        throw new UsageError(`score: ${err.message}`);
    }
    const blocking = result.findings.some((f) => f.severity === 'error' || (o.strict && f.severity === 'warning'));
    const text = formatScore(o, result);
    if (o.report)
        await writeFileAtomic(o.report, scoreReport(o, result), 'score: --report');
    return { result, text: o.report ? `${text}\n\nreport written to ${o.report}` : text, exitCode: blocking ? 1 : 0 };
}
export function formatScore(o, r) {
    return [
        `candor score: ${o.predictions} against ${o.targets}`,
        `  task: ${r.task.kind} (${r.task.description})${r.mapping ? `; ${r.mapping}` : ''}`,
        `  ${r.predictions.note}`,
        '',
        formatReport(`${r.samples} samples, 95% intervals (Wilson for proportions, bootstrap otherwise)`, r.metrics, r.findings),
        ...(r.classification ? ['', 'per class:', r.classification.text] : []),
    ].join('\n');
}
function scoreReport(o, r) {
    const body = [
        `<h1>Candor score: ${esc(o.predictions)}</h1>`,
        `<p class="meta">Targets ${esc(o.targets)}: ${esc(r.task.kind)} (${esc(r.task.description)})${r.mapping ? `; ${esc(r.mapping)}` : ''}. ${esc(r.predictions.note)}.</p>`,
        ...evaluationSection('Metrics', {
            loss: NaN,
            metrics: r.metrics,
            findings: r.findings,
            samples: r.samples,
            ...(r.classification ? { classification: r.classification } : {}),
        }),
        ...(r.findings.length > 0
            ? [
                '<h2>Findings</h2>',
                ...r.findings.map((f) => `<p class="finding ${esc(f.severity)}">[${esc(f.severity)} ${esc(f.code)}] ${esc(f.message)} <em>${esc(f.fix)}</em></p>`),
            ]
            : []),
    ];
    return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Candor score</title><style>body{font:14px/1.45 system-ui,sans-serif;max-width:1000px;margin:24px auto;padding:0 16px}table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ddd;padding:4px 8px;text-align:right}td.l,th.l{text-align:left}.meta{color:#555}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
//# sourceMappingURL=score.js.map