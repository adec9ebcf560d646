import { inferTask } from './task.js';
import { diagnoseSetup } from './setup-rules.js';
import { resolveMetric } from './metrics/resolve.js';
/** Infers the task from the targets, runs the setup rules and resolves the metrics: once. */
export function buildEvaluationContext(setup, yTrue) {
    const { output } = setup;
    const task = inferTask(yTrue, output);
    const findings = diagnoseSetup({ loss: setup.loss, fromLogits: output.fromLogits, output, metrics: setup.metrics, yTrue, task });
    const resolveFor = { task, fromLogits: output.fromLogits };
    // null only for 'accuracy' on regression, reported as accuracy-on-regression above
    const metrics = setup.metrics.flatMap((m) => resolveMetric(m, resolveFor) ?? []);
    const perLabel = task.kind === 'multilabel' && metrics.some((m) => m.resolved === 'binary_accuracy');
    const companions = perLabel
        ? ['subset_accuracy', 'f1_micro'].filter((n) => !metrics.some((m) => m.resolved === n)).map((n) => resolveMetric(n, resolveFor))
        : [];
    return { task, output, outputColumns: output.units || 1, fromLogits: output.fromLogits, metrics, companions, findings };
}
/** Findings that stop training or evaluation: errors, and warnings in strict mode. */
export function blockingFindings(context, strict) {
    return context.findings.filter((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
//# sourceMappingURL=context.js.map