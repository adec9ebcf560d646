/** loadKerasModel: a Keras file rebuilt as a Candor model with its weights. */
import { readFileBounded, withinLimit } from '../io/bounded-read.js';
import { unreadable } from '../io/unreadable.js';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import * as hdf5 from 'jsfive';
import { Tensor } from '../tensor/tensor.js';
import { Sequential } from '../models/sequential.js';
import { layerFromConfig } from '../layers/index.js';
import { readModelDocument, snake } from './keras.js';
import { readKerasFile } from './keras-files.js';

/**
 * A Keras model with its weights, as a Candor model: legacy `.h5` files (Keras 2 model.save:
 * model_weights/<layer> with layer_names and weight_names attributes) and Keras 3 `.keras`
 * archives (model.weights.h5 with layers/<snake_case class name + counter>/vars/<i>, the layout
 * of keras/src/saving/saving_lib.py). Sequential models whose layers Candor implements.
 */

type Group = { attrs: Record<string, unknown>; keys?: string[]; value?: unknown; shape?: number[] };
type H5 = { get(path: string): Group | undefined; keys: string[] };

function openH5(bytes: Uint8Array, what: string): H5 {
  try {
    return new hdf5.File(Uint8Array.from(bytes).buffer, what) as unknown as H5;
  } catch (err) {
    throw unreadable(`loadKerasModel: ${what}`, 'HDF5', err);
  }
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((s) => (s instanceof Uint8Array ? new TextDecoder().decode(s) : String(s))) : [];

function dataset(h5: H5, path: string, what: string): { data: Float32Array; shape: number[] } {
  let node: Group | undefined;
  try {
    node = h5.get(path);
  } catch (err) {
    throw unreadable(`loadKerasModel: ${what} (dataset ${path})`, 'HDF5', err);
  }
  if (!node || node.value === undefined || !Array.isArray(node.shape))
    throw new Error(`loadKerasModel: ${what} has no weight dataset ${path}`);
  const values = node.value as ArrayLike<number>;
  const size = node.shape.reduce((a, b) => a * b, 1);
  if (values.length !== size)
    throw new Error(`loadKerasModel: ${what}: ${path} declares shape [${node.shape}] but holds ${values.length} values`);
  return { data: Float32Array.from(values), shape: [...node.shape] };
}

/** The arrays of each layer, by layer name, from a legacy .h5 file. */
function legacyWeights(h5: H5, path: string): Map<string, { data: Float32Array; shape: number[] }[]> {
  const root = h5.get('model_weights') ?? (h5 as unknown as Group);
  const prefix = h5.get('model_weights') ? 'model_weights/' : '';
  const out = new Map<string, { data: Float32Array; shape: number[] }[]>();
  for (const layer of strings(root.attrs.layer_names)) {
    const group = h5.get(`${prefix}${layer}`);
    if (!group) throw new Error(`loadKerasModel: ${path} lists layer "${layer}" in layer_names but has no group for it`);
    out.set(
      layer,
      strings(group.attrs.weight_names).map((w) => dataset(h5, `${prefix}${layer}/${w}`, path)),
    );
  }
  return out;
}

/** The arrays of each layer, in the model's layer order, from a Keras 3 model.weights.h5. */
function keras3Weights(
  h5: H5,
  path: string,
  classNames: readonly { name: string; className: string }[],
): Map<string, { data: Float32Array; shape: number[] }[]> {
  const out = new Map<string, { data: Float32Array; shape: number[] }[]>();
  const counters = new Map<string, number>();
  for (const { name, className } of classNames) {
    if (className === 'InputLayer') continue;
    const k = counters.get(className) ?? 0;
    counters.set(className, k + 1);
    const group = `layers/${k === 0 ? snake(className) : `${snake(className)}_${k}`}/vars`;
    const vars = h5.get(group);
    const keys = (vars?.keys ?? []).filter((key) => /^\d+$/.test(key)).sort((a, b) => Number(a) - Number(b));
    out.set(
      name,
      keys.map((key) => dataset(h5, `${group}/${key}`, `${path}: model.weights.h5`)),
    );
  }
  return out;
}

/** Builds the Candor model a Keras file describes and loads its weights, checking every shape. */
export async function loadKerasModel(path: string): Promise<Sequential> {
  const { doc, container } = (() => {
    try {
      return readKerasFile(path);
    } catch (err) {
      throw new Error(`loadKerasModel: ${(err as Error).message}`);
    }
  })();
  if (container !== 'keras h5' && container !== 'keras archive')
    throw new Error(
      `loadKerasModel: ${path} holds no weights. Expected a .keras archive or a Keras .h5 file; for a model.to_json() document use candor doctor, for predictions candor score`,
    );
  if (doc.class_name !== 'Sequential')
    throw new Error(
      `loadKerasModel: ${path}: only Sequential models can be built so far (Functional models come with the functional API). Received: class_name=${JSON.stringify(doc.class_name)}; candor doctor reads it`,
    );
  const description = (() => {
    try {
      return readModelDocument(doc);
    } catch (err) {
      throw new Error(`loadKerasModel: ${path}: ${(err as Error).message}`);
    }
  })();
  if (description.ignored.length > 0)
    throw new Error(`loadKerasModel: ${path} uses Keras options Candor does not implement: ${description.ignored.join(', ')}`);
  const layers = description.layers.map((spec, i) => {
    try {
      return layerFromConfig(spec);
    } catch (err) {
      throw new Error(`loadKerasModel: ${path}: layer ${i} (${spec.className}) cannot be built: ${(err as Error).message}`);
    }
  });
  const model = new Sequential(layers, { name: description.name });
  if (!model.built)
    throw new Error(
      `loadKerasModel: ${path} does not say the input shape (no batch_input_shape or InputLayer), so the weights cannot be placed`,
    );
  const weights = readWeights(path, container, model);
  const tensors: Tensor[] = [];
  for (const layer of model.layers) {
    const own = layer.weights;
    const saved = weights.get(layer.name) ?? [];
    if (saved.length !== own.length)
      throw new Error(
        `loadKerasModel: layer "${layer.name}" (${layer.className}) has ${own.length} weight tensors; ${path} holds ${saved.length} for it`,
      );
    own.forEach((v, i) => {
      const s = saved[i]!;
      if (s.shape.join() !== v.shape.join())
        throw new Error(
          `loadKerasModel: weight ${i} of layer "${layer.name}" (${v.name}) has shape [${v.shape}]; ${path} holds [${s.shape}]`,
        );
      tensors.push(new Tensor(s.data, s.shape, 'float32'));
    });
  }
  model.setWeights(tensors);
  const compile = description.compile;
  if (compile?.loss) {
    try {
      model.compile({
        loss: compile.fromLogits ? { name: compile.loss, fromLogits: true } : compile.loss,
        optimizer: 'adam',
        metrics: compile.metrics?.length ? compile.metrics : ['accuracy'],
      });
    } catch (err) {
      throw new Error(`loadKerasModel: the compile settings in ${path} cannot be used: ${(err as Error).message}`);
    }
  }
  return model;
}

type LayerWeights = Map<string, { data: Float32Array; shape: number[] }[]>;

/**
 * The saved arrays of each layer. A damaged HDF5 file can make jsfive throw anything (strings,
 * TypeErrors from inside its parser): all of it is "not a readable HDF5 file", with the parser's
 * words kept as the cause; Candor's own checks (loadKerasModel: …) pass through.
 */
function readWeights(path: string, container: string, model: Sequential): LayerWeights {
  try {
    if (container === 'keras h5') return legacyWeights(openH5(readFileBounded(path, 'loadKerasModel'), path), path);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(new Uint8Array(readFileBounded(path, 'loadKerasModel')), {
        filter: (f) => f.name === 'model.weights.h5' && withinLimit(f, path),
      });
    } catch (err) {
      if (err instanceof RangeError) throw err;
      throw unreadable(`loadKerasModel: ${path}`, '.keras (zip)', err);
    }
    const h5 = files['model.weights.h5'];
    if (!h5) throw new Error(`loadKerasModel: ${path} has no model.weights.h5 (${extname(path)} archive without weights)`);
    return keras3Weights(
      openH5(h5, `${path}: model.weights.h5`),
      path,
      model.layers.map((l) => ({ name: l.name, className: l.className })),
    );
  } catch (err) {
    if (err instanceof Error && (err.message.startsWith('loadKerasModel:') || err.message.includes('allocation limit'))) throw err;
    throw unreadable(`loadKerasModel: ${path}`, 'HDF5', err);
  }
}
