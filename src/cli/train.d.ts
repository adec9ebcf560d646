export interface TrainOptions {
    epochs?: number;
    batchSize?: number;
    seed?: number;
    quick?: boolean;
    json?: boolean;
    save?: string;
    report?: string;
}
/** `candor train config.json`: fit, then evaluate on the held-out split with baselines and findings. */
export declare function runTrain(path: string, o: TrainOptions): Promise<{
    text: string;
    json: unknown;
    exitCode: number;
}>;
/** `candor summary config.json`: the Keras-like table, without training. */
export declare function runSummary(path: string): string;
