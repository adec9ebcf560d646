import type { Tensor } from '../tensor/tensor.js';
import { inferTask, type OutputInfo } from '../truth/task.js';
import { toIndicators } from './labels.js';
import { ConfusionCounts, averageScore, perClass, type Average, type ScoreRule } from './confusion.js';

export interface PrecisionRecallF1 {
  precision: number[];
  recall: number[];
  f1: number[];
  /** Number of true samples of each class (weighted). */
  support: number[];
}

/**
 * scikit-learn's precision_recall_fscore_support (zero_division=0): per class with
 * average 'none', else one averaged value each. Predictions are probabilities (threshold 0.5)
 * or scores; the task is inferred from the targets and the prediction width.
 */
export function precisionRecallF1(yTrue: Tensor, yPred: Tensor, options: { average?: Average | 'none'; threshold?: number } = {}): PrecisionRecallF1 {
  const columns = yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1]!;
  const output: OutputInfo = { units: columns, activation: columns === 1 ? 'sigmoid' : 'softmax' };
  const task = inferTask(yTrue, output);
  const ind = toIndicators(yTrue, yPred, task, options.threshold ?? 0.5, 'precisionRecallF1');
  const counts = new ConfusionCounts(ind.classes);
  counts.add(ind.truth, ind.predicted, ind.rows);
  const support = Array.from(counts.tp, (tp, c) => tp + counts.fn[c]!);
  const average = options.average ?? 'none';
  const rule = (kind: ScoreRule['kind']): ScoreRule => ({ kind, beta: 1, zeroDivision: 0 });
  if (average === 'none') return { precision: perClass(rule('precision'), counts), recall: perClass(rule('recall'), counts), f1: perClass(rule('fbeta'), counts), support };
  if (average === 'samples') throw new RangeError("precisionRecallF1: average 'samples' needs the rows; use classificationReport or the 'f1_samples' metric");
  const multilabel = task.kind === 'multilabel';
  return {
    precision: [averageScore(rule('precision'), counts, average, multilabel)],
    recall: [averageScore(rule('recall'), counts, average, multilabel)],
    f1: [averageScore(rule('fbeta'), counts, average, multilabel)],
    support: [support.reduce((a, b) => a + b, 0)],
  };
}
