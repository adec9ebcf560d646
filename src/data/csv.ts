import { readFileSync } from 'node:fs';

/** A numeric table read from CSV: rows × columns, with the header if the file had one. */
export interface NumericTable {
  header: string[] | null;
  rows: number;
  columns: number;
  data: Float32Array;
}

/**
 * Reads a CSV file of numbers (comma, semicolon or tab separated; a first line with any
 * non-numeric field is a header). Errors name the file, the line and what was expected.
 */
export function readNumericCsv(path: string): NumericTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const separator = [',', ';', '\t'].find((s) => firstLine.includes(s)) ?? ',';
  const split = (line: string): string[] => line.split(separator).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
  let header: string[] | null = null;
  const values: number[] = [];
  let columns = -1;
  let rows = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = split(line);
    const numbers = fields.map((f) => (f === '' ? NaN : Number(f)));
    if (columns === -1 && header === null && numbers.some((n) => Number.isNaN(n))) {
      header = fields;
      columns = fields.length;
      return;
    }
    if (columns === -1) columns = fields.length;
    if (fields.length !== columns) {
      throw new RangeError(`${path}:${i + 1}: expected ${columns} fields (like the ${header ? 'header' : 'first line'}). Received: ${fields.length} fields`);
    }
    const bad = numbers.findIndex((n) => !Number.isFinite(n));
    if (bad >= 0) throw new RangeError(`${path}:${i + 1}: expected a number in column ${bad + 1}${header ? ` (${(header as string[])[bad]})` : ''}. Received: ${JSON.stringify(fields[bad])}`);
    values.push(...numbers);
    rows++;
  });
  if (rows === 0) throw new RangeError(`${path}: expected at least one row of numbers. Received: ${header ? 'only a header' : 'an empty file'}`);
  return { header, rows, columns, data: Float32Array.from(values) };
}
