#!/usr/bin/env python3
"""Independent oracle for ReportGen.Metrics risk and return tests.

Uses only the Python standard library (random, statistics, datetime, math, csv): no code shared with the C# engine.
Run:  python3 generate_oracles.py   (from any folder; outputs are written next to this script)
It (re)writes prices.csv (synthetic adjusted closes, seeded), universe.csv (a synthetic 10-member universe: returns,
start-of-period market caps, P/E with one missing and some negative) and expected.csv (values the C# tests compare against).
Formulas, written independently of the C# code:
  daily simple return  r_t = P_t / P_{t-1} - 1, between consecutive dates present in the series (or in both series)
  annualized volatility = statistics.stdev(r) * sqrt(252)          (sample standard deviation, n - 1)
  beta                 = statistics.covariance(rs, rb) / statistics.variance(rb)   (both sample)
  correlation          = statistics.correlation(rs, rb)            (Pearson)
  max drawdown         = min over all pairs i <= j of P_j / P_i - 1 (brute force O(n^2), not the running-peak scan)
  total return         = P_end / P_base - 1
  universe             weights = cap / sum(cap); cap-weight return = sum(w r); HHI = sum(w^2); effective = 1 / HHI;
                       top-3 by weight; share = sum_top3(w r) / sum(w r); quartiles = statistics.quantiles(n=4, method="inclusive");
                       median P/E over P/E > 0 only; stress = -0.20 x top-3 weight
Windows (as-of 2026-03-31, a Tuesday):
  YTD   base = last close on or before 2025-12-31
  12M   base = last close on or before 2025-03-31
  2025  base = last close on or before 2024-12-31, end = last close on or before 2025-12-31
"""
import csv
import os
import datetime as dt
import math
import random
import statistics

SEED = 20260331
START = dt.date(2024, 11, 1)
END = dt.date(2026, 4, 30)          # rows after the as-of date exist on purpose: they must not be read
AS_OF = dt.date(2026, 3, 31)
HOLIDAYS = {dt.date(2024, 11, 28), dt.date(2024, 12, 25), dt.date(2025, 1, 1), dt.date(2025, 1, 20),
            dt.date(2025, 2, 17), dt.date(2025, 4, 18), dt.date(2025, 5, 26), dt.date(2025, 6, 19),
            dt.date(2025, 7, 4), dt.date(2025, 9, 1), dt.date(2025, 11, 27), dt.date(2025, 12, 25),
            dt.date(2026, 1, 1), dt.date(2026, 1, 19), dt.date(2026, 2, 16), dt.date(2026, 4, 3)}
BENCHMARK_MISSING = {dt.date(2025, 8, 14), dt.date(2026, 2, 11)}   # benchmark rows dropped: tests date alignment

os.chdir(os.path.dirname(os.path.abspath(__file__)))   # outputs land next to this script
rng = random.Random(SEED)
dates, aaa, bbb = [], [], []
pa, pb = 100.0, 500.0
d = START
while d <= END:
    if d.weekday() < 5 and d not in HOLIDAYS:
        market = rng.gauss(0.0004, 0.011)
        pa *= 1 + 1.6 * market + rng.gauss(0.0006, 0.018)
        pb *= 1 + market
        dates.append(d)
        aaa.append(round(pa, 6))
        bbb.append(None if d in BENCHMARK_MISSING else round(pb, 6))
    d += dt.timedelta(days=1)

with open("prices.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Date", "AAA", "BBB"])
    for d, a, b in zip(dates, aaa, bbb):
        w.writerow([d.isoformat(), f"{a:.6f}", "" if b is None else f"{b:.6f}"])


def on_or_before(series, cutoff):
    """Index of the last (date, price) with date <= cutoff."""
    return max(i for i, (d, _) in enumerate(series) if d <= cutoff)


def window(series, base_cutoff, end_cutoff):
    return series[on_or_before(series, base_cutoff): on_or_before(series, end_cutoff) + 1]


def returns(prices):
    return [b / a - 1 for a, b in zip(prices, prices[1:])]


def brute_force_mdd(prices):
    return min(prices[j] / prices[i] - 1 for j in range(len(prices)) for i in range(j + 1))


A = list(zip(dates, aaa))
B = [(d, b) for d, b in zip(dates, bbb) if b is not None]
WINDOWS = {"YTD": (dt.date(2025, 12, 31), AS_OF), "12M": (dt.date(2025, 3, 31), AS_OF),
           "2025": (dt.date(2024, 12, 31), dt.date(2025, 12, 31))}

rows = []
for name, (base, end) in WINDOWS.items():
    wa = window(A, base, end)
    pa_ = [p for _, p in wa]
    rows.append(("total_return", "AAA", name, pa_[-1] / pa_[0] - 1, len(pa_) - 1))
    ra = returns(pa_)
    rows.append(("annualized_volatility", "AAA", name, statistics.stdev(ra) * math.sqrt(252), len(ra)))
    rows.append(("max_drawdown", "AAA", name, brute_force_mdd(pa_), len(pa_)))
    common = sorted(set(d for d, _ in wa) & set(d for d, _ in B))
    sa = dict(A)
    sb = dict(B)
    xs = returns([sa[d] for d in common])
    ys = returns([sb[d] for d in common])
    rows.append(("beta", "AAA/BBB", name, statistics.covariance(xs, ys) / statistics.variance(ys), len(xs)))
    rows.append(("correlation", "AAA/BBB", name, statistics.correlation(xs, ys), len(xs)))

# ---- Universe oracle: 10 members with returns, start-of-period market caps and P/E (some missing or negative) ----
urng = random.Random(SEED + 1)
members = []
for k in range(10):
    ticker = "M%02d" % k
    ret = round(urng.gauss(0.08, 0.20), 6)
    cap = round(math.exp(urng.gauss(26.5, 1.1)), 0)          # USD, roughly $50bn to $2T
    pe = round(urng.gauss(30, 25), 2)
    if k == 3:
        pe = None                                             # missing in the snapshot
    members.append((ticker, ret, cap, pe))

with open("universe.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ticker", "return", "start_cap_usd", "pe"])
    for t, r, c, pe in members:
        w.writerow([t, repr(r), repr(c), "" if pe is None else repr(pe)])

rets = [r for _, r, _, _ in members]
caps = [c for _, _, c, _ in members]
total_cap = sum(caps)
weights = [c / total_cap for c in caps]
by_weight = sorted(range(10), key=lambda i: -weights[i])
top3 = by_weight[:3]
cw = sum(w_ * r for w_, r in zip(weights, rets))
hhi = sum(w_ * w_ for w_ in weights)
q1, q2, q3 = statistics.quantiles(rets, n=4, method="inclusive")
pes = [pe for _, _, _, pe in members if pe is not None and pe > 0]
U = "U"
rows += [
    ("equal_weight_return", U, "-", statistics.fmean(rets), 10),
    ("cap_weight_return", U, "-", cw, 10),
    ("top3_weight", U, "-", sum(weights[i] for i in top3), 3),
    ("hhi", U, "-", hhi, 10),
    ("effective_holdings", U, "-", 1 / hhi, 10),
    ("top3_share_of_return", U, "-", sum(weights[i] * rets[i] for i in top3) / cw, 3),
    ("dispersion_median", U, "-", statistics.median(rets), 10),
    ("dispersion_q1", U, "-", q1, 10),
    ("dispersion_q3", U, "-", q3, 10),
    ("median_pe", U, "-", statistics.median(pes), len(pes)),
    ("stress_top3_minus20", U, "-", -0.20 * sum(weights[i] for i in top3), 3),
]

with open("expected.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["metric", "subject", "window", "value", "observations"])
    for metric, subject, name, value, n in rows:
        w.writerow([metric, subject, name, repr(value), n])

for r in rows:
    print(*r)
