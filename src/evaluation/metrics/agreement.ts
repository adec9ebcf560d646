/** Balanced accuracy, Matthews correlation and Cohen's kappa from a weighted confusion matrix. */
import type { Tensor } from '../../tensor/tensor.js';
import type { Task } from '../task.js';
import { metricWeights, type Metric } from './metric.js';
import { toIndicators } from './labels.js';

/**
 * Single-label scores from the weighted confusion matrix C[true][predicted], with scikit-learn's
 * definitions (labels = the classes seen in the targets or the predictions):
 * balanced_accuracy_score (mean recall over the classes present in the targets),
 * matthews_corrcoef (the multiclass R_K form; 0 when a marginal is constant) and
 * cohen_kappa_score (unweighted, or 'linear' / 'quadratic' disagreement weights).
 */
export type AgreementScore = 'balanced_accuracy' | 'matthews_corrcoef' | 'cohen_kappa';

/** Weighted confusion matrix over a fixed number of classes. */
export class ConfusionMatrix {
  readonly counts: Float64Array;
  constructor(readonly classes: number) {
    this.counts = new Float64Array(classes * classes);
  }
  add(truth: Uint8Array, predicted: Uint8Array, rows: number, weights?: ArrayLike<number>): void {
    const k = this.classes;
    for (let r = 0; r < rows; r++) {
      let t = 0;
      let p = 0;
      for (let c = 0; c < k; c++) {
        if (truth[r * k + c]) t = c;
        if (predicted[r * k + c]) p = c;
      }
      this.counts[t * k + p]! += weights ? weights[r]! : 1;
    }
  }
  /** Rows as arrays, restricted to the classes seen (scikit-learn's labels). */
  seen(): { labels: number[]; matrix: number[][] } {
    const k = this.classes;
    const labels = Array.from({ length: k }, (_, c) => c).filter((c) => {
      let s = 0;
      for (let j = 0; j < k; j++) s += this.counts[c * k + j]! + this.counts[j * k + c]!;
      return s > 0;
    });
    return { labels, matrix: labels.map((i) => labels.map((j) => this.counts[i * k + j]!)) };
  }
}

const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);

export function agreementScore(kind: AgreementScore, matrix: number[][], weights: 'none' | 'linear' | 'quadratic' = 'none'): number {
  const n = matrix.length;
  const rowSums = matrix.map(sum);
  const colSums = matrix[0] ? matrix[0].map((_, j) => sum(matrix.map((row) => row[j]!))) : [];
  const total = sum(rowSums);
  if (kind === 'balanced_accuracy') {
    const recalls = matrix.flatMap((row, i) => (rowSums[i]! > 0 ? [row[i]! / rowSums[i]!] : []));
    return recalls.length === 0 ? 0 : sum(recalls) / recalls.length;
  }
  if (kind === 'matthews_corrcoef') {
    const correct = sum(matrix.map((row, i) => row[i]!));
    const covTP = correct * total - sum(rowSums.map((t, i) => t * colSums[i]!));
    const covPP = total * total - sum(colSums.map((p) => p * p));
    const covTT = total * total - sum(rowSums.map((t) => t * t));
    return covPP * covTT === 0 ? 0 : covTP / Math.sqrt(covTT * covPP);
  }
  // Cohen's kappa: 1 − Σ w·observed / Σ w·expected, expected = outer(row sums, column sums) / total.
  const w = (i: number, j: number): number =>
    weights === 'none' ? (i === j ? 0 : 1) : weights === 'linear' ? Math.abs(i - j) : (i - j) ** 2;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      observed += w(i, j) * matrix[i]![j]!;
      expected += (w(i, j) * rowSums[i]! * colSums[j]!) / total;
    }
  }
  return expected === 0 ? NaN : 1 - observed / expected;
}

/** Streaming balanced accuracy, MCC or Cohen's kappa (binary or multiclass targets). */
export class AgreementMetric implements Metric {
  private matrix: ConfusionMatrix | null = null;
  constructor(
    readonly name: string,
    private readonly kind: AgreementScore,
    private readonly task: Task,
    private readonly threshold: number,
    private readonly weights: 'none' | 'linear' | 'quadratic' = 'none',
  ) {}
  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const ind = toIndicators(yTrue, yPred, this.task, this.threshold, this.name);
    (this.matrix ??= new ConfusionMatrix(ind.classes)).add(
      ind.truth,
      ind.predicted,
      ind.rows,
      metricWeights(this.name, sampleWeight, ind.rows),
    );
  }
  result(): number {
    return this.matrix ? agreementScore(this.kind, this.matrix.seen().matrix, this.weights) : 0;
  }
  resetState(): void {
    this.matrix = null;
  }
}
