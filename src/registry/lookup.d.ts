/** String-identifier resolution shared by every family (activations, losses, optimizers, layers, …). */
/** Canonical form of an identifier: 'leaky_relu', 'leakyRelu' and 'LeakyReLU' all become 'leakyrelu'. */
export declare function canonicalName(name: string): string;
/** The closest known name, if it is close enough to be a likely typo. */
export declare function suggest(name: string, known: readonly string[]): string | undefined;
/**
 * Resolves `name` in `table` (keys in their documented spelling), accepting any casing or
 * underscores; an unknown name lists the valid ones and suggests the nearest.
 */
export declare function lookup<T>(table: Readonly<Record<string, T>>, name: unknown, where: string, arg: string): T;
