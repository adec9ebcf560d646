/** The Pima Indians Diabetes data set (seed 003), shipped in data/, and its source for configs. */
import { join } from 'node:path';
import { Tensor } from '../tensor/tensor.js';
import { PACKAGE_ROOT } from '../version.js';
import { readNumericCsv } from '../io/readers/csv.js';
import { SOURCE_KINDS, defineDataset, oneHotIf, planText, scaledIf, splitByPlan } from './source.js';
/** Pima Indians Diabetes (seed 003): 768 × 8 features, 268 positive; see data/README.md for provenance. */
export function loadPima() {
    if (!PACKAGE_ROOT)
        throw new Error('pima.load: the candor package directory was not found, so data/pima-indians-diabetes.csv cannot be located');
    const table = readNumericCsv(join(PACKAGE_ROOT, 'data', 'pima-indians-diabetes.csv'));
    if (table.columns !== 9)
        throw new RangeError(`pima.load: expected 9 columns (8 features + outcome). Received: ${table.columns}`);
    const x = new Float32Array(table.rows * 8);
    const y = new Float32Array(table.rows);
    for (let r = 0; r < table.rows; r++) {
        x.set(table.data.subarray(r * 9, r * 9 + 8), r * 8);
        y[r] = table.data[r * 9 + 8];
    }
    return {
        x: new Tensor(x, [table.rows, 8], 'float32'),
        y: new Tensor(y, [table.rows, 1], 'float32'),
        featureNames: table.header.slice(0, 8),
    };
}
defineDataset({
    name: 'pima',
    options: { testSize: SOURCE_KINDS.size, oneHot: SOURCE_KINDS.flag, scale: SOURCE_KINDS.flag },
    load(d, { seed, plan }) {
        const { x, y } = loadPima();
        const s = splitByPlan(x, y, plan, seed, d.testSize);
        return scaledIf({
            ...s,
            yTrain: oneHotIf(s.yTrain, d.oneHot, 2),
            yTest: oneHotIf(s.yTest, d.oneHot, 2),
            description: `Pima Indians Diabetes, 768 rows${plan.kind === 'kfold' ? planText(plan) : ' (stratified split)'}`,
            resampling: 'resplit',
        }, d.scale);
    },
});
//# sourceMappingURL=pima.js.map