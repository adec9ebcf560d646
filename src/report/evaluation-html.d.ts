/** The HTML section of one evaluation: metrics with baselines and intervals, the per-class table. */
import type { EvaluationReport } from '../evaluation/metric-report.js';
/**
 * An evaluation as HTML: each metric with its 95% interval and baseline, the per-class report
 * (scikit-learn's classification_report) and the confusion matrix.
 */
export declare function evaluationSection(title: string, e: EvaluationReport): string[];
