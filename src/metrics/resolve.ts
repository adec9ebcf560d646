import type { Task } from '../truth/task.js';
import { canonicalName } from '../registry/lookup.js';
import { MeanMetricWrapper, type Metric, type SampleMetricFn } from './metric.js';
import { binaryAccuracy, categoricalAccuracy, meanAbsoluteError, meanSquaredError, sparseCategoricalAccuracy, subsetAccuracy } from './functions.js';
import { AucMetric, ConfusionMetric, hammingLoss, precisionAtK, recallAtK, topKAccuracy, type Average, type ConfusionScore } from './classification.js';
import { R2Metric } from './regression.js';

/** A metric as the user named it, what it was resolved to, and the streaming implementation. */
export interface ResolvedMetric {
  /** The name the user wrote ('accuracy'); keys History and evaluate() results. */
  name: string;
  /** What is actually computed ('categorical_accuracy', 'f1_macro', 'precision_at_3'). */
  resolved: string;
  metric: Metric;
}

export interface ResolveContext {
  task: Task;
  /** True when the model outputs logits (then binary decisions threshold at 0, not 0.5). */
  fromLogits: boolean;
}

/** A metric name understood without data: its family and parameters. */
type ParsedMetric =
  | { family: 'accuracy' | 'binary_accuracy' | 'categorical_accuracy' | 'sparse_categorical_accuracy' | 'subset_accuracy' | 'hamming_loss' | 'auc' | 'mse' | 'mae' | 'r2' }
  | { family: ConfusionScore; average: Average | 'auto' }
  | { family: 'top_k_accuracy' | 'precision_at_k' | 'recall_at_k'; k: number };

export const METRIC_NAMES = [
  'accuracy', 'binary_accuracy', 'categorical_accuracy', 'sparse_categorical_accuracy', 'subset_accuracy', 'hamming_loss',
  'precision', 'recall', 'f1', 'precision_micro', 'precision_macro', 'recall_micro', 'recall_macro', 'f1_micro', 'f1_macro',
  'top_k_accuracy (k=5)', 'top_<k>_accuracy', 'precision_at_<k>', 'recall_at_<k>', 'auc', 'mse', 'mae', 'r2',
];

/** Parses a metric name; unknown names are an error listing the known ones. */
export function parseMetricName(name: string): ParsedMetric {
  const key = name.toLowerCase().replace(/[\s-]/g, '_');
  const simple: Record<string, ParsedMetric['family']> = {
    accuracy: 'accuracy', acc: 'accuracy', binary_accuracy: 'binary_accuracy', categorical_accuracy: 'categorical_accuracy',
    sparse_categorical_accuracy: 'sparse_categorical_accuracy', subset_accuracy: 'subset_accuracy', exact_match: 'subset_accuracy',
    hamming_loss: 'hamming_loss', auc: 'auc', roc_auc: 'auc', mse: 'mse', mean_squared_error: 'mse', mae: 'mae', mean_absolute_error: 'mae',
    r2: 'r2', r2_score: 'r2',
  };
  const family = simple[key] ?? simple[canonicalName(name)];
  if (family) return { family } as ParsedMetric;
  const confusion = /^(precision|recall|f1)(?:_(micro|macro|binary))?$/.exec(key);
  if (confusion) return { family: confusion[1] as ConfusionScore, average: (confusion[2] as Average | undefined) ?? 'auto' };
  const topK = /^top_(k|\d+)_(?:categorical_)?accuracy$/.exec(key);
  if (topK) return { family: 'top_k_accuracy', k: topK[1] === 'k' ? 5 : Number(topK[1]) };
  const atK = /^(precision|recall)_at_(k|\d+)$/.exec(key);
  if (atK) return { family: atK[1] === 'precision' ? 'precision_at_k' : 'recall_at_k', k: atK[2] === 'k' ? 5 : Number(atK[2]) };
  throw new RangeError(`compile: unknown metric ${JSON.stringify(name)}. Expected one of: ${METRIC_NAMES.join(', ')}. Received: metrics=[${JSON.stringify(name)}]`);
}

function incompatible(name: string, needs: string, task: Task): never {
  throw new RangeError(`metric "${name}" needs ${needs}. Received: ${task.kind} targets (${task.description}).`);
}

/**
 * The one place where a metric name becomes a computation. 'accuracy' resolves from the
 * task inferred from the targets, never from the loss: binary -> binary accuracy,
 * multiclass -> categorical (one-hot) or sparse categorical (ids), multilabel -> subset accuracy.
 * Returns null for 'accuracy' on regression (meaningless there); the caller reports that.
 */
export function resolveMetric(name: string, context: ResolveContext): ResolvedMetric | null {
  const { task } = context;
  const threshold = context.fromLogits ? 0 : 0.5;
  const parsed = parseMetricName(name);
  const mean = (resolved: string, fn: SampleMetricFn): ResolvedMetric => ({ name, resolved, metric: new MeanMetricWrapper(name, fn) });
  const classification = task.kind !== 'regression';
  switch (parsed.family) {
    case 'accuracy':
      switch (task.kind) {
        case 'binary':
          if (task.encoding === 'binary') return mean('binary_accuracy', binaryAccuracy(threshold));
          return task.encoding === 'sparse' ? mean('sparse_categorical_accuracy', sparseCategoricalAccuracy) : mean('categorical_accuracy', categoricalAccuracy);
        case 'multiclass':
          return task.encoding === 'sparse' ? mean('sparse_categorical_accuracy', sparseCategoricalAccuracy) : mean('categorical_accuracy', categoricalAccuracy);
        case 'multilabel':
          return mean('subset_accuracy', subsetAccuracy(threshold));
        case 'regression':
          return null;
        default:
          return task.kind satisfies never;
      }
    case 'binary_accuracy': return mean('binary_accuracy', binaryAccuracy(threshold));
    case 'categorical_accuracy': return mean('categorical_accuracy', categoricalAccuracy);
    case 'sparse_categorical_accuracy': return mean('sparse_categorical_accuracy', sparseCategoricalAccuracy);
    case 'subset_accuracy': return mean('subset_accuracy', subsetAccuracy(threshold));
    case 'mse': return mean('mean_squared_error', meanSquaredError);
    case 'mae': return mean('mean_absolute_error', meanAbsoluteError);
    case 'r2': return { name, resolved: 'r2', metric: new R2Metric(name) };
    case 'hamming_loss':
      if (!classification) incompatible(name, 'class or label targets', task);
      return mean('hamming_loss', hammingLoss(task, threshold));
    case 'auc':
      if (!classification) incompatible(name, 'class or label targets', task);
      return { name, resolved: 'auc', metric: new AucMetric(name, task) };
    case 'precision': case 'recall': case 'f1': {
      if (!classification) incompatible(name, 'class or label targets', task);
      const average: Average = parsed.average === 'auto' ? (task.kind === 'binary' ? 'binary' : 'macro') : parsed.average;
      if (average === 'binary' && task.kind !== 'binary') incompatible(name, 'binary targets (use _micro or _macro)', task);
      const resolved = `${parsed.family}_${average}`;
      return { name, resolved, metric: new ConfusionMetric(name, parsed.family, average, task, threshold) };
    }
    case 'top_k_accuracy':
      if (task.kind !== 'multiclass' && !(task.kind === 'binary' && task.encoding !== 'binary')) incompatible(name, 'single-label class targets with one score per class', task);
      return mean(`top_${parsed.k}_accuracy`, topKAccuracy(parsed.k, task));
    case 'precision_at_k':
      if (task.kind !== 'multilabel') incompatible(name, 'multi-label targets (for one label per row use top_k_accuracy)', task);
      return mean(`precision_at_${parsed.k}`, precisionAtK(parsed.k, task));
    case 'recall_at_k':
      if (task.kind !== 'multilabel') incompatible(name, 'multi-label targets (for one label per row use top_k_accuracy)', task);
      return mean(`recall_at_${parsed.k}`, recallAtK(parsed.k, task));
    default:
      return parsed satisfies never;
  }
}

/** Label for displays: 'accuracy[categorical]', 'f1[macro]' when the name left a choice open; else the name. */
export function displayName(m: ResolvedMetric): string {
  const parsed = parseMetricName(m.name);
  if (parsed.family === 'accuracy') return `${m.name}[${m.resolved.replace(/_accuracy$/, '')}]`;
  if ('average' in parsed && parsed.average === 'auto') return `${m.name}[${m.resolved.split('_').pop()}]`;
  return m.name;
}
