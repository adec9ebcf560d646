/** Metric specs parsed against the metric records, and resolved for a task into streaming computations. */
import { suggest } from '../../registry/lookup.js';
import { readOptions } from '../../registry/options.js';
import { describe } from '../../tensor/describe.js';
import { customRecord, isMetricObject, registeredRecordOf } from './custom.js';
import { METRIC_RECORDS, parsingRecords, } from './record.js';
import { fmt } from './records/kinds.js';
import './records/index.js';
/** Every metric name compile knows, as the error for an unknown one lists them. */
export function metricNames() {
    return METRIC_RECORDS.entries().flatMap(([name, r]) => [
        name === 'top_k_accuracy' ? 'top_k_accuracy (k=5)' : name,
        ...(r.patterns ?? []),
    ]);
}
/** The built-in metric names (registered ones join metricNames()). */
export const METRIC_NAMES = metricNames();
/** The record and name-implied options of a metric name; unknown names are an error listing the known ones. */
function parseName(name) {
    const key = name.toLowerCase().replace(/[\s-]/g, '_');
    const record = METRIC_RECORDS.find(key);
    if (record)
        return { record, options: {} };
    for (const r of parsingRecords()) {
        const options = r.parse(key);
        if (options)
            return { record: r, options };
    }
    const known = metricNames();
    const hint = suggest(name, known.filter((n) => !n.includes('<')));
    throw new RangeError(`compile: unknown metric ${JSON.stringify(name)}.${hint ? ` Did you mean '${hint}'?` : ''} Expected one of: ${known.join(', ')} (a custom metric is found once registered: candor.registerMetric(name, fn)). Received: metrics=[${JSON.stringify(name)}]`);
}
/** A record for a function or Metric object given to compile: its registered one, or one made for it; never a name another metric holds. */
function recordOfValue(value, name) {
    const what = typeof value === 'function' ? 'metric function' : 'Metric object';
    if (typeof name !== 'string' || name === '')
        throw new TypeError(`compile: a ${what} needs a name to be logged and saved under (${typeof value === 'function' ? 'a named function' : 'its name property'}, or registerMetric(name, …) and pass the name). Received: name=${JSON.stringify(name)}`);
    const registered = registeredRecordOf(name, value);
    if (registered)
        return registered;
    if (METRIC_RECORDS.find(name))
        throw new RangeError(`compile: the ${what} "${name}" has the name of ${METRIC_RECORDS.isCustom(name) ? 'a registered' : 'the built-in'} metric "${METRIC_RECORDS.canonical(name)}"; logs and saved models would confuse them. Give it another name${METRIC_RECORDS.isCustom(name) ? `, or pass '${name}' to use the registered one` : ''}.`);
    // A Metric object is its own state: baselines and bootstrap resamples reuse it after its value was read.
    return customRecord(name, typeof value === 'function'
        ? { fn: value }
        : {
            create: () => {
                value.resetState();
                return value;
            },
        });
}
/** Parses a metric (a name, { name, ...options }, a function or a Metric object); options the metric does not implement are refused. */
export function parseMetric(spec) {
    if (typeof spec === 'function' || isMetricObject(spec)) {
        const name = spec.name;
        const record = recordOfValue(spec, name);
        return { name, family: record.family, options: {}, explicit: [], spec: name, record };
    }
    if (typeof spec === 'string') {
        const { record, options } = parseName(spec);
        return { name: spec, family: record.family, options, explicit: [], spec, record };
    }
    if (typeof spec !== 'object' || spec === null || typeof spec.name !== 'string') {
        throw new TypeError(`compile: a metric must be a name, { name, ...options }, a function (yTrue, yPred) => Tensor or a Metric object. Received: ${describe(spec)}`);
    }
    const { name, ...raw } = spec;
    const parsed = parseName(name);
    const given = readOptions(raw, `metric "${name}"`, { keys: parsed.record.options });
    for (const key of Object.keys(given)) {
        const implied = parsed.options[key];
        if (implied !== undefined && implied !== given[key])
            throw new RangeError(`metric "${name}": its name sets ${key}=${JSON.stringify(implied)}. Received: ${key}=${JSON.stringify(given[key])}`);
    }
    return {
        name,
        family: parsed.record.family,
        options: { ...parsed.options, ...given },
        explicit: Object.keys(given),
        spec,
        record: parsed.record,
    };
}
/** The name a metric is logged under. */
export const metricKey = (spec) => (typeof spec === 'string' ? spec : spec.name);
/** Backwards-compatible form: the family of a metric name. */
export function parseMetricName(name) {
    return { family: parseMetric(name).family };
}
/**
 * The one place where a metric becomes a computation: its record resolves it for the task
 * inferred from the targets (never from the loss). Returns null for 'accuracy' on regression
 * (meaningless there); the caller reports that.
 */
export function resolveMetric(spec, context) {
    const { task } = context;
    const parsed = isParsed(spec) ? spec : parseMetric(spec);
    const { name, options, record } = parsed;
    const details = [];
    if (parsed.explicit.includes('threshold')) {
        if (task.kind === 'multiclass' || (task.kind === 'binary' && task.encoding !== 'binary')) {
            throw new RangeError(`metric "${name}" needs binary (one column) or multi-label targets for a threshold (single-label classes are decided by argmax). Received: ${task.kind} targets (${task.description}).`);
        }
        details.push(`t=${fmt(options.threshold)}`);
    }
    const t = options.threshold ?? 0.5;
    const tools = {
        threshold: context.fromLogits ? Math.log(t / (1 - t)) : t,
        refuse: (needs) => {
            throw new RangeError(`metric "${name}" needs ${needs}. Received: ${task.kind} targets (${task.description}).`);
        },
        detail: (text) => details.push(text),
    };
    const c = record.resolve(parsed, context, tools);
    if (!c)
        return null;
    return {
        name,
        spec: parsed.spec,
        family: parsed.family,
        parsed,
        details,
        resolved: c.resolved,
        metric: c.create(),
        fresh: c.create,
        display: label(parsed, c.resolved, details),
        direction: record.direction,
        trivial: c.trivial ?? record.trivial,
        proportion: c.proportion ?? 'no',
        nearBaseline: c.nearBaseline ?? false,
    };
}
/** Label for displays: 'accuracy[categorical]', 'f1[macro]', 'precision[binary, t=0.7]' when the name left a choice open or options were given. */
function label(parsed, resolved, details) {
    const parts = [];
    if (parsed.family === 'accuracy')
        parts.push(resolved.replace(/_accuracy$/, ''));
    if ((parsed.family === 'precision' || parsed.family === 'recall' || parsed.family === 'fbeta') && parsed.options.average === undefined)
        parts.push(resolved.split('_').pop());
    parts.push(...details);
    return parts.length > 0 ? `${parsed.name}[${parts.join(', ')}]` : parsed.name;
}
/** The label a resolved metric is shown under (computed once, at resolution). */
export const displayName = (m) => m.display;
const isParsed = (spec) => typeof spec === 'object' && spec !== null && 'record' in spec && 'explicit' in spec;
//# sourceMappingURL=resolve.js.map