/** The setup rules: loss, output layer, metrics and targets checked before any number is reported. */
import type { Tensor } from '../tensor/tensor.js';
import type { OutputInfo, Task } from './task.js';
import { type ParsedMetric } from './metrics/resolve.js';
export type Severity = 'error' | 'warning' | 'info';
/** One diagnosed problem: a stable code, what was expected and received, why it matters, and the fix. */
export interface Finding {
    code: string;
    severity: Severity;
    message: string;
    fix: string;
}
/** What a setup check needs: the loss, the output layer, the metrics, and optionally the targets. */
export interface SetupDescription {
    loss?: string;
    fromLogits?: boolean;
    output: OutputInfo;
    /** Metric names, or metrics already parsed (compile parses them once). */
    metrics?: readonly (string | ParsedMetric)[];
    /** The targets, when known; with them come the target-dependent rules. */
    yTrue?: Tensor;
    task?: Task;
}
/** Every code, for docs/diagnostics.md and `candor doctor --codes`. */
export declare const DIAGNOSTIC_CODES: readonly ["bce-on-multiclass", "softmax-with-bce", "sigmoid-with-cce", "cce-on-multihot", "cce-on-integer-labels", "sparse-cce-on-onehot", "softmax-single-unit", "regression-loss-on-classes", "units-classes-mismatch", "bce-targets-out-of-range", "logits-with-squashing", "probabilities-expected", "accuracy-near-baseline", "per-label-accuracy-on-multilabel", "accuracy-on-regression", "undefined-ratio"];
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
/**
 * Checks a training setup before any number is reported. Rules are independent and each fires
 * only on its own mistake: a correct setup (softmax + CCE on one-hot, sigmoid + BCE on 0/1 or
 * multi-hot, linear + MSE on continuous, sparse CCE on ids) gives no finding.
 */
export declare function diagnoseSetup(setup: SetupDescription): Finding[];
/** A precision or recall that was 0/0 for some classes: its value came from zeroDivision, not from the data. */
export declare function undefinedRatio(metric: {
    name: string;
    display: string;
    value: number;
}, classes: readonly {
    class: number;
    ratio: 'precision' | 'recall';
}[], zeroDivision: string): Finding | null;
/** Rule 11: an accuracy-like value within sampling noise of (or below) its trivial baseline. */
export declare function nearBaseline(metric: {
    name: string;
    resolved: string;
    value: number;
    nearBaseline: boolean;
}, baseline: {
    name: string;
    value: number;
}, samples: number, ci95?: [number, number] | null): Finding | null;
