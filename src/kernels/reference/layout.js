/** Reference layout kernels: transpose, concat, slice, gather, scatter-add. */
import { stridesOf } from '../../tensor/shape.js';
/** Kernels that move data without arithmetic: transpose, slice, concat, gather. */
export function transpose(x, shape, perm, out) {
    const rank = shape.length;
    // The last axis stays last (attention's (B, T, H, D) <-> (B, H, T, D)): move whole rows of it.
    if (rank > 1 && perm[rank - 1] === rank - 1 && shape[rank - 1] > 1) {
        const row = shape[rank - 1];
        const outer = x.length / row;
        const lead = shape.slice(0, -1);
        const leadStrides = stridesOf(lead);
        const outLead = perm.slice(0, -1).map((p) => lead[p]);
        const step = perm.slice(0, -1).map((p) => leadStrides[p]);
        const index = new Array(rank - 1).fill(0);
        let src = 0;
        for (let r = 0; r < outer; r++) {
            const from = src * row;
            const to = r * row;
            for (let k = 0; k < row; k++)
                out[to + k] = x[from + k];
            for (let d = rank - 2; d >= 0; d--) {
                index[d]++;
                src += step[d];
                if (index[d] < outLead[d])
                    break;
                src -= step[d] * outLead[d];
                index[d] = 0;
            }
        }
        return;
    }
    const inStrides = stridesOf(shape);
    const outShape = perm.map((p) => shape[p]);
    const stepIn = perm.map((p) => inStrides[p]);
    const index = new Array(rank).fill(0);
    let src = 0;
    for (let i = 0; i < out.length; i++) {
        out[i] = x[src];
        for (let d = rank - 1; d >= 0; d--) {
            index[d]++;
            src += stepIn[d];
            if (index[d] < outShape[d])
                break;
            src -= stepIn[d] * outShape[d];
            index[d] = 0;
        }
    }
}
/** Visits every element of the box [begin, begin+size) of a tensor of `shape`, passing (boxIndex, flatIndex). */
function forEachInBox(shape, begin, size, visit) {
    const rank = shape.length;
    const strides = stridesOf(shape);
    const total = size.reduce((p, d) => p * d, 1);
    if (total === 0)
        return;
    const index = new Array(rank).fill(0);
    let flat = begin.reduce((acc, b, d) => acc + b * strides[d], 0);
    for (let i = 0; i < total; i++) {
        visit(i, flat);
        for (let d = rank - 1; d >= 0; d--) {
            index[d]++;
            flat += strides[d];
            if (index[d] < size[d])
                break;
            flat -= strides[d] * size[d];
            index[d] = 0;
        }
    }
}
export function slice(x, shape, begin, size, out) {
    if (shape.length === 0) {
        out[0] = x[0];
        return;
    }
    forEachInBox(shape, begin, size, (i, flat) => {
        out[i] = x[flat];
    });
}
export function sliceAddInto(dy, shape, begin, size, dx) {
    if (shape.length === 0) {
        dx[0] += dy[0];
        return;
    }
    forEachInBox(shape, begin, size, (i, flat) => {
        dx[flat] += dy[i];
    });
}
export function concat(parts, outer, sizes, inner, out) {
    const total = sizes.reduce((p, s) => p + s, 0);
    let offset = 0;
    parts.forEach((part, p) => {
        const block = sizes[p] * inner;
        for (let o = 0; o < outer; o++)
            out.set(part.subarray(o * block, (o + 1) * block), o * total * inner + offset);
        offset += block;
    });
}
export function gather(x, outer, size, inner, indices, out) {
    const n = indices.length;
    for (let o = 0; o < outer; o++) {
        for (let i = 0; i < n; i++) {
            const src = (o * size + indices[i]) * inner;
            out.set(x.subarray(src, src + inner), (o * n + i) * inner);
        }
    }
}
export function scatterAdd(dy, outer, size, inner, indices, dx) {
    const n = indices.length;
    for (let o = 0; o < outer; o++) {
        for (let i = 0; i < n; i++) {
            const dst = (o * size + indices[i]) * inner;
            const src = (o * n + i) * inner;
            for (let j = 0; j < inner; j++)
                dx[dst + j] += dy[src + j];
        }
    }
}
//# sourceMappingURL=layout.js.map