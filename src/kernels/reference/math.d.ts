/** Scalar special functions the kernels need and Math lacks. */
/**
 * Error function. |x| < 3: the Maclaurin series (cancellation costs ~3 digits, leaving ~1e-13);
 * beyond: Numerical Recipes' Chebyshev erfc (fractional error < 1.2e-7 on a value below 2.3e-5).
 */
export declare function erf(x: number): number;
export declare function sigmoid(x: number): number;
/** log(1 + exp(x)) without overflow. */
export declare function softplus(x: number): number;
export declare const SELU_ALPHA = 1.6732632423543772;
export declare const SELU_SCALE = 1.0507009873554805;
/** Exact (erf) GELU, the Keras and PyTorch default. */
export declare function gelu(x: number): number;
export declare function geluGrad(x: number): number;
