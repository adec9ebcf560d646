/** Numeric CSV: header detection, truncated lines, float32 range, column splits. */
import { readTextBounded } from '../bounded-read.js';
// Tokens that are numbers to a reader but not finite values (missing, NaN, infinities): a first
// line holding them is data with a bad value, not a header.
const NUMBER_LIKE = /^[+-]?(nan|inf|infinity)$/i;
const FLOAT32_MAX = 3.4028234663852886e38;
function isNumberLike(field) {
    return (field !== '' && Number.isFinite(Number(field))) || NUMBER_LIKE.test(field);
}
function checkHeaderOption(header, where) {
    if (header === undefined)
        return 'auto';
    if (header === true || header === false || header === 'auto')
        return header;
    throw new TypeError(`${where}: option "header" must be true, false or "auto". Received: ${JSON.stringify(header)}`);
}
/**
 * Parses CSV text of numbers (comma, semicolon or tab separated). Every row must have the same
 * number of fields and every field must be a finite number; errors name the source, the line and
 * what was expected. Any number of fields per line (no recursion, no argument spreading).
 */
export function parseNumericCsv(text, name = 'CSV data', options = {}) {
    const headerOption = checkHeaderOption(options?.header, name);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const lines = body.split(/\r?\n/);
    const firstIndex = lines.findIndex((l) => l.trim() !== '');
    if (firstIndex < 0)
        throw new RangeError(`${name}: expected at least one row of numbers. Received: an empty file`);
    const firstLine = lines[firstIndex];
    const separator = [',', ';', '\t'].find((s) => firstLine.includes(s)) ?? ',';
    const split = (line) => line.split(separator).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
    const firstFields = split(firstLine);
    let header = null;
    let headerRule;
    if (headerOption === 'auto') {
        const numeric = firstFields.map(isNumberLike);
        if (numeric.every((n) => !n)) {
            header = firstFields;
            headerRule = `header guessed: line ${firstIndex + 1} has no number in it (pass header: false to read it as data)`;
        }
        else if (numeric.every((n) => n)) {
            headerRule = `no header guessed: line ${firstIndex + 1} is numbers (pass header: true if it names the columns)`;
        }
        else {
            const word = firstFields.findIndex((_, j) => !numeric[j]);
            const num = firstFields.findIndex((_, j) => numeric[j]);
            throw new RangeError(`${name}:${firstIndex + 1}: cannot tell whether the first line is a header: it mixes numbers and text ` +
                `(column ${num + 1} is ${JSON.stringify(firstFields[num])}, column ${word + 1} is ${JSON.stringify(firstFields[word])}). Expected header: true or header: false`);
        }
    }
    else {
        header = headerOption ? firstFields : null;
        headerRule = headerOption ? `header: line ${firstIndex + 1} (header: true)` : 'no header (header: false)';
    }
    const columns = firstFields.length;
    const endsWithNewline = /\n$/.test(body);
    let lastDataLine = -1;
    for (let i = lines.length - 1; i > firstIndex; i--)
        if (lines[i].trim() !== '') {
            lastDataLine = i;
            break;
        }
    if (header === null)
        lastDataLine = Math.max(lastDataLine, firstIndex);
    const cut = (i) => i === lastDataLine && !endsWithNewline ? ' (the file ends there without a line ending: it looks truncated)' : '';
    const values = [];
    let rows = 0;
    for (let i = header === null ? firstIndex : firstIndex + 1; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        const fields = split(line);
        if (fields.length !== columns) {
            throw new RangeError(`${name}:${i + 1}: expected ${columns} fields (like the ${header ? 'header' : 'first line'}). Received: ${fields.length} fields${cut(i)}`);
        }
        for (let j = 0; j < columns; j++) {
            const field = fields[j];
            const v = field === '' ? NaN : Number(field);
            if (Math.abs(v) > FLOAT32_MAX)
                throw new RangeError(`${name}:${i + 1}: column ${j + 1}${header ? ` (${header[j]})` : ''} holds ${field}, outside the float32 range (±3.4e38) the table is stored in`);
            if (!Number.isFinite(v)) {
                throw new RangeError(`${name}:${i + 1}: expected a number in column ${j + 1}${header ? ` (${header[j]})` : ''}. Received: ${JSON.stringify(field)}${cut(i)}`);
            }
            values.push(v);
        }
        rows++;
    }
    if (rows === 0)
        throw new RangeError(`${name}: expected at least one row of numbers. Received: only a header`);
    const notes = endsWithNewline
        ? []
        : [`${name}: the last line (${lastDataLine + 1}) has no line ending; if the file was cut there, its last row may be incomplete`];
    return { header, headerRule, rows, columns, data: Float32Array.from(values), notes };
}
/** Reads a CSV file of numbers (see parseNumericCsv); special files and files over the allocation limit are refused. */
export function readNumericCsv(path, options = {}) {
    return parseNumericCsv(readTextBounded(path, 'readNumericCsv'), path, options);
}
/** Splits a table's columns into features (the first columns) and targets (the last `labels`). */
export function splitColumns(table, labels) {
    const features = table.columns - labels;
    const x = new Float32Array(table.rows * features);
    const y = new Float32Array(table.rows * labels);
    for (let r = 0; r < table.rows; r++) {
        x.set(table.data.subarray(r * table.columns, r * table.columns + features), r * features);
        y.set(table.data.subarray(r * table.columns + features, (r + 1) * table.columns), r * labels);
    }
    return { x, y, features };
}
//# sourceMappingURL=csv.js.map