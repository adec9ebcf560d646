import type { Task } from '../task.js';
import { canonicalName } from '../../registry/lookup.js';
import { readOptions, type OptionKind } from '../../registry/options.js';
import { describe } from '../../tensor/describe.js';
import { MeanMetricWrapper, type Metric, type SampleMetricFn } from './metric.js';
import { binaryAccuracy, categoricalAccuracy, meanAbsoluteError, meanSquaredError, sparseCategoricalAccuracy, subsetAccuracy } from './functions.js';
import { ConfusionMetric, hammingLoss, kerasTopK, precisionAtK, recallAtK, topKAccuracy } from './classification.js';
import type { Average, ZeroDivision } from './confusion.js';
import { AucMetric, AveragePrecisionMetric, KerasAucMetric, type RankingAverage } from './ranking.js';
import { AgreementMetric } from './agreement.js';
import { brierScore, logLoss, lossAsMetric } from './probabilistic.js';
import { R2Metric } from './regression.js';

/** Options a metric may take in compile: { name: 'precision', threshold: 0.7 }. Which ones apply depends on the metric. */
export interface MetricOptions {
  /** Decision threshold on probabilities (binary and multi-label targets; logits compare with logit(t)). Keras' threshold. */
  threshold?: number;
  /** F-beta's β (scikit-learn's fbeta_score). */
  beta?: number;
  /** scikit-learn's average=: 'binary', 'micro', 'macro', 'weighted', 'samples' (AUC and AP: 'macro', 'micro', 'weighted'). */
  average?: Average;
  /** Value of an undefined (0/0) precision or recall: 0, 1 or 'nan' (scikit-learn >= 1.3's zero_division). */
  zeroDivision?: ZeroDivision;
  /** k of top-k and @k metrics. */
  k?: number;
  /** Multiclass ROC AUC: one-vs-rest or Hand & Till's one-vs-one. */
  multiClass?: 'ovr' | 'ovo';
  /** Cohen's kappa disagreement weights. */
  weights?: 'linear' | 'quadratic';
  /** keras_auc: number of thresholds (Keras' num_thresholds, default 200). */
  numThresholds?: number;
  /** keras_auc: average the labels' AUCs instead of pooling them (Keras' multi_label). */
  multiLabel?: boolean;
  /** Cross-entropy metrics: predictions are logits. */
  fromLogits?: boolean;
  labelSmoothing?: number;
}

/** A metric as compile takes it: a name, or { name, ...options }. */
export type MetricSpec = string | ({ name: string } & MetricOptions);

/** A metric as the user named it, what it was resolved to, and the streaming implementation. */
export interface ResolvedMetric {
  /** The name the user wrote ('accuracy'); keys History and evaluate() results. */
  name: string;
  /** What is actually computed ('categorical_accuracy', 'f1_macro', 'precision_at_3'). */
  resolved: string;
  metric: Metric;
  /** The spec it came from (saved with the model). */
  spec: MetricSpec;
  family: Family;
  /** The parsed spec: family and options, read once at compile. */
  parsed: ParsedMetric;
  /** Label for displays and progress logs: 'accuracy[categorical]', 'f1[macro]'. */
  display: string;
  /** A new, empty streaming state of the same computation (for baselines and bootstrap resamples; no re-resolution). */
  fresh: () => Metric;
  /** Options shown beside the name ('t=0.7', 'k=3'), when the user gave them. */
  details: string[];
}

export interface ResolveContext {
  task: Task;
  /** True when the model outputs logits (then binary decisions threshold at logit(t), 0 by default). */
  fromLogits: boolean;
}

type Family =
  | 'accuracy' | 'binary_accuracy' | 'categorical_accuracy' | 'sparse_categorical_accuracy' | 'subset_accuracy' | 'hamming_loss'
  | 'precision' | 'recall' | 'fbeta' | 'auc' | 'average_precision' | 'keras_auc'
  | 'top_k_accuracy' | 'top_k_categorical_accuracy' | 'sparse_top_k_categorical_accuracy' | 'precision_at_k' | 'recall_at_k'
  | 'balanced_accuracy' | 'matthews_corrcoef' | 'cohen_kappa' | 'log_loss' | 'brier_score'
  | 'binary_crossentropy' | 'categorical_crossentropy' | 'sparse_categorical_crossentropy' | 'kl_divergence' | 'poisson'
  | 'mse' | 'mae' | 'r2';

const probability: OptionKind = { test: (v) => typeof v === 'number' && v > 0 && v < 1, expected: 'a probability in (0, 1)' };
const positiveInt: OptionKind = { test: (v) => Number.isInteger(v) && (v as number) > 0, expected: 'a positive integer' };
const AVERAGES: OptionKind = { test: (v) => ['binary', 'micro', 'macro', 'weighted', 'samples'].includes(v as string), expected: "'binary', 'micro', 'macro', 'weighted' or 'samples'" };
const RANKING_AVERAGES: OptionKind = { test: (v) => ['macro', 'micro', 'weighted'].includes(v as string), expected: "'macro', 'micro' or 'weighted'" };
const ZERO_DIVISION: OptionKind = { test: (v) => v === 0 || v === 1 || v === 'nan', expected: "0, 1 or 'nan'" };
const CONFUSION = { threshold: probability, average: AVERAGES, zeroDivision: ZERO_DIVISION };

/** The options each family implements; anything else is refused. */
const OPTIONS: Record<Family, Record<string, OptionKind>> = {
  accuracy: { threshold: probability }, binary_accuracy: { threshold: probability }, categorical_accuracy: {}, sparse_categorical_accuracy: {},
  subset_accuracy: { threshold: probability }, hamming_loss: { threshold: probability },
  precision: CONFUSION, recall: CONFUSION, fbeta: { ...CONFUSION, beta: { test: (v) => typeof v === 'number' && v > 0 && Number.isFinite(v), expected: 'a number > 0' } },
  auc: { average: RANKING_AVERAGES, multiClass: { test: (v) => v === 'ovr' || v === 'ovo', expected: "'ovr' or 'ovo'" } }, average_precision: { average: RANKING_AVERAGES },
  keras_auc: { numThresholds: { test: (v) => Number.isInteger(v) && (v as number) > 2, expected: 'an integer > 2' }, multiLabel: 'boolean' },
  top_k_accuracy: { k: positiveInt }, top_k_categorical_accuracy: { k: positiveInt }, sparse_top_k_categorical_accuracy: { k: positiveInt },
  precision_at_k: { k: positiveInt }, recall_at_k: { k: positiveInt },
  balanced_accuracy: { threshold: probability }, matthews_corrcoef: { threshold: probability },
  cohen_kappa: { threshold: probability, weights: { test: (v) => v === 'linear' || v === 'quadratic', expected: "'linear' or 'quadratic'" } },
  log_loss: {}, brier_score: {},
  binary_crossentropy: { fromLogits: 'boolean', labelSmoothing: { test: (v) => typeof v === 'number' && v >= 0 && v <= 1, expected: 'a number in [0, 1]' } },
  categorical_crossentropy: { fromLogits: 'boolean', labelSmoothing: { test: (v) => typeof v === 'number' && v >= 0 && v <= 1, expected: 'a number in [0, 1]' } },
  sparse_categorical_crossentropy: { fromLogits: 'boolean' },
  kl_divergence: {}, poisson: {}, mse: {}, mae: {}, r2: {},
};

const SIMPLE: Record<string, Family> = {
  accuracy: 'accuracy', acc: 'accuracy', binary_accuracy: 'binary_accuracy', categorical_accuracy: 'categorical_accuracy',
  sparse_categorical_accuracy: 'sparse_categorical_accuracy', subset_accuracy: 'subset_accuracy', exact_match: 'subset_accuracy',
  hamming_loss: 'hamming_loss', auc: 'auc', roc_auc: 'auc', keras_auc: 'keras_auc', average_precision: 'average_precision', pr_auc: 'average_precision',
  balanced_accuracy: 'balanced_accuracy', matthews_corrcoef: 'matthews_corrcoef', mcc: 'matthews_corrcoef', cohen_kappa: 'cohen_kappa', kappa: 'cohen_kappa',
  log_loss: 'log_loss', brier_score: 'brier_score', brier_score_loss: 'brier_score',
  binary_crossentropy: 'binary_crossentropy', categorical_crossentropy: 'categorical_crossentropy', sparse_categorical_crossentropy: 'sparse_categorical_crossentropy',
  kl_divergence: 'kl_divergence', kld: 'kl_divergence', poisson: 'poisson',
  mse: 'mse', mean_squared_error: 'mse', mae: 'mae', mean_absolute_error: 'mae', r2: 'r2', r2_score: 'r2',
};

export const METRIC_NAMES = [
  'accuracy', 'binary_accuracy', 'categorical_accuracy', 'sparse_categorical_accuracy', 'subset_accuracy', 'hamming_loss',
  'precision', 'recall', 'f1', 'f2', 'f0_5', 'fbeta', '<precision|recall|f1|fbeta>_<binary|micro|macro|weighted|samples>',
  'auc', 'keras_auc', 'average_precision', 'top_k_accuracy (k=5)', 'top_<k>_accuracy', 'top_k_categorical_accuracy', 'sparse_top_k_categorical_accuracy',
  'precision_at_<k>', 'recall_at_<k>', 'balanced_accuracy', 'matthews_corrcoef', 'cohen_kappa', 'log_loss', 'brier_score',
  'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'kl_divergence', 'poisson', 'mse', 'mae', 'r2',
];

/** A metric understood without data: its family and the options its name or spec gave. */
export interface ParsedMetric {
  name: string;
  family: Family;
  options: MetricOptions;
  /** Options the user wrote (shown beside the name), as opposed to those the name implies. */
  explicit: (keyof MetricOptions)[];
  /** The spec as the user wrote it. */
  spec: MetricSpec;
}

/** Family and name-implied options of a metric name; unknown names are an error listing the known ones. */
function parseName(name: string): { family: Family; options: MetricOptions } {
  const key = name.toLowerCase().replace(/[\s-]/g, '_');
  const family = SIMPLE[key] ?? SIMPLE[canonicalName(name)];
  if (family) return { family, options: {} };
  const confusion = /^(precision|recall|f1|fbeta|f(\d+(?:_\d+)?))(?:_(binary|micro|macro|weighted|samples))?$/.exec(key);
  if (confusion) {
    const [, base, betaText, average] = confusion;
    const options: MetricOptions = average ? { average: average as Average } : {};
    if (base === 'precision' || base === 'recall') return { family: base, options };
    if (base === 'f1') return { family: 'fbeta', options: { ...options, beta: 1 } };
    if (base === 'fbeta') return { family: 'fbeta', options };
    return { family: 'fbeta', options: { ...options, beta: Number(betaText!.replace('_', '.')) } };
  }
  const topK = /^top_(k|\d+)_accuracy$/.exec(key);
  if (topK) return { family: 'top_k_accuracy', options: topK[1] === 'k' ? {} : { k: Number(topK[1]) } };
  const kerasTop = /^(sparse_)?top_(k|\d+)_categorical_accuracy$/.exec(key);
  if (kerasTop) return { family: kerasTop[1] ? 'sparse_top_k_categorical_accuracy' : 'top_k_categorical_accuracy', options: kerasTop[2] === 'k' ? {} : { k: Number(kerasTop[2]) } };
  const atK = /^(precision|recall)_at_(k|\d+)$/.exec(key);
  if (atK) return { family: atK[1] === 'precision' ? 'precision_at_k' : 'recall_at_k', options: atK[2] === 'k' ? {} : { k: Number(atK[2]) } };
  throw new RangeError(`compile: unknown metric ${JSON.stringify(name)}. Expected one of: ${METRIC_NAMES.join(', ')}. Received: metrics=[${JSON.stringify(name)}]`);
}

/** Parses a metric spec (a name or { name, ...options }); options the metric does not implement are refused. */
export function parseMetric(spec: MetricSpec): ParsedMetric {
  if (typeof spec === 'string') return { name: spec, ...parseName(spec), explicit: [], spec };
  if (typeof spec !== 'object' || spec === null || typeof spec.name !== 'string') {
    throw new TypeError(`compile: a metric must be a name or { name, ...options }. Received: ${describe(spec)}`);
  }
  const { name, ...raw } = spec;
  const parsed = parseName(name);
  const given = readOptions<MetricOptions>(raw, `metric "${name}"`, { keys: OPTIONS[parsed.family] });
  for (const key of Object.keys(given) as (keyof MetricOptions)[]) {
    const implied = parsed.options[key];
    if (implied !== undefined && implied !== given[key]) throw new RangeError(`metric "${name}": its name sets ${key}=${JSON.stringify(implied)}. Received: ${key}=${JSON.stringify(given[key])}`);
  }
  return { name, family: parsed.family, options: { ...parsed.options, ...given }, explicit: Object.keys(given) as (keyof MetricOptions)[], spec };
}

/** The name a metric spec is logged under. */
export const metricKey = (spec: MetricSpec): string => (typeof spec === 'string' ? spec : spec.name);

/** Backwards-compatible form: the family of a metric name. */
export function parseMetricName(name: string): { family: Family } {
  return { family: parseMetric(name).family };
}

function incompatible(name: string, needs: string, task: Task): never {
  throw new RangeError(`metric "${name}" needs ${needs}. Received: ${task.kind} targets (${task.description}).`);
}

const fmt = (v: number): string => String(Number(v.toPrecision(6)));

/**
 * The one place where a metric becomes a computation. 'accuracy' resolves from the task inferred
 * from the targets, never from the loss: binary -> binary accuracy, multiclass -> categorical
 * (one-hot) or sparse categorical (ids), multilabel -> subset accuracy. Returns null for
 * 'accuracy' on regression (meaningless there); the caller reports that.
 */
export function resolveMetric(spec: MetricSpec | ParsedMetric, context: ResolveContext): ResolvedMetric | null {
  const { task } = context;
  const parsed = isParsed(spec) ? spec : parseMetric(spec);
  const source = isParsed(spec) ? spec.spec : spec;
  const { name, family, options } = parsed;
  const classification = task.kind !== 'regression';
  const singleLabel = task.kind === 'binary' || task.kind === 'multiclass';
  const details: string[] = [];
  if (parsed.explicit.includes('threshold')) {
    if (task.kind === 'multiclass' || (task.kind === 'binary' && task.encoding !== 'binary')) incompatible(name, 'binary (one column) or multi-label targets for a threshold (single-label classes are decided by argmax)', task);
    details.push(`t=${fmt(options.threshold!)}`);
  }
  const t = options.threshold ?? 0.5;
  const threshold = context.fromLogits ? Math.log(t / (1 - t)) : t;
  const of = (resolved: string, fresh: () => Metric): ResolvedMetric => ({ name, spec: source, family, parsed, details, resolved, metric: fresh(), fresh, display: label(parsed, resolved, details) });
  const mean = (resolved: string, fn: SampleMetricFn): ResolvedMetric => of(resolved, () => new MeanMetricWrapper(name, fn));
  const needClasses = (): void => {
    if (!classification) incompatible(name, 'class or label targets', task);
  };
  const k = options.k ?? 5;
  if (parsed.explicit.includes('k')) details.push(`k=${k}`);
  switch (family) {
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
    case 'r2': return of('r2', () => new R2Metric(name));
    case 'hamming_loss':
      needClasses();
      return mean('hamming_loss', hammingLoss(task, threshold));
    case 'auc': case 'average_precision': {
      needClasses();
      const average = (options.average ?? 'macro') as RankingAverage;
      if (task.kind === 'multiclass' && average === 'micro') incompatible(name, "binary or multi-label targets for average 'micro' (multiclass: 'macro' or 'weighted')", task);
      if (family === 'average_precision' && task.kind === 'multiclass') incompatible(name, 'binary or multi-label targets (scikit-learn 1.2 has no multiclass average precision)', task);
      if (options.multiClass === 'ovo') details.push('ovo');
      if (parsed.explicit.includes('average')) details.push(average);
      return family === 'auc' ? of('auc', () => new AucMetric(name, task, average, options.multiClass ?? 'ovr')) : of('average_precision', () => new AveragePrecisionMetric(name, task, average));
    }
    case 'keras_auc': {
      needClasses();
      if (context.fromLogits) incompatible(name, 'probabilities (its thresholds lie in [0, 1]); the model outputs logits', task);
      const n = options.numThresholds ?? 200;
      if (parsed.explicit.includes('numThresholds')) details.push(`${n} thresholds`);
      return of('keras_auc', () => new KerasAucMetric(name, task, n, options.multiLabel ?? false));
    }
    case 'precision': case 'recall': case 'fbeta': {
      needClasses();
      const average: Average = options.average ?? (task.kind === 'binary' ? 'binary' : 'macro');
      if (average === 'binary' && task.kind !== 'binary') incompatible(name, "binary targets for average 'binary' (use micro, macro or weighted)", task);
      if (average === 'samples' && task.kind !== 'multilabel') incompatible(name, "multi-label targets for average 'samples'", task);
      const beta = options.beta ?? 1;
      const rule = { kind: family, beta, zeroDivision: options.zeroDivision ?? 0 } as const;
      const stem = family === 'fbeta' ? `f${fmt(beta)}` : family;
      if (family === 'fbeta' && parsed.explicit.includes('beta')) details.push(`β=${fmt(beta)}`);
      if (parsed.explicit.includes('zeroDivision')) details.push(`zeroDivision=${options.zeroDivision}`);
      return of(`${stem}_${average}`, () => new ConfusionMetric(name, rule, average, task, threshold));
    }
    case 'top_k_accuracy':
      if (!singleLabel || (task.kind === 'binary' && task.encoding === 'binary')) incompatible(name, 'single-label class targets with one score per class', task);
      return mean(`top_${k}_accuracy`, topKAccuracy(k, task));
    case 'top_k_categorical_accuracy': case 'sparse_top_k_categorical_accuracy':
      if (!singleLabel || (task.kind === 'binary' && task.encoding === 'binary')) incompatible(name, 'single-label class targets with one score per class', task);
      if ((family === 'sparse_top_k_categorical_accuracy') !== (task.encoding === 'sparse')) incompatible(name, family === 'sparse_top_k_categorical_accuracy' ? 'integer class ids (one-hot targets: top_k_categorical_accuracy)' : 'one-hot targets (class ids: sparse_top_k_categorical_accuracy)', task);
      return mean(`${family.startsWith('sparse') ? 'sparse_' : ''}top_${k}_categorical_accuracy`, kerasTopK(k, task, name));
    case 'precision_at_k':
      if (task.kind !== 'multilabel') incompatible(name, 'multi-label targets (for one label per row use top_k_accuracy)', task);
      return mean(`precision_at_${k}`, precisionAtK(k, task));
    case 'recall_at_k':
      if (task.kind !== 'multilabel') incompatible(name, 'multi-label targets (for one label per row use top_k_accuracy)', task);
      return mean(`recall_at_${k}`, recallAtK(k, task));
    case 'balanced_accuracy': case 'matthews_corrcoef': case 'cohen_kappa':
      if (!singleLabel) incompatible(name, 'binary or multiclass targets (one label per sample)', task);
      if (options.weights) details.push(options.weights);
      return of(family, () => new AgreementMetric(name, family, task, threshold, options.weights ?? 'none'));
    case 'log_loss':
      if (!singleLabel) incompatible(name, 'binary or multiclass targets (multi-label: binary_crossentropy)', task);
      if (context.fromLogits) incompatible(name, 'probabilities; the model outputs logits (use categorical_crossentropy with fromLogits)', task);
      return mean('log_loss', logLoss(task));
    case 'brier_score':
      if (task.kind !== 'binary' || task.encoding !== 'binary') incompatible(name, 'binary targets with one probability per sample (scikit-learn\'s brier_score_loss)', task);
      if (context.fromLogits) incompatible(name, 'probabilities; the model outputs logits', task);
      return mean('brier_score', brierScore);
    case 'binary_crossentropy': case 'categorical_crossentropy': case 'sparse_categorical_crossentropy': case 'kl_divergence': case 'poisson': {
      const fromLogits = options.fromLogits ?? (family.endsWith('crossentropy') ? context.fromLogits : undefined);
      if (options.labelSmoothing) details.push(`smoothing=${fmt(options.labelSmoothing)}`);
      return mean(family, lossAsMetric(family, { fromLogits, labelSmoothing: options.labelSmoothing }));
    }
    default:
      return family satisfies never;
  }
}

/** Label for displays: 'accuracy[categorical]', 'f1[macro]', 'precision[binary, t=0.7]' when the name left a choice open or options were given. */
function label(parsed: ParsedMetric, resolved: string, details: readonly string[]): string {
  const parts: string[] = [];
  if (parsed.family === 'accuracy') parts.push(resolved.replace(/_accuracy$/, ''));
  if ((parsed.family === 'precision' || parsed.family === 'recall' || parsed.family === 'fbeta') && parsed.options.average === undefined) parts.push(resolved.split('_').pop()!);
  parts.push(...details);
  return parts.length > 0 ? `${parsed.name}[${parts.join(', ')}]` : parsed.name;
}

/** The label a resolved metric is shown under (computed once, at resolution). */
export const displayName = (m: ResolvedMetric): string => m.display;

const isParsed = (spec: MetricSpec | ParsedMetric): spec is ParsedMetric => typeof spec === 'object' && spec !== null && 'family' in spec && 'explicit' in spec && 'spec' in spec;
