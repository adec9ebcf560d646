import type { Task } from '../truth/task.js';
import { canonicalName } from '../registry/lookup.js';
import { MeanMetricWrapper, type Metric } from './metric.js';
import { binaryAccuracy, categoricalAccuracy, meanAbsoluteError, meanSquaredError, sparseCategoricalAccuracy, subsetAccuracy } from './functions.js';

/** A metric as the user named it, what it was resolved to, and the streaming implementation. */
export interface ResolvedMetric {
  /** The name the user wrote ('accuracy'); keys History and evaluate() results. */
  name: string;
  /** What is actually computed ('categorical_accuracy'). */
  resolved: string;
  metric: Metric;
}

export interface ResolveContext {
  task: Task;
  /** True when the model outputs logits (then binary decisions threshold at 0, not 0.5). */
  fromLogits: boolean;
}

const EXPLICIT = ['binary_accuracy', 'categorical_accuracy', 'sparse_categorical_accuracy', 'subset_accuracy', 'mse', 'mae', 'mean_squared_error', 'mean_absolute_error'];

/**
 * The one place where a metric name becomes a computation. 'accuracy' resolves from the
 * task inferred from the targets, never from the loss: binary -> binary accuracy,
 * multiclass -> categorical (one-hot) or sparse categorical (ids), multilabel -> subset accuracy.
 * Returns null for 'accuracy' on regression (meaningless there); the caller reports that.
 */
export function resolveMetric(name: string, context: ResolveContext): ResolvedMetric | null {
  const threshold = context.fromLogits ? 0 : 0.5;
  const key = canonicalName(name);
  const make = (resolved: string, fn: ConstructorParameters<typeof MeanMetricWrapper>[1]): ResolvedMetric => ({ name, resolved, metric: new MeanMetricWrapper(name, fn) });
  if (key === 'accuracy' || key === 'acc') {
    const { task } = context;
    switch (task.kind) {
      case 'binary':
        return task.encoding === 'onehot' ? make('categorical_accuracy', categoricalAccuracy) : make('binary_accuracy', binaryAccuracy(threshold));
      case 'multiclass':
        return task.encoding === 'sparse' ? make('sparse_categorical_accuracy', sparseCategoricalAccuracy) : make('categorical_accuracy', categoricalAccuracy);
      case 'multilabel':
        return make('subset_accuracy', subsetAccuracy(threshold));
      case 'regression':
        return null;
      default:
        return task.kind satisfies never;
    }
  }
  switch (key) {
    case 'binaryaccuracy': return make('binary_accuracy', binaryAccuracy(threshold));
    case 'categoricalaccuracy': return make('categorical_accuracy', categoricalAccuracy);
    case 'sparsecategoricalaccuracy': return make('sparse_categorical_accuracy', sparseCategoricalAccuracy);
    case 'subsetaccuracy': return make('subset_accuracy', subsetAccuracy(threshold));
    case 'mse': case 'meansquarederror': return make('mean_squared_error', meanSquaredError);
    case 'mae': case 'meanabsoluteerror': return make('mean_absolute_error', meanAbsoluteError);
    default:
      throw new RangeError(`compile: unknown metric ${JSON.stringify(name)}. Expected 'accuracy' or one of: ${EXPLICIT.join(', ')}. Received: metrics=[${JSON.stringify(name)}]`);
  }
}

/** Short label for displays: 'accuracy[categorical]' when the user wrote 'accuracy', else the name. */
export function displayName(m: ResolvedMetric): string {
  const key = canonicalName(m.name);
  return key === 'accuracy' || key === 'acc' ? `${m.name}[${m.resolved.replace(/_accuracy$/, '')}]` : m.name;
}
