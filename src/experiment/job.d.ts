/** One experiment job: a configuration trained and measured on one run's split. */
import { Tensor } from '../tensor/tensor.js';
import type { Job, JobResult, PlainTensor } from './types.js';
/** Samples an in-memory experiment sends to each worker once. */
export interface SharedData {
    x: PlainTensor;
    y: PlainTensor;
}
export declare const toPlain: (t: Tensor) => PlainTensor;
/**
 * Trains one configuration on one run's split and measures it. Everything random comes from the
 * job's seeds (`splitSeed`: the split; `seed`: initial weights, shuffling, dropout), so the same job
 * gives the same numbers on any thread, alone or inside an experiment.
 */
export declare function runJob(job: Job, shared: SharedData | null): Promise<JobResult>;
