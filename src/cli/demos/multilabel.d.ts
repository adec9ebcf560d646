export interface MultilabelDemoOptions {
    seed: number;
    epochs: number;
    batchSize: number;
    trainSize: number;
    testSize: number;
}
/**
 * Seed 002: TF-IDF (4096 terms) -> Dense 2048 relu -> 512 relu -> 416 sigmoid, on documents with
 * about 3 of 416 tags, trained with binary_crossentropy and with categorical_crossentropy.
 * Every metric is shown with what a model that ignores the text would score.
 */
export declare function multilabelDemo(o: MultilabelDemoOptions, log: (line: string) => void): Promise<{
    settings: MultilabelDemoOptions;
    labelsPerDocument: number;
    runs: {
        loss: string;
        testLoss: number;
        metrics: {
            name: string;
            resolved: string;
            value: number;
            baseline: import("../../index.js").Baseline;
        }[];
        findings: string[];
    }[];
}>;
export declare function formatMultilabel(out: Awaited<ReturnType<typeof multilabelDemo>>): string;
