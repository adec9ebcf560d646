/** Epoch-wise mean of several runs' curves (runs stopped early contribute to the epochs they reached). */
export function meanOf(curves) {
    const longest = Math.max(0, ...curves.map((c) => c.length));
    return Array.from({ length: longest }, (_, e) => {
        const at = curves.filter((c) => e < c.length).map((c) => c[e]);
        return at.reduce((a, b) => a + b, 0) / at.length;
    });
}
//# sourceMappingURL=curves.js.map