/** The model-level doctor: a compiled Candor model's setup, its targets and, with inputs, its numbers. */
import type { Model } from '../models/model.js';
import { toFloatData, type DataInput } from '../tensor/input.js';
import { diagnoseSetup, type Finding } from '../evaluation/setup-rules.js';
import { blockingFindings } from '../evaluation/context.js';

/**
 * Checks a compiled model's setup; with targets, also the rules that depend on them; with
 * inputs and targets, also the numbers (an accuracy within noise of its trivial baseline).
 * Each rule runs once: the targets' findings are the model's evaluation context.
 */
export function diagnose(model: Model, x?: DataInput, y?: DataInput): Finding[] {
  const trainer = model.compiled;
  if (!trainer) throw new Error('diagnose: the model must be compiled first: model.compile({ loss, optimizer, metrics }).');
  if (!model.built) model.build();
  if (y === undefined)
    return diagnoseSetup({
      loss: trainer.loss.name,
      fromLogits: trainer.loss.options.fromLogits,
      output: trainer.outputInfo(),
      metrics: trainer.parsedMetrics,
    });
  const yTrue = toFloatData(y, 'diagnose', 'y');
  const context = trainer.buildContext(yTrue);
  if (x === undefined || blockingFindings(context, trainer.strict).length > 0) return [...context.findings];
  return trainer.reportValidated(trainer.validate(x, yTrue, {}, 'diagnose'), true, context).findings;
}
