#!/usr/bin/python3
"""Reference values from SciPy for Candor's experiment statistics.

Run: /usr/bin/python3 scripts/make_scipy_fixtures.py   (needs Debian's python3-scipy)
Writes test/fixtures/scipy-stats.json; tests never need Python.
"""
import json
import os

import numpy as np
from scipy import stats

rng = np.random.default_rng(3)
samples = [
    ([0.741, 0.703, 0.755, 0.689, 0.722, 0.768, 0.731, 0.699, 0.745, 0.712], [0.669, 0.701, 0.655, 0.690, 0.672, 0.648, 0.705, 0.661, 0.683, 0.677]),
    ([1.0, 2.0], [3.0, 5.0]),                     # n = 2
    ([1.0, 2.0, 3.0], [1.5, 2.5, 2.0, 3.5, 4.5]),  # unequal sizes, exact MWU
    ([0.5, 0.5, 0.6, 0.7], [0.5, 0.8, 0.8, 0.9]),  # ties -> asymptotic MWU
]
for _ in range(8):
    n1, n2 = rng.integers(3, 15, size=2)
    samples.append((list(rng.normal(0.7, 0.05, n1)), list(rng.normal(0.68, 0.07, n2))))

cases = []
for a, b in samples:
    a, b = np.array(a), np.array(b)
    case = {"a": a.tolist(), "b": b.tolist()}
    w = stats.ttest_ind(a, b, equal_var=False)
    case["welch"] = {"t": float(w.statistic), "p": float(w.pvalue)}
    mw = stats.mannwhitneyu(a, b, alternative="two-sided")
    case["mannwhitney"] = {"u": float(mw.statistic), "p": float(mw.pvalue)}
    mwa = stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic")
    case["mannwhitneyAsymptotic"] = {"u": float(mwa.statistic), "p": float(mwa.pvalue)}
    if len(a) == len(b):
        r = stats.ttest_rel(a, b)
        case["paired"] = {"t": float(r.statistic), "p": float(r.pvalue)}
    m, s, n = a.mean(), a.std(ddof=1), len(a)
    half = stats.t.ppf(0.975, n - 1) * s / np.sqrt(n)
    case["ci95a"] = [float(m - half), float(m + half)]
    cases.append(case)

ppf = [{"p": p, "df": df, "value": float(stats.t.ppf(p, df))} for p in (0.975, 0.95, 0.5, 0.01) for df in (1, 2, 9, 30, 1000)]
# Holm's adjustment, computed from its definition (SciPy has none): sorted p_(k) * (m - k), running max, capped at 1.
holm_p = [0.01, 0.04, 0.03, 0.2]
order = np.argsort(holm_p)
adjusted = np.empty(len(holm_p))
running = 0.0
for k, i in enumerate(order):
    running = max(running, min(1.0, (len(holm_p) - k) * holm_p[i]))
    adjusted[i] = running

# Corrected tests for runs that re-split one data set, computed from their published formulas with
# SciPy's t distribution: t = mean(d) / sqrt((1/J + n_test/n_train) * var(d, ddof=1)), df = J - 1
# (Nadeau & Bengio 2003); Bouckaert & Frank (2004) apply it to all r*k fold differences, ratio 1/(k-1).
def corrected(d, ratio):
    d = np.asarray(d, dtype=float)
    J = d.size
    t = d.mean() / np.sqrt((1.0 / J + ratio) * d.var(ddof=1))
    return {"t": float(t), "p": float(2 * stats.t.sf(abs(t), J - 1)), "df": J - 1, "correction": float(np.sqrt(1 + J * ratio))}

def d_z(d, ratio):
    d = np.asarray(d, dtype=float)
    J = d.size
    v = d.mean() / d.std(ddof=1)
    se = np.sqrt(1.0 / J + ratio + v * v / (2 * J))
    z = stats.norm.ppf(0.975)
    return {"value": float(v), "ci95": [float(v - z * se), float(v + z * se)]}

def wins(d):
    d = np.asarray(d, dtype=float)
    return float(((d > 0).sum() + 0.5 * (d == 0).sum()) / d.size)

corrected_cases = []
holdout = rng.normal(0.004, 0.02, 10)
corrected_cases.append({"kind": "holdout", "d": holdout.tolist(), "ratio": 154 / 614, "nTest": 154, **corrected(holdout, 154 / 614),
                        # A published variant put the test-set size where 1/J belongs; the fixture keeps it to show the two differ.
                        "wrongT": float(holdout.mean() / np.sqrt((1.0 / 154 + 154 / 614) * holdout.var(ddof=1))),
                        "dz": d_z(holdout, 154 / 614), "wins": wins(holdout)})
two = [0.03, -0.01]
corrected_cases.append({"kind": "holdout", "d": two, "ratio": 0.25, "nTest": 100, **corrected(two, 0.25), "dz": d_z(two, 0.25), "wins": wins(two)})
runs_by_folds = (rng.normal(0, 0.01, (10, 1)) + rng.normal(0.006, 0.03, (10, 10))).round(4)
corrected_cases.append({"kind": "kfold", "folds": runs_by_folds.tolist(), "ratio": 1 / 9, **corrected(runs_by_folds.ravel(), 1 / 9),
                        "dz": d_z(runs_by_folds.ravel(), 1 / 9), "wins": wins(runs_by_folds.ravel())})
corrected_cases.append({"kind": "kfold", "folds": runs_by_folds[:3, :5].tolist(), "ratio": 0.2437, **corrected(runs_by_folds[:3, :5].ravel(), 0.2437),
                        "dz": d_z(runs_by_folds[:3, :5].ravel(), 0.2437), "wins": wins(runs_by_folds[:3, :5].ravel())})

# Units needed for 80% power when the variance factor is (1/J + ratio): J = ceil(1 / ((diff / (z sd))^2 - ratio)), z = z_.975 + z_.8.
zsum = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
power = []
for diff, sd, ratio in [(0.02, 0.03, 0.0), (0.02, 0.03, 0.1), (0.002, 0.02, 0.25), (0.05, 0.03, 0.25)]:
    allowed = (diff / (zsum * sd)) ** 2
    power.append({"difference": diff, "sd": sd, "ratio": ratio, "units": None if allowed <= ratio else int(max(2, np.ceil(1 / (allowed - ratio))))})

# Wilson's score interval for a proportion, from its formula with SciPy's normal quantile.
z = stats.norm.ppf(0.975)
wilson = []
for p_hat, n in [(0.5, 10), (0.9145, 2000), (0.0, 25), (1.0, 7), (0.7098, 77), (0.33, 3)]:
    centre = (p_hat + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * np.sqrt(p_hat * (1 - p_hat) / n + z * z / (4 * n * n))
    wilson.append({"p": p_hat, "n": n, "ci95": [float(max(0.0, centre - half)), float(min(1.0, centre + half))]})

out_path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "scipy-stats.json")
with open(out_path, "w") as f:
    json.dump({"generator": "scripts/make_scipy_fixtures.py", "scipy": __import__("scipy").__version__, "cases": cases, "ppf": ppf,
               "holm": {"p": holm_p, "adjusted": adjusted.tolist()}, "corrected": corrected_cases, "power": power, "wilson": wilson}, f)
print(f"wrote {len(cases)} cases")
