const shapeText = (shape) => `(None, ${shape.map((d) => (d === -1 ? 'None' : d)).join(', ')})`.replace(', )', ')');
/** Keras-like summary table of a built model: layer (type), output shape, params, then totals. */
export function summaryText(name, layers, outputShapes, connectedTo) {
    const rows = layers.map((layer, i) => [
        `${layer.name} (${layer.className})`,
        shapeText(outputShapes[i]),
        layer.countParams().toLocaleString('en-US'),
        ...(connectedTo ? [connectedTo[i] || '-'] : []),
    ]);
    const widths = [
        Math.max(28, ...rows.map((r) => r[0].length + 2)),
        Math.max(25, ...rows.map((r) => r[1].length + 2)),
        12,
        ...(connectedTo ? [20] : []),
    ];
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('')
        .trimEnd();
    // A shared layer appears once per call; its weights count once.
    const unique = [...new Set(layers)];
    const total = unique.reduce((n, l) => n + l.countParams(), 0);
    const trainable = unique.reduce((n, l) => n + l.trainableWeights.reduce((s, v) => s + v.size, 0), 0);
    const rule = (ch) => ch.repeat(widths.reduce((a, b) => a + b, 0));
    return [
        `Model: "${name}"`,
        rule('_'),
        line(['Layer (type)', 'Output Shape', 'Param #', ...(connectedTo ? ['Connected to'] : [])]),
        rule('='),
        ...rows.flatMap((r, i) => (i === 0 ? [line(r)] : [rule('_'), line(r)])),
        rule('='),
        `Total params: ${total.toLocaleString('en-US')}`,
        `Trainable params: ${trainable.toLocaleString('en-US')}`,
        `Non-trainable params: ${(total - trainable).toLocaleString('en-US')}`,
        rule('_'),
    ].join('\n');
}
//# sourceMappingURL=summary.js.map