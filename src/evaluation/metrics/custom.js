/**
 * Metrics the user brings: a function (yTrue, yPred) => per-sample values, a Metric object, or a
 * full definition given to registerMetric. Each becomes a metric record like the built-in ones,
 * so it is resolved, reported beside its trivial baseline, saved and reloaded by name.
 */
import { Tensor } from '../../tensor/tensor.js';
import { formatShape } from '../../tensor/shape.js';
import { MeanMetricWrapper } from './metric.js';
import { METRIC_RECORDS } from './record.js';
export const isMetricObject = (v) => typeof v === 'object' &&
    v !== null &&
    typeof v.updateState === 'function' &&
    typeof v.result === 'function' &&
    typeof v.resetState === 'function';
/** A metric function's values as MeanMetricWrapper averages them: checked for one row per sample, extra axes averaged. */
function perSampleValues(name, fn) {
    return (yTrue, yPred) => {
        const out = fn(yTrue, yPred);
        const rows = yPred.shape[0] ?? 1;
        if (!(out instanceof Tensor) || out.rank === 0 || out.shape[0] !== rows) {
            throw new RangeError(`metric "${name}": a metric function must return one value per sample, a Tensor of shape [${rows}] (or [${rows}, …]). Received: ${out instanceof Tensor ? `shape ${formatShape(out.shape)}` : typeof out}`);
        }
        const per = out.size / rows;
        const values = new Float32Array(rows);
        for (let r = 0; r < rows; r++) {
            let s = 0;
            for (let j = 0; j < per; j++)
                s += out.data[r * per + j];
            values[r] = s / per;
        }
        return values;
    };
}
/** The record of a user's metric; `create` gives a new state. */
export function customRecord(name, definition) {
    const { fn, create, tasks } = definition;
    if ((fn === undefined) === (create === undefined))
        throw new TypeError(`metric "${name}": give exactly one of fn (per-sample values) or create (a new Metric)`);
    if (fn !== undefined && typeof fn !== 'function')
        throw new TypeError(`metric "${name}": fn must be a function (yTrue, yPred) => Tensor. Received: ${typeof fn}`);
    if (create !== undefined && typeof create !== 'function')
        throw new TypeError(`metric "${name}": create must be a function () => Metric. Received: ${typeof create}`);
    const fresh = fn ? () => new MeanMetricWrapper(name, perSampleValues(name, fn)) : create;
    return {
        family: name,
        names: [name],
        options: {},
        direction: definition.direction ?? 'lower',
        trivial: definition.trivial ?? 'decisions',
        resolve: (_parsed, { task }, { refuse }) => {
            if (tasks && !tasks.includes(task.kind))
                refuse(`${tasks.join(' or ')} targets`);
            return { resolved: name, create: fresh, nearBaseline: definition.nearBaseline ?? false };
        },
    };
}
/** The definitions registered, by name: a saved model names them and loadModel finds them again. */
const definitions = new WeakMap();
/**
 * Registers a metric under `name`: a function (yTrue, yPred) => per-sample values, or a
 * definition ({ fn | create, direction, tasks, trivial, nearBaseline }). compile then takes the
 * name (or the function itself), and models compiled with it save and reload by name.
 */
export function registerMetric(name, definition) {
    const record = customRecord(name, typeof definition === 'function' ? { fn: definition } : definition);
    const held = METRIC_RECORDS.find(name);
    if (held && definitions.get(held) === definition)
        return; // the same registration again (a module loaded twice)
    definitions.set(record, definition);
    METRIC_RECORDS.register(name, record);
}
/** The registered record of a function or Metric given to compile, when it was registered under its name. */
export function registeredRecordOf(name, value) {
    const held = METRIC_RECORDS.find(name);
    if (!held)
        return undefined;
    const def = definitions.get(held);
    return def === value || (typeof def === 'object' && def.fn === value) ? held : undefined;
}
//# sourceMappingURL=custom.js.map