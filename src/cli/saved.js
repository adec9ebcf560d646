/** candor evaluate / predict: a saved model on data from a file. */
import { Tensor } from '../tensor/tensor.js';
import { readNumericCsv, splitColumns } from '../io/readers/csv.js';
import { loadKerasModel } from '../interop/keras-model.js';
import { loadModel } from '../saving/save.js';
import { readArrayFile } from '../io/readers/arrays.js';
import { toCategorical } from '../preprocessing/categorical.js';
import { formatReport } from '../evaluation/metric-report.js';
import { UsageError } from '../usage-error.js';
/** Features and (optionally) labels from a CSV whose last `labels` columns are targets. */
function readCsvData(path, labels) {
    let table;
    try {
        table = readNumericCsv(path);
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    if (labels < 0 || table.columns - labels < 1)
        throw new UsageError(`--labels must leave at least one feature column of the ${table.columns} in ${path}. Received: ${labels}`);
    for (const line of [table.headerRule, ...table.notes])
        process.stderr.write(`${path}: ${line}\n`);
    const { x, y, features } = splitColumns(table, labels);
    return { x: new Tensor(x, [table.rows, features], 'float32'), y: labels ? new Tensor(y, [table.rows, labels], 'float32') : null };
}
/** A Candor model directory, or a Keras .keras / .h5 file with its weights. */
async function load(dir) {
    try {
        return /\.(keras|h5|hdf5)$/i.test(dir) ? await loadKerasModel(dir) : await loadModel(dir);
    }
    catch (err) {
        throw new UsageError(err.message);
    }
}
/** x and y from an .npz archive (arrays x / y, or x_test / y_test), shaped as saved. */
function readNpzData(path) {
    const pick = (names) => {
        for (const n of names) {
            try {
                return readArrayFile(`${path}:${n}`, '--data');
            }
            catch (err) {
                if (!/has no array/.test(err.message))
                    throw new UsageError(err.message);
            }
        }
        return null;
    };
    const x = pick(['x', 'x_test', 'X']);
    if (!x)
        throw new UsageError(`--data: ${path} needs an array named x (or x_test) for the inputs`);
    const y = pick(['y', 'y_test', 'Y']);
    const tensor = (a) => {
        if (typeof a.values[0] === 'string')
            throw new UsageError(`--data: ${a.source} holds strings; evaluate needs numbers (candor score maps string labels)`);
        return new Tensor(Float32Array.from(a.values), a.shape.length === 1 ? [a.shape[0], 1] : a.shape, 'float32');
    };
    return { x: tensor(x), y: y && tensor(y) };
}
const readData = (path, labels) => /\.npz$/i.test(path) ? readNpzData(path) : readCsvData(path, labels);
/** The data's samples must have the shape the model was built for. */
function checkInputWidth(model, x, path) {
    if (model.inputNames.length > 1 || model.outputNames.length > 1)
        throw new UsageError(`${path}: the model has ${model.inputNames.length} inputs and ${model.outputNames.length} outputs; a data file holds one feature matrix and one target column set, so this command reads single-input, single-output models. Use model.evaluateReport / model.predict from code with { ${model.inputNames.join(', ')} }`);
    const expected = model.inputShape;
    const sample = x.shape.slice(1);
    if (expected && (expected.length !== sample.length || expected.some((d, i) => d !== -1 && d !== sample[i]))) {
        throw new UsageError(`${path}: the model expects samples of shape [${expected.join(', ')}]. Received: ${sample.length === 1 ? `${sample[0]} feature columns` : `samples of shape [${sample.join(', ')}]`}`);
    }
}
/** `candor evaluate model-dir --data file.csv`: the report with baselines and findings. */
export async function runEvaluate(dir, o) {
    const model = await load(dir);
    if (!model.compiled)
        throw new UsageError(`${dir}: the model was saved without compile settings, so there is no loss to evaluate; score its predictions with candor score`);
    const { x, y } = readData(o.data, o.labels);
    if (!y)
        throw new UsageError(`evaluate: ${o.data} has no targets (CSV: --labels must be at least 1; .npz: an array named y)`);
    checkInputWidth(model, x, o.data);
    const report = model.evaluateReport(x, o.oneHot ? toCategorical(y, model.outputInfo().units) : y);
    const perClass = report.classification ? `\n\nper class:\n${report.classification.text}` : '';
    return {
        report,
        text: `${formatReport(`evaluate ${dir} on ${o.data}`, report.metrics, report.findings)}\nloss: ${report.loss.toFixed(4)}${perClass}`,
    };
}
/** `candor predict model-dir --data file.csv`: one row of outputs per input row. */
export async function runPredict(dir, o) {
    const model = await load(dir);
    const { x } = readData(o.data, o.labels);
    checkInputWidth(model, x, o.data);
    const p = model.predict(x); // one output (checkInputWidth)
    const cols = p.size / p.shape[0];
    const rows = Array.from({ length: p.shape[0] }, (_, r) => Array.from(p.data.subarray(r * cols, (r + 1) * cols)));
    return { rows, text: rows.map((r) => r.map((v) => Number(v.toPrecision(6))).join(',')).join('\n') };
}
//# sourceMappingURL=saved.js.map