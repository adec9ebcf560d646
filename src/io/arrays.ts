import { extname } from 'node:path';
import { parse as parseNpy } from 'npyjs';
import { unzipSync } from 'fflate';
import { readNumericCsv } from '../data/csv.js';
import { readFileBounded, readTextBounded, withinLimit } from './bounded-read.js';

/**
 * Arrays saved by other frameworks, read for scoring: NumPy .npy and .npz (np.save / np.savez,
 * via the npyjs and fflate packages), CSV (numbers), JSON (nested arrays, or { "key": array }) and
 * JSONL (one row per line). Values are numbers, or strings for string class labels.
 */
export interface LoadedArray {
  /** Row-major values (C order, whatever order the file used). */
  values: number[] | string[];
  shape: number[];
  /** Where it came from, for messages: 'y_test.npy', 'arrays.npz:y_pred'. */
  source: string;
}

const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** Fortran-order values (first axis fastest) in C order. */
function toCOrder<T>(values: readonly T[], shape: readonly number[]): T[] {
  const out = new Array<T>(values.length);
  const cStrides = shape.map((_, i) => product(shape.slice(i + 1)));
  const fStrides = shape.map((_, i) => product(shape.slice(0, i)));
  for (let c = 0; c < values.length; c++) {
    let f = 0;
    for (let a = 0; a < shape.length; a++) f += (Math.floor(c / cStrides[a]!) % shape[a]!) * fStrides[a]!;
    out[c] = values[f]!;
  }
  return out;
}

/** One .npy payload; errors name the source and what is wrong. */
function npy(bytes: Uint8Array, source: string): LoadedArray {
  let arr;
  try {
    const copy = bytes.slice().buffer;
    arr = parseNpy(copy);
  } catch (err) {
    throw new Error(`${source}: not a readable .npy array (${(err as Error).message})`);
  }
  const shape = [...arr.shape];
  if (!shape.every((d) => Number.isInteger(d) && d >= 0)) throw new Error(`${source}: the .npy header declares shape ${JSON.stringify(arr.shape)}`);
  const n = product(shape);
  const data = arr.data as unknown as ArrayLike<number | bigint | string>;
  if (data.length !== n) throw new Error(`${source}: the .npy header declares shape [${shape}] (${n} values) but the file holds ${data.length}; it is truncated or corrupt`);
  if (String(arr.dtype).startsWith('c')) throw new Error(`${source}: complex values (${arr.dtype}) cannot be scores or labels`);
  let values: number[] | string[];
  if (typeof data[0] === 'string') values = Array.from(data as ArrayLike<string>);
  else values = Array.from(data as ArrayLike<number | bigint>, (v) => Number(v));
  if (arr.fortranOrder && shape.length > 1) values = toCOrder(values as (number | string)[], shape) as number[] | string[];
  return { values, shape, source };
}

/** The arrays of an .npz archive (np.savez / np.savez_compressed), by name. */
function npz(bytes: Uint8Array, path: string): Map<string, LoadedArray> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => withinLimit(f, path) });
  } catch (err) {
    if (err instanceof RangeError) throw err;
    throw new Error(`${path}: not a readable .npz (zip) archive (${(err as Error).message})`);
  }
  const out = new Map<string, LoadedArray>();
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('.npy')) continue;
    const key = name.slice(0, -4);
    out.set(key, npy(content, `${path}:${key}`));
  }
  if (out.size === 0) throw new Error(`${path}: the archive holds no .npy arrays`);
  return out;
}

/** Rows of a JSON document: an array (nested for columns), or an object holding one. */
function jsonArray(doc: unknown, source: string): LoadedArray {
  const flat: (number | string)[] = [];
  const shapeOf = (v: unknown, depth: number, shape: number[]): void => {
    if (Array.isArray(v)) {
      if (shape.length === depth) shape.push(v.length);
      else if (shape[depth] !== v.length) throw new Error(`${source}: rows of different lengths (${shape[depth]} and ${v.length}) at depth ${depth}`);
      for (const x of v) shapeOf(x, depth + 1, shape);
      return;
    }
    if (depth !== shape.length) throw new Error(`${source}: a value at depth ${depth} where rows of depth ${shape.length} were expected`);
    if (typeof v === 'number' && Number.isFinite(v)) flat.push(v);
    else if (typeof v === 'string') flat.push(v);
    else if (typeof v === 'boolean') flat.push(v ? 1 : 0);
    else throw new Error(`${source}: expected numbers or string labels. Received: ${JSON.stringify(v)}`);
  };
  const shape: number[] = [];
  shapeOf(doc, 0, shape);
  const strings = flat.some((v) => typeof v === 'string');
  if (strings && !flat.every((v) => typeof v === 'string')) throw new Error(`${source}: mixes numbers and strings`);
  return { values: flat as number[] | string[], shape, source };
}

/**
 * Reads `path`, or one array of an .npz archive as `archive.npz:key` (the only array when it holds
 * one). CSV holds numbers with an optional header; JSON an array or { "key": array }.
 */
export function readArrayFile(spec: string, where: string): LoadedArray {
  const colon = spec.lastIndexOf(':');
  const [path, key] = colon > 1 && /\.(npz|json):/i.test(spec) ? [spec.slice(0, colon), spec.slice(colon + 1)] : [spec, undefined];
  const ext = extname(path).toLowerCase();
  if (ext === '.npy') return npy(readFileBounded(path, where), path);
  if (ext === '.npz') {
    const arrays = npz(readFileBounded(path, where), path);
    if (key !== undefined) {
      const a = arrays.get(key);
      if (!a) throw new Error(`${where}: ${path} has no array "${key}". It holds: ${[...arrays.keys()].join(', ')}`);
      return a;
    }
    if (arrays.size > 1) throw new Error(`${where}: ${path} holds several arrays (${[...arrays.keys()].join(', ')}); name one as ${path}:<name>`);
    return [...arrays.values()][0]!;
  }
  if (ext === '.csv') {
    const table = readNumericCsv(path);
    return { values: Array.from(table.data), shape: table.columns === 1 ? [table.rows] : [table.rows, table.columns], source: path };
  }
  if (ext === '.json' || ext === '.jsonl') {
    const text = readTextBounded(path, where);
    let doc: unknown;
    try {
      doc = ext === '.jsonl' ? text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown) : JSON.parse(text);
    } catch (err) {
      throw new Error(`${where}: ${path} is not valid ${ext === '.jsonl' ? 'JSON Lines' : 'JSON'} (${(err as Error).message})`);
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
      const entries = Object.entries(doc);
      const pick = key !== undefined ? entries.find(([k]) => k === key) : entries.length === 1 ? entries[0] : undefined;
      if (!pick) throw new Error(`${where}: ${path} is an object with keys ${entries.map(([k]) => k).join(', ')}; expected an array, or one key`);
      doc = pick[1];
    }
    return jsonArray(doc, path);
  }
  throw new Error(`${where}: ${path}: unknown file type "${ext}". Expected .npy, .npz, .csv, .json or .jsonl`);
}
