/** `candor evaluate model-dir --data file.csv`: the report with baselines and findings. */
export declare function runEvaluate(dir: string, o: {
    data: string;
    labels: number;
    oneHot?: boolean;
}): Promise<{
    report: import("../evaluation/metric-report.js").EvaluationReport;
    text: string;
}>;
/** `candor predict model-dir --data file.csv`: one row of outputs per input row. */
export declare function runPredict(dir: string, o: {
    data: string;
    labels: number;
}): Promise<{
    rows: number[][];
    text: string;
}>;
