import type { Sequential } from '../models/sequential.js';
import { toFloatData, type DataInput } from '../training/data.js';
import { inferTask } from './task.js';
import { diagnoseSetup, type Finding } from './diagnostics.js';

/**
 * Checks a compiled model's setup; with targets, also the rules that depend on them; with
 * inputs and targets, also the numbers (an accuracy within noise of its trivial baseline).
 */
export function diagnose(model: Sequential, x?: DataInput, y?: DataInput): Finding[] {
  if (!model.compiled) throw new Error('diagnose: the model must be compiled first: model.compile({ loss, optimizer, metrics }).');
  if (!model.built) model.build();
  const output = model.outputInfo();
  const { loss, metricNames } = model.compiled;
  const yTrue = y === undefined ? undefined : toFloatData(y, 'diagnose', 'y');
  const task = yTrue && inferTask(yTrue, output);
  const setup = diagnoseSetup({ loss: loss.name, fromLogits: loss.options.fromLogits, output, metrics: metricNames, ...(yTrue ? { yTrue, task } : {}) });
  if (x === undefined || yTrue === undefined || setup.some((f) => f.severity === 'error')) return setup;
  const numbers = model.evaluateReport(x, yTrue).findings.filter((f) => !setup.some((s) => s.code === f.code));
  return [...setup, ...numbers];
}
