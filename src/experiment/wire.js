const NON_FINITE = '$candor-number';
export function encodeResult(result) {
    return JSON.stringify(result, (_key, value) => typeof value === 'number' && !Number.isFinite(value) ? { [NON_FINITE]: String(value) } : value);
}
export function decodeResult(text) {
    return JSON.parse(text, (_key, value) => value && typeof value === 'object' && NON_FINITE in value ? Number(value[NON_FINITE]) : value);
}
//# sourceMappingURL=wire.js.map