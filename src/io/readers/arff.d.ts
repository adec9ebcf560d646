export type ArffAttribute = {
    name: string;
    type: 'numeric';
} | {
    name: string;
    type: 'nominal';
    values: string[];
};
/** An ARFF table: numeric attributes as numbers, nominal ones as the index of their value. */
export interface ArffTable {
    relation: string;
    attributes: ArffAttribute[];
    rows: number[][];
}
/**
 * Parses Weka's ARFF format (@relation, @attribute numeric|real|integer|{nominal,…}, @data with
 * comma-separated rows, % comments). Missing values ('?') and sparse rows are refused.
 * Errors name the file, the line and what was expected.
 */
export declare function parseArff(text: string, name?: string): ArffTable;
/** Reads an ARFF file. */
export declare function readArff(path: string): ArffTable;
