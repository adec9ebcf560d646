import { add, div, maximum, minimum, mul, sqrt, square, sub } from '../ops/elementwise.js';
import { sum } from '../ops/reduce.js';
import { matmul } from '../ops/matmul.js';
import { concat } from '../ops/layout.js';
import { MultiInputLayer } from './multi-input.js';
import { arg, layerArgs, optional } from './args.js';
import { defineLayer } from './registry.js';
import { symbolicText } from './symbolic.js';
const NO_ARGS = {};
/** What every merge layer shares: a list of inputs, checked against each other and against the shapes it was built for. */
export class Merge extends MultiInputLayer {
    /** The minimum number of inputs (Subtract: exactly 2). */
    arity = { min: 2, max: Infinity };
    builtShapes = null;
    constructor(base, className) {
        super(base, className);
    }
    /** The output shape for these input shapes, or a message saying why they do not merge. */
    mergedShape(shapes) {
        const first = shapes[0];
        const same = shapes.every((s) => s.length === first.length && s.every((d, i) => d === first[i] || d === -1 || first[i] === -1));
        return same ? first : 'every input must have the same shape';
    }
    check(shapes, what) {
        if (shapes.length < this.arity.min || shapes.length > this.arity.max) {
            const expected = this.arity.min === this.arity.max ? `exactly ${this.arity.min}` : `at least ${this.arity.min}`;
            throw new RangeError(`${this.className} "${this.name}": takes ${expected} inputs. Received: ${shapes.length} (${what()})`);
        }
        const out = this.mergedShape(shapes);
        if (typeof out === 'string')
            throw new RangeError(`${this.className} "${this.name}": ${out}. Received: ${what()}`);
        return out;
    }
    symbolicOutputShape(inputs, args) {
        this.refuseArgs(args);
        return this.check(inputs.map((t) => t.shape), () => inputs.map(symbolicText).join(', '));
    }
    /** Builds for the first call's input shapes (merge layers have no weights). */
    buildInputs(shapes) {
        this.builtShapes = shapes.map((s) => [...s]);
        this.build(shapes[0], undefined);
    }
    /** The eager call on a list of tensors (the functional model's forward pass); a mask on any input is refused. */
    applyInputs(xs, _options, masks = []) {
        for (const m of masks)
            this.checkMask(m);
        const shapes = xs.map((x) => x.shape.slice(1));
        if (!this.builtShapes)
            this.buildInputs(shapes);
        this.check(shapes, () => xs.map((x) => `shape [${x.shape.join(', ')}]`).join(', '));
        return this.merge(xs);
    }
    call(x, _options) {
        throw new TypeError(`${this.className} "${this.name}": a merge layer takes a list of inputs (in a functional model). Received: one tensor of shape [${x.shape.join(', ')}]`);
    }
    computeOutputShape(inputShape) {
        return inputShape;
    }
    layerConfig() {
        return {};
    }
}
const reduce = (xs, op) => xs.slice(1).reduce(op, xs[0]);
/** The element-wise merges: no arguments of their own, only the base ones (name, trainable, …). */
class ElementwiseMerge extends Merge {
    constructor(config, className) {
        super(layerArgs(className, NO_ARGS).read(config).base, className);
    }
}
/** Element-wise sum of its inputs. */
export class Add extends ElementwiseMerge {
    className = 'Add';
    constructor(config = {}) {
        super(config, 'Add');
    }
    merge(xs) {
        return reduce(xs, add);
    }
}
/** The first input minus the second. */
export class Subtract extends ElementwiseMerge {
    className = 'Subtract';
    arity = { min: 2, max: 2 };
    constructor(config = {}) {
        super(config, 'Subtract');
    }
    merge(xs) {
        return sub(xs[0], xs[1]);
    }
}
/** Element-wise product of its inputs. */
export class Multiply extends ElementwiseMerge {
    className = 'Multiply';
    constructor(config = {}) {
        super(config, 'Multiply');
    }
    merge(xs) {
        return reduce(xs, mul);
    }
}
/** Element-wise mean of its inputs. */
export class Average extends ElementwiseMerge {
    className = 'Average';
    constructor(config = {}) {
        super(config, 'Average');
    }
    merge(xs) {
        return div(reduce(xs, add), xs.length);
    }
}
/** Element-wise maximum of its inputs. */
export class Maximum extends ElementwiseMerge {
    className = 'Maximum';
    constructor(config = {}) {
        super(config, 'Maximum');
    }
    merge(xs) {
        return reduce(xs, maximum);
    }
}
/** Element-wise minimum of its inputs. */
export class Minimum extends ElementwiseMerge {
    className = 'Minimum';
    constructor(config = {}) {
        super(config, 'Minimum');
    }
    merge(xs) {
        return reduce(xs, minimum);
    }
}
const CONCATENATE_ARGS = layerArgs('Concatenate', { axis: optional(arg.integer(), -1) });
/** Joins its inputs along `axis` (Keras' default -1, the features; axis 0, the batch, is refused). */
export class Concatenate extends Merge {
    className = 'Concatenate';
    axis;
    constructor(config = {}) {
        const { args, base } = CONCATENATE_ARGS.read(config);
        if (args.axis === 0)
            throw new RangeError('Concatenate: axis 0 is the batch axis; samples are not joined. Received: axis=0');
        super(base, 'Concatenate');
        this.axis = args.axis;
    }
    /** The sample axis this joins along (the batch axis excluded). */
    sampleAxis(rank) {
        const a = this.axis < 0 ? this.axis + rank + 1 : this.axis;
        return a - 1;
    }
    mergedShape(shapes) {
        const rank = shapes[0].length;
        const ax = this.sampleAxis(rank);
        if (ax < 0 || ax >= rank)
            return `axis ${this.axis} is outside inputs of rank ${rank + 1}`;
        const agree = shapes.every((s) => s.length === rank && s.every((d, i) => i === ax || d === shapes[0][i] || d === -1 || shapes[0][i] === -1));
        if (!agree)
            return `inputs must agree on every axis but ${this.axis}`;
        const joined = shapes.some((s) => s[ax] === -1) ? -1 : shapes.reduce((n, s) => n + s[ax], 0);
        return shapes[0].map((d, i) => (i === ax ? joined : d));
    }
    merge(xs) {
        return concat(xs, this.sampleAxis(xs[0].rank - 1) + 1);
    }
    layerConfig() {
        return { axis: this.axis };
    }
}
const DOT_ARGS = layerArgs('Dot', {
    /** The axis of each input to contract (batch axis 0 excluded): one for both, or [a, b]. */
    axes: {
        required: true,
        read: (v, layer, name) => Number.isInteger(v)
            ? [v, v]
            : Array.isArray(v) && v.length === 2 && v.every(Number.isInteger)
                ? [v[0], v[1]]
                : badAxes(layer, name, v),
    },
    /** L2-normalise both inputs along their axes first: the product is then the cosine similarity. */
    normalize: optional(arg.boolean(), false),
});
function badAxes(layer, name, v) {
    throw new RangeError(`${layer}: argument "${name}" must be an axis or a pair of axes. Received: ${name}=${JSON.stringify(v)}`);
}
/**
 * Keras' Dot: the batch-wise dot product of two inputs along the given axes. (B, n)·(B, n) on axis 1
 * gives (B, 1); (B, n, d) and (B, m, d) on axes 2 give (B, n, m), an attention score matrix.
 */
export class Dot extends Merge {
    className = 'Dot';
    arity = { min: 2, max: 2 };
    axes;
    normalize;
    constructor(config) {
        const { args, base } = DOT_ARGS.read(config);
        super(base, 'Dot');
        this.axes = args.axes;
        this.normalize = args.normalize;
    }
    /** Each input's contracted axis within one sample (the batch axis excluded), or a reason the inputs do not fit. */
    sampleAxes(shapes) {
        const [a, b] = shapes;
        if (a.length !== b.length || a.length < 1 || a.length > 2)
            return 'inputs must both be (batch, n) or both (batch, n, d)';
        const norm = (axis, rank) => (axis < 0 ? axis + rank + 1 : axis) - 1;
        const [ax, bx] = [norm(this.axes[0], a.length), norm(this.axes[1], b.length)];
        if (ax < 0 || ax >= a.length || bx < 0 || bx >= b.length)
            return `axes ${JSON.stringify(this.axes)} do not name sample axes of inputs of rank ${a.length + 1}`;
        if (a[ax] !== b[bx] && a[ax] !== -1 && b[bx] !== -1)
            return `the contracted axes differ in size (${a[ax]} and ${b[bx]})`;
        return [ax, bx];
    }
    mergedShape(shapes) {
        const axes = this.sampleAxes(shapes);
        if (typeof axes === 'string')
            return axes;
        const [a, b] = shapes;
        return a.length === 1 ? [1] : [a[1 - axes[0]], b[1 - axes[1]]];
    }
    merge(xs) {
        const [ax, bx] = this.sampleAxes(xs.map((x) => x.shape.slice(1)));
        let [a, b] = xs;
        if (this.normalize)
            [a, b] = [l2Normalize(a, ax + 1), l2Normalize(b, bx + 1)];
        if (a.rank === 2)
            return sum(mul(a, b), [1], true);
        // (B, n, d)·(B, m, d) -> (B, n, m): contract a's axis ax with b's axis bx as one batched product.
        return matmul(a, b, { transposeA: ax === 0, transposeB: bx === 1 });
    }
    layerConfig() {
        return { axes: this.axes, normalize: this.normalize };
    }
}
/** x / max(‖x‖, 1e-12) along an axis (Keras' l2_normalize epsilon). */
function l2Normalize(x, axis) {
    return div(x, sqrt(maximum(sum(square(x), [axis], true), 1e-24)));
}
defineLayer('Dot', Dot);
defineLayer('Add', Add);
defineLayer('Subtract', Subtract);
defineLayer('Multiply', Multiply);
defineLayer('Average', Average);
defineLayer('Maximum', Maximum);
defineLayer('Minimum', Minimum);
defineLayer('Concatenate', Concatenate);
export const mergeLayers = {
    add: (config = {}) => new Add(config),
    subtract: (config = {}) => new Subtract(config),
    multiply: (config = {}) => new Multiply(config),
    average: (config = {}) => new Average(config),
    maximum: (config = {}) => new Maximum(config),
    minimum: (config = {}) => new Minimum(config),
    concatenate: (config = {}) => new Concatenate(config),
    dot: (config) => new Dot(config),
};
//# sourceMappingURL=merge.js.map