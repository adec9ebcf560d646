import { formatShape } from '../tensor/shape.js';
/**
 * Infers the learning task from the targets (like scikit-learn's type_of_target) and,
 * when given, the model output. Throws on NaN, negative class ids or mixed encodings,
 * naming the row.
 */
export function inferTask(yTrue, output) {
    if (yTrue.rank === 0 || yTrue.size === 0) {
        throw new RangeError(`inferTask: targets must have one entry per sample. Received: yTrue.shape=${formatShape(yTrue.shape)}`);
    }
    const columns = yTrue.rank === 1 ? 1 : yTrue.shape[yTrue.rank - 1];
    const rows = yTrue.size / columns;
    const data = yTrue.data;
    let allInteger = true;
    let allBinary = true;
    let maxValue = -Infinity;
    for (let i = 0; i < data.length; i++) {
        const v = data[i];
        if (!Number.isFinite(v)) {
            throw new RangeError(`inferTask: targets must be finite numbers. Received: ${v} at row ${Math.floor(i / columns)}, column ${i % columns}`);
        }
        if (!Number.isInteger(v))
            allInteger = false;
        if (v !== 0 && v !== 1)
            allBinary = false;
        if (v > maxValue)
            maxValue = v;
    }
    if (columns === 1) {
        const regressionOutput = output !== undefined && output.units === 1 && output.activation !== 'sigmoid';
        if (!allInteger || (regressionOutput && !allBinary)) {
            return { kind: 'regression', encoding: 'continuous', numClasses: 0, columns, description: `${rows} continuous targets` };
        }
        // One column of ids for a multi-unit output is sparse classes, even when only ids 0 and 1 occur.
        const multiUnit = output !== undefined && output.units > 1;
        if (allBinary && !multiUnit)
            return { kind: 'binary', encoding: 'binary', numClasses: 2, columns, description: `${rows} binary 0/1 labels` };
        for (let i = 0; i < data.length; i++) {
            if (data[i] < 0)
                throw new RangeError(`inferTask: class ids must be >= 0. Received: ${data[i]} at row ${i}`);
        }
        const numClasses = Math.max(maxValue + 1, output?.units ?? 0);
        return {
            kind: numClasses === 2 ? 'binary' : 'multiclass',
            encoding: 'sparse',
            numClasses,
            columns,
            description: `${rows} integer class ids in [0, ${maxValue}]`,
        };
    }
    if (!allBinary) {
        return { kind: 'regression', encoding: 'continuous', numClasses: 0, columns, description: `${rows}×${columns} continuous targets` };
    }
    let oneHotRows = 0;
    let positives = 0;
    for (let r = 0; r < rows; r++) {
        let s = 0;
        for (let c = 0; c < columns; c++)
            s += data[r * columns + c];
        positives += s;
        if (s === 1)
            oneHotRows++;
    }
    if (oneHotRows === rows) {
        const kind = columns === 2 ? 'binary' : 'multiclass';
        return { kind, encoding: 'onehot', numClasses: columns, columns, description: `${rows} one-hot rows over ${columns} classes` };
    }
    return {
        kind: 'multilabel',
        encoding: 'multihot',
        numClasses: columns,
        columns,
        description: `${rows} multi-hot rows over ${columns} labels (${(positives / rows).toFixed(2)} positives per row on average; ${rows - oneHotRows} rows do not sum to 1)`,
    };
}
//# sourceMappingURL=task.js.map