import type * as c from '../../src/index.js';
/** Each layer factory with the arguments it needs; one snake_case alias each besides input_shape. */
export declare const LAYERS: Record<keyof typeof c.layers, {
    args: Record<string, unknown>;
    alias?: [string, string, unknown];
}>;
