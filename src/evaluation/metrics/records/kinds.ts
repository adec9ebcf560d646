/** Option kinds several metric records share. */
import type { OptionKind } from '../../../registry/options.js';

export const probability: OptionKind = { test: (v) => typeof v === 'number' && v > 0 && v < 1, expected: 'a probability in (0, 1)' };
export const positiveInt: OptionKind = { test: (v) => Number.isInteger(v) && (v as number) > 0, expected: 'a positive integer' };
export const AVERAGES: OptionKind = {
  test: (v) => ['binary', 'micro', 'macro', 'weighted', 'samples'].includes(v as string),
  expected: "'binary', 'micro', 'macro', 'weighted' or 'samples'",
};
export const RANKING_AVERAGES: OptionKind = {
  test: (v) => ['macro', 'micro', 'weighted'].includes(v as string),
  expected: "'macro', 'micro' or 'weighted'",
};
export const ZERO_DIVISION: OptionKind = { test: (v) => v === 0 || v === 1 || v === 'nan', expected: "0, 1 or 'nan'" };
export const SMOOTHING: OptionKind = { test: (v) => typeof v === 'number' && v >= 0 && v <= 1, expected: 'a number in [0, 1]' };

/** A number as the display shows it: 6 significant digits, no trailing zeros. */
export const fmt = (v: number): string => String(Number(v.toPrecision(6)));
