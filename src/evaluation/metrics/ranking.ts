/** Ranking metrics: exact ROC AUC (ovr, ovo), Keras' thresholded AUC, average precision. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
import { metricWeights, type Metric } from './metric.js';
import { classScores, toIndicators } from './labels.js';

/**
 * Ranking metrics from every score seen: ROC AUC (scikit-learn's roc_auc_score: 'ovr' or Hand &
 * Till's 'ovo' for multiclass; 'macro', 'micro' or 'weighted' over labels) and average precision
 * (average_precision_score: the step integral of the precision-recall curve).
 */

/** Sorted once, ascending; ties grouped. Shared by ROC AUC and average precision. */
function order(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
}

/**
 * Area under the ROC curve from scores and 0/1 labels: the weighted Mann-Whitney form (each
 * positive-negative pair counts w_i·w_j, ties half), which equals scikit-learn's trapezoidal area
 * under the weighted ROC curve. `where` names the metric in the error for a single-class input.
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, weights?: ArrayLike<number>, where = 'auc'): number {
  const n = labels.length;
  const sorted = order(scores);
  let negativeBelow = 0;
  let positives = 0;
  let area = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[sorted[j + 1]!] === scores[sorted[i]!]) j++;
    let pos = 0;
    let neg = 0;
    for (let t = i; t <= j; t++) {
      const w = weights ? weights[sorted[t]!]! : 1;
      if (labels[sorted[t]!]) pos += w;
      else neg += w;
    }
    area += pos * (negativeBelow + 0.5 * neg);
    negativeBelow += neg;
    positives += pos;
    i = j + 1;
  }
  if (positives === 0 || negativeBelow === 0) {
    throw new RangeError(
      `${where}: ROC AUC is undefined when the targets hold one class only. Received: ${n} samples, ${positives === 0 ? 'none' : 'all'} of them positive${weights ? ' (by weight)' : ''} (scikit-learn's roc_auc_score refuses this too)`,
    );
  }
  return area / (positives * negativeBelow);
}

/** Average precision: Σ (R_n − R_{n−1}) · P_n over the distinct thresholds, best score first; 0 without positives (scikit-learn 1.2). */
export function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const sorted = order(scores).reverse();
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) positives += weights ? weights[i]! : 1;
  if (positives === 0) return 0;
  let tp = 0;
  let fp = 0;
  let recallBefore = 0;
  let ap = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && scores[sorted[j + 1]!] === scores[sorted[i]!]) j++;
    for (let t = i; t <= j; t++) {
      const w = weights ? weights[sorted[t]!]! : 1;
      if (labels[sorted[t]!]) tp += w;
      else fp += w;
    }
    const recall = tp / positives;
    if (tp + fp > 0) ap += (recall - recallBefore) * (tp / (tp + fp));
    recallBefore = recall;
    i = j + 1;
  }
  return ap;
}

export type RankingAverage = 'macro' | 'micro' | 'weighted';

/** Collects per-class labels and scores (and sample weights) across batches. */
abstract class RankingMetric implements Metric {
  protected labels: number[][] = [];
  protected scores: number[][] = [];
  protected weights: number[] = [];
  protected weighted = false;
  constructor(
    readonly name: string,
    protected readonly task: Task,
    protected readonly average: RankingAverage,
  ) {}
  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const ind = toIndicators(yTrue, yPred, this.task, 0.5, this.name);
    const w = metricWeights(this.name, sampleWeight, ind.rows);
    if (w) this.weighted = true;
    const { scores, classes } = classScores(yPred);
    if (this.labels.length === 0) {
      this.labels = Array.from({ length: classes }, () => []);
      this.scores = Array.from({ length: classes }, () => []);
    }
    for (let r = 0; r < ind.rows; r++) {
      this.weights.push(w ? w[r]! : 1);
      for (let c = 0; c < classes; c++) {
        this.labels[c]!.push(ind.truth[r * classes + c]!);
        this.scores[c]!.push(scores[r * classes + c]!);
      }
    }
  }
  abstract result(): number;
  protected abstract score(labels: number[], scores: number[], weights: number[] | undefined, where: string): number;
  /** Per-label scores averaged: macro (plain), weighted (by weighted positives), micro (all labels pooled). */
  protected averaged(): number {
    const w = this.weighted ? this.weights : undefined;
    if (this.average === 'micro') {
      const rows = this.weights.length;
      const labels: number[] = [];
      const scores: number[] = [];
      const weights: number[] = [];
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < this.labels.length; c++) {
          labels.push(this.labels[c]![r]!);
          scores.push(this.scores[c]![r]!);
          weights.push(this.weights[r]!);
        }
      }
      return this.score(labels, scores, w ? weights : undefined, `${this.name} (micro)`);
    }
    const per = this.labels.map((l, c) => this.score(l, this.scores[c]!, w, `${this.name} (class ${c})`));
    if (this.average === 'macro') return per.reduce((s, v) => s + v, 0) / per.length;
    const support = this.labels.map((l) => l.reduce((s, v, r) => s + v * this.weights[r]!, 0));
    const total = support.reduce((s, v) => s + v, 0);
    return per.reduce((s, v, c) => s + (v * support[c]!) / total, 0);
  }
  resetState(): void {
    this.labels = [];
    this.scores = [];
    this.weights = [];
    this.weighted = false;
  }
}

/**
 * Streaming ROC AUC (keeps every score). Binary: AUC of the positive class; multiclass: one-vs-rest
 * ('ovr', macro or weighted) or Hand & Till's one-vs-one ('ovo'); multi-label: macro, micro or
 * weighted over labels. A class with only one label value is an error, as in scikit-learn.
 */
export class AucMetric extends RankingMetric {
  constructor(
    name: string,
    task: Task,
    average: RankingAverage = 'macro',
    private readonly multiClass: 'ovr' | 'ovo' = 'ovr',
  ) {
    super(name, task, average);
  }
  protected score(labels: number[], scores: number[], weights: number[] | undefined, where: string): number {
    return rocAuc(labels, scores, weights, where);
  }
  result(): number {
    if (this.labels.length === 0) return NaN;
    if (this.task.kind === 'binary') return rocAuc(this.labels[1]!, this.scores[1]!, this.weighted ? this.weights : undefined, this.name);
    if (this.task.kind === 'multiclass' && this.multiClass === 'ovo') return this.oneVsOne();
    return this.averaged();
  }
  /** Hand & Till (2001): the mean over class pairs of (AUC(a | a,b) + AUC(b | a,b)) / 2, on the samples of a or b. */
  private oneVsOne(): number {
    if (this.weighted)
      throw new RangeError(`${this.name}: sample weights are not supported with multiClass 'ovo' (neither in scikit-learn); use 'ovr'`);
    const rows = this.weights.length;
    const truth = Array.from({ length: rows }, (_, r) => this.labels.findIndex((l) => l[r] === 1));
    const present = [...new Set(truth)].sort((a, b) => a - b);
    let total = 0;
    let weight = 0;
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const [a, b] = [present[i]!, present[j]!];
        const rowsAB = truth.flatMap((t, r) => (t === a || t === b ? [r] : []));
        const aTrue = rowsAB.map((r) => (truth[r] === a ? 1 : 0));
        const bTrue = rowsAB.map((r) => (truth[r] === b ? 1 : 0));
        const pair =
          (rocAuc(
            aTrue,
            rowsAB.map((r) => this.scores[a]![r]!),
          ) +
            rocAuc(
              bTrue,
              rowsAB.map((r) => this.scores[b]![r]!),
            )) /
          2;
        const prevalence = this.average === 'weighted' ? rowsAB.length / rows : 1;
        total += prevalence * pair;
        weight += prevalence;
      }
    }
    if (weight === 0) throw new RangeError(`${this.name}: ROC AUC is undefined when the targets hold one class only`);
    return total / weight;
  }
}

/** Streaming average precision (PR AUC): binary, or multi-label with a macro / micro / weighted average. */
export class AveragePrecisionMetric extends RankingMetric {
  protected score(labels: number[], scores: number[], weights: number[] | undefined): number {
    return averagePrecision(labels, scores, weights);
  }
  result(): number {
    if (this.labels.length === 0) return NaN;
    if (this.task.kind === 'binary') return averagePrecision(this.labels[1]!, this.scores[1]!, this.weighted ? this.weights : undefined);
    return this.averaged();
  }
}

/**
 * Keras' streaming AUC (keras.metrics.AUC, curve 'ROC', summation 'interpolation'): confusion
 * counts at numThresholds fixed thresholds (−ε, 1/(n−1), …, (n−2)/(n−1), 1 + ε; ε = 1e-7), then
 * the trapezoidal area under (FPR, TPR). An approximation of the exact ROC AUC ('auc') that keeps
 * O(numThresholds) state. Labels are pooled (multiLabel false, Keras' default) or averaged.
 */
export class KerasAucMetric implements Metric {
  private tp: Float64Array[] = [];
  private fp: Float64Array[] = [];
  private positives: number[] = [];
  private negatives: number[] = [];
  private readonly thresholds: number[];
  constructor(
    readonly name: string,
    private readonly task: Task,
    numThresholds: number,
    private readonly multiLabel: boolean,
  ) {
    const eps = 1e-7;
    this.thresholds = [-eps, ...Array.from({ length: numThresholds - 2 }, (_, i) => (i + 1) / (numThresholds - 1)), 1 + eps];
  }
  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const ind = toIndicators(yTrue, yPred, this.task, 0.5, this.name);
    const w = metricWeights(this.name, sampleWeight, ind.rows);
    // One-column binary outputs score the positive class only, as Keras sees them.
    const binary = this.task.kind === 'binary' && this.task.encoding === 'binary';
    const columns = binary ? 1 : ind.classes;
    const slots = this.multiLabel ? columns : 1;
    if (this.tp.length === 0) {
      this.tp = Array.from({ length: slots }, () => new Float64Array(this.thresholds.length));
      this.fp = Array.from({ length: slots }, () => new Float64Array(this.thresholds.length));
      this.positives = new Array<number>(slots).fill(0);
      this.negatives = new Array<number>(slots).fill(0);
    }
    for (let r = 0; r < ind.rows; r++) {
      const weight = w ? w[r]! : 1;
      for (let c = 0; c < columns; c++) {
        const label = binary ? ind.truth[r * 2 + 1]! : ind.truth[r * ind.classes + c]!;
        const score = yPred.data[r * columns + c]!;
        const s = this.multiLabel ? c : 0;
        if (label) this.positives[s]! += weight;
        else this.negatives[s]! += weight;
        const tp = this.tp[s]!;
        const fp = this.fp[s]!;
        for (let t = 0; t < this.thresholds.length; t++) {
          if (!(score > this.thresholds[t]!)) break; // thresholds ascend: once below one, below the rest
          if (label) tp[t]! += weight;
          else fp[t]! += weight;
        }
      }
    }
  }
  result(): number {
    if (this.tp.length === 0) return NaN;
    const areas = this.tp.map((tp, s) => {
      const pos = this.positives[s]!;
      const neg = this.negatives[s]!;
      const tpr = Array.from(tp, (v) => (pos === 0 ? 0 : v / pos));
      const fpr = Array.from(this.fp[s]!, (v) => (neg === 0 ? 0 : v / neg));
      let area = 0;
      for (let i = 0; i + 1 < tpr.length; i++) area += (fpr[i]! - fpr[i + 1]!) * ((tpr[i]! + tpr[i + 1]!) / 2);
      return area;
    });
    return areas.reduce((a, b) => a + b, 0) / areas.length;
  }
  resetState(): void {
    this.tp = [];
    this.fp = [];
    this.positives = [];
    this.negatives = [];
  }
}
