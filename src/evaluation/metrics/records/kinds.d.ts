/** Option kinds several metric records share. */
import type { OptionKind } from '../../../registry/options.js';
export declare const probability: OptionKind;
export declare const positiveInt: OptionKind;
export declare const AVERAGES: OptionKind;
export declare const RANKING_AVERAGES: OptionKind;
export declare const ZERO_DIVISION: OptionKind;
export declare const SMOOTHING: OptionKind;
/** A number as the display shows it: 6 significant digits, no trailing zeros. */
export declare const fmt: (v: number) => string;
