import { basename } from 'node:path';
import * as c from '../index.js';
import { buildModel, loadData, readTrainConfig } from './config.js';
import { compareRuns, type Comparison } from '../experiment/verdict.js';
import { UsageError } from './usage.js';

export interface ExperimentOptions {
  runs: number;
  seed: number;
  epochs?: number;
  batchSize?: number;
  quick?: boolean;
  /** Which compiled metric to compare (default: the first one). */
  metric?: string;
}

interface ConfigResult {
  config: string;
  metric: string;
  resolved: string;
  values: number[];
  summary: c.Description;
  baseline: c.Baseline;
}

/**
 * Runs every config `runs` times. Run r uses seed + r for all configs (the same split, paired),
 * so configurations are compared run by run; several comparisons get Holm-adjusted p-values.
 */
export async function runExperiment(paths: string[], o: ExperimentOptions, log: (line: string) => void) {
  if (paths.length < 2) throw new UsageError(`experiment: expected at least two configs to compare. Received: ${paths.length}`);
  const configs = paths.map((p) => ({ path: p, cfg: readTrainConfig(p) }));
  const results: ConfigResult[] = configs.map(({ path }) => ({ config: basename(path, '.json'), metric: '', resolved: '', values: [], summary: c.describeRuns([0]), baseline: { name: '', value: 0 } }));
  for (let run = 0; run < o.runs; run++) {
    const seed = o.seed + run;
    for (const [i, { cfg }] of configs.entries()) {
      const data = loadData(cfg, seed, o.quick ?? false);
      const model = buildModel(cfg, seed);
      const metrics = cfg.compile.metrics ?? ['accuracy'];
      const metric = o.metric ?? metrics[0]!;
      if (!metrics.includes(metric)) throw new UsageError(`experiment: ${paths[i]} does not compute metric "${metric}". Its metrics: ${metrics.join(', ')}`);
      const restore = c.setWarningHandler(() => {});
      try {
        model.compile({ loss: cfg.compile.loss as c.LossSpec, optimizer: (cfg.compile.optimizer ?? 'adam') as never, metrics, strict: cfg.compile.strict ?? false });
        const epochs = o.epochs ?? (o.quick ? Math.min(cfg.fit?.epochs ?? 1, 5) : cfg.fit?.epochs ?? 1);
        await model.fit(data.xTrain, data.yTrain, { epochs, batchSize: o.batchSize ?? cfg.fit?.batchSize ?? 32, seed, verbose: 0 });
        const report = model.evaluateReport(data.xTest, data.yTest);
        const m = report.metrics.find((r) => r.name === metric)!;
        Object.assign(results[i]!, { metric, resolved: m.resolved, baseline: m.baseline });
        results[i]!.values.push(m.value);
      } finally {
        c.setWarningHandler(restore);
      }
    }
    log(`run ${run + 1}/${o.runs} (seed ${seed}): ${results.map((r) => `${r.config} ${r.values[run]!.toFixed(4)}`).join(', ')}`);
  }
  for (const r of results) r.summary = c.describeRuns(r.values);
  const comparisons: Comparison[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) comparisons.push(compareRuns(results[i]!.config, results[i]!.values, results[j]!.config, results[j]!.values, { paired: o.runs >= 2 }));
  }
  const adjusted = c.holm(comparisons.map((k) => (k.paired ?? k.welch).p));
  return { runs: o.runs, seed: o.seed, results, comparisons: comparisons.map((k, i) => ({ ...k, pHolm: adjusted[i]! })) };
}

export function formatExperiment(out: Awaited<ReturnType<typeof runExperiment>>): string {
  const f = (v: number): string => v.toFixed(4);
  const first = out.results[0]!;
  const width = Math.max(...out.results.map((r) => r.config.length), 6);
  const lines = [
    `${out.runs} paired runs per configuration (seeds ${out.seed}..${out.seed + out.runs - 1}), held-out ${first.metric}:`,
    '',
    `${'config'.padEnd(width)}  ${'computed as'.padEnd(28)}mean ± sd          95% CI              min      max      trivial baseline`,
    ...out.results.map((r) => `${r.config.padEnd(width)}  ${r.resolved.padEnd(28)}${f(r.summary.mean)} ± ${f(r.summary.sd)}   [${f(r.summary.ci95[0])}, ${f(r.summary.ci95[1])}]   ${f(r.summary.min)}   ${f(r.summary.max)}   ${f(r.baseline.value)} (${r.baseline.name})`),
    '',
  ];
  for (const k of out.comparisons) {
    lines.push(`${k.a} vs ${k.b}: difference ${f(k.difference)}; paired t p = ${k.paired ? k.paired.p.toFixed(4) : '—'}, Welch p = ${k.welch.p.toFixed(4)}, Mann-Whitney p = ${k.mannWhitney.p.toFixed(4)}, Hedges' g = ${k.hedgesG.g.toFixed(2)}${out.comparisons.length > 1 ? `, Holm-adjusted p = ${k.pHolm.toFixed(4)}` : ''}`);
    lines.push(`  ${k.verdict}`);
  }
  return lines.join('\n');
}
