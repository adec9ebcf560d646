/** A short description of any value for error messages ("an array of length 3", "string abc"). */
export declare function describe(value: unknown): string;
