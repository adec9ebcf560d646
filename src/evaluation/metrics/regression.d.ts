/** R² as a streaming metric (scikit-learn's r2_score). */
import type { Tensor } from '../../tensor/tensor.js';
import { type Metric } from './metric.js';
/**
 * Streaming coefficient of determination, r2_score semantics: 1 - SS_res/SS_tot per output,
 * averaged uniformly over outputs; a constant target scores 1 if predicted exactly, else 0.
 * SS_tot is accumulated with Welford's update, so large target means do not cancel.
 */
export declare class R2Metric implements Metric {
    readonly name: string;
    private weight;
    private mean;
    private m2;
    private residual;
    constructor(name: string);
    updateState(yTrue: Tensor, yPred: Tensor, sampleWeight?: Tensor): void;
    result(): number;
    resetState(): void;
}
