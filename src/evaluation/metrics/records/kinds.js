export const probability = { test: (v) => typeof v === 'number' && v > 0 && v < 1, expected: 'a probability in (0, 1)' };
export const positiveInt = { test: (v) => Number.isInteger(v) && v > 0, expected: 'a positive integer' };
export const AVERAGES = {
    test: (v) => ['binary', 'micro', 'macro', 'weighted', 'samples'].includes(v),
    expected: "'binary', 'micro', 'macro', 'weighted' or 'samples'",
};
export const RANKING_AVERAGES = {
    test: (v) => ['macro', 'micro', 'weighted'].includes(v),
    expected: "'macro', 'micro' or 'weighted'",
};
export const ZERO_DIVISION = { test: (v) => v === 0 || v === 1 || v === 'nan', expected: "0, 1 or 'nan'" };
export const SMOOTHING = { test: (v) => typeof v === 'number' && v >= 0 && v <= 1, expected: 'a number in [0, 1]' };
/** A number as the display shows it: 6 significant digits, no trailing zeros. */
export const fmt = (v) => String(Number(v.toPrecision(6)));
//# sourceMappingURL=kinds.js.map