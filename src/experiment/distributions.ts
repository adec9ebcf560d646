/** Quantiles and tails of the t, normal and related distributions the tests need. */
import { createRequire } from 'node:module';

/**
 * The probability distributions the statistics need, from stdlib's maintained packages (CommonJS,
 * loaded through createRequire) rather than hand-written special functions.
 */
const require = createRequire(import.meta.url);
const tCdf = require('@stdlib/stats-base-dists-t-cdf') as (x: number, v: number) => number;
const tQuantile = require('@stdlib/stats-base-dists-t-quantile') as (p: number, v: number) => number;
const normalCdf = require('@stdlib/stats-base-dists-normal-cdf') as (x: number, mu: number, sigma: number) => number;
const normalQuantile = require('@stdlib/stats-base-dists-normal-quantile') as (p: number, mu: number, sigma: number) => number;

/** P(T <= x) for Student's t with df degrees of freedom. */
export const studentCdf = (x: number, df: number): number => tCdf(x, df);
/** The p-quantile of Student's t (scipy.stats.t.ppf). */
export const studentQuantile = (p: number, df: number): number => tQuantile(p, df);
export const standardNormalCdf = (x: number): number => normalCdf(x, 0, 1);
export const standardNormalQuantile = (p: number): number => normalQuantile(p, 0, 1);
