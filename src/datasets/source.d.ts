/**
 * A dataset as a training config names it ({ "dataset": "pima", … }): the options it takes, and
 * how it loads and splits for one run. Each dataset defines its source beside its loader and
 * registers it; config/data-config.ts only looks the name up.
 */
import type { Tensor } from '../tensor/tensor.js';
import type { OptionKind } from '../registry/options.js';
import { Registry } from '../registry/registry.js';
/** How a run divides the samples: one seeded hold-out split, or fold `fold` of a seeded k-fold. */
export type SplitPlan = {
    kind: 'holdout';
} | {
    kind: 'kfold';
    k: number;
    fold: number;
    stratified: boolean;
};
export interface Splits {
    xTrain: Tensor;
    yTrain: Tensor;
    xTest: Tensor;
    yTest: Tensor;
    description: string;
    /** How a new seed changes the data: a new split of the same samples, nothing (a fixed test set), or newly drawn samples. */
    resampling: 'resplit' | 'fixed' | 'fresh';
}
/** What a run asks of a source: the split seed, --quick (sizes capped so a run takes seconds), the plan, the config's folder. */
export interface LoadContext {
    seed: number;
    quick: boolean;
    plan: SplitPlan;
    dir: string;
}
export interface DatasetSource {
    readonly name: string;
    /** Its config keys beside "dataset" (Candor spelling; snake_case is mapped), each with the kind of value it takes. */
    readonly options: Readonly<Record<string, OptionKind>>;
    /** Comes with its own test set: k-fold is refused, and testSize keeps its meaning under a plan. */
    readonly fixedTestSet?: boolean;
    load(config: Record<string, unknown>, context: LoadContext): Splits;
}
export declare const DATASETS: Registry<DatasetSource>;
export declare function defineDataset(source: DatasetSource): void;
/** Registers a custom dataset source, so training configs and experiments can name it. */
export declare function registerDataset(source: DatasetSource): void;
/** A size option, capped under --quick so a run finishes in seconds. */
export declare function capped(n: number | undefined, quick: boolean, quickCap: number): number | undefined;
/** The plan's split of (x, y), seeded; class labels are stratified unless `stratify` is false. */
export declare function splitByPlan(x: Tensor, y: Tensor, plan: SplitPlan, seed: number, testSize: number | undefined, stratify?: boolean): Pick<Splits, 'xTrain' | 'xTest' | 'yTrain' | 'yTest'>;
/** ', 5-fold stratified cross-validation' for descriptions (empty for a hold-out split). */
export declare const planText: (plan: SplitPlan) => string;
/** Class ids one-hot encoded when the config asks (softmax + categorical_crossentropy). */
export declare const oneHotIf: (y: Tensor, on: unknown, k?: number) => Tensor;
/** Features standardised on the training part only, when the config asks. */
export declare function scaledIf(s: Splits, scale: unknown): Splits;
/** Kinds of dataset options. */
export declare const SOURCE_KINDS: {
    readonly size: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "a positive number (a count, or a fraction below 1 for testSize)";
    };
    readonly count: {
        readonly test: (v: unknown) => boolean;
        readonly expected: "a positive integer";
    };
    readonly flag: "boolean";
};
