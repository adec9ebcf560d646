/** The self-contained HTML report of an experiment (inline SVG charts, metrics, verdicts, findings). */
import type { ExperimentResult } from '../experiment/experiment.js';
import type { EvaluationReport } from '../evaluation/metric-report.js';
/**
 * One self-contained HTML page (inline CSS and SVG, no scripts, no network) with the experiment's
 * settings, statistics, verdicts, final-metric plots and learning curves.
 */
export declare function experimentReport(r: ExperimentResult, title?: string, evaluation?: {
    title: string;
    report: EvaluationReport;
}): string;
