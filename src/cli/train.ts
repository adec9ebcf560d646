import * as c from '../index.js';
import { buildModel, loadData, readTrainConfig } from './config.js';
import { UsageError } from './usage.js';

export interface TrainOptions {
  epochs?: number;
  batchSize?: number;
  seed?: number;
  quick?: boolean;
  json?: boolean;
  save?: string;
}

/** `candor train config.json`: fit, then evaluate on the held-out split with baselines and findings. */
export async function runTrain(path: string, o: TrainOptions): Promise<{ text: string; json: unknown; exitCode: number }> {
  const cfg = readTrainConfig(path);
  const seed = o.seed ?? cfg.fit?.seed ?? 7;
  const data = loadData(cfg, seed, o.quick ?? false);
  const model = buildModel(cfg, seed);
  try {
    model.compile({ loss: cfg.compile.loss as c.LossSpec, optimizer: (cfg.compile.optimizer ?? 'adam') as never, metrics: cfg.compile.metrics ?? ['accuracy'], strict: cfg.compile.strict ?? false });
  } catch (err) {
    throw new UsageError(`config compile: ${(err as Error).message}`);
  }
  const epochs = o.epochs ?? (o.quick ? Math.min(cfg.fit?.epochs ?? 1, 2) : cfg.fit?.epochs ?? 1);
  const history = await model.fit(data.xTrain, data.yTrain, {
    epochs, batchSize: o.batchSize ?? cfg.fit?.batchSize ?? 32, seed, verbose: o.json ? 0 : 2,
    ...(cfg.fit?.validationSplit !== undefined ? { validationSplit: cfg.fit.validationSplit } : {}),
    ...(cfg.fit?.shuffle !== undefined ? { shuffle: cfg.fit.shuffle } : {}),
  });
  const report = model.evaluateReport(data.xTest, data.yTest);
  if (o.save) await model.save(o.save);
  const text = [`data: ${data.description}`, c.formatReport('held-out evaluation', report.metrics, report.findings), `loss: ${report.loss.toFixed(4)}`,
    ...(o.save ? [`saved to ${o.save}`] : [])].join('\n');
  const errors = report.findings.some((f) => f.severity === 'error');
  return { text, json: { config: path, data: data.description, epochs, seed, history: history.history, report }, exitCode: errors ? 1 : 0 };
}

/** `candor summary config.json`: the Keras-like table, without training. */
export function runSummary(path: string): string {
  const cfg = readTrainConfig(path);
  const model = buildModel(cfg);
  try {
    return model.summary(() => {});
  } catch (err) {
    throw new UsageError(`summary: ${(err as Error).message}`);
  }
}
