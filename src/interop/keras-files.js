/** Keras files (.keras zip, legacy .h5, TF.js model.json) opened and their config and weights located. */
import { extname } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as hdf5 from 'jsfive';
import { readFileBounded, withinLimit } from '../io/bounded-read.js';
import { unreadable } from '../io/unreadable.js';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${what} is not valid JSON (${err.message})`);
    }
}
function fromArchive(bytes, path) {
    let files;
    try {
        files = unzipSync(bytes, { filter: (f) => (f.name === 'config.json' || f.name === 'metadata.json') && withinLimit(f, path) });
    }
    catch (err) {
        if (err instanceof RangeError)
            throw err;
        throw unreadable(path, '.keras (zip)', err);
    }
    if (!files['config.json'])
        throw new Error(`${path}: the archive has no config.json (a .keras file holds config.json, metadata.json and model.weights.h5)`);
    const doc = parseJson(strFromU8(files['config.json']), `${path}: config.json`);
    if (!isObject(doc))
        throw new Error(`${path}: config.json must hold an object`);
    const meta = files['metadata.json'] ? parseJson(strFromU8(files['metadata.json']), `${path}: metadata.json`) : null;
    if (isObject(meta) && typeof meta.keras_version === 'string' && doc.keras_version === undefined)
        doc.keras_version = meta.keras_version;
    return { doc, container: 'keras archive' };
}
function fromH5(bytes, path) {
    let file;
    try {
        file = new hdf5.File(Uint8Array.from(bytes).buffer, path);
    }
    catch (err) {
        throw unreadable(path, 'HDF5', err);
    }
    let attrs;
    try {
        attrs = file.attrs;
    }
    catch (err) {
        throw unreadable(`${path} (its attributes)`, 'HDF5', err);
    }
    const text = (v) => typeof v === 'string'
        ? v
        : Array.isArray(v) && typeof v[0] === 'string'
            ? v[0]
            : v instanceof Uint8Array
                ? new TextDecoder().decode(v)
                : null;
    const config = text(attrs.model_config);
    if (!config)
        throw new Error(`${path}: no model_config attribute (Keras writes it with model.save('model.h5'); a weights-only .h5 has none)`);
    const doc = parseJson(config, `${path}: model_config`);
    if (!isObject(doc))
        throw new Error(`${path}: model_config must hold an object`);
    const training = text(attrs.training_config);
    if (training)
        doc.compile_config = parseJson(training, `${path}: training_config`);
    const version = text(attrs.keras_version);
    if (version && doc.keras_version === undefined)
        doc.keras_version = version;
    return { doc, container: 'keras h5' };
}
/** Reads the model document of a file; errors name the file and the part that is wrong. */
export function readKerasFile(path) {
    let bytes;
    try {
        bytes = readFileBounded(path, 'model file');
    }
    catch (err) {
        throw new Error(err.message.replace(/^model file: cannot read /, 'cannot read model file ').replace(/^model file: /, ''));
    }
    const ext = extname(path).toLowerCase();
    if (ext === '.keras' || (bytes[0] === 0x50 && bytes[1] === 0x4b))
        return fromArchive(bytes, path);
    if (ext === '.h5' || ext === '.hdf5' || bytes.subarray(0, 8).toString('latin1') === '\u0089HDF\r\n\u001a\n')
        return fromH5(bytes, path);
    const doc = parseJson(bytes.toString('utf8'), path);
    if (isObject(doc) && isObject(doc.modelTopology)) {
        // TF.js: model.json with the Keras topology (sometimes wrapped in model_config) and the training config.
        const topology = isObject(doc.modelTopology.model_config) ? doc.modelTopology.model_config : doc.modelTopology;
        const out = { ...topology };
        if (isObject(doc.trainingConfig))
            out.compile_config = doc.trainingConfig;
        else if (isObject(doc.modelTopology.training_config))
            out.compile_config = doc.modelTopology.training_config;
        if (out.keras_version === undefined && typeof doc.modelTopology.keras_version === 'string')
            out.keras_version = doc.modelTopology.keras_version;
        return { doc: out, container: 'tfjs model.json' };
    }
    if (!isObject(doc))
        throw new Error(`${path}: expected a JSON object (a model document)`);
    return { doc, container: 'json' };
}
//# sourceMappingURL=keras-files.js.map