import type { Tensor } from '../tensor/tensor.js';
import type { Task } from '../truth/task.js';
import { metricWeights, type Metric } from './metric.js';
import { classScores, rankClasses, toIndicators } from './labels.js';

export type Average = 'binary' | 'micro' | 'macro';
export type ConfusionScore = 'precision' | 'recall' | 'f1';

/** Weighted true-positive / false-positive / false-negative counts per class. */
export class ConfusionCounts {
  tp: Float64Array;
  fp: Float64Array;
  fn: Float64Array;
  /** Whether a class occurred in the targets or the predictions (scikit-learn's unique_labels). */
  seen: Uint8Array;
  constructor(readonly classes: number) {
    this.tp = new Float64Array(classes);
    this.fp = new Float64Array(classes);
    this.fn = new Float64Array(classes);
    this.seen = new Uint8Array(classes);
  }
  add(truth: Uint8Array, predicted: Uint8Array, rows: number, weights?: ArrayLike<number>): void {
    const k = this.classes;
    for (let r = 0; r < rows; r++) {
      const w = weights ? weights[r]! : 1;
      for (let c = 0; c < k; c++) {
        const t = truth[r * k + c]!;
        const p = predicted[r * k + c]!;
        if (t || p) this.seen[c] = 1;
        if (t && p) this.tp[c]! += w;
        else if (p) this.fp[c]! += w;
        else if (t) this.fn[c]! += w;
      }
    }
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b); // zero_division=0, as scikit-learn reports it
const fScore = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function scoreOf(kind: ConfusionScore, tp: number, fp: number, fn: number): number {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return kind === 'precision' ? p : kind === 'recall' ? r : fScore(p, r);
}

/** Per-class precision, recall or F1 (zero where undefined). */
export function perClass(kind: ConfusionScore, counts: ConfusionCounts): number[] {
  return Array.from({ length: counts.classes }, (_, c) => scoreOf(kind, counts.tp[c]!, counts.fp[c]!, counts.fn[c]!));
}

/**
 * precision_recall_fscore_support semantics: 'binary' scores class 1; 'micro' pools the counts;
 * 'macro' averages classes (all labels for multilabel, the classes seen for single-label tasks).
 */
export function averageScore(kind: ConfusionScore, counts: ConfusionCounts, average: Average, multilabel: boolean): number {
  if (average === 'binary') return scoreOf(kind, counts.tp[1]!, counts.fp[1]!, counts.fn[1]!);
  if (average === 'micro') {
    const sum = (a: Float64Array): number => a.reduce((s, v) => s + v, 0);
    return scoreOf(kind, sum(counts.tp), sum(counts.fp), sum(counts.fn));
  }
  const scores = perClass(kind, counts).filter((_, c) => multilabel || counts.seen[c]);
  return scores.length === 0 ? 0 : scores.reduce((s, v) => s + v, 0) / scores.length;
}

/** Streaming precision / recall / F1. */
export class ConfusionMetric implements Metric {
  private counts: ConfusionCounts | null = null;
  constructor(readonly name: string, private readonly kind: ConfusionScore, private readonly average: Average,
    private readonly task: Task, private readonly threshold: number) {}
  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const ind = toIndicators(yTrue, yPred, this.task, this.threshold, this.name);
    this.counts ??= new ConfusionCounts(ind.classes);
    this.counts.add(ind.truth, ind.predicted, ind.rows, metricWeights(this.name, sampleWeight, ind.rows));
  }
  result(): number {
    return this.counts ? averageScore(this.kind, this.counts, this.average, this.task.kind === 'multilabel') : 0;
  }
  resetState(): void {
    this.counts = null;
  }
}

/** 1 where the true class is among the k best-scored (multiclass). */
export function topKAccuracy(k: number, task: Task) {
  return (yTrue: Tensor, yPred: Tensor): Float32Array => {
    const ind = toIndicators(yTrue, yPred, task, 0.5, `top_${k}_accuracy`);
    const { scores, classes } = classScores(yPred);
    const out = new Float32Array(ind.rows);
    for (let r = 0; r < ind.rows; r++) {
      const top = rankClasses(scores, r * classes, classes).slice(0, k);
      out[r] = top.some((c) => ind.truth[r * ind.classes + c]) ? 1 : 0;
    }
    return out;
  };
}

/** Fraction of the k best-scored labels that are true (multilabel), per row. */
export function precisionAtK(k: number, task: Task) {
  return (yTrue: Tensor, yPred: Tensor): Float32Array => {
    const ind = toIndicators(yTrue, yPred, task, 0.5, `precision_at_${k}`);
    const out = new Float32Array(ind.rows);
    for (let r = 0; r < ind.rows; r++) {
      const top = rankClasses(yPred.data, r * ind.classes, ind.classes).slice(0, k);
      out[r] = top.filter((c) => ind.truth[r * ind.classes + c]).length / k;
    }
    return out;
  };
}

/** Fraction of a row's true labels found among its k best-scored, per row; rows without true labels are NaN (skipped). */
export function recallAtK(k: number, task: Task) {
  return (yTrue: Tensor, yPred: Tensor): Float32Array => {
    const ind = toIndicators(yTrue, yPred, task, 0.5, `recall_at_${k}`);
    const out = new Float32Array(ind.rows);
    for (let r = 0; r < ind.rows; r++) {
      let positives = 0;
      for (let c = 0; c < ind.classes; c++) positives += ind.truth[r * ind.classes + c]!;
      const top = rankClasses(yPred.data, r * ind.classes, ind.classes).slice(0, k);
      out[r] = positives === 0 ? NaN : top.filter((c) => ind.truth[r * ind.classes + c]).length / positives;
    }
    return out;
  };
}

/** Fraction of wrong labels (multilabel) or wrong rows (single-label), per row. */
export function hammingLoss(task: Task, threshold: number) {
  return (yTrue: Tensor, yPred: Tensor): Float32Array => {
    const ind = toIndicators(yTrue, yPred, task, threshold, 'hamming_loss');
    const out = new Float32Array(ind.rows);
    for (let r = 0; r < ind.rows; r++) {
      let wrong = 0;
      for (let c = 0; c < ind.classes; c++) wrong += ind.truth[r * ind.classes + c] === ind.predicted[r * ind.classes + c] ? 0 : 1;
      out[r] = task.kind === 'multilabel' ? wrong / ind.classes : wrong > 0 ? 1 : 0;
    }
    return out;
  };
}

/**
 * Area under the ROC curve from scores and 0/1 labels: the weighted Mann-Whitney form (each
 * positive-negative pair counts w_i·w_j, ties half), which equals scikit-learn's trapezoidal area
 * under the weighted ROC curve. `where` names the metric in the error for a single-class input.
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, weights?: ArrayLike<number>, where = 'auc'): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let negativeBelow = 0;
  let positives = 0;
  let area = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    let pos = 0;
    let neg = 0;
    for (let t = i; t <= j; t++) {
      const w = weights ? weights[order[t]!]! : 1;
      if (labels[order[t]!]) pos += w;
      else neg += w;
    }
    area += pos * (negativeBelow + 0.5 * neg);
    negativeBelow += neg;
    positives += pos;
    i = j + 1;
  }
  if (positives === 0 || negativeBelow === 0) {
    throw new RangeError(`${where}: ROC AUC is undefined when the targets hold one class only. Received: ${n} samples, ${positives === 0 ? 'none' : 'all'} of them positive${weights ? ' (by weight)' : ''} (scikit-learn's roc_auc_score refuses this too)`);
  }
  return area / (positives * negativeBelow);
}

/**
 * Streaming ROC AUC (keeps every score). Binary: AUC of the positive class; multiclass: one-vs-rest
 * macro average; multilabel: macro average over labels. A class with only one label value is an error, as in scikit-learn.
 */
export class AucMetric implements Metric {
  private labels: number[][] = [];
  private scores: number[][] = [];
  private weights: number[] = [];
  constructor(readonly name: string, private readonly task: Task) {}
  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const ind = toIndicators(yTrue, yPred, this.task, 0.5, this.name);
    const w = metricWeights(this.name, sampleWeight, ind.rows);
    for (let r = 0; r < ind.rows; r++) this.weights.push(w ? w[r]! : 1);
    const { scores, classes } = classScores(yPred);
    if (this.labels.length === 0) {
      this.labels = Array.from({ length: classes }, () => []);
      this.scores = Array.from({ length: classes }, () => []);
    }
    for (let r = 0; r < ind.rows; r++) {
      for (let c = 0; c < classes; c++) {
        this.labels[c]!.push(ind.truth[r * classes + c]!);
        this.scores[c]!.push(scores[r * classes + c]!);
      }
    }
  }
  result(): number {
    if (this.labels.length === 0) return NaN;
    if (this.task.kind === 'binary') return rocAuc(this.labels[1]!, this.scores[1]!, this.weights, this.name);
    const per = this.labels.map((l, c) => rocAuc(l, this.scores[c]!, this.weights, `${this.name} (class ${c})`));
    return per.reduce((s, v) => s + v, 0) / per.length;
  }
  resetState(): void {
    this.labels = [];
    this.scores = [];
    this.weights = [];
  }
}
