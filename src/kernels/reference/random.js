/** splitmix32's output function: a well-mixed 32-bit hash of the Weyl sequence key + (i + 1)·golden ratio. */
export function counterHash(key, i) {
    let z = (key + Math.imul(i + 1, 0x9e3779b9)) | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
}
/** Dropout mask from the counter-based stream of `key` (see Kernels.dropoutMask). */
export function dropoutMask(key, rate, scale, mask) {
    for (let i = 0; i < mask.length; i++)
        mask[i] = counterHash(key, i) / 4294967296 >= rate ? scale : 0;
}
//# sourceMappingURL=random.js.map