import { readFileSync } from 'node:fs';
import { Tensor } from '../tensor/tensor.js';
import { layerFromConfig } from '../layers/index.js';
import type { Layer } from '../layers/layer.js';
import { canonicalLossName } from '../losses/losses.js';
import { parseMetricName } from '../metrics/resolve.js';
import { readModelDocument, type ModelDescription } from '../interop/keras.js';
import { readNumericCsv } from '../data/csv.js';
import { inferTask, type Task } from '../truth/task.js';
import { outputOfLayers } from '../truth/output.js';
import { diagnoseSetup, type Finding } from '../truth/diagnostics.js';
import { UsageError } from '../usage-error.js';

export interface DoctorOptions {
  loss?: string;
  metrics?: string;
  fromLogits?: boolean;
  data?: string;
  labels?: number;
  strict?: boolean;
}

export interface DoctorResult {
  model: { source: string; name: string; layers: number; output: { units: number; activation: string } };
  loss: string | null;
  metrics: string[];
  data: { rows: number; task: Task } | null;
  /** How Keras itself will report a metric name for this loss, when that differs from Candor. */
  kerasReads: { name: string; as: string }[];
  ignored: string[];
  findings: Finding[];
  exitCode: 0 | 1;
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`doctor: cannot read ${what} ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`doctor: ${path} is not valid JSON (${(err as Error).message}). Expected a Candor model or a Keras model.to_json() document.`);
  }
}

/** Targets from a data file: CSV (the last `labels` columns) or JSON ({ y } or { x, y }). */
function readTargets(path: string, labels: number): Tensor {
  if (path.endsWith('.json')) {
    const doc = readJson(path, 'data file') as { y?: unknown };
    if (!Array.isArray(doc?.y)) throw new UsageError(`doctor: ${path} must hold { "y": [...] } (optionally with "x"). Received: keys ${Object.keys(doc ?? {}).join(', ')}`);
    return fromNested(doc.y, path);
  }
  let table;
  try {
    table = readNumericCsv(path);
  } catch (err) {
    throw new UsageError(`doctor: ${(err as Error).message}`);
  }
  if (labels < 1 || labels >= table.columns + 1) throw new UsageError(`doctor: --labels must be between 1 and ${table.columns}. Received: ${labels}`);
  const y = new Float32Array(table.rows * labels);
  for (let r = 0; r < table.rows; r++) y.set(table.data.subarray(r * table.columns + table.columns - labels, (r + 1) * table.columns), r * labels);
  return new Tensor(y, [table.rows, labels], 'float32');
}

function fromNested(values: unknown[], path: string): Tensor {
  const rows = values.length;
  const first = values[0];
  const cols = Array.isArray(first) ? first.length : 1;
  const data = new Float32Array(rows * cols);
  values.forEach((row, r) => {
    const cells = Array.isArray(row) ? row : [row];
    if (cells.length !== cols || !cells.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new UsageError(`doctor: ${path}: y[${r}] must be ${cols === 1 ? 'a finite number' : `${cols} finite numbers`}. Received: ${JSON.stringify(row)}`);
    }
    data.set(cells as number[], r * cols);
  });
  return new Tensor(data, cols === 1 && !Array.isArray(first) ? [rows] : [rows, cols], 'float32');
}

function buildLayers(description: ModelDescription): Layer[] {
  return description.layers.map((spec, i) => {
    try {
      return layerFromConfig(spec);
    } catch (err) {
      throw new UsageError(`doctor: cannot read layer ${i} (${spec.className}): ${(err as Error).message}`);
    }
  });
}

/**
 * Keras 2 (and TF.js) choose what 'accuracy' computes from the loss name: binary accuracy for
 * binary_crossentropy whatever the targets (the mistake behind seeds 000 and 002).
 */
function kerasMetricReading(source: string, loss: string | null, metrics: readonly string[]): { name: string; as: string }[] {
  if (!/^keras 2/.test(source) || !loss) return [];
  const byLoss: Record<string, string> = {
    binary_crossentropy: 'binary_accuracy', categorical_crossentropy: 'categorical_accuracy', sparse_categorical_crossentropy: 'sparse_categorical_accuracy',
  };
  const as = byLoss[loss];
  return as ? metrics.filter((m) => parseMetricName(m).family === 'accuracy').map((name) => ({ name, as })) : [];
}

/** Reads a model document (and optionally data) and diagnoses the setup; no weights are built. */
export function runDoctor(modelPath: string, options: DoctorOptions): DoctorResult {
  const description = (() => {
    try {
      return readModelDocument(readJson(modelPath, 'model file'));
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`doctor: ${modelPath}: ${(err as Error).message}`);
    }
  })();
  const layers = buildLayers(description);
  const output = outputOfLayers(layers);
  const lossArg = options.loss ?? description.compile?.loss;
  let loss: string | null = null;
  if (lossArg) {
    try {
      loss = canonicalLossName(lossArg);
    } catch (err) {
      throw new UsageError(`doctor: --loss: ${(err as Error).message}`);
    }
  }
  const metrics = options.metrics !== undefined ? options.metrics.split(',').map((m) => m.trim()).filter(Boolean) : description.compile?.metrics ?? [];
  for (const m of metrics) {
    try {
      parseMetricName(m);
    } catch (err) {
      throw new UsageError(`doctor: --metrics: ${(err as Error).message}`);
    }
  }
  const fromLogits = options.fromLogits ?? description.compile?.fromLogits ?? false;
  let data: DoctorResult['data'] = null;
  let yTrue: Tensor | undefined;
  if (options.data) {
    yTrue = readTargets(options.data, options.labels ?? 1);
    try {
      data = { rows: yTrue.shape[0]!, task: inferTask(yTrue, output) };
    } catch (err) {
      throw new UsageError(`doctor: ${options.data}: ${(err as Error).message}`);
    }
  }
  const kerasReads = kerasMetricReading(description.source, loss, metrics);
  const checked = metrics.map((m) => kerasReads.find((k) => k.name === m)?.as ?? m);
  const findings = diagnoseSetup({ ...(loss ? { loss } : {}), fromLogits, output: { ...output, fromLogits }, metrics: checked, ...(yTrue && data ? { yTrue, task: data.task } : {}) });
  const failing = findings.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
  return {
    model: { source: description.source, name: description.name, layers: layers.length, output },
    loss, metrics, data, kerasReads, ignored: description.ignored, findings, exitCode: failing ? 1 : 0,
  };
}

/** The human-readable report. */
export function formatDoctor(path: string, r: DoctorResult): string {
  const lines = [
    `candor doctor: ${path}`,
    `  model: ${r.model.name} (${r.model.source}), ${r.model.layers} layers, output ${r.model.output.units} units, ${r.model.output.activation}`,
    `  loss: ${r.loss ?? '(not given: pass --loss to check the loss)'}${r.metrics.length ? `   metrics: ${r.metrics.join(', ')}` : ''}`,
  ];
  if (r.data) lines.push(`  data: ${r.data.task.description} -> ${r.data.task.kind} (${r.data.task.encoding})`);
  for (const k of r.kerasReads) lines.push(`  note: ${r.model.source} reports '${k.name}' with ${r.loss} as ${k.as}; the checks below use that reading (Candor itself resolves '${k.name}' from the targets).`);
  if (r.ignored.length) lines.push(`  ignored Keras options: ${r.ignored.join(', ')}`);
  lines.push('');
  if (r.findings.length === 0) lines.push('No findings: this setup reports numbers that mean what they say.');
  for (const f of r.findings) lines.push(`${f.severity} ${f.code}`, `  ${f.message}`, `  fix: ${f.fix}`, '');
  const count = (s: string): number => r.findings.filter((f) => f.severity === s).length;
  if (r.findings.length) lines.push(`${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}: ${count('error')} error, ${count('warning')} warning, ${count('info')} info`);
  return lines.join('\n');
}
