/**
 * Layer arguments declared once (TF.js' DenseLayerArgs, as data): a schema per layer that reads
 * and validates each argument, maps Keras' snake_case and Keras 1 names, refuses unknown keys,
 * and yields both the config type users pass and the typed values the layer keeps.
 */
import { warnOnce } from '../registry/warnings.js';
import { canonicalOption } from '../registry/options.js';
import { describe } from '../tensor/describe.js';
import { BASE_KEYS } from './layer.js';
const fail = (layer, arg, expected, value) => {
    throw new RangeError(`${layer}: argument "${arg}" must be ${expected}. Received: ${arg}=${value === undefined ? 'undefined' : (JSON.stringify(value) ?? describe(value))}`);
};
function required(expected, test, convert = (v) => v) {
    return { required: true, read: (v, layer, arg) => (test(v) ? convert(v) : fail(layer, arg, expected, v)) };
}
/** An optional argument with a default (or undefined); null counts as absent, as in Keras configs. */
export function optional(a, fallback) {
    return { required: false, read: (v, layer, arg) => (v === undefined || v === null ? fallback : a.read(v, layer, arg)) };
}
/** An argument checked by the layer itself (whose meaning depends on other arguments), passed through as given. */
export function raw() {
    return { required: false, read: (v) => v };
}
export const arg = {
    positiveInt: () => required('a positive integer', (v) => Number.isInteger(v) && v > 0),
    nonNegativeInt: () => required('an integer >= 0', (v) => Number.isInteger(v) && v >= 0),
    integer: () => required('an integer', (v) => Number.isInteger(v)),
    /** A rate in [0, 1). */
    rate: () => required('a number in [0, 1)', (v) => typeof v === 'number' && v >= 0 && v < 1),
    boolean: () => required('a boolean', (v) => typeof v === 'boolean'),
    string: () => required('a string', (v) => typeof v === 'string'),
    /** A finite number in a range (min and max included; `above` excluded). */
    number: (range = {}) => {
        const bounds = [
            range.min !== undefined ? `>= ${range.min}` : '',
            range.above !== undefined ? `> ${range.above}` : '',
            range.max !== undefined ? `<= ${range.max}` : '',
        ]
            .filter(Boolean)
            .join(' and ');
        return required(`a finite number${bounds ? ` ${bounds}` : ''}`, (v) => typeof v === 'number' &&
            Number.isFinite(v) &&
            (range.min === undefined || v >= range.min) &&
            (range.above === undefined || v > range.above) &&
            (range.max === undefined || v <= range.max));
    },
    oneOf: (options) => required(`one of ${options.map((o) => `'${o}'`).join(', ')}`, (v) => typeof v === 'string' && options.includes(v)),
    /** An integer or an n-tuple of positive integers (kernelSize 3 or [3, 3]). */
    intTuple: (n) => ({
        required: true,
        read: (v, layer, name) => {
            const list = typeof v === 'number' ? new Array(n).fill(v) : v;
            if (!Array.isArray(list) || list.length !== n || !list.every((d) => Number.isInteger(d) && d > 0))
                return fail(layer, name, `a positive integer or ${n} of them`, v);
            return list;
        },
    }),
    /** A shape: positive integers, null for "any" (e.g. Dropout's noiseShape). */
    shape: (allowMinusOne = false) => required(`an array of positive integers${allowMinusOne ? ' (one may be -1)' : ' or null'}`, (v) => Array.isArray(v) &&
        v.every((d) => (allowMinusOne ? Number.isInteger(d) && (d > 0 || d === -1) : d === null || (Number.isInteger(d) && d > 0))), (v) => [...v]),
};
/** A layer's argument schema: read(config) validates, maps names, applies defaults. */
export class LayerArgs {
    layer;
    schema;
    legacy;
    extraBase;
    constructor(layer, schema, legacy = {}, 
    /** Base keys this layer does not take (InputLayer has no inputShape of its own to forward, etc.). */
    extraBase = []) {
        this.layer = layer;
        this.schema = schema;
        this.legacy = legacy;
        this.extraBase = extraBase;
    }
    /** The keys a config may hold, in Candor's spelling. */
    get keys() {
        return [...BASE_KEYS, ...this.extraBase, ...Object.keys(this.schema)];
    }
    /**
     * Reads a config: snake_case keys become camelCase, Keras 1 names are mapped with a one-time
     * warning, an unknown key is an error naming the layer and listing what it accepts, each
     * argument is checked and defaulted. Returns the arguments and the base config for Layer.
     */
    read(config, layer = this.layer) {
        if (config !== undefined && (typeof config !== 'object' || config === null || Array.isArray(config))) {
            throw new TypeError(`${layer}: the config must be an object. Received: ${describe(config)}`);
        }
        const given = {};
        const accepted = this.keys;
        for (const [key, value] of Object.entries(config ?? {})) {
            let name = this.legacy[key];
            if (name !== undefined)
                warnOnce(`${layer}.${key}`, `${layer}: "${key}" is the Keras 1 name; use "${name}" (read as ${name}=${JSON.stringify(value)}).`);
            else
                name = canonicalOption(key);
            if (!accepted.includes(name))
                throw new RangeError(`${layer}: unknown argument "${key}". Expected one of: ${accepted.join(', ')}. Received: ${key}=${JSON.stringify(value)}`);
            given[name] = value;
        }
        const args = Object.fromEntries(Object.entries(this.schema).map(([name, a]) => [name, a.read(given[name], layer, name)]));
        const base = {};
        for (const key of [...BASE_KEYS, ...this.extraBase])
            if (given[key] !== undefined)
                base[key] = given[key];
        return { args, base };
    }
}
/** Declares a layer's arguments once; ConfigOf<typeof X.schema> is its config type. */
export function layerArgs(layer, schema, options = {}) {
    return new LayerArgs(layer, schema, options.legacy, options.base);
}
/** Candor is channels-last throughout: dataFormat may only say so. */
export function channelsLastArg() {
    return {
        required: false,
        read: (v, layer) => {
            if (v !== undefined && v !== null && v !== 'channels_last')
                throw new RangeError(`${layer}: only dataFormat 'channels_last' is supported. Received: dataFormat=${JSON.stringify(v)}`);
            return undefined;
        },
    };
}
//# sourceMappingURL=args.js.map