import { toFloatList } from '../training/model-data.js';
import { diagnoseSetup } from '../evaluation/setup-rules.js';
import { blockingFindings } from '../evaluation/context.js';
/**
 * Checks a compiled model's setup; with targets, also the rules that depend on them; with
 * inputs and targets, also the numbers (an accuracy within noise of its trivial baseline).
 * Each rule runs once: the targets' findings are the model's evaluation context.
 */
export function diagnose(model, x, y) {
    const trainer = model.compiled;
    if (!trainer)
        throw new Error('diagnose: the model must be compiled first: model.compile({ loss, optimizer, metrics }).');
    if (!model.built)
        model.build();
    if (y === undefined)
        return trainer.heads.flatMap((head) => {
            const findings = diagnoseSetup({
                loss: head.loss.name,
                fromLogits: head.loss.options.fromLogits,
                output: trainer.outputInfo(head.index),
                metrics: head.parsedMetrics,
            });
            return head.prefix === '' ? findings : findings.map((f) => ({ ...f, message: `output "${head.name}": ${f.message}` }));
        });
    const yTrue = toFloatList(y, model.outputNames, 'diagnose', 'y', 'outputs');
    const contexts = trainer.buildContexts(yTrue);
    if (x === undefined || contexts.some((c) => blockingFindings(c, trainer.strict).length > 0))
        return contexts.flatMap((c) => c.findings);
    return trainer.reportValidated(trainer.validate(x, yTrue, {}, 'diagnose'), true, contexts).findings;
}
//# sourceMappingURL=diagnose.js.map