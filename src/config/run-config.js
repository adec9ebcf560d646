/** Training config documents: reading them, building and compiling their models. */
import { readTextBounded } from '../io/bounded-read.js';
import { dirname, resolve } from 'node:path';
import { sequential } from '../models/sequential.js';
import { layerFromConfig } from '../layers/index.js';
import { readModelDocument } from '../interop/keras.js';
import { UsageError } from '../usage-error.js';
import { KINDS, readOptions } from '../registry/options.js';
const CONFIG_SCHEMA = {
    keys: { name: 'string', description: 'string', data: 'any', layers: 'any', compile: 'any', fit: 'any' },
};
const COMPILE_SCHEMA = { keys: { loss: 'any', optimizer: 'any', metrics: 'any', strict: 'boolean' } };
const FIT_SCHEMA = {
    keys: {
        epochs: KINDS.positiveInt,
        batchSize: KINDS.positiveInt,
        validationSplit: 'number',
        seed: KINDS.nonNegativeInt,
        shuffle: 'boolean',
    },
    refused: { callbacks: 'callbacks are code; use the JS API', classWeight: 'not read from config documents yet; use the JS API' },
};
/**
 * Checks a config document's keys (Keras snake_case and aliases mapped, anything unknown refused)
 * and returns it in Candor's spelling. Errors are usage errors naming the file.
 */
export function checkConfigDocument(doc, where) {
    try {
        const top = readOptions(doc, where, CONFIG_SCHEMA);
        if (top.compile !== undefined)
            top.compile = readOptions(top.compile, `${where}: compile`, COMPILE_SCHEMA);
        if (top.fit !== undefined)
            top.fit = readOptions(top.fit, `${where}: fit`, FIT_SCHEMA);
        return top;
    }
    catch (err) {
        throw new UsageError(err.message);
    }
}
/** Reads and checks a config file; relative CSV paths are taken from the config's directory. */
export function readTrainConfig(path) {
    let doc;
    try {
        doc = JSON.parse(readTextBounded(path, 'config'));
    }
    catch (err) {
        throw new UsageError(`cannot read config ${path}: ${err.message}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new UsageError(`${path}: expected a JSON object with data, layers, compile, fit`);
    const cfg = checkConfigDocument(doc, path);
    for (const key of ['data', 'layers', 'compile']) {
        if (cfg[key] === undefined)
            throw new UsageError(`${path}: missing "${key}". Expected { data, layers, compile, fit? } (see examples/)`);
    }
    if (!Array.isArray(cfg.layers) || cfg.layers.length === 0)
        throw new UsageError(`${path}: "layers" must be a non-empty array of { className, config }`);
    return { ...cfg, dir: dirname(resolve(path)) };
}
/** The model a config describes (uncompiled); errors start with `where` (the config file's path in the CLI). */
export function buildModel(cfg, seed, where = 'config') {
    try {
        const description = readModelDocument({ layers: cfg.layers, name: cfg.name });
        if (description.ignored.length > 0)
            throw new Error(`Keras options Candor does not implement: ${description.ignored.join(', ')}. Remove them (a model that drops them would not be the one described)`);
        // Building (weights are created eagerly) checks shapes and sizes too: all of it is the config's fault.
        return sequential(description.layers.map(layerFromConfig), {
            ...(cfg.name ? { name: cfg.name } : {}),
            ...(seed !== undefined ? { seed } : {}),
        });
    }
    catch (err) {
        throw new UsageError(`${where}: layers: ${err.message}`);
    }
}
/** Compiles a model as its config says; a bad loss/optimizer/metric is the config's fault (a usage error). */
export function compileFromConfig(model, compile, where = 'config') {
    try {
        model.compile({
            loss: compile.loss,
            optimizer: (compile.optimizer ?? 'adam'),
            metrics: compile.metrics ?? ['accuracy'],
            strict: compile.strict ?? false,
        });
    }
    catch (err) {
        throw new UsageError(`${where}: compile: ${err.message}`);
    }
}
//# sourceMappingURL=run-config.js.map