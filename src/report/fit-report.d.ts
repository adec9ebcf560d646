/** The HTML report of a single fit: the experiment report of one configuration and one run, and fit's `report` callback. */
import type { Model } from '../models/model.js';
import type { History } from '../training/history.js';
import { Callback } from '../training/callbacks.js';
import type { EvaluationReport } from '../evaluation/metric-report.js';
/**
 * The experiment report for a single fit: one configuration, one run. Final values are the last
 * epoch's (validation when there was validation data, else training), with their baselines.
 */
export declare function fitReport(model: Model, history: History, options: {
    seed?: number;
    seconds: number;
    evaluation?: {
        title: string;
        report: EvaluationReport;
    };
}): string;
/** Writes the fit's HTML report when training ends (fit's `report: path` adds one). */
export declare class FitReport extends Callback {
    private readonly path;
    private readonly options;
    constructor(path: string, options?: {
        seed?: number;
    });
    onTrainEnd(): Promise<void>;
}
