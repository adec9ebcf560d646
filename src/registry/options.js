/** The one reader of options objects: Keras and TF.js spellings mapped, unknown and refused keys named. */
import { warnOnce } from './warnings.js';
import { describe } from '../tensor/describe.js';
/**
 * One rule for every public options object (layers, losses, optimizers, callbacks, fit /
 * evaluate / predict, config documents, data sources): a key is Candor's camelCase name, or a
 * Keras / TF.js spelling mapped here (with a one-time note of the Candor name), or refused with
 * the list of valid keys. Nothing is accepted and dropped.
 */
/** Spellings from Keras (snake_case is mapped by rule; these are the irregular ones) and TF.js. */
export const OPTION_ALIASES = {
    lr: 'learningRate',
    clipnorm: 'clipNorm',
    clipvalue: 'clipValue',
    global_clipnorm: 'globalClipNorm',
    use_nesterov: 'nesterov',
    useNesterov: 'nesterov',
    beta_1: 'beta1',
    beta_2: 'beta2',
    nb_epoch: 'epochs',
    save_weights_only: 'saveWeightsOnly',
    min_lr: 'minLr',
};
/** Converts Keras' snake_case keys to Candor's camelCase ('kernel_size' -> 'kernelSize'). */
export function camelCase(key) {
    return key.replace(/_([a-z0-9])/g, (_, ch) => ch.toUpperCase());
}
/** The Candor name a user's key stands for (itself when it is already one). */
export function canonicalOption(key) {
    return OPTION_ALIASES[key] ?? camelCase(key);
}
function fits(kind, value) {
    if (kind === 'any')
        return true;
    if (typeof kind === 'object')
        return kind.test(value);
    if (kind === 'number')
        return typeof value === 'number' && !Number.isNaN(value);
    return typeof value === kind;
}
const expectedText = (kind) => (typeof kind === 'object' ? kind.expected : `a ${kind}`);
/**
 * Reads an options object against its schema: aliases are mapped (noted once), unknown keys and
 * refused options are errors naming `where`, the key, and the valid keys; values of the wrong
 * kind are errors naming what was expected. `undefined` values count as absent.
 */
export function readOptions(raw, where, schema) {
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Promise) {
        throw new TypeError(`${where}: options must be an object. Received: ${describe(raw)}`);
    }
    const out = {};
    const from = {};
    const valid = Object.keys(schema.keys);
    for (const [key, value] of Object.entries(raw)) {
        const name = canonicalOption(key);
        const refusal = schema.refused?.[name] ?? schema.refused?.[key];
        if (refusal !== undefined)
            throw new RangeError(`${where}: "${key}" is not supported: ${refusal}. Received: ${key}=${JSON.stringify(value)}`);
        const kind = schema.keys[name];
        if (kind === undefined) {
            throw new RangeError(`${where}: unknown option "${key}". Expected one of: ${valid.join(', ')}. Received: ${key}=${JSON.stringify(value)?.slice(0, 80)}`);
        }
        if (from[name] !== undefined)
            throw new RangeError(`${where}: "${key}" and "${from[name]}" are the same option (${name}); give it once`);
        from[name] = key;
        if (value === undefined)
            continue;
        if (!fits(kind, value))
            throw new TypeError(`${where}: option "${name}" must be ${expectedText(kind)}. Received: ${key}=${JSON.stringify(value)?.slice(0, 80) ?? describe(value)}`);
        if (key !== name)
            warnOnce(`option:${where}:${key}`, `${where}: "${key}" is read as Candor's "${name}".`);
        out[name] = value;
    }
    return out;
}
/** Kinds used by several schemas. */
export const KINDS = {
    nonNegative: { test: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, expected: 'a finite number >= 0' },
    positiveInt: { test: (v) => Number.isInteger(v) && v > 0, expected: 'a positive integer' },
    nonNegativeInt: { test: (v) => Number.isInteger(v) && v >= 0, expected: 'an integer >= 0' },
    function: { test: (v) => typeof v === 'function', expected: 'a function' },
};
//# sourceMappingURL=options.js.map