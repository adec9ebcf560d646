import * as c from '../index.js';
import { UsageError } from '../usage-error.js';

/** Features and (optionally) labels from a CSV whose last `labels` columns are targets. */
function readCsvData(path: string, labels: number): { x: c.Tensor; y: c.Tensor | null } {
  let table: c.NumericTable;
  try {
    table = c.readNumericCsv(path);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const features = table.columns - labels;
  if (labels < 0 || features < 1) throw new UsageError(`--labels must leave at least one feature column of the ${table.columns} in ${path}. Received: ${labels}`);
  const x = new Float32Array(table.rows * features);
  const y = new Float32Array(table.rows * labels);
  for (let r = 0; r < table.rows; r++) {
    x.set(table.data.subarray(r * table.columns, r * table.columns + features), r * features);
    y.set(table.data.subarray(r * table.columns + features, (r + 1) * table.columns), r * labels);
  }
  return { x: new c.Tensor(x, [table.rows, features], 'float32'), y: labels ? new c.Tensor(y, [table.rows, labels], 'float32') : null };
}

async function load(dir: string): Promise<c.Sequential> {
  try {
    return await c.loadModel(dir);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Model inputs must be (rows, features) for CSV data. */
function checkInputWidth(model: c.Sequential, x: c.Tensor, path: string): void {
  const expected = model.inputShape;
  if (expected && (expected.length !== 1 || expected[0] !== x.shape[1])) {
    throw new UsageError(`${path}: the model expects samples of shape [${expected.join(', ')}]. Received: ${x.shape[1]} feature columns`);
  }
}

/** `candor evaluate model-dir --data file.csv`: the report with baselines and findings. */
export async function runEvaluate(dir: string, o: { data: string; labels: number; oneHot?: boolean }) {
  const model = await load(dir);
  if (!model.compiled) throw new UsageError(`${dir}: the saved model was not compiled, so there is no loss or metric to evaluate`);
  const { x, y } = readCsvData(o.data, o.labels);
  if (!y) throw new UsageError('evaluate: --labels must be at least 1 (the target columns at the end of the CSV)');
  checkInputWidth(model, x, o.data);
  const report = model.evaluateReport(x, o.oneHot ? c.toCategorical(y, model.outputInfo().units) : y);
  const perClass = report.classification ? `\n\nper class:\n${report.classification.text}` : '';
  return { report, text: `${c.formatReport(`evaluate ${dir} on ${o.data}`, report.metrics, report.findings)}\nloss: ${report.loss.toFixed(4)}${perClass}` };
}

/** `candor predict model-dir --data file.csv`: one row of outputs per input row. */
export async function runPredict(dir: string, o: { data: string; labels: number }) {
  const model = await load(dir);
  const { x } = readCsvData(o.data, o.labels);
  checkInputWidth(model, x, o.data);
  const p = model.predict(x);
  const cols = p.size / p.shape[0]!;
  const rows = Array.from({ length: p.shape[0]! }, (_, r) => Array.from(p.data.subarray(r * cols, (r + 1) * cols)));
  return { rows, text: rows.map((r) => r.map((v) => Number(v.toPrecision(6))).join(',')).join('\n') };
}
