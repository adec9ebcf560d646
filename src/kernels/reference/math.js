/** Scalar special functions the kernels need and Math lacks. */
/**
 * Error function. |x| < 3: the Maclaurin series (cancellation costs ~3 digits, leaving ~1e-13);
 * beyond: Numerical Recipes' Chebyshev erfc (fractional error < 1.2e-7 on a value below 2.3e-5).
 */
export function erf(x) {
    const ax = Math.abs(x);
    if (ax < 3) {
        const x2 = x * x;
        let term = x;
        let total = x;
        for (let n = 1; n < 60; n++) {
            term *= -x2 / n;
            const contribution = term / (2 * n + 1);
            total += contribution;
            if (Math.abs(contribution) < 1e-17 * Math.abs(total))
                break;
        }
        return (2 / Math.sqrt(Math.PI)) * total;
    }
    const t = 1 / (1 + 0.5 * ax);
    const erfc = t *
        Math.exp(-ax * ax -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x < 0 ? erfc - 1 : 1 - erfc;
}
export function sigmoid(x) {
    // Two branches so that exp never overflows.
    if (x >= 0)
        return 1 / (1 + Math.exp(-x));
    const e = Math.exp(x);
    return e / (1 + e);
}
/** log(1 + exp(x)) without overflow. */
export function softplus(x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
export const SELU_ALPHA = 1.6732632423543772848170429916717;
export const SELU_SCALE = 1.0507009873554804934193349852946;
const INV_SQRT2 = 0.7071067811865476;
const INV_SQRT_2PI = 0.3989422804014327;
/** Exact (erf) GELU, the Keras and PyTorch default. */
export function gelu(x) {
    return 0.5 * x * (1 + erf(x * INV_SQRT2));
}
export function geluGrad(x) {
    return 0.5 * (1 + erf(x * INV_SQRT2)) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
//# sourceMappingURL=math.js.map