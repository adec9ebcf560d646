/**
 * The LSTM cell in one pass (forward and backward): from the pre-activations z = x·W + h·U + b
 * of gates i, f, c̃, o and the previous cell state, the new h and c, with sigmoid gates and tanh
 * (Keras' and PyTorch's defaults). One loop instead of a dozen element-wise ops and their tapes.
 */
import { sigmoid } from './math.js';
/**
 * z (rows, 4u), cPrev (rows, u) -> hc (rows, 2u) = [h | c], and the activated gates (rows, 4u)
 * = [σ(i) | σ(f) | tanh(c̃) | σ(o)] kept for the gradient. Every value is rounded to float32 as the
 * separate ops would store it.
 */
export function lstmCell(z, cPrev, hc, gates, rows, u) {
    for (let r = 0; r < rows; r++) {
        const zo = r * 4 * u;
        const co = r * u;
        const ho = r * 2 * u;
        for (let j = 0; j < u; j++) {
            const i = Math.fround(sigmoid(z[zo + j]));
            const f = Math.fround(sigmoid(z[zo + u + j]));
            const g = Math.fround(Math.tanh(z[zo + 2 * u + j]));
            const o = Math.fround(sigmoid(z[zo + 3 * u + j]));
            const c = Math.fround(Math.fround(f * cPrev[co + j]) + Math.fround(i * g));
            gates[zo + j] = i;
            gates[zo + u + j] = f;
            gates[zo + 2 * u + j] = g;
            gates[zo + 3 * u + j] = o;
            hc[ho + j] = o * Math.fround(Math.tanh(c));
            hc[ho + u + j] = c;
        }
    }
}
/** The gradient of lstmCell: from dhc = [dh | dc] to dz (rows, 4u) and dcPrev (rows, u). */
export function lstmCellGrad(dhc, gates, cPrev, hc, dz, dcPrev, rows, u) {
    for (let r = 0; r < rows; r++) {
        const zo = r * 4 * u;
        const co = r * u;
        const ho = r * 2 * u;
        for (let j = 0; j < u; j++) {
            const i = gates[zo + j];
            const f = gates[zo + u + j];
            const g = gates[zo + 2 * u + j];
            const o = gates[zo + 3 * u + j];
            const tc = Math.tanh(hc[ho + u + j]);
            const dh = dhc[ho + j];
            const dc = dhc[ho + u + j] + dh * o * (1 - tc * tc);
            dz[zo + j] = dc * g * i * (1 - i);
            dz[zo + u + j] = dc * cPrev[co + j] * f * (1 - f);
            dz[zo + 2 * u + j] = dc * i * (1 - g * g);
            dz[zo + 3 * u + j] = dh * tc * o * (1 - o);
            dcPrev[co + j] = dc * f;
        }
    }
}
//# sourceMappingURL=recurrent.js.map