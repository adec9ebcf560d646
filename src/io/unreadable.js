/**
 * A third-party parser's failure on a damaged file (jsfive for HDF5, npyjs, fflate), in Candor's
 * words: the file and the format, never the parser's internals ("Offset is outside the bounds of
 * the DataView"). The parser's own error stays in `cause`, which `--debug` prints.
 */
export function unreadable(what, format, err) {
    return new Error(`${what} is not a readable ${format} file: it is corrupt, truncated or not ${format} (run with --debug for the reader's own message)`, { cause: err });
}
//# sourceMappingURL=unreadable.js.map