/**
 * Metrics the user brings: a function (yTrue, yPred) => per-sample values, a Metric object, or a
 * full definition given to registerMetric. Each becomes a metric record like the built-in ones,
 * so it is resolved, reported beside its trivial baseline, saved and reloaded by name.
 */
import { Tensor } from '../../tensor/tensor.js';
import { formatShape } from '../../tensor/shape.js';
import type { TaskKind } from '../task.js';
import { MeanMetricWrapper, type Metric } from './metric.js';
import { METRIC_RECORDS, type Direction, type MetricRecord, type TrivialKind } from './record.js';

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

export const isMetricObject = (v: unknown): v is Metric =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Metric).updateState === 'function' &&
  typeof (v as Metric).result === 'function' &&
  typeof (v as Metric).resetState === 'function';

/** A metric function's values as MeanMetricWrapper averages them: checked for one row per sample, extra axes averaged. */
function perSampleValues(name: string, fn: MetricFunction) {
  return (yTrue: Tensor, yPred: Tensor): Float32Array => {
    const out = fn(yTrue, yPred);
    const rows = yPred.shape[0] ?? 1;
    if (!(out instanceof Tensor) || out.rank === 0 || out.shape[0] !== rows) {
      throw new RangeError(
        `metric "${name}": a metric function must return one value per sample, a Tensor of shape [${rows}] (or [${rows}, …]). Received: ${out instanceof Tensor ? `shape ${formatShape(out.shape)}` : typeof out}`,
      );
    }
    const per = out.size / rows;
    const values = new Float32Array(rows);
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let j = 0; j < per; j++) s += out.data[r * per + j]!;
      values[r] = s / per;
    }
    return values;
  };
}

/** The record of a user's metric; `create` gives a new state. */
export function customRecord(name: string, definition: MetricDefinition): MetricRecord {
  const { fn, create, tasks } = definition;
  if ((fn === undefined) === (create === undefined))
    throw new TypeError(`metric "${name}": give exactly one of fn (per-sample values) or create (a new Metric)`);
  if (fn !== undefined && typeof fn !== 'function')
    throw new TypeError(`metric "${name}": fn must be a function (yTrue, yPred) => Tensor. Received: ${typeof fn}`);
  if (create !== undefined && typeof create !== 'function')
    throw new TypeError(`metric "${name}": create must be a function () => Metric. Received: ${typeof create}`);
  const fresh = fn ? () => new MeanMetricWrapper(name, perSampleValues(name, fn)) : create!;
  return {
    family: name,
    names: [name],
    options: {},
    direction: definition.direction ?? 'lower',
    trivial: definition.trivial ?? 'decisions',
    resolve: (_parsed, { task }, { refuse }) => {
      if (tasks && !tasks.includes(task.kind)) refuse(`${tasks.join(' or ')} targets`);
      return { resolved: name, create: fresh, nearBaseline: definition.nearBaseline ?? false };
    },
  };
}

/** The definitions registered, by name: a saved model names them and loadModel finds them again. */
const definitions = new WeakMap<MetricRecord, MetricDefinition | MetricFunction>();

/**
 * Registers a metric under `name`: a function (yTrue, yPred) => per-sample values, or a
 * definition ({ fn | create, direction, tasks, trivial, nearBaseline }). compile then takes the
 * name (or the function itself), and models compiled with it save and reload by name.
 */
export function registerMetric(name: string, definition: MetricFunction | MetricDefinition): void {
  const record = customRecord(name, typeof definition === 'function' ? { fn: definition } : definition);
  const held = METRIC_RECORDS.find(name);
  if (held && definitions.get(held) === definition) return; // the same registration again (a module loaded twice)
  definitions.set(record, definition);
  METRIC_RECORDS.register(name, record);
}

/** The registered record of a function or Metric given to compile, when it was registered under its name. */
export function registeredRecordOf(name: string, value: MetricFunction | Metric): MetricRecord | undefined {
  const held = METRIC_RECORDS.find(name);
  if (!held) return undefined;
  const def = definitions.get(held);
  return def === value || (typeof def === 'object' && def.fn === value) ? held : undefined;
}
