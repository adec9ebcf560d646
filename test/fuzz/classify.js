import { basename } from 'node:path';
// Messages of JavaScript's own failures: Candor's checks should have spoken first.
const RAW = /is not a function|Cannot read propert|Cannot set propert|is not iterable|Maximum call stack|Invalid typed array length|Invalid array length|Array buffer allocation failed|is not a constructor|Cannot convert|undefined is not|null is not|Cannot destructure|is not defined|Offset is outside the bounds|out of range index|Reduce of empty array|fuzz invariant/i;
export function classify(err, path) {
    if (!(err instanceof Error))
        return { outcome: 'crash', detail: `a thrown non-Error: ${String(err)}` };
    const detail = `${err.name}: ${err.message}`.slice(0, 400);
    if (RAW.test(err.message))
        return { outcome: 'crash', detail };
    const named = err.message.includes(path) || err.message.includes(basename(path));
    return named ? { outcome: 'refused', detail } : { outcome: 'crash', detail: `error does not name ${basename(path)}: ${detail}` };
}
//# sourceMappingURL=classify.js.map