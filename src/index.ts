/** Candor: a Keras-style deep-learning library whose numbers tell the truth. */
export { Tensor, Variable, type NestedArray } from './tensor/tensor.js';
export type { DType, TypedArray } from './tensor/dtype.js';
export { getLimits, setLimits, formatBytes, type Limits } from './tensor/limits.js';
export { tidy } from './tensor/tidy.js';
export type { Shape } from './tensor/shape.js';
export {
  tensor,
  scalar,
  zeros,
  ones,
  full,
  arange,
  eye,
  randomNormal,
  randomUniform,
  truncatedNormal,
  type TensorInput,
  type RandomOptions,
} from './tensor/creation.js';
export { Rng, setSeed, DEFAULT_SEED } from './random/rng.js';
export { backend, setBackend, setKernels, type BackendName } from './kernels/backend.js';
export { nativeInfo, measuredFmaPeak, type NativeInfo } from './kernels/native/index.js';
export type { Kernels } from './kernels/kernels.js';
export {
  add,
  sub,
  mul,
  div,
  pow,
  maximum,
  minimum,
  neg,
  exp,
  log,
  sqrt,
  square,
  abs,
  clip,
  where,
  equal,
  greater,
  greaterEqual,
  less,
  lessEqual,
  relu,
  leakyRelu,
  elu,
  selu,
  gelu,
  sigmoid,
  tanh,
  softplus,
  softsign,
  swish,
} from './ops/elementwise.js';
export { sum, mean, max, min, logSumExp, argmax } from './ops/reduce.js';
export { matmul, type MatmulOptions } from './ops/matmul.js';
export {
  reshape,
  transpose,
  permute,
  expandDims,
  squeeze,
  concat,
  stack,
  slice,
  gather,
  oneHot,
  broadcastTo,
  cast,
  stopGradient,
} from './ops/layout.js';
export {
  softmax,
  logSoftmax,
  softmaxCrossEntropy,
  sigmoidCrossEntropy,
  dropout,
  biasActivation,
  lstmCell,
  type DropoutOptions,
} from './ops/nn.js';
export {
  conv1d,
  conv2d,
  maxPool1d,
  maxPool2d,
  avgPool1d,
  avgPool2d,
  type Conv1dOptions,
  type Conv2dOptions,
  type Pool1dOptions,
  type Pool2dOptions,
  type Padding,
} from './ops/conv.js';
export { noGrad } from './ops/graph.js';
export { grad, valueAndGrad, variableGrads, type ValueAndGrads } from './autograd/functional.js';
export { gradients } from './autograd/backward.js';
export { layers, layerFromConfig, registerLayer, LAYER_REGISTRY, Layer, type LayerClass } from './layers/index.js';
export type { CallOptions, BaseLayerConfig } from './layers/layer.js';
export type {
  KernelConfig,
  InputConfig,
  DenseConfig,
  ActivationConfig,
  DropoutConfig,
  ReshapeConfig,
  MaskingConfig,
} from './layers/core.js';
export type { EmbeddingConfig } from './layers/embedding.js';
export type { ConvConfig } from './layers/convolutional.js';
export type { PoolingConfig, GlobalPoolingConfig } from './layers/pooling.js';
export type { BatchNormalizationConfig } from './layers/normalization.js';
export type { MergeConfig, ConcatenateConfig, DotConfig } from './layers/merge.js';
export type { SimpleRNNConfig, LSTMConfig, GRUConfig } from './layers/recurrent.js';
export type { BidirectionalConfig, TimeDistributedConfig } from './layers/wrappers.js';
export type { LayerNormalizationConfig } from './layers/layer-normalization.js';
export type { MultiHeadAttentionConfig } from './layers/attention.js';
export type { PositionEmbeddingConfig, TokenAndPositionEmbeddingConfig } from './layers/position-embedding.js';
export type { TextVectorizationConfig } from './layers/text-vectorization.js';
export { ACTIVATIONS, registerActivation, type ActivationFn } from './layers/activations.js';
export { INITIALIZERS, registerInitializer, type Fill } from './layers/initializers.js';
export type { RegularizerSpec, RegularizerConfig } from './layers/regularizers.js';
export type { ConstraintSpec, ConstraintConfig } from './layers/constraints.js';
export {
  Loss,
  getLoss,
  LOSSES,
  registerLoss,
  type LossFunction,
  type LossOptions,
  type LossSpec,
  type Reduction,
} from './losses/losses.js';
export { Optimizer, type OptimizerOptions } from './optimizers/optimizer.js';
export {
  optimizers,
  getOptimizer,
  registerOptimizer,
  SGD,
  Adam,
  AdamW,
  RMSprop,
  Adagrad,
  type OptimizerSpec,
  type SgdOptions,
  type AdamOptions,
  type RmspropOptions,
  type AdagradOptions,
} from './optimizers/optimizers.js';
export { exponentialDecay, stepDecay, cosineDecay, type LearningRateSchedule } from './optimizers/schedules.js';
export { MeanMetricWrapper, type Metric } from './evaluation/metrics/metric.js';
export { registerMetric, type MetricFunction, type MetricDefinition } from './evaluation/metrics/custom.js';
export type { MetricRecord, Direction, TrivialKind, ParsedMetric } from './evaluation/metrics/record.js';
export type { EvaluationContext } from './evaluation/context.js';
export { resolveMetric, displayName, metricNames, type ResolvedMetric, type MetricInput } from './evaluation/metrics/resolve.js';
export { inferTask, type Task, type TaskKind, type TargetEncoding, type OutputInfo } from './evaluation/task.js';
export { Model, type PredictOptions, type Prediction } from './models/model.js';
export { Sequential, sequential, modelFromJSON, type SequentialConfig } from './models/sequential.js';
export { ModelLayer } from './models/nested.js';
export { Functional, input, model, type InputOptions, type FunctionalConfig, type SymbolicStructure } from './models/functional.js';
export {
  SymbolicTensor,
  Merge,
  SimpleRNN,
  LSTM,
  GRU,
  Bidirectional,
  TimeDistributed,
  LayerNormalization,
  MultiHeadAttention,
  PositionEmbedding,
  TokenAndPositionEmbedding,
  MultiInputLayer,
  TextVectorization,
  type AttentionCallArgs,
  type CallArgs,
  type LayerNode,
} from './layers/index.js';
export { Trainer, type CompileArgs, type EvaluateOptions, type ReportOptions } from './training/trainer.js';
export type { Logs, ForwardResult, ForwardOptions, OutputHead } from './training/trainable.js';
export type { Head, PerOutput } from './training/heads.js';
export type { ModelData } from './training/model-data.js';
export { History } from './training/history.js';
export type { FitOptions } from './training/fit.js';
export {
  callbacks,
  Callback,
  EarlyStopping,
  ModelCheckpoint,
  ReduceLROnPlateau,
  TerminateOnNaN,
  CSVLogger,
  LearningRateScheduler,
  LambdaCallback,
  type EarlyStoppingOptions,
  type ModelCheckpointOptions,
  type ReduceLROnPlateauOptions,
  type LambdaCallbackHooks,
} from './training/callbacks.js';
export { FitReport } from './report/fit-report.js';
export { loadModel, saveModel } from './saving/save.js';
export { setWarningHandler } from './registry/warnings.js';
export { Registry, type RegisterOptions } from './registry/registry.js';
export { VERSION } from './version.js';
export { diagnose } from './diagnose/diagnose.js';
export { diagnoseSetup, DIAGNOSTIC_CODES, type Finding, type Severity, type SetupDescription } from './evaluation/setup-rules.js';
export { baselineFor, trivialPrediction, type Baseline } from './evaluation/baselines.js';
export { formatReport, type MetricReport, type EvaluationReport } from './evaluation/metric-report.js';
export { parseMetricName, parseMetric, METRIC_NAMES, type MetricSpec, type MetricOptions } from './evaluation/metrics/resolve.js';
export {
  precisionRecallF1,
  classificationReport,
  confusionMatrix,
  type PrecisionRecallF1,
  type ClassificationReport,
  type ClassRow,
} from './evaluation/metrics/classification-report.js';
export { parseIdx, readIdx, type IdxArray } from './io/readers/idx.js';
export { readNumericCsv, parseNumericCsv, splitColumns, type NumericTable, type CsvOptions } from './io/readers/csv.js';
export { toCategorical } from './preprocessing/categorical.js';
export type { ImageDataset, MnistOptions } from './datasets/mnist.js';
export type { DownloadOptions } from './datasets/downloads.js';
export type { SequenceDatasetOptions, ReutersOptions, SequenceDataset, WordIndexOptions } from './datasets/keras-text.js';
export type { TabularDataset } from './datasets/pima.js';
/** Built-in data sets. */
export { datasets } from './datasets/index.js';
export { registerDataset, type DatasetSource, type LoadContext, type Splits, type SplitPlan } from './datasets/source.js';
export { parseArff, readArff, type ArffTable, type ArffAttribute } from './io/readers/arff.js';
export { trainTestSplit, stratifiedKFold, kFold, foldSplit, StandardScaler, type SplitOptions } from './preprocessing/split.js';
export { makeMultilabelClassification, type MultilabelOptions } from './datasets/synthetic.js';
export { TfidfTransformer, TfidfVectorizer, type TfidfOptions, type TfidfVectorizerOptions } from './preprocessing/tfidf.js';
export { Tokenizer, padSequences, type TokenizerOptions, type PadOptions } from './preprocessing/text.js';
export type { TextDataset, SpamAssassinOptions } from './datasets/spam-assassin.js';
export {
  describe as describeRuns,
  welchTTest,
  pairedTTest,
  mannWhitneyU,
  hedgesG,
  holm,
  runsForPower,
  type Description,
  type TestResult,
} from './experiment/stats.js';
export {
  correctedResampledTTest,
  correctedRepeatedCvTTest,
  pairedEffectSize,
  unitsForPower,
  type CorrectedTestResult,
} from './experiment/resampling.js';
export {
  probabilityOfImprovement,
  probabilityOfImprovementUnpaired,
  type Improvement,
  type BootstrapOptions,
} from './experiment/improvement.js';
export type { DataConfig, InMemoryData } from './config/data-config.js';
export type { TrainConfig } from './config/run-config.js';
export { studentQuantile } from './experiment/distributions.js';
export {
  experiment,
  type ExperimentOptions,
  type ExperimentResult,
  type ConfigResult,
  type RunRecord,
  type MetricSummary,
} from './experiment/experiment.js';
export type { ExperimentConfig, ExperimentSplit } from './experiment/types.js';
export { queueStatus, type QueueOptions } from './experiment/queue.js';
export { startWorker, type WorkerOptions } from './experiment/queue-worker.js';
export { formatExperiment } from './experiment/format.js';
export { experimentReport } from './report/html.js';
export { scorePredictions as score, type ScoreOptions, type ScoreResult, type PredictionKind } from './evaluation/score.js';
export { readArrayFile, type LoadedArray } from './io/readers/arrays.js';
export { loadKerasModel, modelFromKerasJSON } from './interop/keras-model.js';
