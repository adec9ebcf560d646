import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as c from '../index.js';
import { readModelDocument } from '../interop/keras.js';
import { UsageError } from './usage.js';

/** Where a training config takes its data from. */
export type DataConfig =
  | { dataset: 'mnist'; trainSize?: number; testSize?: number; oneHot?: boolean }
  | { dataset: 'pima'; testSize?: number; oneHot?: boolean; scale?: boolean }
  | { dataset: 'multilabel'; samples?: number; testSize?: number; nFeatures?: number; nClasses?: number; nLabels?: number; tfidf?: boolean }
  | { dataset: 'spamAssassin'; task?: 'topic' | 'binary'; samples?: number; testSize?: number; numWords?: number; maxlen?: number; oneHot?: boolean }
  | { csv: string; labels?: number; testSize?: number; oneHot?: boolean; scale?: boolean };

/** A training run described in JSON: data, layers, compile and fit settings. */
export interface TrainConfig {
  name?: string;
  data: DataConfig;
  layers: { className: string; config: Record<string, unknown> }[];
  compile: { loss: string | { name: string; [k: string]: unknown }; optimizer?: string | { name: string; [k: string]: unknown }; metrics?: string[]; strict?: boolean };
  fit?: { epochs?: number; batchSize?: number; validationSplit?: number; seed?: number; shuffle?: boolean };
}

export interface Splits {
  xTrain: c.Tensor;
  yTrain: c.Tensor;
  xTest: c.Tensor;
  yTest: c.Tensor;
  description: string;
}

/** Reads and checks a config file; relative CSV paths are taken from the config's directory. */
export function readTrainConfig(path: string): TrainConfig & { dir: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read config ${path}: ${(err as Error).message}`);
  }
  const cfg = doc as Partial<TrainConfig>;
  if (typeof cfg !== 'object' || cfg === null) throw new UsageError(`${path}: expected a JSON object with data, layers, compile, fit`);
  for (const key of ['data', 'layers', 'compile'] as const) {
    if (cfg[key] === undefined) throw new UsageError(`${path}: missing "${key}". Expected { data, layers, compile, fit? } (see examples/)`);
  }
  if (!Array.isArray(cfg.layers) || cfg.layers.length === 0) throw new UsageError(`${path}: "layers" must be a non-empty array of { className, config }`);
  return { ...(cfg as TrainConfig), dir: dirname(resolve(path)) };
}

/** The model a config describes (uncompiled when `compile` is false). */
export function buildModel(cfg: TrainConfig, seed?: number): c.Sequential {
  const description = readModelDocument({ layers: cfg.layers, name: cfg.name });
  let layers: c.Layer[];
  try {
    layers = description.layers.map(c.layerFromConfig);
  } catch (err) {
    throw new UsageError(`config layers: ${(err as Error).message}`);
  }
  return c.sequential(layers, { ...(cfg.name ? { name: cfg.name } : {}), ...(seed !== undefined ? { seed } : {}) });
}

function limit(n: number | undefined, quick: boolean, quickCap: number): number | undefined {
  return quick ? Math.min(n ?? quickCap, quickCap) : n;
}

/** Loads and splits the data a config names; --quick caps the sizes so a run finishes in seconds. */
export function loadData(cfg: TrainConfig & { dir: string }, seed: number, quick: boolean): Splits {
  const d = cfg.data;
  const hot = (y: c.Tensor, on: boolean | undefined, k?: number): c.Tensor => (on ? c.toCategorical(y, k) : y);
  if ('csv' in d) {
    const path = resolve(cfg.dir, d.csv);
    let table: c.NumericTable;
    try {
      table = c.readNumericCsv(path);
    } catch (err) {
      throw new UsageError(`data: ${(err as Error).message}`);
    }
    const labels = d.labels ?? 1;
    const rows = quick ? Math.min(table.rows, 500) : table.rows;
    const features = table.columns - labels;
    if (features < 1) throw new UsageError(`data: ${path} has ${table.columns} columns; "labels": ${labels} leaves no feature column`);
    const x = new Float32Array(rows * features);
    const y = new Float32Array(rows * labels);
    for (let r = 0; r < rows; r++) {
      x.set(table.data.subarray(r * table.columns, r * table.columns + features), r * features);
      y.set(table.data.subarray(r * table.columns + features, (r + 1) * table.columns), r * labels);
    }
    const s = c.trainTestSplit(new c.Tensor(x, [rows, features], 'float32'), new c.Tensor(y, [rows, labels], 'float32'),
      { testSize: d.testSize ?? 0.2, seed, stratify: labels === 1 });
    return scaled({ ...s, yTrain: hot(s.yTrain, d.oneHot), yTest: hot(s.yTest, d.oneHot), description: `${path}: ${rows} rows, ${features} features, ${labels} label column(s)` }, d.scale);
  }
  switch (d.dataset) {
    case 'mnist': {
      const m = c.datasets.mnist.load({ trainSize: limit(d.trainSize, quick, 1000), testSize: limit(d.testSize, quick, 500) } as c.MnistOptions);
      return { xTrain: m.xTrain, xTest: m.xTest, yTrain: hot(m.yTrain, d.oneHot, 10), yTest: hot(m.yTest, d.oneHot, 10), description: `MNIST, ${m.xTrain.shape[0]} train / ${m.xTest.shape[0]} test images` };
    }
    case 'pima': {
      const { x, y } = c.datasets.pima.load();
      const s = c.trainTestSplit(x, y, { testSize: d.testSize ?? 0.2, seed });
      return scaled({ ...s, yTrain: hot(s.yTrain, d.oneHot, 2), yTest: hot(s.yTest, d.oneHot, 2), description: 'Pima Indians Diabetes, 768 rows (stratified split)' }, d.scale);
    }
    case 'multilabel': {
      const n = limit(d.samples, quick, 400) ?? 3000;
      const { x, y } = c.datasets.makeMultilabelClassification({ nSamples: n, nFeatures: d.nFeatures ?? 4096, nClasses: d.nClasses ?? 416, nLabels: d.nLabels ?? 3, seed });
      const s = c.trainTestSplit(x, y, { testSize: d.testSize ?? 0.2, seed, stratify: false });
      const tfidf = d.tfidf === false ? null : new c.TfidfTransformer().fit(s.xTrain);
      return { xTrain: tfidf ? tfidf.transform(s.xTrain) : s.xTrain, xTest: tfidf ? tfidf.transform(s.xTest) : s.xTest, yTrain: s.yTrain, yTest: s.yTest, description: `generated multi-label documents, ${n} rows${tfidf ? ', TF-IDF' : ''}` };
    }
    case 'spamAssassin': {
      // Mails in corpus order are sorted by group: draw a stratified subset, split it, then tokenise on the training part only.
      const corpus = c.datasets.spamAssassin.load({ task: d.task ?? 'topic' });
      const ids = c.tensor(corpus.texts.map((_, i) => [i]));
      const labels = c.tensor(corpus.labels);
      const n = limit(d.samples, quick, 900) ?? corpus.texts.length;
      const pool = n < corpus.texts.length ? c.trainTestSplit(ids, labels, { testSize: n, seed }) : null;
      const s = c.trainTestSplit(pool ? pool.xTest : ids, pool ? pool.yTest : labels, { testSize: d.testSize ?? 0.2, seed });
      const texts = (t: c.Tensor): string[] => Array.from(t.data, (i) => corpus.texts[i]!);
      const tokenizer = new c.Tokenizer({ numWords: d.numWords ?? 20000 }).fitOnTexts(texts(s.xTrain));
      const encode = (t: c.Tensor): c.Tensor => c.padSequences(tokenizer.textsToSequences(texts(t)), { maxlen: d.maxlen ?? 400 });
      const k = corpus.classNames.length;
      return { xTrain: encode(s.xTrain), xTest: encode(s.xTest), yTrain: hot(s.yTrain, d.oneHot, k), yTest: hot(s.yTest, d.oneHot, k), description: `SpamAssassin ${d.task ?? 'topic'}, ${n} mails, ${d.maxlen ?? 400} ids per mail` };
    }
    default:
      throw new UsageError(`data: unknown dataset ${JSON.stringify((d as { dataset?: unknown }).dataset)}. Expected "mnist", "pima", "multilabel", "spamAssassin", or { "csv": "file.csv" }`);
  }
}

function scaled(s: Splits, scale: boolean | undefined): Splits {
  if (!scale) return s;
  const scaler = new c.StandardScaler().fit(s.xTrain);
  return { ...s, xTrain: scaler.transform(s.xTrain), xTest: scaler.transform(s.xTest), description: `${s.description}, standardised` };
}
