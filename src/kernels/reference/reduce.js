/** (outer, size, inner) -> (outer, inner); sums accumulate in float64. NaN propagates through max/min. */
export function reduce(kind, x, outer, size, inner, out) {
    for (let o = 0; o < outer; o++) {
        const base = o * size * inner;
        for (let j = 0; j < inner; j++) {
            let acc = kind === 'sum' ? 0 : x[base + j];
            for (let s = kind === 'sum' ? 0 : 1; s < size; s++) {
                const v = x[base + s * inner + j];
                if (kind === 'sum')
                    acc += v;
                else if (kind === 'max')
                    acc = v > acc || Number.isNaN(v) ? v : acc;
                else
                    acc = v < acc || Number.isNaN(v) ? v : acc;
            }
            out[o * inner + j] = acc;
        }
    }
}
export function argmax(x, outer, size, inner, out) {
    for (let o = 0; o < outer; o++) {
        const base = o * size * inner;
        for (let j = 0; j < inner; j++) {
            let best = 0;
            let bestValue = x[base + j];
            for (let s = 1; s < size; s++) {
                const v = x[base + s * inner + j];
                if (v > bestValue) {
                    bestValue = v;
                    best = s;
                }
            }
            out[o * inner + j] = best;
        }
    }
}
//# sourceMappingURL=reduce.js.map