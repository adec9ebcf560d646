/**
 * One record per metric family: its names and aliases, the options it implements, which way is
 * better, how the trivial predictor answers it, and how it resolves for a task into a streaming
 * computation. Baselines, intervals, the near-baseline rule and EarlyStopping read the record,
 * never the metric's name. A new metric is one record (records/) and its registration.
 */
import type { Task } from '../task.js';
import type { OptionKind } from '../../registry/options.js';
import { Registry } from '../../registry/registry.js';
import type { Metric } from './metric.js';
import type { Average, ZeroDivision } from './confusion.js';
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
/** A metric as compile takes it: a name, { name, ...options }, a Metric object, or a function (yTrue, yPred) => per-sample values. */
export type MetricSpec = string | ({
    name: string;
} & MetricOptions);
/** Which way is better: for EarlyStopping's 'auto' mode and the reports. */
export type Direction = 'higher' | 'lower';
/**
 * How the trivial predictor answers (baselines.ts): 'decisions' (the majority class, or each
 * label's majority), 'per-label' (each column's majority whenever there are several columns),
 * 'probabilities' (the class or label frequencies, the best constant
 * probabilities), 'scores' (label frequencies as ranking scores), 'label-set' (the most frequent
 * set of labels). Regression targets always get the mean predictor.
 */
export type TrivialKind = 'decisions' | 'per-label' | 'probabilities' | 'scores' | 'label-set';
/** What a record resolves to for one task. */
export interface Computation {
    /** What is actually computed ('categorical_accuracy', 'f1_macro', 'precision_at_3'). */
    resolved: string;
    /** A new, empty streaming state. */
    create: () => Metric;
    /** Defaults to the record's. */
    trivial?: TrivialKind;
    /**
     * A proportion of samples (Wilson's interval applies): 'yes', or 'one-column' when it is one
     * only for a single output column (binary accuracy is per-label accuracy on several).
     */
    proportion?: 'yes' | 'one-column';
    /** Judged by the near-baseline rule (accuracy-like numbers that a majority can inflate). */
    nearBaseline?: boolean;
}
/** A metric understood without data: its family and the options its name or spec gave. */
export interface ParsedMetric {
    name: string;
    family: string;
    options: MetricOptions;
    /** Options the user wrote (shown beside the name), as opposed to those the name implies. */
    explicit: (keyof MetricOptions)[];
    /** The spec as saved with the model: what the user wrote, or the name of a function or Metric object. */
    spec: MetricSpec;
    /** The record it was parsed against (a built-in, a registered one, or one made for a function or object given to compile). */
    record: MetricRecord;
}
export interface ResolveContext {
    task: Task;
    /** True when the model outputs logits (then binary decisions threshold at logit(t), 0 by default). */
    fromLogits: boolean;
}
/** The resolution helpers every record gets: the decision threshold, and a refusal naming the task. */
export interface ResolveTools {
    /** The decision threshold in the model's output space (logit(t) on logits). */
    threshold: number;
    /** Throws: metric "name" needs … Received: <task>. */
    refuse(needs: string): never;
    /** Adds a note shown beside the name ('t=0.7', 'k=3'). */
    detail(text: string): void;
}
export interface MetricRecord {
    family: string;
    /** Names that mean this family with no implied options (first: the documented one). */
    names: readonly string[];
    /** Names that carry options ('f1_macro', 'top_3_accuracy'): the options they imply, or null. */
    parse?: (key: string) => MetricOptions | null;
    /** How parse's names read in the list of known metrics ('top_<k>_accuracy'). */
    patterns?: readonly string[];
    /** The options it implements (Candor spelling); anything else is refused. */
    options: Readonly<Record<string, OptionKind>>;
    direction: Direction;
    trivial: TrivialKind;
    /** The computation for a task; null only where a setup rule reports why (accuracy on regression). */
    resolve(m: ParsedMetric, context: ResolveContext, tools: ResolveTools): Computation | null;
}
/** Every metric family, built-in and registered. */
export declare const METRIC_RECORDS: Registry<MetricRecord>;
/** Registers a built-in metric record under its names (records/ call this). */
export declare function defineMetric(record: MetricRecord, builtin?: boolean): MetricRecord;
/** Records that parse names carrying options, in registration order. */
export declare function parsingRecords(): MetricRecord[];
