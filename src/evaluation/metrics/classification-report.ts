/** scikit-learn's classification_report and confusion matrix, streamed or in one call. */
import type { Tensor } from '../../tensor/tensor.js';
import { inferTask, type OutputInfo } from '../task.js';
import { toIndicators } from './labels.js';
import { ConfusionCounts, SamplesAverage, averageScore, perClass, type Average, type ScoreRule, type ZeroDivision } from './confusion.js';
import { ConfusionMatrix } from './agreement.js';
import { metricWeights, type Metric } from './metric.js';
import type { Task } from '../task.js';

export interface PrecisionRecallF1 {
  precision: number[];
  recall: number[];
  f1: number[];
  /** Number of true samples of each class (weighted). */
  support: number[];
}

/**
 * scikit-learn's precision_recall_fscore_support (zero_division=0): per class with
 * average 'none', else one averaged value each. Predictions are probabilities (threshold 0.5)
 * or scores; the task is inferred from the targets and the prediction width.
 */
export function precisionRecallF1(
  yTrue: Tensor,
  yPred: Tensor,
  options: { average?: Average | 'none'; threshold?: number } = {},
): PrecisionRecallF1 {
  const columns = yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1]!;
  const output: OutputInfo = { units: columns, activation: columns === 1 ? 'sigmoid' : 'softmax' };
  const task = inferTask(yTrue, output);
  const ind = toIndicators(yTrue, yPred, task, options.threshold ?? 0.5, 'precisionRecallF1');
  const counts = new ConfusionCounts(ind.classes);
  counts.add(ind.truth, ind.predicted, ind.rows);
  const support = Array.from(counts.tp, (tp, c) => tp + counts.fn[c]!);
  const average = options.average ?? 'none';
  const rule = (kind: ScoreRule['kind']): ScoreRule => ({ kind, beta: 1, zeroDivision: 0 });
  if (average === 'none')
    return {
      precision: perClass(rule('precision'), counts),
      recall: perClass(rule('recall'), counts),
      f1: perClass(rule('fbeta'), counts),
      support,
    };
  if (average === 'samples')
    throw new RangeError("precisionRecallF1: average 'samples' needs the rows; use classificationReport or the 'f1_samples' metric");
  const multilabel = task.kind === 'multilabel';
  return {
    precision: [averageScore(rule('precision'), counts, average, multilabel)],
    recall: [averageScore(rule('recall'), counts, average, multilabel)],
    f1: [averageScore(rule('fbeta'), counts, average, multilabel)],
    support: [support.reduce((a, b) => a + b, 0)],
  };
}

/** Precision, recall, F1 and support of one class or one average. */
export interface ClassRow {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/**
 * scikit-learn's classification_report (output_dict) and confusion matrix on the evaluated data:
 * per class (the classes seen, for single-label targets; every label for multi-label), accuracy
 * (single-label), and the micro / macro / weighted / samples averages scikit-learn prints.
 */
export interface ClassificationReport {
  kind: 'binary' | 'multiclass' | 'multilabel';
  classes: ClassRow[];
  accuracy: number | null;
  averages: ClassRow[];
  /** Rows = true class, columns = predicted (single-label, the classes seen); per label [[tn, fp], [fn, tp]] (multi-label). */
  confusion: number[][] | number[][][];
  /** The class ids the rows stand for. */
  labels: number[];
  text: string;
}

/** Streaming state behind a classification report: confusion counts, the matrix, and per-row averages. */
export class ReportAccumulator implements Metric {
  readonly name = 'classification_report';
  private counts: ConfusionCounts | null = null;
  private matrix: ConfusionMatrix | null = null;
  private samples: SamplesAverage[] = [];
  private total = 0;
  constructor(
    private readonly task: Task,
    private readonly threshold: number,
    private readonly zeroDivision: ZeroDivision = 0,
  ) {}
  updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void {
    const ind = toIndicators(yTrue, yPred, this.task, this.threshold, this.name);
    const w = metricWeights(this.name, sampleWeight, ind.rows);
    (this.counts ??= new ConfusionCounts(ind.classes)).add(ind.truth, ind.predicted, ind.rows, w);
    if (this.task.kind === 'multilabel') {
      if (this.samples.length === 0)
        this.samples = (['precision', 'recall', 'fbeta'] as const).map(
          (kind) => new SamplesAverage({ kind, beta: 1, zeroDivision: this.zeroDivision }),
        );
      for (const s of this.samples) s.add(ind.truth, ind.predicted, ind.rows, ind.classes, w);
    } else {
      (this.matrix ??= new ConfusionMatrix(ind.classes)).add(ind.truth, ind.predicted, ind.rows, w);
    }
    for (let r = 0; r < ind.rows; r++) this.total += w ? w[r]! : 1;
  }
  result(): number {
    return this.report().accuracy ?? NaN;
  }
  resetState(): void {
    this.counts = null;
    this.matrix = null;
    this.samples = [];
    this.total = 0;
  }
  report(targetNames?: readonly string[]): ClassificationReport {
    const counts = this.counts ?? new ConfusionCounts(0);
    const multilabel = this.task.kind === 'multilabel';
    const labels = Array.from({ length: counts.classes }, (_, c) => c).filter((c) => multilabel || counts.seen[c]);
    const rule = (kind: ScoreRule['kind']): ScoreRule => ({ kind, beta: 1, zeroDivision: this.zeroDivision });
    const name = (c: number): string => targetNames?.[c] ?? String(c);
    const [precision, recall, f1] = (['precision', 'recall', 'fbeta'] as const).map((kind) => perClass(rule(kind), counts));
    const classes = labels.map((c) => ({
      label: name(c),
      support: counts.support(c),
      precision: precision![c]!,
      recall: recall![c]!,
      f1: f1![c]!,
    }));
    const support = classes.reduce((s, k) => s + k.support, 0);
    const average = (label: string, avg: 'micro' | 'macro' | 'weighted'): ClassRow => ({
      label,
      support,
      precision: averageScore(rule('precision'), counts, avg, multilabel),
      recall: averageScore(rule('recall'), counts, avg, multilabel),
      f1: averageScore(rule('fbeta'), counts, avg, multilabel),
    });
    const averages = [
      ...(multilabel ? [average('micro avg', 'micro')] : []),
      average('macro avg', 'macro'),
      average('weighted avg', 'weighted'),
      ...(multilabel
        ? [
            {
              label: 'samples avg',
              support,
              precision: this.samples[0]?.result() ?? 0,
              recall: this.samples[1]?.result() ?? 0,
              f1: this.samples[2]?.result() ?? 0,
            },
          ]
        : []),
    ];
    let accuracy: number | null = null;
    let confusion: number[][] | number[][][];
    if (multilabel) {
      confusion = labels.map((c) => [
        [this.total - counts.tp[c]! - counts.fp[c]! - counts.fn[c]!, counts.fp[c]!],
        [counts.fn[c]!, counts.tp[c]!],
      ]);
    } else {
      const seen = this.matrix ? this.matrix.seen() : { labels: [], matrix: [] };
      confusion = seen.matrix;
      const correct = seen.matrix.reduce((s, row, i) => s + row[i]!, 0);
      accuracy = this.total === 0 ? 0 : correct / this.total;
    }
    const kind = this.task.kind === 'regression' ? 'binary' : this.task.kind;
    return { kind, classes, accuracy, averages, confusion, labels, text: reportText(classes, averages, accuracy, support) };
  }
}

/** The table scikit-learn's classification_report prints. */
function reportText(classes: readonly ClassRow[], averages: readonly ClassRow[], accuracy: number | null, support: number): string {
  const width = Math.max(12, ...classes.map((c) => c.label.length));
  const n = (v: number): string => v.toFixed(2).padStart(9);
  const s = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2)).padStart(9);
  const row = (r: ClassRow): string => `${r.label.padStart(width)} ${n(r.precision)} ${n(r.recall)} ${n(r.f1)} ${s(r.support)}`;
  return [
    `${''.padStart(width)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'f1-score'.padStart(9)} ${'support'.padStart(9)}`,
    '',
    ...classes.map(row),
    '',
    ...(accuracy === null ? [] : [`${'accuracy'.padStart(width)} ${''.padStart(9)} ${''.padStart(9)} ${n(accuracy)} ${s(support)}`]),
    ...averages.map(row),
  ].join('\n');
}

function taskFor(yTrue: Tensor, yPred: Tensor): Task {
  const columns = yPred.rank <= 1 ? 1 : yPred.shape[yPred.rank - 1]!;
  return inferTask(yTrue, { units: columns, activation: columns === 1 ? 'sigmoid' : 'softmax' });
}

/** scikit-learn's classification_report on probabilities or scores (threshold 0.5, or argmax for single-label classes). */
export function classificationReport(
  yTrue: Tensor,
  yPred: Tensor,
  options: { threshold?: number; sampleWeight?: Tensor; zeroDivision?: ZeroDivision; targetNames?: string[] } = {},
): ClassificationReport {
  const acc = new ReportAccumulator(taskFor(yTrue, yPred), options.threshold ?? 0.5, options.zeroDivision ?? 0);
  acc.updateState(yTrue, yPred, options.sampleWeight);
  return acc.report(options.targetNames);
}

/** scikit-learn's confusion_matrix (single-label: classes seen, rows true) or multilabel_confusion_matrix (per label [[tn, fp], [fn, tp]]). */
export function confusionMatrix(
  yTrue: Tensor,
  yPred: Tensor,
  options: { threshold?: number; sampleWeight?: Tensor } = {},
): { labels: number[]; matrix: number[][] | number[][][] } {
  const { labels, confusion } = classificationReport(yTrue, yPred, options);
  return { labels, matrix: confusion };
}
