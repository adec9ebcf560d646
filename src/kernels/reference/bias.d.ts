/** Fused bias + activation (relu or identity) over rows of a (rows, cols) buffer, and its gradient. */
export declare function biasActivation(x: Float32Array, bias: Float32Array, out: Float32Array, rows: number, cols: number, relu: boolean): void;
export declare function biasActivationGrad(y: Float32Array, dy: Float32Array, dx: Float32Array, dbias: Float32Array, rows: number, cols: number, relu: boolean): void;
