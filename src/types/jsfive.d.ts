// jsfive ships no types; the part Candor uses (reading a file's attributes and datasets).
declare module 'jsfive' {
  export class File {
    constructor(buffer: ArrayBuffer, filename?: string);
    attrs: Record<string, unknown>;
    keys: string[];
    get(path: string): { attrs: Record<string, unknown>; keys?: string[]; value?: unknown; shape?: number[]; dtype?: string } | undefined;
  }
}
