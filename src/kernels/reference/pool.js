/**
 * Channels-last pooling: x (B,H,W,C) -> y (B,OH,OW,C). Each output position's window
 * is clipped to the input, so padding never wins a max nor counts in an average.
 */
function forEachWindow(g, visit) {
    for (let b = 0; b < g.batch; b++) {
        for (let oh = 0; oh < g.outH; oh++) {
            const hs = oh * g.strideH - g.padTop;
            const h0 = Math.max(hs, 0);
            const h1 = Math.min(hs + g.poolH, g.inH);
            for (let ow = 0; ow < g.outW; ow++) {
                const ws = ow * g.strideW - g.padLeft;
                visit(b, ((b * g.outH + oh) * g.outW + ow) * g.channels, h0, h1, Math.max(ws, 0), Math.min(ws + g.poolW, g.inW));
            }
        }
    }
}
/** Offset in x of the first maximum of channel c in a window (first in row-major window order). */
function argmaxInWindow(x, g, b, c, h0, h1, w0, w1) {
    let best = -1;
    let bestValue = -Infinity;
    for (let h = h0; h < h1; h++) {
        for (let w = w0; w < w1; w++) {
            const off = ((b * g.inH + h) * g.inW + w) * g.channels + c;
            const v = x[off];
            if (best < 0 || v > bestValue || (Number.isNaN(v) && !Number.isNaN(bestValue))) {
                best = off;
                bestValue = v;
            }
        }
    }
    return best;
}
export function maxPool2d(x, y, g, argmax) {
    forEachWindow(g, (b, yOff, h0, h1, w0, w1) => {
        for (let c = 0; c < g.channels; c++) {
            const at = argmaxInWindow(x, g, b, c, h0, h1, w0, w1);
            argmax[yOff + c] = at;
            y[yOff + c] = at < 0 ? NaN : x[at];
        }
    });
}
/** Routes each dy to the first maximum the forward pass recorded (as PyTorch and TF do). */
export function maxPool2dGrad(argmax, dy, dx) {
    dx.fill(0);
    for (let i = 0; i < argmax.length; i++)
        if (argmax[i] >= 0)
            dx[argmax[i]] += dy[i];
}
export function avgPool2d(x, y, g) {
    forEachWindow(g, (b, yOff, h0, h1, w0, w1) => {
        const count = (h1 - h0) * (w1 - w0);
        for (let c = 0; c < g.channels; c++) {
            let s = 0;
            for (let h = h0; h < h1; h++)
                for (let w = w0; w < w1; w++)
                    s += x[((b * g.inH + h) * g.inW + w) * g.channels + c];
            y[yOff + c] = s / count;
        }
    });
}
export function avgPool2dGrad(dy, dx, g) {
    dx.fill(0);
    forEachWindow(g, (b, yOff, h0, h1, w0, w1) => {
        const count = (h1 - h0) * (w1 - w0);
        for (let c = 0; c < g.channels; c++) {
            const share = dy[yOff + c] / count;
            for (let h = h0; h < h1; h++)
                for (let w = w0; w < w1; w++)
                    dx[((b * g.inH + h) * g.inW + w) * g.channels + c] += share;
        }
    });
}
//# sourceMappingURL=pool.js.map