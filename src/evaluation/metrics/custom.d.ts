/**
 * Metrics the user brings: a function (yTrue, yPred) => per-sample values, a Metric object, or a
 * full definition given to registerMetric. Each becomes a metric record like the built-in ones,
 * so it is resolved, reported beside its trivial baseline, saved and reloaded by name.
 */
import { Tensor } from '../../tensor/tensor.js';
import type { TaskKind } from '../task.js';
import { type Metric } from './metric.js';
import { type Direction, type MetricRecord, type TrivialKind } from './record.js';
/** A metric function as Keras takes it: one value per sample (a scalar is refused: it cannot be averaged over batches honestly). */
export type MetricFunction = (yTrue: Tensor, yPred: Tensor) => Tensor;
export interface MetricDefinition {
    /** Per-sample values, averaged over samples (Keras' MeanMetricWrapper). */
    fn?: MetricFunction;
    /** Or a new streaming state (a Metric) each time one is needed. */
    create?: () => Metric;
    /** Which way is better (EarlyStopping's 'auto' mode reads it). Default 'lower', as Keras' 'auto' treats names without 'acc'. */
    direction?: Direction;
    /** The tasks it is defined for; other targets are refused at the first fit or evaluate. Default: every task. */
    tasks?: readonly TaskKind[];
    /** How the trivial baseline answers it (see TrivialKind). Default 'decisions': the majority class. */
    trivial?: TrivialKind;
    /** Judge it with the near-baseline rule (for accuracy-like proportions a majority can inflate). Default false. */
    nearBaseline?: boolean;
}
export declare const isMetricObject: (v: unknown) => v is Metric;
/** The record of a user's metric; `create` gives a new state. */
export declare function customRecord(name: string, definition: MetricDefinition): MetricRecord;
/**
 * Registers a metric under `name`: a function (yTrue, yPred) => per-sample values, or a
 * definition ({ fn | create, direction, tasks, trivial, nearBaseline }). compile then takes the
 * name (or the function itself), and models compiled with it save and reload by name.
 */
export declare function registerMetric(name: string, definition: MetricFunction | MetricDefinition): void;
/** The registered record of a function or Metric given to compile, when it was registered under its name. */
export declare function registeredRecordOf(name: string, value: MetricFunction | Metric): MetricRecord | undefined;
