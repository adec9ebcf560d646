import { biasActivation } from './bias.js';
/**
 * Direct channels-last convolution, the obviously-correct version.
 * x (B,H,W,Cin), w (KH,KW,Cin,Cout), y (B,OH,OW,Cout); input row ih = oh*strideH - padTop + kh*dilationH.
 * All three passes visit the same (output position, kernel tap) pairs through forEachTap.
 */
function forEachTap(g, visit) {
    for (let b = 0; b < g.batch; b++) {
        for (let oh = 0; oh < g.outH; oh++) {
            for (let ow = 0; ow < g.outW; ow++) {
                const yOff = ((b * g.outH + oh) * g.outW + ow) * g.outC;
                for (let kh = 0; kh < g.kH; kh++) {
                    const ih = oh * g.strideH - g.padTop + kh * g.dilationH;
                    if (ih < 0 || ih >= g.inH)
                        continue;
                    for (let kw = 0; kw < g.kW; kw++) {
                        const iw = ow * g.strideW - g.padLeft + kw * g.dilationW;
                        if (iw < 0 || iw >= g.inW)
                            continue;
                        visit(((b * g.inH + ih) * g.inW + iw) * g.inC, (kh * g.kW + kw) * g.inC * g.outC, yOff);
                    }
                }
            }
        }
    }
}
export function conv2d(x, w, y, g) {
    y.fill(0);
    const { inC, outC } = g;
    forEachTap(g, (xOff, wOff, yOff) => {
        for (let ci = 0; ci < inC; ci++) {
            const xv = x[xOff + ci];
            const wRow = wOff + ci * outC;
            for (let co = 0; co < outC; co++)
                y[yOff + co] += xv * w[wRow + co];
        }
    });
}
export function conv2dBackpropInput(dy, w, dx, g) {
    dx.fill(0);
    const { inC, outC } = g;
    forEachTap(g, (xOff, wOff, yOff) => {
        for (let ci = 0; ci < inC; ci++) {
            const wRow = wOff + ci * outC;
            let s = 0;
            for (let co = 0; co < outC; co++)
                s += dy[yOff + co] * w[wRow + co];
            dx[xOff + ci] += s;
        }
    });
}
export function conv2dBackpropFilter(x, dy, dw, g) {
    dw.fill(0);
    const { inC, outC } = g;
    forEachTap(g, (xOff, wOff, yOff) => {
        for (let ci = 0; ci < inC; ci++) {
            const xv = x[xOff + ci];
            const wRow = wOff + ci * outC;
            for (let co = 0; co < outC; co++)
                dw[wRow + co] += xv * dy[yOff + co];
        }
    });
}
export function conv2dBiasActivation(x, w, bias, y, g, relu) {
    conv2d(x, w, y, g);
    biasActivation(y, bias, y, g.batch * g.outH * g.outW, g.outC, relu);
}
//# sourceMappingURL=conv.js.map