/**
 * A dataset as a training config names it ({ "dataset": "pima", … }): the options it takes, and
 * how it loads and splits for one run. Each dataset defines its source beside its loader and
 * registers it; config/data-config.ts only looks the name up.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { OptionKind } from '../registry/options.js';
import { Registry } from '../registry/registry.js';
import { foldSplit, StandardScaler, trainTestSplit } from '../preprocessing/split.js';
import { toCategorical } from '../preprocessing/categorical.js';

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

/** What a run asks of a source: the split seed, --quick (sizes capped so a run takes seconds), the plan, the config's folder. */
export interface LoadContext {
  seed: number;
  quick: boolean;
  plan: SplitPlan;
  dir: string;
}

export interface DatasetSource {
  readonly name: string;
  /** Its config keys beside "dataset" (Candor spelling; snake_case is mapped), each with the kind of value it takes. */
  readonly options: Readonly<Record<string, OptionKind>>;
  /** Comes with its own test set: k-fold is refused, and testSize keeps its meaning under a plan. */
  readonly fixedTestSet?: boolean;
  load(config: Record<string, unknown>, context: LoadContext): Splits;
}

export const DATASETS = new Registry<DatasetSource>('dataset', 'a custom dataset is found once registered: candor.registerDataset(source)');

export function defineDataset(source: DatasetSource): void {
  DATASETS.register(source.name, source, { builtin: true });
}

/** Registers a custom dataset source, so training configs and experiments can name it. */
export function registerDataset(source: DatasetSource): void {
  if (typeof source !== 'object' || source === null || typeof source.load !== 'function' || typeof source.name !== 'string') {
    throw new TypeError('registerDataset: expected { name, options, load(config, context) => Splits }');
  }
  DATASETS.register(source.name, source);
}

// ---- helpers every source shares ----

/** A size option, capped under --quick so a run finishes in seconds. */
export function capped(n: number | undefined, quick: boolean, quickCap: number): number | undefined {
  return quick ? Math.min(n ?? quickCap, quickCap) : n;
}

/** The plan's split of (x, y), seeded; class labels are stratified unless `stratify` is false. */
export function splitByPlan(
  x: Tensor,
  y: Tensor,
  plan: SplitPlan,
  seed: number,
  testSize: number | undefined,
  stratify = true,
): Pick<Splits, 'xTrain' | 'xTest' | 'yTrain' | 'yTest'> {
  return plan.kind === 'kfold'
    ? foldSplit(x, y, { k: plan.k, fold: plan.fold, stratified: plan.stratified && stratify, seed })
    : trainTestSplit(x, y, { testSize: testSize ?? 0.2, seed, stratify });
}

/** ', 5-fold stratified cross-validation' for descriptions (empty for a hold-out split). */
export const planText = (plan: SplitPlan): string =>
  plan.kind === 'kfold' ? `, ${plan.k}-fold${plan.stratified ? ' stratified' : ''} cross-validation` : '';

/** Class ids one-hot encoded when the config asks (softmax + categorical_crossentropy). */
export const oneHotIf = (y: Tensor, on: unknown, k?: number): Tensor => (on ? toCategorical(y, k) : y);

/** Features standardised on the training part only, when the config asks. */
export function scaledIf(s: Splits, scale: unknown): Splits {
  if (!scale) return s;
  const scaler = new StandardScaler().fit(s.xTrain);
  return { ...s, xTrain: scaler.transform(s.xTrain), xTest: scaler.transform(s.xTest), description: `${s.description}, standardised` };
}

/** Kinds of dataset options. */
export const SOURCE_KINDS = {
  size: {
    test: (v: unknown) => typeof v === 'number' && v > 0 && Number.isFinite(v),
    expected: 'a positive number (a count, or a fraction below 1 for testSize)',
  },
  count: { test: (v: unknown) => Number.isInteger(v) && (v as number) > 0, expected: 'a positive integer' },
  flag: 'boolean',
} as const satisfies Record<string, OptionKind>;
