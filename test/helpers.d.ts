import type { Tensor } from '../src/index.js';
/** Asserts |actual - expected| <= atol + rtol·|expected| elementwise, naming the first failing index. */
export declare function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, options?: {
    rtol?: number;
    atol?: number;
    label?: string;
}): void;
export declare function assertShape(t: Tensor, shape: readonly number[]): void;
/** Reads a JSON fixture from test/fixtures (tests run from build/test). */
export declare function loadFixture<T>(name: string): T;
/**
 * A temporary directory for one test file, and Candor's warnings silenced while it runs; both
 * undone after the file's tests. Returns a getter for the directory.
 */
export declare function quietTempDir(prefix: string): () => string;
