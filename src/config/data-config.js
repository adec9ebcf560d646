/** A training config's "data": in-memory samples, a CSV file, or a dataset looked up by name in the dataset registry. */
import { resolve } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import { readNumericCsv, splitColumns } from '../io/readers/csv.js';
import '../datasets/index.js'; // registers the built-in datasets
import { DATASETS, SOURCE_KINDS, oneHotIf, planText, scaledIf, splitByPlan, } from '../datasets/source.js';
import { UsageError } from '../usage-error.js';
import { readOptions } from '../registry/options.js';
/** Type guards for the config's own sources (a registered dataset may take any option names). */
export const isInMemory = (d) => 'x' in d && d.x instanceof Tensor;
export const isCsv = (d) => 'csv' in d && typeof d.csv === 'string';
/** In-memory samples and CSV files: the config's own sources (built-in and registered datasets are looked up by name). */
const MEMORY_KEYS = {
    x: 'any',
    y: 'any',
    testSize: SOURCE_KINDS.size,
    oneHot: SOURCE_KINDS.flag,
    scale: SOURCE_KINDS.flag,
};
const CSV_KEYS = {
    csv: 'string',
    labels: SOURCE_KINDS.count,
    header: { test: (v) => v === true || v === false || v === 'auto', expected: "true, false or 'auto'" },
    testSize: SOURCE_KINDS.size,
    oneHot: SOURCE_KINDS.flag,
    scale: SOURCE_KINDS.flag,
};
/** The data source's keys, checked for its kind (snake_case mapped); testSize has no meaning under k-fold. */
function checkDataSource(raw, plan) {
    if (typeof raw !== 'object' || raw === null)
        throw new UsageError(`data: expected { dataset: … } or { csv: … }. Received: ${JSON.stringify(raw)}`);
    const memory = 'x' in raw;
    const csv = !memory && 'csv' in raw;
    let source = null;
    try {
        if (!memory && !csv && !('dataset' in raw)) {
            throw new RangeError(`data: expected { dataset: name }, { csv: file } or { x, y }. Received: keys ${Object.keys(raw).join(', ') || '(none)'}`);
        }
        if (!memory && !csv)
            source = DATASETS.get(raw.dataset, 'data', 'dataset');
        const label = memory ? 'in memory' : csv ? 'csv' : source.name;
        const keys = memory ? MEMORY_KEYS : csv ? CSV_KEYS : { dataset: 'any', ...source.options };
        const config = readOptions(raw, `data (${label})`, { keys });
        if (plan.kind === 'kfold' && config.testSize !== undefined && !source?.fixedTestSet) {
            throw new RangeError(`data: "testSize" does not apply under ${plan.k}-fold cross-validation (each fold holds out 1/${plan.k}). Received: testSize=${config.testSize}`);
        }
        if (plan.kind === 'kfold' && source?.fixedTestSet)
            throw new RangeError(`data: ${source.name} comes with its own test set; use a hold-out split, not k-fold`);
        return { kind: memory ? 'memory' : csv ? 'csv' : source, config };
    }
    catch (err) {
        throw new UsageError(err.message);
    }
}
/**
 * Loads and splits the data a config names (relative CSV paths from `dir`); --quick caps the sizes
 * so a run finishes in seconds. The seed fixes the split, so configurations sharing a seed share it.
 */
export function loadData(raw, dir, seed, quick, plan = { kind: 'holdout' }) {
    const { kind, config: d } = checkDataSource(raw, plan);
    if (kind === 'memory') {
        if (!(d.x instanceof Tensor) || !(d.y instanceof Tensor))
            throw new UsageError('data: expected { x, y } as tensors (candor.tensor(...))');
        const s = splitByPlan(d.x, d.y, plan, seed, d.testSize);
        return scaledIf({
            ...s,
            yTrain: oneHotIf(s.yTrain, d.oneHot),
            yTest: oneHotIf(s.yTest, d.oneHot),
            description: `${d.x.shape[0]} samples in memory${planText(plan)}`,
            resampling: 'resplit',
        }, d.scale);
    }
    if (kind === 'csv')
        return loadCsv(d, dir, seed, quick, plan);
    return kind.load(d, { seed, quick, plan, dir });
}
function loadCsv(d, dir, seed, quick, plan) {
    const path = resolve(dir, d.csv);
    let table;
    try {
        table = readNumericCsv(path, { header: d.header });
    }
    catch (err) {
        throw new UsageError(`data: ${err.message}`);
    }
    const labels = d.labels ?? 1;
    if (table.columns - labels < 1)
        throw new UsageError(`data: ${path} has ${table.columns} columns; "labels": ${labels} leaves no feature column`);
    const rows = quick ? Math.min(table.rows, 500) : table.rows;
    const { x: xAll, y: yAll, features } = splitColumns(table, labels);
    const x = xAll.subarray(0, rows * features);
    const y = yAll.subarray(0, rows * labels);
    const s = splitByPlan(new Tensor(x, [rows, features], 'float32'), new Tensor(y, [rows, labels], 'float32'), plan, seed, d.testSize, labels === 1);
    return scaledIf({
        ...s,
        yTrain: oneHotIf(s.yTrain, d.oneHot),
        yTest: oneHotIf(s.yTest, d.oneHot),
        description: `${path}: ${rows} rows, ${features} features, ${labels} label column(s); ${[table.headerRule, ...table.notes].join('; ')}${planText(plan)}`,
        resampling: 'resplit',
    }, d.scale);
}
//# sourceMappingURL=data-config.js.map