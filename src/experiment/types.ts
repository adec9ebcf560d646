import type { Tensor } from '../tensor/tensor.js';
import type { DataConfig, SplitPlan } from '../config/data-config.js';
import type { TrainConfig } from '../config/run-config.js';
import type { MetricReport } from '../truth/report.js';

/** One configuration of an experiment: a Candor config document; its `data` (optional) is merged over the experiment's. */
export type ExperimentConfig = Omit<TrainConfig, 'data'> & { data?: Partial<DataConfig> & Record<string, unknown> };

/** How each run divides the data: one seeded hold-out split, or k-fold cross-validation (the run's value is the mean over folds). */
export type ExperimentSplit = 'holdout' | { kfold: number; stratified?: boolean };

/** A tensor as plain data, so it can cross to a worker thread. */
export interface PlainTensor {
  data: Float32Array | Int32Array;
  shape: number[];
  dtype: Tensor['dtype'];
}

/** One fit: a configuration trained on one run's seed and one fold. Plain data, so a worker can run it. */
export interface Job {
  id: number;
  config: string;
  run: number;
  seed: number;
  plan: SplitPlan;
  /** The config's data with `{ shared: true }` when the samples travel once per worker instead of per job. */
  spec: Omit<TrainConfig, 'data'> & { data: DataConfig | ({ shared: true } & Record<string, unknown>) };
  dir: string;
  epochs: number;
  batchSize: number;
  quick: boolean;
}

/** What one fit measured: per-epoch curves (train and held-out), and the final metrics with baselines. */
export interface JobResult {
  id: number;
  config: string;
  run: number;
  seed: number;
  fold: number;
  history: Record<string, number[]>;
  test: MetricReport[];
  train: MetricReport[];
  testLoss: number;
  trainLoss: number;
  findings: { code: string; severity: string; message: string }[];
  stopReason: string | null;
  data: string;
  seconds: number;
}
