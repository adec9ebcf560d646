/**
 * z (rows, 4u), cPrev (rows, u) -> hc (rows, 2u) = [h | c], and the activated gates (rows, 4u)
 * = [σ(i) | σ(f) | tanh(c̃) | σ(o)] kept for the gradient. Every value is rounded to float32 as the
 * separate ops would store it.
 */
export declare function lstmCell(z: Float32Array, cPrev: Float32Array, hc: Float32Array, gates: Float32Array, rows: number, u: number): void;
/** The gradient of lstmCell: from dhc = [dh | dc] to dz (rows, 4u) and dcPrev (rows, u). */
export declare function lstmCellGrad(dhc: Float32Array, gates: Float32Array, cPrev: Float32Array, hc: Float32Array, dz: Float32Array, dcPrev: Float32Array, rows: number, u: number): void;
