#!/usr/bin/python3
"""Reference values for Candor's own distribution functions (experiment/distributions.ts): Student
t cdf and ppf over integer and fractional (Welch) degrees of freedom and far tails, the standard
normal cdf and ppf, and log-gamma — from SciPy, except t.ppf: SciPy 1.10's stdtrit is good to only
~2e-9 (its own t.cdf of its t.ppf(0.1, 3) is 0.09999999964) and clamps far tails at 1e100, so the
t quantiles are solved in 40-digit arithmetic with mpmath (Debian's python3-mpmath, SciPy's
sibling) from I_w(v/2, 1/2) = 2p. Run: /usr/bin/python3 scripts/make_distribution_fixtures.py
Writes test/fixtures/distributions.json; tests never need Python.
"""
import json
import math
import os

import mpmath
from scipy import special, stats

mpmath.mp.dps = 40


def t_ppf(p, df):
    """The p-quantile of Student's t to 40 digits: the root of ½·I_w(v/2, ½) = min(p, 1 - p), w = v/(v + x²),
    from SciPy's value (good to ~1e-9) by the secant method."""
    if p == 0.5:
        return 0.0
    q = mpmath.mpf(p) if p < 0.5 else 1 - mpmath.mpf(p)
    v = mpmath.mpf(df)
    tail = lambda x: mpmath.betainc(v / 2, mpmath.mpf(1) / 2, 0, v / (v + x * x), regularized=True) / 2
    start = mpmath.mpf(-abs(float(stats.t.ppf(p, df))))
    x = mpmath.findroot(lambda x: mpmath.log(tail(x)) - mpmath.log(q), (start, start * (1 + mpmath.mpf(10) ** -6)), solver="secant")
    x = -abs(x)  # the tail depends on x² only: the root may come out on either side
    return float(x if p < 0.5 else -x)


dfs = [0.5, 1, 1.5, 2, 2.7, 3, 4, 5, 7.31, 9, 10, 19, 29, 49.5, 100, 1000, 1e5]
xs = [-1e6, -300, -40, -12, -6, -3.2, -2.1, -1, -0.4, -1e-3, -1e-9, 0, 1e-9, 0.25, 1, 1.96, 2.5, 4, 8, 25, 150]
ps = [1e-300, 1e-50, 1e-12, 1e-6, 1e-3, 0.005, 0.025, 0.05, 0.1, 0.3, 0.5, 0.6, 0.9, 0.95, 0.975, 0.995, 0.999, 1 - 1e-9]
t_cdf = [{"x": x, "df": df, "value": float(stats.t.cdf(x, df))} for df in dfs for x in xs]
# Far tails SciPy clamps at 1e100 (no start for the root) are checked by round trip in the test instead.
t_ppf = [{"p": p, "df": df, "value": t_ppf(p, df)} for df in dfs for p in ps if abs(stats.t.ppf(p, df)) < 1e99]
zs = [-38, -30, -20, -9, -6, -4, -3.5, -3, -2.99, -1.5, -0.5, -1e-8, 0, 0.3, 1, 1.959963984540054, 2.9, 3.1, 5, 8.5]
norm_cdf = [{"x": x, "value": float(stats.norm.cdf(x))} for x in zs]
norm_ppf = [{"p": p, "value": float(stats.norm.ppf(p))} for p in ps + [0.02425, 0.97575, 0.8, 0.9999999]]
lgamma = [{"x": x, "value": float(special.gammaln(x))} for x in [1e-8, 0.1, 0.5, 1, 1.5, 2, 2.5, 3.7, 10, 25.5, 171.3, 1e4, 1e7]]
out = {"generator": "scripts/make_distribution_fixtures.py", "scipy": __import__("scipy").__version__,
       "tCdf": t_cdf, "tPpf": t_ppf, "normCdf": norm_cdf, "normPpf": norm_ppf, "lgamma": lgamma}
path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "distributions.json")
with open(path, "w") as fh:
    json.dump(out, fh)
print("wrote", path, len(t_cdf), len(t_ppf))
