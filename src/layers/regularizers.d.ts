/** Weight and activity penalties (l1, l2, l1_l2) added to the training loss. */
import type { Tensor } from '../tensor/tensor.js';
/** A weight penalty added to the loss: l1·sum|w| + l2·sum w². */
export interface RegularizerConfig {
    l1?: number;
    l2?: number;
}
export type RegularizerSpec = 'l1' | 'l2' | 'l1_l2' | RegularizerConfig;
export declare function resolveRegularizer(spec: RegularizerSpec | null | undefined, where: string): RegularizerConfig | null;
/** The penalty for one weight tensor (recorded, so it contributes to gradients). */
export declare function penalty(config: RegularizerConfig, w: Tensor): Tensor | null;
