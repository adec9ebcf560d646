/** Task inference from the targets and the output head (scikit-learn's type_of_target). */
import type { Tensor } from '../tensor/tensor.js';
export type TaskKind = 'binary' | 'multiclass' | 'multilabel' | 'regression';
export type TargetEncoding = 'binary' | 'onehot' | 'sparse' | 'multihot' | 'continuous';
/** What the model's last layer produces, when known. */
export interface OutputInfo {
    units: number;
    activation: string;
    fromLogits?: boolean;
}
export interface Task {
    kind: TaskKind;
    encoding: TargetEncoding;
    /** Number of classes (labels for multilabel); 0 for regression. */
    numClasses: number;
    /** Target columns per sample (1 for binary/sparse). */
    columns: number;
    /** Plain-words account of what was found, for messages. */
    description: string;
}
/**
 * Infers the learning task from the targets (like scikit-learn's type_of_target) and,
 * when given, the model output. Throws on NaN, negative class ids or mixed encodings,
 * naming the row.
 */
export declare function inferTask(yTrue: Tensor, output?: OutputInfo): Task;
