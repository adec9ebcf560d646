import { type Task } from '../evaluation/task.js';
import { type Finding } from '../evaluation/setup-rules.js';
export interface DoctorOptions {
    loss?: string;
    metrics?: string;
    fromLogits?: boolean;
    data?: string;
    labels?: number;
    strict?: boolean;
}
export interface HeadResult {
    name: string;
    units: number;
    activation: string;
    loss: string | null;
    metrics: string[];
    weight?: number;
    /** Layer classes on the way to this output that Candor does not implement (their width and activation are assumed to pass through). */
    unknown: string[];
    kerasReads: {
        name: string;
        as: string;
    }[];
}
export interface DoctorResult {
    model: {
        source: string;
        container: string;
        name: string;
        layers: number;
        output: {
            units: number;
            activation: string;
        };
    };
    /** Every output head with its own loss, metrics and loss weight. */
    heads: HeadResult[];
    loss: string | null;
    metrics: string[];
    data: {
        rows: number;
        task: Task;
    } | null;
    /** How Keras itself will report a metric name for this loss, when that differs from Candor. */
    kerasReads: {
        name: string;
        as: string;
    }[];
    ignored: string[];
    /** Findings; on a model with several outputs each names its head. */
    findings: (Finding & {
        head?: string;
    })[];
    exitCode: 0 | 1;
}
/**
 * Reads a model document (and optionally data) and diagnoses the setup of every output head; no
 * weights are built, and a layer Candor does not implement is described, never a reason to refuse.
 */
export declare function runDoctor(modelPath: string, options: DoctorOptions): DoctorResult;
/** The human-readable report. */
export declare function formatDoctor(path: string, r: DoctorResult): string;
