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

out_path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "scipy-stats.json")
with open(out_path, "w") as f:
    json.dump({"generator": "scripts/make_scipy_fixtures.py", "scipy": __import__("scipy").__version__, "cases": cases, "ppf": ppf,
               "holm": {"p": holm_p, "adjusted": adjusted.tolist()}}, f)
print(f"wrote {len(cases)} cases")
