/** ARFF files (Weka's format): numeric and nominal attributes. */
import { readTextBounded } from '../bounded-read.js';
function unquote(s) {
    return s.trim().replace(/^'(.*)'$|^"(.*)"$/, (_, a, b) => a ?? b ?? '');
}
/**
 * Parses Weka's ARFF format (@relation, @attribute numeric|real|integer|{nominal,…}, @data with
 * comma-separated rows, % comments). Missing values ('?') and sparse rows are refused.
 * Errors name the file, the line and what was expected.
 */
export function parseArff(text, name = 'ARFF data') {
    let relation = '';
    const attributes = [];
    const rows = [];
    let inData = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        const where = `${name}:${i + 1}`;
        if (line === '' || line.startsWith('%'))
            return;
        if (!inData) {
            const lower = line.toLowerCase();
            if (lower.startsWith('@relation'))
                relation = unquote(line.slice(9));
            else if (lower.startsWith('@attribute')) {
                const m = /^@attribute\s+('[^']*'|"[^"]*"|\S+)\s+(.+)$/i.exec(line);
                if (!m)
                    throw new RangeError(`${where}: expected "@attribute name type". Received: ${JSON.stringify(line)}`);
                const attrName = unquote(m[1]);
                const type = m[2].trim();
                if (type.startsWith('{')) {
                    if (!type.endsWith('}'))
                        throw new RangeError(`${where}: expected a nominal list closed by "}". Received: ${JSON.stringify(type)}`);
                    attributes.push({ name: attrName, type: 'nominal', values: type.slice(1, -1).split(',').map(unquote) });
                }
                else if (/^(numeric|real|integer)$/i.test(type)) {
                    attributes.push({ name: attrName, type: 'numeric' });
                }
                else {
                    throw new RangeError(`${where}: attribute "${attrName}" has type ${JSON.stringify(type)}. Expected numeric, real, integer or a {nominal} list`);
                }
            }
            else if (lower.startsWith('@data'))
                inData = true;
            else
                throw new RangeError(`${where}: expected @relation, @attribute or @data. Received: ${JSON.stringify(line.slice(0, 40))}`);
            return;
        }
        if (line.startsWith('{'))
            throw new RangeError(`${where}: sparse ARFF rows are not supported. Received: ${JSON.stringify(line.slice(0, 40))}`);
        const fields = line.split(',').map(unquote);
        if (fields.length !== attributes.length)
            throw new RangeError(`${where}: expected ${attributes.length} values (one per @attribute). Received: ${fields.length}`);
        rows.push(fields.map((f, j) => {
            const attr = attributes[j];
            if (f === '?')
                throw new RangeError(`${where}: missing value '?' for "${attr.name}". Expected a value (missing values are not supported)`);
            if (attr.type === 'nominal') {
                const k = attr.values.indexOf(f);
                if (k < 0)
                    throw new RangeError(`${where}: "${attr.name}" must be one of {${attr.values.join(', ')}}. Received: ${JSON.stringify(f)}`);
                return k;
            }
            const v = f === '' ? NaN : Number(f);
            if (!Number.isFinite(v))
                throw new RangeError(`${where}: "${attr.name}" must be a number. Received: ${JSON.stringify(f)}`);
            return v;
        }));
    });
    if (attributes.length === 0)
        throw new RangeError(`${name}: expected @attribute declarations. Received: none`);
    if (!inData)
        throw new RangeError(`${name}: expected an @data section. Received: none`);
    return { relation, attributes, rows };
}
/** Reads an ARFF file. */
export function readArff(path) {
    return parseArff(readTextBounded(path, 'readArff'), path);
}
//# sourceMappingURL=arff.js.map