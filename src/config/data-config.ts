import { resolve } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import { foldSplit, trainTestSplit, StandardScaler } from '../preprocessing/split.js';
import { toCategorical } from '../preprocessing/categorical.js';
import { type NumericTable, readNumericCsv, splitColumns } from '../io/readers/csv.js';
import { datasets } from '../datasets/index.js';
import type { MnistOptions } from '../datasets/mnist.js';
import { TfidfTransformer } from '../preprocessing/tfidf.js';
import { tensor } from '../tensor/creation.js';
import { Tokenizer, padSequences } from '../preprocessing/text.js';
import { UsageError } from '../usage-error.js';
import { readOptions } from '../registry/options.js';

/** Where a training config takes its data from. */
export type DataConfig =
  | { dataset: 'mnist'; trainSize?: number; testSize?: number; oneHot?: boolean }
  | { dataset: 'pima'; testSize?: number; oneHot?: boolean; scale?: boolean }
  | { dataset: 'multilabel'; samples?: number; testSize?: number; nFeatures?: number; nClasses?: number; nLabels?: number; tfidf?: boolean }
  | { dataset: 'spamAssassin'; task?: 'topic' | 'binary'; samples?: number; testSize?: number; numWords?: number; maxlen?: number; oneHot?: boolean }
  | { csv: string; labels?: number; header?: boolean | 'auto'; testSize?: number; oneHot?: boolean; scale?: boolean }
  | InMemoryData;

/** Samples already in memory (the JS API): class ids or one-hot rows in y. */
export interface InMemoryData {
  x: Tensor;
  y: Tensor;
  testSize?: number;
  /** One-hot encode class ids for this configuration (e.g. softmax + categorical_crossentropy). */
  oneHot?: boolean;
  scale?: boolean;
}

/** How a run divides the samples: one seeded hold-out split, or fold `fold` of a seeded k-fold. */
export type SplitPlan = { kind: 'holdout' } | { kind: 'kfold'; k: number; fold: number; stratified: boolean };

export interface Splits {
  xTrain: Tensor;
  yTrain: Tensor;
  xTest: Tensor;
  yTest: Tensor;
  description: string;
  /** How a new seed changes the data: a new split of the same samples, nothing (a fixed test set), or newly drawn samples. */
  resampling: 'resplit' | 'fixed' | 'fresh';
}

function limit(n: number | undefined, quick: boolean, quickCap: number): number | undefined {
  return quick ? Math.min(n ?? quickCap, quickCap) : n;
}

type Parts = { xTrain: Tensor; xTest: Tensor; yTrain: Tensor; yTest: Tensor };

/** The plan's split of (x, y), seeded; class labels are stratified unless `stratify` is false. */
function split(x: Tensor, y: Tensor, plan: SplitPlan, seed: number, testSize: number | undefined, stratify = true): Parts {
  return plan.kind === 'kfold'
    ? foldSplit(x, y, { k: plan.k, fold: plan.fold, stratified: plan.stratified && stratify, seed })
    : trainTestSplit(x, y, { testSize: testSize ?? 0.2, seed, stratify });
}

const where = (plan: SplitPlan): string => (plan.kind === 'kfold' ? `, ${plan.k}-fold${plan.stratified ? ' stratified' : ''} cross-validation` : '');

const SOURCE_KEYS: Record<string, string[]> = {
  memory: ['x', 'y', 'testSize', 'oneHot', 'scale'],
  csv: ['csv', 'labels', 'header', 'testSize', 'oneHot', 'scale'],
  mnist: ['dataset', 'trainSize', 'testSize', 'oneHot'],
  pima: ['dataset', 'testSize', 'oneHot', 'scale'],
  multilabel: ['dataset', 'samples', 'testSize', 'nFeatures', 'nClasses', 'nLabels', 'tfidf'],
  spamAssassin: ['dataset', 'task', 'samples', 'testSize', 'numWords', 'maxlen', 'oneHot'],
};

/** The data source's keys, checked for its kind (snake_case mapped); testSize has no meaning under k-fold. */
function checkDataSource(raw: DataConfig, plan: SplitPlan): DataConfig {
  if (typeof raw !== 'object' || raw === null) throw new UsageError(`data: expected { dataset: … } or { csv: … }. Received: ${JSON.stringify(raw)}`);
  const kind = 'x' in raw ? 'memory' : 'csv' in raw ? 'csv' : String((raw as { dataset?: unknown }).dataset);
  const keys = SOURCE_KEYS[kind];
  if (!keys) return raw; // the unknown dataset is reported with the list of datasets below
  let d: DataConfig;
  try {
    d = readOptions<DataConfig>(raw, `data (${kind === 'memory' ? 'in memory' : kind})`, { keys: Object.fromEntries(keys.map((k) => [k, 'any' as const])) });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (plan.kind === 'kfold' && d.testSize !== undefined && kind !== 'mnist') {
    throw new UsageError(`data: "testSize" does not apply under ${plan.k}-fold cross-validation (each fold holds out 1/${plan.k}). Received: testSize=${d.testSize}`);
  }
  return d;
}

/**
 * Loads and splits the data a config names (relative CSV paths from `dir`); --quick caps the sizes
 * so a run finishes in seconds. The seed fixes the split, so configurations sharing a seed share it.
 */
export function loadData(raw: DataConfig, dir: string, seed: number, quick: boolean, plan: SplitPlan = { kind: 'holdout' }): Splits {
  const d = checkDataSource(raw, plan);
  const hot = (y: Tensor, on: boolean | undefined, k?: number): Tensor => (on ? toCategorical(y, k) : y);
  if ('x' in d) {
    if (!(d.x instanceof Tensor) || !(d.y instanceof Tensor)) throw new UsageError('data: expected { x, y } as tensors (candor.tensor(...))');
    const s = split(d.x, d.y, plan, seed, d.testSize);
    return scaled({ ...s, yTrain: hot(s.yTrain, d.oneHot), yTest: hot(s.yTest, d.oneHot), description: `${d.x.shape[0]} samples in memory${where(plan)}`, resampling: 'resplit' }, d.scale);
  }
  if ('csv' in d) {
    const path = resolve(dir, d.csv);
    let table: NumericTable;
    try {
      table = readNumericCsv(path, { header: d.header });
    } catch (err) {
      throw new UsageError(`data: ${(err as Error).message}`);
    }
    const labels = d.labels ?? 1;
    if (table.columns - labels < 1) throw new UsageError(`data: ${path} has ${table.columns} columns; "labels": ${labels} leaves no feature column`);
    const rows = quick ? Math.min(table.rows, 500) : table.rows;
    const { x: xAll, y: yAll, features } = splitColumns(table, labels);
    const x = xAll.subarray(0, rows * features);
    const y = yAll.subarray(0, rows * labels);
    const s = split(new Tensor(x, [rows, features], 'float32'), new Tensor(y, [rows, labels], 'float32'), plan, seed, d.testSize, labels === 1);
    return scaled({ ...s, yTrain: hot(s.yTrain, d.oneHot), yTest: hot(s.yTest, d.oneHot), description: `${path}: ${rows} rows, ${features} features, ${labels} label column(s); ${[table.headerRule, ...table.notes].join('; ')}${where(plan)}`, resampling: 'resplit' }, d.scale);
  }
  switch (d.dataset) {
    case 'mnist': {
      if (plan.kind === 'kfold') throw new UsageError('data: MNIST comes with its own test set; use a hold-out split, not k-fold');
      const m = datasets.mnist.load({ trainSize: limit(d.trainSize, quick, 1000), testSize: limit(d.testSize, quick, 500) } as MnistOptions);
      return { xTrain: m.xTrain, xTest: m.xTest, yTrain: hot(m.yTrain, d.oneHot, 10), yTest: hot(m.yTest, d.oneHot, 10), description: `MNIST, ${m.xTrain.shape[0]} train / ${m.xTest.shape[0]} test images`, resampling: 'fixed' };
    }
    case 'pima': {
      const { x, y } = datasets.pima.load();
      const s = split(x, y, plan, seed, d.testSize);
      return scaled({ ...s, yTrain: hot(s.yTrain, d.oneHot, 2), yTest: hot(s.yTest, d.oneHot, 2), description: `Pima Indians Diabetes, 768 rows${plan.kind === 'kfold' ? where(plan) : ' (stratified split)'}`, resampling: 'resplit' }, d.scale);
    }
    case 'multilabel': {
      const n = limit(d.samples, quick, 400) ?? 3000;
      const { x, y } = datasets.makeMultilabelClassification({ nSamples: n, nFeatures: d.nFeatures ?? 4096, nClasses: d.nClasses ?? 416, nLabels: d.nLabels ?? 3, seed });
      const s = split(x, y, plan, seed, d.testSize, false);
      const tfidf = d.tfidf === false ? null : new TfidfTransformer().fit(s.xTrain);
      return { xTrain: tfidf ? tfidf.transform(s.xTrain) : s.xTrain, xTest: tfidf ? tfidf.transform(s.xTest) : s.xTest, yTrain: s.yTrain, yTest: s.yTest, description: `generated multi-label documents, ${n} rows${tfidf ? ', TF-IDF' : ''}${where(plan)}`, resampling: 'fresh' };
    }
    case 'spamAssassin': {
      // Mails in corpus order are sorted by group: draw a stratified subset, split it, then tokenise on the training part only.
      const corpus = datasets.spamAssassin.load({ task: d.task ?? 'topic' });
      const ids = tensor(corpus.texts.map((_, i) => [i]));
      const labels = tensor(corpus.labels);
      const n = limit(d.samples, quick, 900) ?? corpus.texts.length;
      const pool = n < corpus.texts.length ? trainTestSplit(ids, labels, { testSize: n, seed }) : null;
      const s = split(pool ? pool.xTest : ids, pool ? pool.yTest : labels, plan, seed, d.testSize);
      const texts = (t: Tensor): string[] => Array.from(t.data, (i) => corpus.texts[i]!);
      const tokenizer = new Tokenizer({ numWords: d.numWords ?? 20000 }).fitOnTexts(texts(s.xTrain));
      const encode = (t: Tensor): Tensor => padSequences(tokenizer.textsToSequences(texts(t)), { maxlen: d.maxlen ?? 400 });
      const k = corpus.classNames.length;
      return { xTrain: encode(s.xTrain), xTest: encode(s.xTest), yTrain: hot(s.yTrain, d.oneHot, k), yTest: hot(s.yTest, d.oneHot, k), description: `SpamAssassin ${d.task ?? 'topic'}, ${n} mails, ${d.maxlen ?? 400} ids per mail${where(plan)}`, resampling: 'resplit' };
    }
    default:
      throw new UsageError(`data: unknown dataset ${JSON.stringify((d as { dataset?: unknown }).dataset)}. Expected "mnist", "pima", "multilabel", "spamAssassin", or { "csv": "file.csv" }`);
  }
}

function scaled(s: Splits, scale: boolean | undefined): Splits {
  if (!scale) return s;
  const scaler = new StandardScaler().fit(s.xTrain);
  return { ...s, xTrain: scaler.transform(s.xTrain), xTest: scaler.transform(s.xTest), description: `${s.description}, standardised` };
}
