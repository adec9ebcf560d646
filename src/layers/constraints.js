import { Registry } from '../registry/registry.js';
import { readOptions } from '../registry/options.js';
const EPSILON = 1e-7;
const axisKind = {
    test: (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)),
    expected: 'an axis or a list of axes',
};
const KINDS = {
    non_neg: {},
    max_norm: { maxValue: 'number', axis: axisKind },
    unit_norm: { axis: axisKind },
    min_max_norm: { minValue: 'number', maxValue: 'number', rate: 'number', axis: axisKind },
};
/** Constraint names (Keras' snake_case; its class names MaxNorm, NonNeg… read the same in any casing). */
const CONSTRAINTS = new Registry('constraint');
for (const name of ['non_neg', 'max_norm', 'unit_norm', 'min_max_norm'])
    CONSTRAINTS.register(name, name, { builtin: true, aliases: name === 'non_neg' ? ['nonneg'] : [] });
/** Reads 'non_neg', { name: 'max_norm', maxValue: 2 } or Keras' { className: 'MaxNorm', config: { max_value: 2 } }. */
export function resolveConstraint(spec, where) {
    if (spec === undefined || spec === null)
        return null;
    let name;
    let options = {};
    if (typeof spec === 'string')
        name = spec;
    else if (typeof spec === 'object' && 'className' in spec)
        [name, options] = [spec.className.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), spec.config ?? {}];
    else if (typeof spec === 'object' && spec !== null)
        ({ name, ...options } = spec);
    const canonical = CONSTRAINTS.get(name, where, 'constraint');
    const o = readOptions(options, `${where} (${canonical} constraint)`, { keys: KINDS[canonical] });
    const config = { name: canonical, ...o };
    if (canonical === 'max_norm')
        config.maxValue ??= 2;
    if (canonical === 'min_max_norm') {
        config.minValue ??= 0;
        config.maxValue ??= 1;
        config.rate ??= 1;
        if (!(config.minValue <= config.maxValue))
            throw new RangeError(`${where}: min_max_norm needs minValue <= maxValue. Received: minValue=${config.minValue}, maxValue=${config.maxValue}`);
    }
    if (canonical !== 'non_neg')
        config.axis ??= 0;
    return config;
}
/** Per-slice L2 norms over the constraint's axes, then the Keras rescaling, in place. */
export function applyConstraint(config, v) {
    const w = v.f32();
    if (config.name === 'non_neg') {
        for (let i = 0; i < w.length; i++)
            if (w[i] < 0)
                w[i] = 0;
        return;
    }
    const shape = v.shape;
    const axes = new Set((Array.isArray(config.axis) ? config.axis : [config.axis ?? 0]).map((a) => (a < 0 ? a + shape.length : a)));
    for (const a of axes)
        if (a < 0 || a >= shape.length)
            throw new RangeError(`${v.name}: constraint axis ${a} is outside a weight of rank ${shape.length}`);
    // Each element belongs to the slice named by its coordinates on the other axes.
    const strides = shape.map((_, i) => shape.slice(i + 1).reduce((p, d) => p * d, 1));
    const sliceOf = (flat) => {
        let key = 0;
        for (let i = 0; i < shape.length; i++)
            if (!axes.has(i))
                key = key * shape[i] + (Math.floor(flat / strides[i]) % shape[i]);
        return key;
    };
    const slices = shape.reduce((p, d, i) => (axes.has(i) ? p : p * d), 1);
    const sq = new Float64Array(slices);
    const index = new Int32Array(w.length);
    for (let i = 0; i < w.length; i++) {
        index[i] = sliceOf(i);
        sq[index[i]] += w[i] * w[i];
    }
    const scale = new Float64Array(slices);
    for (let s = 0; s < slices; s++) {
        const norm = Math.sqrt(sq[s]);
        const desired = config.name === 'unit_norm'
            ? 1
            : config.name === 'max_norm'
                ? Math.min(norm, config.maxValue)
                : config.rate * Math.min(Math.max(norm, config.minValue), config.maxValue) + (1 - config.rate) * norm;
        scale[s] = desired / (EPSILON + norm);
    }
    for (let i = 0; i < w.length; i++)
        w[i] = w[i] * scale[index[i]];
}
//# sourceMappingURL=constraints.js.map