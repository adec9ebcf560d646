/** A numeric table read from CSV: rows × columns, with the header if the file had one. */
export interface NumericTable {
    header: string[] | null;
    /**
     * How the header was decided, in words (printed by the CLI): given by the `header` option, or
     * guessed from the first line ("no field of line 1 is a number").
     */
    headerRule: string;
    rows: number;
    columns: number;
    data: Float32Array;
    /** Things a reader should know that are not errors (a last line without a line ending). */
    notes: string[];
}
export interface CsvOptions {
    /**
     * Whether the first non-empty line is a header: true, false, or 'auto' (default): a header when
     * none of its fields is a number; a line that mixes numbers (or NaN) and text is refused as
     * ambiguous rather than guessed.
     */
    header?: boolean | 'auto';
}
/**
 * Parses CSV text of numbers (comma, semicolon or tab separated). Every row must have the same
 * number of fields and every field must be a finite number; errors name the source, the line and
 * what was expected. Any number of fields per line (no recursion, no argument spreading).
 */
export declare function parseNumericCsv(text: string, name?: string, options?: CsvOptions): NumericTable;
/** Reads a CSV file of numbers (see parseNumericCsv); special files and files over the allocation limit are refused. */
export declare function readNumericCsv(path: string, options?: CsvOptions): NumericTable;
/** Splits a table's columns into features (the first columns) and targets (the last `labels`). */
export declare function splitColumns(table: NumericTable, labels: number): {
    x: Float32Array;
    y: Float32Array;
    features: number;
};
