import type { Metric } from './metric.js';
import { type MetricFunction } from './custom.js';
import { type Direction, type MetricSpec, type ParsedMetric, type ResolveContext, type TrivialKind } from './record.js';
import './records/index.js';
export type { MetricOptions, MetricSpec, ParsedMetric, ResolveContext } from './record.js';
/** A metric as the user named it, what it was resolved to, and the streaming implementation. */
export interface ResolvedMetric {
    /** The name the user wrote ('accuracy'); keys History and evaluate() results. */
    name: string;
    /** What is actually computed ('categorical_accuracy', 'f1_macro', 'precision_at_3'). */
    resolved: string;
    metric: Metric;
    /** The spec it came from (saved with the model). */
    spec: MetricSpec;
    family: string;
    /** The parsed spec: family and options, read once at compile. */
    parsed: ParsedMetric;
    /** Label for displays and progress logs: 'accuracy[categorical]', 'f1[macro]'. */
    display: string;
    /** A new, empty streaming state of the same computation (for baselines and bootstrap resamples; no re-resolution). */
    fresh: () => Metric;
    /** Options shown beside the name ('t=0.7', 'k=3'), when the user gave them. */
    details: string[];
    direction: Direction;
    trivial: TrivialKind;
    /** A proportion of samples (Wilson's interval), for a model with this many output columns. */
    proportion: 'yes' | 'one-column' | 'no';
    /** Judged by the near-baseline rule. */
    nearBaseline: boolean;
}
/** Every metric name compile knows, as the error for an unknown one lists them. */
export declare function metricNames(): string[];
/** The built-in metric names (registered ones join metricNames()). */
export declare const METRIC_NAMES: readonly string[];
/** What compile takes as a metric: a name, { name, ...options }, a function (yTrue, yPred) => per-sample values, or a Metric object. */
export type MetricInput = MetricSpec | MetricFunction | Metric;
/** Parses a metric (a name, { name, ...options }, a function or a Metric object); options the metric does not implement are refused. */
export declare function parseMetric(spec: MetricInput): ParsedMetric;
/** The name a metric is logged under. */
export declare const metricKey: (spec: MetricInput) => string;
/** Backwards-compatible form: the family of a metric name. */
export declare function parseMetricName(name: string): {
    family: string;
};
/**
 * The one place where a metric becomes a computation: its record resolves it for the task
 * inferred from the targets (never from the loss). Returns null for 'accuracy' on regression
 * (meaningless there); the caller reports that.
 */
export declare function resolveMetric(spec: MetricInput | ParsedMetric, context: ResolveContext): ResolvedMetric | null;
/** The label a resolved metric is shown under (computed once, at resolution). */
export declare const displayName: (m: ResolvedMetric) => string;
