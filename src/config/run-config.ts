/** Training config documents: reading them, building and compiling their models. */
import { readTextBounded } from '../io/bounded-read.js';
import { dirname, resolve } from 'node:path';
import type { MetricSpec } from '../evaluation/metrics/resolve.js';
import { Sequential, sequential } from '../models/sequential.js';
import { layerFromConfig } from '../layers/index.js';
import type { LossSpec } from '../losses/losses.js';
import { readModelDocument } from '../interop/keras.js';
import { UsageError } from '../usage-error.js';
import { KINDS, readOptions, type OptionSchema } from '../registry/options.js';
import type { DataConfig } from './data-config.js';

/** A training run described in JSON: data, layers, compile and fit settings. */
export interface TrainConfig {
  name?: string;
  data: DataConfig;
  layers: { className: string; config: Record<string, unknown> }[];
  compile: {
    loss: string | { name: string; [k: string]: unknown };
    optimizer?: string | { name: string; [k: string]: unknown };
    metrics?: MetricSpec[];
    strict?: boolean;
  };
  fit?: { epochs?: number; batchSize?: number; validationSplit?: number; seed?: number; shuffle?: boolean };
}

const CONFIG_SCHEMA: OptionSchema = {
  keys: { name: 'string', description: 'string', data: 'any', layers: 'any', compile: 'any', fit: 'any' },
};
const COMPILE_SCHEMA: OptionSchema = { keys: { loss: 'any', optimizer: 'any', metrics: 'any', strict: 'boolean' } };
const FIT_SCHEMA: OptionSchema = {
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
export function checkConfigDocument(doc: Record<string, unknown>, where: string): Partial<TrainConfig> {
  try {
    const top = readOptions<Record<string, unknown>>(doc, where, CONFIG_SCHEMA);
    if (top.compile !== undefined) top.compile = readOptions(top.compile, `${where}: compile`, COMPILE_SCHEMA);
    if (top.fit !== undefined) top.fit = readOptions(top.fit, `${where}: fit`, FIT_SCHEMA);
    return top as Partial<TrainConfig>;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Reads and checks a config file; relative CSV paths are taken from the config's directory. */
export function readTrainConfig(path: string): TrainConfig & { dir: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(readTextBounded(path, 'config'));
  } catch (err) {
    throw new UsageError(`cannot read config ${path}: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new UsageError(`${path}: expected a JSON object with data, layers, compile, fit`);
  const cfg = checkConfigDocument(doc as Record<string, unknown>, path);
  for (const key of ['data', 'layers', 'compile'] as const) {
    if (cfg[key] === undefined) throw new UsageError(`${path}: missing "${key}". Expected { data, layers, compile, fit? } (see examples/)`);
  }
  if (!Array.isArray(cfg.layers) || cfg.layers.length === 0)
    throw new UsageError(`${path}: "layers" must be a non-empty array of { className, config }`);
  return { ...(cfg as TrainConfig), dir: dirname(resolve(path)) };
}

/** The model a config describes (uncompiled); errors start with `where` (the config file's path in the CLI). */
export function buildModel(cfg: TrainConfig, seed?: number, where = 'config'): Sequential {
  try {
    const description = readModelDocument({ layers: cfg.layers, name: cfg.name });
    if (description.ignored.length > 0)
      throw new Error(
        `Keras options Candor does not implement: ${description.ignored.join(', ')}. Remove them (a model that drops them would not be the one described)`,
      );
    // Building (weights are created eagerly) checks shapes and sizes too: all of it is the config's fault.
    return sequential(description.layers.map(layerFromConfig), {
      ...(cfg.name ? { name: cfg.name } : {}),
      ...(seed !== undefined ? { seed } : {}),
    });
  } catch (err) {
    throw new UsageError(`${where}: layers: ${(err as Error).message}`);
  }
}

/** Compiles a model as its config says; a bad loss/optimizer/metric is the config's fault (a usage error). */
export function compileFromConfig(model: Sequential, compile: TrainConfig['compile'], where = 'config'): void {
  try {
    model.compile({
      loss: compile.loss as LossSpec,
      optimizer: (compile.optimizer ?? 'adam') as never,
      metrics: compile.metrics ?? ['accuracy'],
      strict: compile.strict ?? false,
    });
  } catch (err) {
    throw new UsageError(`${where}: compile: ${(err as Error).message}`);
  }
}
