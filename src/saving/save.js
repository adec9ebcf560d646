/** Saving and loading Candor models: model.json (architecture, compile settings, manifest) and checksummed weights, one commit point. */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import { sizeOf } from '../tensor/shape.js';
import { Sequential } from '../models/sequential.js';
import { Functional } from '../models/functional.js';
// Registers 'Sequential' and 'Functional' as layer classes, so models nested in a saved model load.
import '../models/nested.js';
import { LAYER_REGISTRY, layerFromConfig } from '../layers/index.js';
import { warnOnce } from '../registry/warnings.js';
import { VERSION } from '../version.js';
import { makeFolders, writeFileAtomic } from '../io/atomic.js';
import { readFileBounded, readTextBounded } from '../io/bounded-read.js';
const FORMAT = 'candor-model';
const FORMAT_VERSION = 1;
export const CONFIG_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';
/** A saved model names its layer classes, loss and metrics; say at save time which of them loadModel will not find. */
function warnUnregistered(model, dir) {
    const layers = model.layers
        .filter((l) => LAYER_REGISTRY.find(l.className) !== l.constructor)
        .map((l) => `layer class "${l.className}" (candor.registerLayer(${l.className}))`);
    const missing = [...new Set(layers), ...(model.compiled?.unregisteredNames() ?? [])];
    if (missing.length > 0)
        warnOnce(`save-unregistered:${missing.join()}`, `save ${dir}: loadModel will not find ${missing.join(', ')}: register ${missing.length > 1 ? 'them' : 'it'} under that name before loading.`);
}
/**
 * Saves architecture, compile settings, weights and optimizer state to a directory:
 * model.json (config + manifest) and weights.bin (float32 buffers). The weights are written
 * first and the manifest holds their checksum, so an interrupted save is detected on load.
 */
export async function saveModel(model, target) {
    const dir = localPath(target, 'save');
    if (!model.built)
        model.build();
    warnUnregistered(model, dir);
    const buffers = [];
    let offset = 0;
    const entry = (name, shape, data) => {
        buffers.push(data);
        const e = { name, shape: [...shape], dtype: 'float32', offset };
        offset += data.byteLength;
        return e;
    };
    const variables = model.weights;
    const weightEntries = variables.map((v) => entry(v.name, v.shape, v.f32()));
    const optimizer = model.compiled?.optimizer;
    const trainable = model.trainableWeights;
    const optimizerEntries = optimizer ? optimizer.getState(trainable).map((buf, i) => entry(`optimizer/${i}`, [buf.length], buf)) : [];
    const bytes = new Uint8Array(offset);
    let at = 0;
    for (const b of buffers) {
        bytes.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), at);
        at += b.byteLength;
    }
    const saved = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        candorVersion: VERSION,
        model: model instanceof Functional
            ? { name: model.name, inputShape: [...model.builtSampleShape()], kind: 'functional', ...model.getConfig() }
            : {
                name: model.name,
                inputShape: [...model.builtSampleShape()],
                layers: model.layers.map((l) => ({ className: l.className, config: l.getConfig() })),
            },
        compile: model.compiled && model.compiled.compileConfig(),
        weights: {
            file: WEIGHTS_FILE,
            byteLength: bytes.byteLength,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            manifestSha256: manifestHash(weightEntries, optimizerEntries),
            tensors: weightEntries,
        },
        optimizer: optimizer ? { iterations: optimizer.iterations, tensors: optimizerEntries } : null,
    };
    // One commit point: the weights go to a new file named by their checksum, then model.json (which
    // names it) replaces the old one atomically, then the old weights are removed. A kill at any
    // instant leaves a folder that loads the previous model or the new one.
    await makeFolders(dir, 'save');
    await removeLeftovers(dir);
    const previous = await weightsFileOf(dir);
    saved.weights.file = `weights-${saved.weights.sha256.slice(0, 16)}.bin`;
    await writeFileAtomic(join(dir, saved.weights.file), bytes, 'save');
    await writeFileAtomic(join(dir, CONFIG_FILE), JSON.stringify(saved, null, 2), 'save');
    await removeOldWeights(dir, saved.weights.file, previous);
}
/** The weights file the folder's current model.json names, if it names one. */
async function weightsFileOf(dir) {
    try {
        const doc = JSON.parse(await readFile(join(dir, CONFIG_FILE), 'utf8'));
        return doc.format === FORMAT && typeof doc.weights?.file === 'string' && /^weights(-[0-9a-f]{16})?\.bin$/.test(doc.weights.file)
            ? doc.weights.file
            : null;
    }
    catch {
        return null;
    }
}
/** Temporary files of saves that were interrupted (they are never read). */
async function removeLeftovers(dir) {
    for (const name of await readdir(dir))
        if (/\.candor-tmp-/.test(name))
            await rm(join(dir, name), { force: true });
}
/**
 * Once model.json names the new weights: the previous model's weights file, and checksum-named
 * files of interrupted saves. (A plain weights.bin is removed only when the old model.json named
 * it: saveWeights writes one too.)
 */
async function removeOldWeights(dir, keep, previous) {
    for (const name of await readdir(dir)) {
        if (name !== keep && (name === previous || /^weights-[0-9a-f]{16}\.bin$/.test(name)))
            await rm(join(dir, name), { force: true });
    }
}
/** A local path from what the user gave: TF.js' "file://" prefix is accepted; other schemes are refused. */
export function localPath(path, where) {
    if (typeof path !== 'string' || path === '')
        throw new TypeError(`${where}: expected a directory path. Received: ${JSON.stringify(path)}`);
    if (path.startsWith('file://'))
        return path.slice('file://'.length) || '.';
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(path);
    if (scheme)
        throw new RangeError(`${where}: "${scheme[1]}://" is not supported; Candor saves to and loads from local directories (a "file://" prefix is accepted). Received: ${path}`);
    return path;
}
const WEIGHTS_FORMAT = 'candor-weights';
export const WEIGHTS_MANIFEST = 'weights.json';
/** Writes only the weights (weights.bin + weights.json with shapes and a checksum), as Keras' save_weights. */
export async function saveWeights(model, target) {
    const dir = localPath(target, 'saveWeights');
    if (!model.built)
        model.build();
    let offset = 0;
    const tensors = model.weights.map((v) => {
        const e = { name: v.name, shape: [...v.shape], dtype: 'float32', offset };
        offset += v.size * 4;
        return e;
    });
    const bytes = new Uint8Array(offset);
    model.weights.forEach((v, i) => bytes.set(new Uint8Array(v.data.buffer, v.data.byteOffset, v.size * 4), tensors[i].offset));
    await makeFolders(dir, 'saveWeights');
    await writeFileAtomic(join(dir, WEIGHTS_FILE), bytes, 'saveWeights');
    await writeFileAtomic(join(dir, WEIGHTS_MANIFEST), JSON.stringify({
        format: WEIGHTS_FORMAT,
        candorVersion: VERSION,
        byteLength: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        tensors,
    }, null, 2), 'saveWeights');
}
/** Loads weights written by saveWeights (or model.save) into a model of the same architecture; shapes must match tensor by tensor. */
export async function loadWeights(model, source) {
    const dir = localPath(source, 'loadWeights');
    const manifestPath = join(dir, WEIGHTS_MANIFEST);
    let manifest;
    try {
        manifest = JSON.parse(readTextBounded(manifestPath, 'loadWeights'));
    }
    catch (err) {
        throw new Error(`${err.message.replace(/^(loadWeights: )?/, `loadWeights: ${manifestPath}: `)}. Expected a directory written by model.saveWeights().`);
    }
    if (manifest?.format !== WEIGHTS_FORMAT || !Array.isArray(manifest.tensors))
        throw new Error(`loadWeights: ${manifestPath} is not a Candor weights manifest. Expected format "${WEIGHTS_FORMAT}"`);
    const bytes = readFileBounded(join(dir, WEIGHTS_FILE), 'loadWeights');
    if (bytes.byteLength !== manifest.byteLength || createHash('sha256').update(bytes).digest('hex') !== manifest.sha256) {
        throw new Error(`loadWeights: ${join(dir, WEIGHTS_FILE)} does not match the size and checksum in ${WEIGHTS_MANIFEST}: the weights are corrupt or belong to another save.`);
    }
    if (!model.built)
        model.build();
    const vars = model.weights;
    if (manifest.tensors.length !== vars.length)
        throw new RangeError(`loadWeights: the model has ${vars.length} weight tensors. Received: ${manifest.tensors.length} in ${manifestPath}`);
    model.setWeights(manifest.tensors.map((e, i) => {
        const n = sizeOf(e.shape);
        if (!Array.isArray(e.shape) || e.shape.join() !== vars[i].shape.join())
            throw new RangeError(`loadWeights: tensor ${i} ("${e.name}") has shape [${e.shape}]; the model's "${vars[i].name}" has [${vars[i].shape}]`);
        if (!Number.isInteger(e.offset) || e.offset < 0 || e.offset + n * 4 > bytes.byteLength)
            throw new Error(`loadWeights: ${manifestPath} lists tensor "${e.name}" outside ${WEIGHTS_FILE}.`);
        return new Tensor(new Float32Array(bytes.buffer.slice(bytes.byteOffset + e.offset, bytes.byteOffset + e.offset + n * 4)), e.shape, 'float32');
    }));
}
/** SHA-256 of the manifest's mapping into weights.bin (names, shapes, dtypes, offsets, in order). */
function manifestHash(weights, optimizer) {
    const line = (e) => `${e.name}|${e.shape.join('x')}|${e.dtype}|${e.offset}`;
    return createHash('sha256')
        .update([...weights, ...optimizer].map(line).join('\n'))
        .digest('hex');
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Checks the structure of a saved model.json before any of it is used: every field Candor reads,
 * with the JSON path of the first that is wrong, and a manifest that tiles weights.bin exactly.
 */
function checkSaved(saved, path) {
    const fail = (where, expected, got) => {
        throw corrupt(path, `is not a valid Candor model: ${where} must be ${expected}. Received: ${JSON.stringify(got)?.slice(0, 80) ?? String(got)}`);
    };
    if (!isObject(saved))
        return fail('the document', 'an object', saved);
    if (saved.format !== FORMAT)
        throw corrupt(path, `is not a Candor model. Expected format "${FORMAT}". Received: format=${JSON.stringify(saved.format)}`);
    if (!Number.isInteger(saved.formatVersion))
        fail('formatVersion', 'an integer', saved.formatVersion);
    const model = saved.model;
    if (!isObject(model))
        return fail('model', 'an object', model);
    if (!Array.isArray(model.layers) || model.layers.length === 0)
        fail('model.layers', 'a non-empty array', model.layers);
    model.layers.forEach((l, i) => {
        if (!isObject(l) || typeof l.className !== 'string' || !isObject(l.config))
            fail(`model.layers[${i}]`, '{ className: string, config: object }', l);
    });
    if (model.kind !== undefined && model.kind !== 'functional')
        fail('model.kind', '"functional" or absent (a Sequential model)', model.kind);
    if (model.kind === 'functional') {
        const ref = (r) => Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && Number.isInteger(r[1]) && Number.isInteger(r[2]);
        for (const key of ['inputLayers', 'outputLayers']) {
            if (!Array.isArray(model[key]) || !model[key].every(ref))
                fail(`model.${key}`, 'a list of [layer name, node index, tensor index]', model[key]);
        }
        model.layers.forEach((l, i) => {
            if (!Array.isArray(l.inboundNodes) || !l.inboundNodes.every((call) => Array.isArray(call) && call.every(ref))) {
                fail(`model.layers[${i}].inboundNodes`, 'a list of calls, each a list of [layer name, node index, tensor index]', l.inboundNodes);
            }
        });
    }
    if (!Array.isArray(model.inputShape) || !model.inputShape.every((d) => d === -1 || (Number.isInteger(d) && d > 0 && d < 2 ** 31)))
        fail('model.inputShape', 'an array of positive integers (-1 for any size)', model.inputShape);
    const weights = saved.weights;
    if (!isObject(weights))
        return fail('weights', 'an object', weights);
    if (typeof weights.file !== 'string' || !/^weights(-[0-9a-f]{16})?\.bin$/.test(weights.file))
        fail('weights.file', 'the name of a weights file in the model folder (weights.bin or weights-<checksum>.bin)', weights.file);
    if (!Number.isInteger(weights.byteLength) || weights.byteLength < 0)
        fail('weights.byteLength', 'an integer >= 0', weights.byteLength);
    if (typeof weights.sha256 !== 'string')
        fail('weights.sha256', 'a SHA-256 hex string', weights.sha256);
    const entries = (list, where) => {
        if (!Array.isArray(list))
            return fail(where, 'an array of tensor entries', list);
        return list.map((e, i) => {
            if (!isObject(e) ||
                typeof e.name !== 'string' ||
                e.dtype !== 'float32' ||
                !Number.isInteger(e.offset) ||
                !Array.isArray(e.shape) ||
                !e.shape.every((d) => Number.isInteger(d) && d >= 0 && d < 2 ** 31)) {
                return fail(`${where}[${i}]`, '{ name, shape: non-negative integers, dtype: "float32", offset: integer }', e);
            }
            return e;
        });
    };
    const weightEntries = entries(weights.tensors, 'weights.tensors');
    let optimizerEntries = [];
    if (saved.optimizer !== null && saved.optimizer !== undefined) {
        if (!isObject(saved.optimizer))
            return fail('optimizer', 'an object or null', saved.optimizer);
        if (!Number.isInteger(saved.optimizer.iterations) || saved.optimizer.iterations < 0)
            fail('optimizer.iterations', 'an integer >= 0', saved.optimizer.iterations);
        optimizerEntries = entries(saved.optimizer.tensors, 'optimizer.tensors');
    }
    // The entries must tile weights.bin: each starts where the previous ended, the last ends at byteLength.
    let at = 0;
    for (const e of [...weightEntries, ...optimizerEntries]) {
        if (e.offset !== at)
            throw corrupt(path, `is not a valid Candor model: tensor "${e.name}" starts at byte ${e.offset}; the manifest's tensors must follow each other, so it should start at ${at}`);
        at += sizeOf(e.shape) * 4;
    }
    if (at !== weights.byteLength)
        throw corrupt(path, `is not a valid Candor model: its tensors hold ${at} bytes but weights.byteLength says ${weights.byteLength}`);
    if (typeof weights.manifestSha256 === 'string' && weights.manifestSha256 !== manifestHash(weightEntries, optimizerEntries)) {
        throw corrupt(path, 'does not match its own manifest checksum: tensor names, shapes or offsets were changed after the save');
    }
    if (saved.compile !== null && saved.compile !== undefined) {
        const compile = saved.compile;
        if (!isObject(compile) ||
            !isObject(compile.loss) ||
            !isObject(compile.optimizer) ||
            !(Array.isArray(compile.metrics) || isObject(compile.metrics)) ||
            !(compile.lossWeights === undefined || isObject(compile.lossWeights)))
            fail('compile', '{ loss: object, optimizer: object, metrics: array or { output: array }, lossWeights?, strict }', compile);
    }
    return saved;
}
function corrupt(path, what) {
    return new Error(`loadModel: ${path} ${what}`);
}
/**
 * Restores a model saved by saveModel: same predictions, and training continues where it stopped.
 * The type parameter is what predict returns: a tensor (one output, the default), or for a model
 * with several outputs the list or dict it was built with (loadModel<Tensor[]>(dir)).
 */
export async function loadModel(source) {
    const dir = localPath(source, 'loadModel');
    const configPath = join(dir, CONFIG_FILE);
    let text;
    try {
        text = readTextBounded(configPath, 'loadModel');
    }
    catch (err) {
        throw new Error(`${err.message}. Expected a directory written by model.save().`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw corrupt(configPath, `is not valid JSON (${err.message}); the file is corrupt or truncated.`);
    }
    const saved = checkSaved(parsed, configPath);
    if (saved.formatVersion > FORMAT_VERSION)
        throw corrupt(configPath, `was written by a newer Candor (format ${saved.formatVersion}, this is ${FORMAT_VERSION}).`);
    const weightsPath = join(dir, saved.weights.file);
    let bytes;
    try {
        bytes = readFileBounded(weightsPath, 'loadModel');
    }
    catch (err) {
        throw new Error(`loadModel: ${configPath} names the weights file ${saved.weights.file}, which cannot be read (${err.message.replace(/^loadModel: /, '')})`);
    }
    if (bytes.byteLength !== saved.weights.byteLength) {
        throw corrupt(weightsPath, `is truncated or padded. Expected ${saved.weights.byteLength} bytes. Received: ${bytes.byteLength} bytes.`);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== saved.weights.sha256) {
        throw corrupt(weightsPath, 'does not match the checksum in model.json: the weights are corrupt (or belong to another save).');
    }
    const read = (e) => {
        const n = sizeOf(e.shape);
        if (e.offset < 0 || e.offset + n * 4 > bytes.byteLength)
            throw corrupt(configPath, `lists tensor "${e.name}" outside ${WEIGHTS_FILE}.`);
        return new Tensor(new Float32Array(bytes.buffer.slice(bytes.byteOffset + e.offset, bytes.byteOffset + e.offset + n * 4)), e.shape, 'float32');
    };
    // Anything the architecture or compile settings refuse (a layer of 2^31 units, an unknown loss) is the file's fault: say so with its path.
    try {
        const name = typeof saved.model.name === 'string' ? saved.model.name : 'model';
        const model = saved.model.kind === 'functional'
            ? Functional.fromConfig({
                name,
                layers: saved.model.layers,
                inputLayers: saved.model.inputLayers,
                outputLayers: saved.model.outputLayers,
                ...(saved.model.inputKeys !== undefined ? { inputKeys: saved.model.inputKeys } : {}),
                ...(saved.model.outputStructure !== undefined ? { outputStructure: saved.model.outputStructure } : {}),
            })
            : new Sequential(saved.model.layers.map(layerFromConfig), { name });
        const declared = saved.model.inputShape.map((d) => (d === -1 ? null : d));
        if (!model.built)
            model.build([null, ...declared]);
        const built = model.builtSampleShape().map((d) => (d === null || d === -1 ? null : d));
        if (built.length !== declared.length || built.some((d, i) => d !== declared[i])) {
            throw new Error(`model.inputShape [${saved.model.inputShape.join(', ')}] disagrees with the first layer's input shape [${built.map((d) => d ?? -1).join(', ')}]`);
        }
        const names = model.weights.map((v) => v.name);
        const listed = saved.weights.tensors.map((e) => e.name);
        if (names.length !== listed.length || names.some((n, i) => n !== listed[i])) {
            throw new Error(`its manifest lists tensors [${listed.slice(0, 6).join(', ')}${listed.length > 6 ? ', …' : ''}] but the architecture has [${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}]`);
        }
        model.setWeights(saved.weights.tensors.map(read));
        if (saved.compile) {
            model.compile({
                loss: saved.compile.loss,
                optimizer: saved.compile.optimizer,
                metrics: saved.compile.metrics,
                ...(saved.compile.lossWeights ? { lossWeights: saved.compile.lossWeights } : {}),
                strict: saved.compile.strict === true,
            });
            if (saved.optimizer)
                model.compiled.optimizer.setState(model.trainableWeights, saved.optimizer.tensors.map((e) => read(e).f32()), saved.optimizer.iterations);
        }
        return model;
    }
    catch (err) {
        if (err.message.startsWith('loadModel:'))
            throw err;
        throw corrupt(configPath, `describes a model Candor cannot rebuild: ${err.message}`);
    }
}
//# sourceMappingURL=save.js.map