/** A short description of any value for error messages ("an array of length 3", "string abc"). */
export function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of length ${value.length}`;
    if (typeof value === 'object')
        return `an object (${value.constructor?.name ?? 'Object'})`;
    return `${typeof value} ${String(value)}`;
}
//# sourceMappingURL=describe.js.map