/** Verdicts of a comparison, worded for the design that made the runs. */
import { describe, hedgesG, mannWhitneyU, mean, pairedTTest, runsForPower, variance, welchTTest } from './stats.js';
import { correctedRepeatedCvTTest, correctedResampledTTest, pairedEffectSize, unitsForPower } from './resampling.js';
import { probabilityOfImprovement, probabilityOfImprovementUnpaired } from './improvement.js';
export const TEST_LABELS = {
    'corrected-resampled-t': 'corrected resampled t-test, Nadeau & Bengio',
    'corrected-repeated-cv-t': 'corrected repeated k-fold t-test, Bouckaert & Frank',
    'paired-t': 'paired t-test',
    'welch-t': "Welch's t-test",
};
const pts = (v) => (100 * v).toFixed(1);
const pText = (p) => (p < 0.001 ? '< 0.001' : p.toFixed(3));
const plain = (name, r) => ({
    name,
    statistic: r.statistic,
    df: r.df ?? null,
    p: r.p,
    correction: 1,
    testTrainRatio: 0,
    ...(r.note ? { note: r.note } : {}),
});
function chooseTest(o, runDiffs, foldDiffs, valuesA, valuesB) {
    if (!o.paired)
        return { test: plain('welch-t', welchTTest(valuesA, valuesB)), unit: 'run' };
    if (o.resampling !== 'resplit')
        return { test: plain('paired-t', pairedTTest(valuesA, valuesB)), unit: 'run' };
    if (foldDiffs[0].length > 1) {
        const { statistic, p, df, correction, testTrainRatio, note } = correctedRepeatedCvTTest(foldDiffs, {
            testTrainRatio: o.testTrainRatio,
        });
        return {
            test: { name: 'corrected-repeated-cv-t', statistic, df, p, correction, testTrainRatio, ...(note ? { note } : {}) },
            unit: 'fold',
        };
    }
    const { statistic, p, df, correction, testTrainRatio, note } = correctedResampledTTest(runDiffs, { testTrainRatio: o.testTrainRatio });
    return { test: { name: 'corrected-resampled-t', statistic, df, p, correction, testTrainRatio, ...(note ? { note } : {}) }, unit: 'run' };
}
/** Runs per configuration for 80% power under the chosen test's variance (null: no number of runs suffices). */
function powerFor(o, test, unit, difference, units, spread, k) {
    if (test.name === 'welch-t') {
        const n = runsForPower(difference, spread || 1e-12);
        return Number.isFinite(n) ? { runs: n } : { runs: null, reason: 'the observed difference is 0' };
    }
    const needed = unitsForPower(difference, Math.sqrt(variance(units)), test.testTrainRatio);
    if (needed !== null)
        return { runs: unit === 'fold' ? Math.max(2, Math.ceil(needed / k)) : needed };
    return {
        runs: null,
        reason: difference === 0
            ? 'the observed difference is 0'
            : `runs re-split the same ${o.rows} rows, so the overlap of their training sets keeps the standard error above the difference`,
    };
}
/**
 * Compares the final metric of two configurations over repeated runs with the test that is valid
 * for how the runs were made, and says in plain words what the evidence supports and what it covers.
 */
export function compareRuns(o) {
    const alpha = o.alpha ?? 0.05;
    const valuesA = o.foldsA.map((f) => mean(f));
    const valuesB = o.foldsB.map((f) => mean(f));
    if (o.paired && (valuesA.length !== valuesB.length || o.foldsA.some((f, r) => f.length !== o.foldsB[r].length))) {
        throw new RangeError(`compareRuns: paired runs must pair up run by run and fold by fold. Received: ${o.foldsA.map((f) => f.length).join(',')} vs ${o.foldsB.map((f) => f.length).join(',')} folds per run`);
    }
    const da = describe(valuesA);
    const db = describe(valuesB);
    const difference = da.mean - db.mean;
    const spread = Math.max(da.sd, db.sd);
    const foldDiffs = o.paired ? o.foldsA.map((f, r) => f.map((v, i) => v - o.foldsB[r][i])) : [];
    const runDiffs = o.paired ? valuesA.map((v, r) => v - valuesB[r]) : [];
    const { test, unit } = chooseTest(o, runDiffs, foldDiffs, valuesA, valuesB);
    const unitDiffs = unit === 'fold' ? foldDiffs.flat() : runDiffs;
    const bootstrap = { ...(o.seed !== undefined ? { seed: o.seed } : {}), ...(o.resamples !== undefined ? { resamples: o.resamples } : {}) };
    const improvement = o.paired
        ? probabilityOfImprovement(unit === 'fold' ? foldDiffs : runDiffs.map((d) => [d]), bootstrap)
        : probabilityOfImprovementUnpaired(valuesA, valuesB, bootstrap);
    const effectSize = o.paired
        ? pairedEffectSize(unitDiffs, test.testTrainRatio)
        : (({ g, ci95, note }) => ({ name: 'hedges_g', value: g, ci95, ...(note ? { note } : {}) }))(hedgesG(valuesA, valuesB));
    const k = o.foldsA[0]?.length ?? 1;
    const power = powerFor(o, test, unit, difference, unitDiffs, spread, k);
    const naive = {
        pairedT: o.paired ? pairedTTest(valuesA, valuesB) : null,
        welch: welchTTest(valuesA, valuesB),
        mannWhitney: mannWhitneyU(valuesA, valuesB),
    };
    const design = {
        resampling: o.resampling,
        paired: o.paired,
        unit,
        units: unitDiffs.length || valuesA.length + valuesB.length,
        varied: [...o.varied],
    };
    return {
        a: o.a,
        b: o.b,
        difference,
        design,
        test,
        naive,
        probabilityOfImprovement: improvement,
        effectSize,
        power,
        verdict: verdictText(o, test, difference, spread, improvement, power, alpha),
    };
}
function verdictText(o, test, difference, spread, win, power, alpha) {
    const how = `${TEST_LABELS[test.name]}, p = ${pText(test.p)}${test.df !== null ? `, df = ${Number.isInteger(test.df) ? test.df : test.df.toFixed(1)}` : ''}`;
    const wins = `${o.a} beats ${o.b} in ${(100 * win.value).toFixed(0)}% of ${o.paired ? `paired ${win.unit}` : 'run pairs'} (95% CI ${(100 * win.ci95[0]).toFixed(0)}–${(100 * win.ci95[1]).toFixed(0)}%)`;
    const parts = [
        test.p < alpha
            ? `${o.a} and ${o.b} differ at α = ${alpha} (${how}): ${difference > 0 ? o.a : o.b} is higher by ${pts(Math.abs(difference))} points; ${wins}.`
            : `No evidence that ${o.a} and ${o.b} differ at α = ${alpha} (${how}); the difference of ${pts(Math.abs(difference))} points is ` +
                `${Math.abs(difference) < spread ? 'smaller than' : 'comparable to'} the run-to-run spread (sd ${pts(spread)}); ${wins}.`,
    ];
    if (test.note)
        parts.push(`(${test.note})`);
    if (test.correction > 1)
        parts.push(`The runs re-split the same ${o.rows} rows, so their scores are correlated: the test's standard error is ${test.correction.toFixed(2)}× the naive one.`);
    if (test.name === 'paired-t' && o.resampling === 'fixed')
        parts.push(`This covers training randomness (${o.varied.join(', ')}) on one fixed split only, not new data.`);
    if (test.name === 'welch-t' && o.resampling === 'resplit')
        parts.push("Welch's test treats the runs as independent, but they re-split the same data: this p-value is optimistic; pair the runs (the default) for a corrected test.");
    if (test.p >= alpha) {
        if (power.runs !== null)
            parts.push(`Detecting a difference this size at 80% power would take about ${power.runs} runs of each.`);
        else if (difference !== 0 && o.paired && o.resampling === 'resplit')
            parts.push(`More runs cannot resolve a difference of ${pts(Math.abs(difference))} points with ${o.rows} rows: it needs more data or a larger effect.`);
    }
    return parts.join(' ');
}
//# sourceMappingURL=verdict.js.map