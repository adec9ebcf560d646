import { abs, add, mul, square } from '../ops/elementwise.js';
import { sum } from '../ops/reduce.js';
import { Registry } from '../registry/registry.js';
/** The named regularizers, with Keras' defaults: 'l1' and 'l2' are 0.01 each. */
const REGULARIZERS = new Registry('regularizer');
REGULARIZERS.register('l1', { l1: 0.01, l2: 0 }, { builtin: true });
REGULARIZERS.register('l2', { l1: 0, l2: 0.01 }, { builtin: true });
REGULARIZERS.register('l1_l2', { l1: 0.01, l2: 0.01 }, { builtin: true });
export function resolveRegularizer(spec, where) {
    if (spec === undefined || spec === null)
        return null;
    if (typeof spec === 'string') {
        const preset = REGULARIZERS.find(spec);
        if (preset)
            return { ...preset };
    }
    if (typeof spec === 'object' && [spec.l1 ?? 0, spec.l2 ?? 0].every((v) => Number.isFinite(v) && v >= 0)) {
        return { l1: spec.l1 ?? 0, l2: spec.l2 ?? 0 };
    }
    throw new RangeError(`${where}: a regularizer must be 'l1', 'l2', 'l1_l2' or { l1?: number >= 0, l2?: number >= 0 }. Received: ${JSON.stringify(spec)}`);
}
/** The penalty for one weight tensor (recorded, so it contributes to gradients). */
export function penalty(config, w) {
    const terms = [];
    if (config.l1)
        terms.push(mul(sum(abs(w)), config.l1));
    if (config.l2)
        terms.push(mul(sum(square(w)), config.l2));
    return terms.reduce((acc, t) => (acc ? add(acc, t) : t), null);
}
//# sourceMappingURL=regularizers.js.map