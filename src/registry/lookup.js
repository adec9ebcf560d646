/** String-identifier resolution shared by every family (activations, losses, optimizers, layers, …). */
/** Canonical form of an identifier: 'leaky_relu', 'leakyRelu' and 'LeakyReLU' all become 'leakyrelu'. */
export function canonicalName(name) {
    return name.replace(/[_\s-]/g, '').toLowerCase();
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest known name, if it is close enough to be a likely typo. */
export function suggest(name, known) {
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = editDistance(canonicalName(name), canonicalName(k));
        if (d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    return bestDistance <= Math.max(2, Math.floor(canonicalName(name).length / 3)) ? best : undefined;
}
/**
 * Resolves `name` in `table` (keys in their documented spelling), accepting any casing or
 * underscores; an unknown name lists the valid ones and suggests the nearest.
 */
export function lookup(table, name, where, arg) {
    const keys = Object.keys(table);
    if (typeof name === 'string') {
        const wanted = canonicalName(name);
        const key = keys.find((k) => canonicalName(k) === wanted);
        if (key !== undefined)
            return table[key];
    }
    const hint = typeof name === 'string' ? suggest(name, keys) : undefined;
    throw new RangeError(`${where}: unknown ${arg} ${JSON.stringify(name)}.${hint ? ` Did you mean '${hint}'?` : ''} Expected one of: ${keys.join(', ')}. Received: ${arg}=${JSON.stringify(name)}`);
}
//# sourceMappingURL=lookup.js.map