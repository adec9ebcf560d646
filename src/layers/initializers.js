/** Weight initializers (Keras' names and formulas, seeded) and their registry. */
import { Tensor } from '../tensor/tensor.js';
import { sizeOf } from '../tensor/shape.js';
import { Registry } from '../registry/registry.js';
/** Fans as Keras computes them: dense (in, out); conv kernels (..., in, out) times the receptive field. */
export function fans(shape) {
    if (shape.length === 0)
        return { fanIn: 1, fanOut: 1 };
    if (shape.length === 1)
        return { fanIn: shape[0], fanOut: shape[0] };
    const receptive = sizeOf(shape.slice(0, -2));
    return { fanIn: shape[shape.length - 2] * receptive, fanOut: shape[shape.length - 1] * receptive };
}
// Keras' VarianceScaling draws from a normal truncated at 2 sd and divides by this sd of the truncated unit normal.
const TRUNCATED_SD = 0.87962566103423978;
function truncated(rng) {
    let z = rng.normal();
    while (Math.abs(z) > 2)
        z = rng.normal();
    return z;
}
function fill(shape, draw) {
    const out = new Float32Array(sizeOf(shape));
    for (let i = 0; i < out.length; i++)
        out[i] = draw();
    return out;
}
function varianceScaling(mode, scale, distribution) {
    return (shape, rng) => {
        const { fanIn, fanOut } = fans(shape);
        const n = mode === 'fanIn' ? fanIn : (fanIn + fanOut) / 2;
        const variance = scale / Math.max(1, n);
        if (distribution === 'uniform') {
            const limit = Math.sqrt(3 * variance);
            return fill(shape, () => (rng.uniform() * 2 - 1) * limit);
        }
        const sd = Math.sqrt(variance) / TRUNCATED_SD;
        return fill(shape, () => truncated(rng) * sd);
    };
}
/** Orthogonal matrix (rows = product of leading dims, cols = last dim) by Gram-Schmidt on a normal draw. */
function orthogonal(shape, rng) {
    const cols = shape[shape.length - 1] ?? 1;
    const rows = sizeOf(shape) / Math.max(cols, 1);
    const [n, m] = rows < cols ? [cols, rows] : [rows, cols]; // orthonormalise m vectors of length n
    const q = Array.from({ length: m }, () => Float64Array.from({ length: n }, () => rng.normal()));
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < i; j++) {
            let dot = 0;
            for (let k = 0; k < n; k++)
                dot += q[i][k] * q[j][k];
            for (let k = 0; k < n; k++)
                q[i][k] -= dot * q[j][k];
        }
        const norm = Math.hypot(...q[i]);
        for (let k = 0; k < n; k++)
            q[i][k] /= norm;
    }
    const out = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            out[r * cols + c] = rows < cols ? q[r][c] : q[c][r];
    return out;
}
/** Initializers by Keras name. Every random one draws only from the Rng it is given. */
export const INITIALIZERS = {
    glorot_uniform: varianceScaling('fanAvg', 1, 'uniform'),
    glorot_normal: varianceScaling('fanAvg', 1, 'normal'),
    he_uniform: varianceScaling('fanIn', 2, 'uniform'),
    he_normal: varianceScaling('fanIn', 2, 'normal'),
    lecun_uniform: varianceScaling('fanIn', 1, 'uniform'),
    lecun_normal: varianceScaling('fanIn', 1, 'normal'),
    random_normal: (shape, rng) => fill(shape, () => rng.normal() * 0.05),
    random_uniform: (shape, rng) => fill(shape, () => (rng.uniform() * 2 - 1) * 0.05),
    uniform: (shape, rng) => fill(shape, () => (rng.uniform() * 2 - 1) * 0.05),
    zeros: (shape) => new Float32Array(sizeOf(shape)),
    ones: (shape) => new Float32Array(sizeOf(shape)).fill(1),
    orthogonal,
};
export const INITIALIZER_REGISTRY = new Registry('initializer', 'a custom initializer is found once registered: candor.registerInitializer(name, fill)');
for (const [name, fill] of Object.entries(INITIALIZERS))
    INITIALIZER_REGISTRY.register(name, fill, { builtin: true });
/**
 * Registers a custom initializer: (shape, rng) => Float32Array of shape's size, drawing only
 * from `rng` (so seeded builds stay reproducible); layers then name it like a built-in one.
 */
export function registerInitializer(name, fill) {
    if (typeof fill !== 'function')
        throw new TypeError(`registerInitializer: expected a function (shape, rng) => Float32Array. Received: ${typeof fill}`);
    return INITIALIZER_REGISTRY.register(name, fill);
}
/** Creates an initial value with a named initializer. */
export function initialize(name, shape, rng, where) {
    const values = INITIALIZER_REGISTRY.get(name, where, 'initializer')(shape, rng);
    if (!(values instanceof Float32Array) || values.length !== sizeOf(shape)) {
        throw new RangeError(`${where}: initializer "${name}" must return a Float32Array of ${sizeOf(shape)} values for shape [${shape.join(', ')}]. Received: ${values instanceof Float32Array ? `${values.length} values` : typeof values}`);
    }
    return new Tensor(values, shape, 'float32');
}
//# sourceMappingURL=initializers.js.map