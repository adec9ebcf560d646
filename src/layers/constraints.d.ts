/** Keras' weight constraints, applied in place after each optimizer update. */
import type { Variable } from '../tensor/tensor.js';
/**
 * Keras' weight constraints, applied in place after each optimizer update. Norms are taken over
 * `axis` (default 0: for a Dense kernel (in, out), the norm of each unit's incoming weights), and
 * w is rescaled by desired / (ε + norm) with Keras' ε = 1e-7.
 */
export interface ConstraintConfig {
    name: 'non_neg' | 'max_norm' | 'unit_norm' | 'min_max_norm';
    maxValue?: number;
    minValue?: number;
    rate?: number;
    axis?: number | number[];
}
export type ConstraintSpec = ConstraintConfig['name'] | ConstraintConfig | {
    className: string;
    config?: Record<string, unknown>;
};
/** Reads 'non_neg', { name: 'max_norm', maxValue: 2 } or Keras' { className: 'MaxNorm', config: { max_value: 2 } }. */
export declare function resolveConstraint(spec: ConstraintSpec | null | undefined, where: string): ConstraintConfig | null;
/** Per-slice L2 norms over the constraint's axes, then the Keras rescaling, in place. */
export declare function applyConstraint(config: ConstraintConfig, v: Variable): void;
