import { type PredictionKind, type ScoreResult } from '../evaluation/score.js';
export interface ScoreCliOptions {
    targets: string;
    predictions: string;
    fromLogits?: boolean;
    predictionsKind?: PredictionKind;
    metrics?: string;
    threshold?: number;
    posLabel?: string;
    labels?: string;
    weights?: string;
    seed?: number;
    strict?: boolean;
    json?: boolean;
    report?: string;
}
/** `candor score --targets y.npy --predictions p.npy`: honest metrics for predictions from any framework. */
export declare function runScore(o: ScoreCliOptions): Promise<{
    result: ScoreResult;
    text: string;
    exitCode: number;
}>;
export declare function formatScore(o: Pick<ScoreCliOptions, 'targets' | 'predictions'>, r: ScoreResult): string;
