import { describe, hedgesG, mannWhitneyU, pairedTTest, runsForPower, welchTTest, type TestResult } from './stats.js';

export interface Comparison {
  a: string;
  b: string;
  /** Mean of a minus mean of b. */
  difference: number;
  welch: TestResult;
  paired: TestResult | null;
  mannWhitney: TestResult;
  hedgesG: { g: number; ci95: [number, number]; note?: string };
  /** Runs per configuration needed to detect the observed difference at 80% power. */
  runsForPower: number;
  verdict: string;
}

const pts = (v: number): string => (100 * v).toFixed(1);
const pText = (p: number): string => (p < 0.001 ? '< 0.001' : p.toFixed(3));

/**
 * Compares the final metric of two configurations over repeated runs (paired when the runs
 * share seeds and splits) and says in plain words what the evidence supports.
 */
export function compareRuns(a: string, valuesA: readonly number[], b: string, valuesB: readonly number[], options: { paired?: boolean; alpha?: number } = {}): Comparison {
  const alpha = options.alpha ?? 0.05;
  const da = describe(valuesA);
  const db = describe(valuesB);
  const welch = welchTTest(valuesA, valuesB);
  const paired = options.paired && valuesA.length === valuesB.length ? pairedTTest(valuesA, valuesB) : null;
  const main = paired ?? welch;
  const difference = da.mean - db.mean;
  const spread = Math.max(da.sd, db.sd);
  const needed = runsForPower(difference, spread || 1e-12);
  const test = paired ? 'paired t-test' : "Welch's t-test";
  const verdict = main.p < alpha
    ? `${a} and ${b} differ at α = ${alpha} (${test}, p = ${pText(main.p)}): ${difference > 0 ? a : b} is higher by ${pts(Math.abs(difference))} points.`
    : `No evidence that ${a} and ${b} differ at α = ${alpha} (${test}, p = ${pText(main.p)}); the difference of ${pts(Math.abs(difference))} points is ` +
      `${Math.abs(difference) < spread ? 'smaller than' : 'comparable to'} the run-to-run spread (sd ${pts(spread)}).` +
      (Number.isFinite(needed) ? ` Detecting a difference this size at 80% power would take about ${needed} runs of each.` : '');
  return { a, b, difference, welch, paired, mannWhitney: mannWhitneyU(valuesA, valuesB), hedgesG: hedgesG(valuesA, valuesB), runsForPower: needed, verdict: main.note ? `${verdict} (${main.note})` : verdict };
}
