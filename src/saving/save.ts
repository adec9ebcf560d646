import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import type { DType } from '../tensor/dtype.js';
import { sizeOf } from '../tensor/shape.js';
import { Sequential } from '../models/sequential.js';
import { layerFromConfig } from '../layers/index.js';
import { VERSION } from '../version.js';
import type { MetricSpec } from '../metrics/resolve.js';
import { writeFileAtomic } from './atomic.js';

const FORMAT = 'candor-model';
const FORMAT_VERSION = 1;
export const CONFIG_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

interface TensorEntry {
  name: string;
  shape: number[];
  dtype: DType;
  /** Byte offset in weights.bin. */
  offset: number;
}

export interface SavedModel {
  format: typeof FORMAT;
  formatVersion: number;
  candorVersion: string;
  model: { name: string; inputShape: number[]; layers: { className: string; config: Record<string, unknown> }[] };
  compile: { loss: Record<string, unknown>; optimizer: Record<string, unknown>; metrics: MetricSpec[]; strict: boolean } | null;
  weights: { file: string; byteLength: number; sha256: string; tensors: TensorEntry[] };
  optimizer: { iterations: number; tensors: TensorEntry[] } | null;
}

/**
 * Saves architecture, compile settings, weights and optimizer state to a directory:
 * model.json (config + manifest) and weights.bin (float32 buffers). The weights are written
 * first and the manifest holds their checksum, so an interrupted save is detected on load.
 */
export async function saveModel(model: Sequential, target: string): Promise<void> {
  const dir = localPath(target, 'save');
  if (!model.built) model.build();
  const buffers: Float32Array[] = [];
  let offset = 0;
  const entry = (name: string, shape: readonly number[], data: Float32Array): TensorEntry => {
    buffers.push(data);
    const e: TensorEntry = { name, shape: [...shape], dtype: 'float32', offset };
    offset += data.byteLength;
    return e;
  };
  const variables = model.weights;
  const weightEntries = variables.map((v) => entry(v.name, v.shape, v.data as Float32Array));
  const optimizer = model.compiled?.optimizer;
  const trainable = model.trainableWeights;
  const optimizerEntries = optimizer ? optimizer.getState(trainable).map((buf, i) => entry(`optimizer/${i}`, [buf.length], buf)) : [];
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const b of buffers) {
    bytes.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), at);
    at += b.byteLength;
  }
  const saved: SavedModel = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    candorVersion: VERSION,
    model: { name: model.name, inputShape: [...model.builtSampleShape()], layers: model.layers.map((l) => ({ className: l.className, config: l.getConfig() })) },
    compile: model.compiled && {
      loss: model.compiled.loss.getConfig(), optimizer: model.compiled.optimizer.getConfig(),
      metrics: model.compiled.metricSpecs, strict: model.compiled.strict,
    },
    weights: { file: WEIGHTS_FILE, byteLength: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), tensors: weightEntries },
    optimizer: optimizer ? { iterations: optimizer.iterations, tensors: optimizerEntries } : null,
  };
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, WEIGHTS_FILE), bytes);
  await writeFileAtomic(join(dir, CONFIG_FILE), JSON.stringify(saved, null, 2));
}

/** A local path from what the user gave: TF.js' "file://" prefix is accepted; other schemes are refused. */
export function localPath(path: unknown, where: string): string {
  if (typeof path !== 'string' || path === '') throw new TypeError(`${where}: expected a directory path. Received: ${JSON.stringify(path)}`);
  if (path.startsWith('file://')) return path.slice('file://'.length) || '.';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(path);
  if (scheme) throw new RangeError(`${where}: "${scheme[1]}://" is not supported; Candor saves to and loads from local directories (a "file://" prefix is accepted). Received: ${path}`);
  return path;
}

const WEIGHTS_FORMAT = 'candor-weights';
export const WEIGHTS_MANIFEST = 'weights.json';

/** Writes only the weights (weights.bin + weights.json with shapes and a checksum), as Keras' save_weights. */
export async function saveWeights(model: Sequential, target: string): Promise<void> {
  const dir = localPath(target, 'saveWeights');
  if (!model.built) model.build();
  let offset = 0;
  const tensors = model.weights.map((v) => {
    const e: TensorEntry = { name: v.name, shape: [...v.shape], dtype: 'float32', offset };
    offset += v.size * 4;
    return e;
  });
  const bytes = new Uint8Array(offset);
  model.weights.forEach((v, i) => bytes.set(new Uint8Array(v.data.buffer, v.data.byteOffset, v.size * 4), tensors[i]!.offset));
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, WEIGHTS_FILE), bytes);
  await writeFileAtomic(join(dir, WEIGHTS_MANIFEST), JSON.stringify({ format: WEIGHTS_FORMAT, candorVersion: VERSION, byteLength: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), tensors }, null, 2));
}

/** Loads weights written by saveWeights (or model.save) into a model of the same architecture; shapes must match tensor by tensor. */
export async function loadWeights(model: Sequential, source: string): Promise<void> {
  const dir = localPath(source, 'loadWeights');
  const manifestPath = join(dir, WEIGHTS_MANIFEST);
  let manifest: { format?: unknown; byteLength: number; sha256: string; tensors: TensorEntry[] };
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (err) {
    throw new Error(`loadWeights: cannot read ${manifestPath}: ${(err as Error).message}. Expected a directory written by model.saveWeights().`);
  }
  if (manifest?.format !== WEIGHTS_FORMAT || !Array.isArray(manifest.tensors)) throw new Error(`loadWeights: ${manifestPath} is not a Candor weights manifest. Expected format "${WEIGHTS_FORMAT}"`);
  const bytes = await readFile(join(dir, WEIGHTS_FILE));
  if (bytes.byteLength !== manifest.byteLength || createHash('sha256').update(bytes).digest('hex') !== manifest.sha256) {
    throw new Error(`loadWeights: ${join(dir, WEIGHTS_FILE)} does not match the size and checksum in ${WEIGHTS_MANIFEST}: the weights are corrupt or belong to another save.`);
  }
  if (!model.built) model.build();
  const vars = model.weights;
  if (manifest.tensors.length !== vars.length) throw new RangeError(`loadWeights: the model has ${vars.length} weight tensors. Received: ${manifest.tensors.length} in ${manifestPath}`);
  model.setWeights(manifest.tensors.map((e, i) => {
    const n = sizeOf(e.shape);
    if (!Array.isArray(e.shape) || e.shape.join() !== vars[i]!.shape.join()) throw new RangeError(`loadWeights: tensor ${i} ("${e.name}") has shape [${e.shape}]; the model's "${vars[i]!.name}" has [${vars[i]!.shape}]`);
    if (!Number.isInteger(e.offset) || e.offset < 0 || e.offset + n * 4 > bytes.byteLength) throw new Error(`loadWeights: ${manifestPath} lists tensor "${e.name}" outside ${WEIGHTS_FILE}.`);
    return new Tensor(new Float32Array(bytes.buffer.slice(bytes.byteOffset + e.offset, bytes.byteOffset + e.offset + n * 4)), e.shape, 'float32');
  }));
}

function corrupt(path: string, what: string): Error {
  return new Error(`loadModel: ${path} ${what}`);
}

/** Restores a model saved by saveModel: same predictions, and training continues where it stopped. */
export async function loadModel(source: string): Promise<Sequential> {
  const dir = localPath(source, 'loadModel');
  const configPath = join(dir, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (err) {
    throw new Error(`loadModel: cannot read ${configPath}: ${(err as Error).message}. Expected a directory written by model.save().`);
  }
  let saved: SavedModel;
  try {
    saved = JSON.parse(text) as SavedModel;
  } catch (err) {
    throw corrupt(configPath, `is not valid JSON (${(err as Error).message}); the file is corrupt or truncated.`);
  }
  if (saved?.format !== FORMAT) throw corrupt(configPath, `is not a Candor model. Expected format "${FORMAT}". Received: format=${JSON.stringify(saved?.format)}`);
  if (saved.formatVersion > FORMAT_VERSION) throw corrupt(configPath, `was written by a newer Candor (format ${saved.formatVersion}, this is ${FORMAT_VERSION}).`);
  const weightsPath = join(dir, saved.weights.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(weightsPath);
  } catch (err) {
    throw new Error(`loadModel: cannot read ${weightsPath}: ${(err as Error).message}`);
  }
  if (bytes.byteLength !== saved.weights.byteLength) {
    throw corrupt(weightsPath, `is truncated or padded. Expected ${saved.weights.byteLength} bytes. Received: ${bytes.byteLength} bytes.`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== saved.weights.sha256) {
    throw corrupt(weightsPath, 'does not match the checksum in model.json: the weights are corrupt (or belong to another save).');
  }
  const read = (e: TensorEntry): Tensor => {
    const n = sizeOf(e.shape);
    if (e.offset < 0 || e.offset + n * 4 > bytes.byteLength) throw corrupt(configPath, `lists tensor "${e.name}" outside ${WEIGHTS_FILE}.`);
    return new Tensor(new Float32Array(bytes.buffer.slice(bytes.byteOffset + e.offset, bytes.byteOffset + e.offset + n * 4)), e.shape, 'float32');
  };
  const model = new Sequential(saved.model.layers.map(layerFromConfig), { name: saved.model.name });
  if (!model.built) model.build([null, ...saved.model.inputShape.map((d) => (d === -1 ? null : d))]);
  model.setWeights(saved.weights.tensors.map(read));
  if (saved.compile) {
    model.compile({ loss: saved.compile.loss as never, optimizer: saved.compile.optimizer as never, metrics: saved.compile.metrics, strict: saved.compile.strict });
    if (saved.optimizer) model.compiled!.optimizer.setState(model.trainableWeights, saved.optimizer.tensors.map((e) => read(e).data as Float32Array), saved.optimizer.iterations);
  }
  return model;
}
