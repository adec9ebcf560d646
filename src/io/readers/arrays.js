/** Arrays from .npy, .npz, JSON, JSONL and CSV files, as candor score reads them. */
import { extname } from 'node:path';
import { parse as parseNpy } from 'npyjs';
import { unzipSync } from 'fflate';
import { readNumericCsv } from './csv.js';
import { readFileBounded, readTextBounded, withinLimit } from '../bounded-read.js';
import { unreadable } from '../unreadable.js';
import { checkAllocation } from '../../tensor/limits.js';
import { PickledArray, unpickleNumpyArray } from './numpy-pickle.js';
const product = (shape) => shape.reduce((a, b) => a * b, 1);
/** Fortran-order values (first axis fastest) in C order. */
function toCOrder(values, shape) {
    const out = new Array(values.length);
    const cStrides = shape.map((_, i) => product(shape.slice(i + 1)));
    const fStrides = shape.map((_, i) => product(shape.slice(0, i)));
    for (let c = 0; c < values.length; c++) {
        let f = 0;
        for (let a = 0; a < shape.length; a++)
            f += (Math.floor(c / cStrides[a]) % shape[a]) * fStrides[a];
        out[c] = values[f];
    }
    return out;
}
/**
 * Checks a .npy header before the parser sees it: magic, version, header length, dtype, shape and
 * that the data holds shape × item size bytes, so a truncated or edited file gets a precise error.
 */
function checkNpyHeader(bytes, source) {
    const fail = (what) => {
        throw new Error(`${source}: not a .npy array: ${what}`);
    };
    if (bytes.length < 10 || String.fromCharCode(...bytes.subarray(0, 6)) !== '\x93NUMPY')
        fail('it does not start with the .npy magic bytes \\x93NUMPY');
    const major = bytes[6];
    if (major < 1 || major > 3)
        fail(`unknown format version ${major}.${bytes[7]}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = major === 1 ? 10 : 12;
    if (bytes.length < start)
        fail('the header is cut off');
    const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    if (start + headerLength > bytes.length)
        fail(`the header declares ${headerLength} bytes but the file has ${bytes.length - start} after the preamble (truncated)`);
    const header = new TextDecoder('latin1').decode(bytes.subarray(start, start + headerLength));
    const descr = /'descr':\s*'([<>|=]?)([a-zA-Z])(\d*)'/.exec(header);
    const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header);
    if (!descr || !shapeText)
        fail(`the header must give 'descr' and 'shape'. Received: ${JSON.stringify(header.trim().slice(0, 80))}`);
    const dims = shapeText[1]
        .split(',')
        .map((d) => d.trim())
        .filter((d) => d !== '');
    if (!dims.every((d) => /^\d+$/.test(d)))
        fail(`the shape must be non-negative integers. Received: (${shapeText[1]})`);
    const count = product(dims.map(Number));
    const kind = descr[2];
    const digits = Number(descr[3] || '1');
    const dtype = `${descr[1]}${kind}${descr[3]}`;
    // Object arrays (np.save of dtype=object) hold a pickle after the header, read by numpy-pickle.ts.
    if (kind === 'O')
        return { objects: true, dataStart: start + headerLength, shape: dims.map(Number) };
    // NumPy's numeric kinds have power-of-two sizes; strings (U, S) up to a sane width.
    const numeric = 'biufc'.includes(kind) && [1, 2, 4, 8, 16].includes(digits);
    const text = 'US'.includes(kind) && digits >= 1 && digits <= 65536;
    if (!numeric && !text)
        fail(`unsupported dtype '${dtype}'. Expected a bool, integer, float, string or object dtype such as '<f4', '<i8', '|b1', '<U10' or '|O'`);
    checkAllocation(count, 8, `${source}: ${count} values`);
    const itemSize = kind === 'U' ? 4 * digits : digits;
    const need = count * itemSize;
    const have = bytes.length - start - headerLength;
    if (have < need)
        fail(`the header declares shape (${dims.join(', ')}) of '${dtype}' — ${need} bytes of data — but the file holds ${have} (truncated)`);
    return { objects: false, dataStart: start + headerLength, shape: dims.map(Number) };
}
/** An object array's elements (C order); its pickle's shape must be the header's. */
function objectNpy(bytes, header, source) {
    const array = unpickleNumpyArray(bytes.subarray(header.dataStart), source);
    if (array.shape.join() !== header.shape.join())
        throw new Error(`${source}: the .npy header declares shape [${header.shape}] but its pickle holds shape [${array.shape}]`);
    return array;
}
/**
 * The elements of a .npy of any dtype — numbers, strings, or an object array's Python values
 * (lists for ragged sequences) — for readers that take sequences, such as the imdb and reuters loaders.
 */
export function readNpyItems(bytes, source) {
    const header = checkNpyHeader(bytes, source);
    if (header.objects)
        return objectNpy(bytes, header, source);
    const { values, shape } = npy(bytes, source);
    return { shape, items: values };
}
/** One .npy payload; errors name the source and what is wrong. */
function npy(bytes, source) {
    const header = checkNpyHeader(bytes, source);
    if (header.objects)
        return flatObjects(objectNpy(bytes, header, source), source);
    let arr;
    try {
        const copy = bytes.slice().buffer;
        arr = parseNpy(copy);
    }
    catch (err) {
        throw unreadable(source, '.npy', err);
    }
    const shape = [...arr.shape];
    if (!shape.every((d) => Number.isInteger(d) && d >= 0))
        throw new Error(`${source}: the .npy header declares shape ${JSON.stringify(arr.shape)}`);
    const n = product(shape);
    const data = arr.data;
    if (data.length !== n)
        throw new Error(`${source}: the .npy header declares shape [${shape}] (${n} values) but the file holds ${data.length}; it is truncated or corrupt`);
    if (String(arr.dtype).startsWith('c'))
        throw new Error(`${source}: complex values (${arr.dtype}) cannot be scores or labels`);
    let values;
    if (typeof data[0] === 'string')
        values = Array.from(data);
    else
        values = Array.from(data, (v) => Number(v));
    if (arr.fortranOrder && shape.length > 1)
        values = toCOrder(values, shape);
    return { values, shape, source };
}
/** An object array of numbers or strings (pandas' .values of labels, a list saved by np.save) as values. */
function flatObjects(array, source) {
    const items = array.items;
    if (items.every((v) => typeof v === 'string'))
        return { values: items, shape: array.shape, source };
    if (items.every((v) => typeof v === 'number' || typeof v === 'boolean'))
        return { values: items.map(Number), shape: array.shape, source };
    const odd = items.find((v) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean');
    const kind = odd instanceof PickledArray ? 'a NumPy array' : Array.isArray(odd) ? 'a list' : odd === null ? 'None' : typeof odd;
    throw new Error(`${source}: an object array whose elements must all be numbers or all strings; element ${items.indexOf(odd)} is ${kind}` +
        (kind === 'a list' || kind === 'a NumPy array' ? ' (ragged sequences: pad them to one length first)' : ''));
}
/** The entries of an .npz archive (np.savez / np.savez_compressed) by array name, still as .npy bytes. */
export function readNpzEntries(bytes, path) {
    let files;
    try {
        files = unzipSync(bytes, { filter: (f) => withinLimit(f, path) });
    }
    catch (err) {
        if (err instanceof RangeError)
            throw err;
        throw unreadable(path, '.npz (zip)', err);
    }
    const out = new Map();
    for (const [name, content] of Object.entries(files))
        if (name.endsWith('.npy'))
            out.set(name.slice(0, -4), content);
    if (out.size === 0)
        throw new Error(`${path}: the archive holds no .npy arrays`);
    return out;
}
/** The arrays of an .npz archive, by name. */
function npz(bytes, path) {
    return new Map([...readNpzEntries(bytes, path)].map(([key, content]) => [key, npy(content, `${path}:${key}`)]));
}
/** Rows of a JSON document: an array (nested for columns), or an object holding one. */
function jsonArray(doc, source) {
    const flat = [];
    const shapeOf = (v, depth, shape) => {
        if (Array.isArray(v)) {
            if (shape.length === depth)
                shape.push(v.length);
            else if (shape[depth] !== v.length)
                throw new Error(`${source}: rows of different lengths (${shape[depth]} and ${v.length}) at depth ${depth}`);
            for (const x of v)
                shapeOf(x, depth + 1, shape);
            return;
        }
        if (depth !== shape.length)
            throw new Error(`${source}: a value at depth ${depth} where rows of depth ${shape.length} were expected`);
        if (typeof v === 'number' && Number.isFinite(v))
            flat.push(v);
        else if (typeof v === 'string')
            flat.push(v);
        else if (typeof v === 'boolean')
            flat.push(v ? 1 : 0);
        else
            throw new Error(`${source}: expected numbers or string labels. Received: ${JSON.stringify(v)}`);
    };
    const shape = [];
    shapeOf(doc, 0, shape);
    // A value beside a row ([5, [1, 2]]) passes the per-depth checks above; the count cannot.
    if (flat.length !== product(shape))
        throw new Error(`${source}: rows of different depths (values and nested rows side by side); expected a rectangular array`);
    const strings = flat.some((v) => typeof v === 'string');
    if (strings && !flat.every((v) => typeof v === 'string'))
        throw new Error(`${source}: mixes numbers and strings`);
    return { values: flat, shape, source };
}
/**
 * Reads `path`, or one array of an .npz archive as `archive.npz:key` (the only array when it holds
 * one). CSV holds numbers with an optional header; JSON an array or { "key": array }.
 */
export function readArrayFile(spec, where) {
    const colon = spec.lastIndexOf(':');
    const [path, key] = colon > 1 && /\.(npz|json):/i.test(spec) ? [spec.slice(0, colon), spec.slice(colon + 1)] : [spec, undefined];
    const ext = extname(path).toLowerCase();
    if (ext === '.npy')
        return npy(readFileBounded(path, where), path);
    if (ext === '.npz') {
        const arrays = npz(readFileBounded(path, where), path);
        if (key !== undefined) {
            const a = arrays.get(key);
            if (!a)
                throw new Error(`${where}: ${path} has no array "${key}". It holds: ${[...arrays.keys()].join(', ')}`);
            return a;
        }
        if (arrays.size > 1)
            throw new Error(`${where}: ${path} holds several arrays (${[...arrays.keys()].join(', ')}); name one as ${path}:<name>`);
        return [...arrays.values()][0];
    }
    if (ext === '.csv') {
        const table = readNumericCsv(path);
        return { values: Array.from(table.data), shape: table.columns === 1 ? [table.rows] : [table.rows, table.columns], source: path };
    }
    if (ext === '.json' || ext === '.jsonl') {
        const text = readTextBounded(path, where);
        let doc;
        try {
            doc =
                ext === '.jsonl'
                    ? text
                        .split('\n')
                        .filter((l) => l.trim() !== '')
                        .map((l) => JSON.parse(l))
                    : JSON.parse(text);
        }
        catch (err) {
            throw new Error(`${where}: ${path} is not valid ${ext === '.jsonl' ? 'JSON Lines' : 'JSON'} (${err.message})`);
        }
        if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
            const entries = Object.entries(doc);
            const pick = key !== undefined ? entries.find(([k]) => k === key) : entries.length === 1 ? entries[0] : undefined;
            if (!pick)
                throw new Error(`${where}: ${path} is an object with keys ${entries.map(([k]) => k).join(', ')}; expected an array, or one key`);
            doc = pick[1];
        }
        return jsonArray(doc, path);
    }
    throw new Error(`${where}: ${path}: unknown file type "${ext}". Expected .npy, .npz, .csv, .json or .jsonl`);
}
//# sourceMappingURL=arrays.js.map