/** ln Γ(x) for x > 0. */
export declare function lnGamma(x: number): number;
/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export declare function lnBeta(a: number, b: number): number;
/**
 * I_x(a, b) with y = 1 − x given separately (and optionally both logarithms), so callers whose x is
 * 1 − tiny pass the tiny value itself instead of losing it to rounding.
 */
export declare function regularizedBeta(a: number, b: number, x: number, y: number, logX?: number, logY?: number): number;
