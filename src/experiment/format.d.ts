/** The terminal text of an experiment: settings, per-configuration metrics, tests, verdicts, findings. */
import type { ExperimentResult } from './experiment.js';
/** 'binary_accuracy', or 'binary_accuracy for a, categorical_accuracy for b' when configurations resolve a name differently. */
export declare function resolvedText(r: ExperimentResult, name: string): string;
/** Every metric name any configuration reports, in first-seen order, with the first configuration's summary of it. */
export declare function metricUnion(r: ExperimentResult): ExperimentResult['configs'][number]['metrics'];
export declare function splitText(r: ExperimentResult): string;
/** The compared test in one line: its name, statistic, df, p and correction, P(A > B) and the effect size. */
export declare function testLine(k: ExperimentResult['comparisons'][number], holmP: boolean): string;
/** The uncorrected tests, labelled as not used for the verdict. */
export declare function naiveLine(k: ExperimentResult['comparisons'][number]): string;
/** The terminal summary: per-configuration statistics beside the baseline, the tests and verdicts, failures, and mean curves. */
export declare function formatExperiment(r: ExperimentResult, options?: {
    color?: boolean;
}): string;
