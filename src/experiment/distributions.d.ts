/** P(Z <= x) for the standard normal (scipy.stats.norm.cdf). */
export declare function standardNormalCdf(x: number): number;
/** The p-quantile of the standard normal (scipy.stats.norm.ppf): A&S's start, then Halley steps on the lower tail. */
export declare function standardNormalQuantile(p: number): number;
/** P(T <= x) for Student's t with df degrees of freedom (scipy.stats.t.cdf); df may be fractional (Welch). */
export declare function studentCdf(x: number, df: number): number;
/**
 * The p-quantile of Student's t (scipy.stats.t.ppf). Closed forms for ν = 1 and 2; otherwise Newton
 * on the lower tail from the normal quantile, kept inside a bracket that is bisected whenever a
 * step would leave it, so it converges for every ν and p.
 */
export declare function studentQuantile(p: number, df: number): number;
