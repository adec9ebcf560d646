/**
 * A third-party parser's failure on a damaged file (jsfive for HDF5, npyjs, fflate), in Candor's
 * words: the file and the format, never the parser's internals ("Offset is outside the bounds of
 * the DataView"). The parser's own error stays in `cause`, which `--debug` prints.
 */
export declare function unreadable(what: string, format: string, err: unknown): Error;
