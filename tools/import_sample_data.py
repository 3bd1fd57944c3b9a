#!/usr/bin/env python3
"""Rebuilds the sample project's data/ CSV files from the staged real data in ../shared/data.

Every step here is recorded as a curation step in data/sources.yml. Values are never edited:
files are copied byte-for-byte except for the documented header renames, dropped rows and dropped columns.
Usage: python3 tools/import_sample_data.py [SHARED_DATA_DIR]   (default: ../shared/data relative to the repo)
"""
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
DATA = os.path.join(ROOT, "data")

# Adjusted closes (dsturdy): stocks, then ETFs.
ADJUSTED = """NVDA AMD AVGO TSM MU INTC QCOM TXN ARM MRVL AMAT LRCX KLAC ASML ANET DELL SMCI HPE VRT CEG VST
MSFT ORCL CRM NOW ADBE PLTR SNOW IBM GOOGL AMZN META AAPL TSLA
SPY QQQ RSP BOTZ AIQ ROBO CHAT ARKQ THNQ WTAI SMH SOXX SOXQ IGV XLK VGT IYW LOUP QTUM MAGS ROBT IGPT""".split()
# Quoted OHLCV (SungKyu), rows from QUOTED_FROM on, plus their dividend files (whole).
QUOTED = """NVDA AMD AVGO TSM MU INTC QCOM TXN ARM MRVL AMAT LRCX KLAC CDNS SNPS ANET DELL SMCI VRT CEG
MSFT ORCL CRM NOW ADBE PLTR SNOW IBM GOOGL AMZN META AAPL TSLA SPY QQQ XLK VGT""".split()
QUOTED_FROM = "2018-01-02"
# Quoted OHLCV (landon-io) for ETFs SungKyu lacks; the Adj Close column is dropped (adjusted closes come from dsturdy).
LANDON = "SMH SOXX BOTZ SOXQ IYW".split()
INDEX_FROM = "1990-01-02"
# Shiller monthly S&P 500 series (datasets/s-and-p-500): rows from this month on.
MACRO_FROM = "1990-01-01"
# S&P 500 financials snapshots: folder (commit time, UTC) -> as-of trading day (previous US close).
FUNDAMENTALS = {
    "2024-11-01T0137Z_b1d86bbd": "2024-10-31",
    "2024-12-01T0148Z_a19d67e6": "2024-11-29",
    "2025-01-01T0137Z_9f63bc5d": "2024-12-31",
    "2025-02-01T0134Z_67dd99e9": "2025-01-31",
    "2026-05-30T0156Z_070bae3e": "2026-05-29",
    "2026-07-01T0211Z_ddeac0ea": "2026-06-30",
    "2026-08-01T0131Z_38140eaf": "2026-07-31",
    "2026-08-22T0034Z_44d0ca30": "2026-08-21",
}
# jmaslek etf_overviews snapshots: folder (commit time, UTC) -> as-of trading day (US Eastern date of the scrape's close).
OVERVIEWS = {
    "2021-07-08T0157Z_88ec5eb0": "2021-07-07",
    "2021-07-30T2110Z_0d392926": "2021-07-30",
    "2021-08-31T2147Z_e5116d91": "2021-08-31",
    "2021-09-30T2146Z_4472d813": "2021-09-30",
    "2021-10-29T2057Z_c8ab0513": "2021-10-29",
    "2021-11-30T2104Z_4f1189c7": "2021-11-30",
    "2021-12-31T2058Z_2465d1bd": "2021-12-31",
    "2022-01-31T2055Z_c9650602": "2022-01-31",
    "2022-02-18T2100Z_a599e3b3": "2022-02-18",
    "2022-07-30T0102Z_f3b7a8c6": "2022-07-29",
    "2022-08-30T0113Z_2205f676": "2022-08-29",
}


def lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().splitlines()


def write(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def main():
    for sub in ["prices", "dividends", "fundamentals", "funds", "macro"]:
        shutil.rmtree(os.path.join(DATA, sub), ignore_errors=True)

    for t in ADJUSTED:
        src = lines(os.path.join(SHARED, "dsturdy_Factor_Attribution", f"{t}.csv"))
        assert src[0] == "Date,Close", (t, src[0])
        body = [r for r in src[1:] if not r.startswith("2026-08-03,")]
        assert len(body) == len(src) - 2, t  # exactly the partial 2026-08-03 row dropped
        write(os.path.join(DATA, "prices", "adjusted", f"{t}.csv"), ["Date,Adj Close"] + body)

    for t in QUOTED:
        src = lines(os.path.join(SHARED, "SungKyu-Kim39_BackTester39", f"{t}.csv"))
        assert src[0] == "Date,Open,High,Low,Close,Volume", (t, src[0])
        write(os.path.join(DATA, "prices", "quoted", f"{t}.csv"), [src[0]] + [r for r in src[1:] if r[:10] >= QUOTED_FROM])
        os.makedirs(os.path.join(DATA, "dividends"), exist_ok=True)
        shutil.copyfile(os.path.join(SHARED, "SungKyu-Kim39_BackTester39", f"{t}_dividends.csv"), os.path.join(DATA, "dividends", f"{t}.csv"))

    for t in LANDON:
        src = lines(os.path.join(SHARED, "landon-io_stocks-ai-agent", f"{t}.csv"))
        assert src[0] == "Date,Open,High,Low,Close,Adj Close,Volume", (t, src[0])
        rows = []
        for r in src:
            f = r.split(",")
            rows.append(",".join(f[:5] + f[6:]))
        write(os.path.join(DATA, "prices", "quoted", f"{t}.csv"), rows)

    for t in ["^SPX", "^NDX"]:
        src = lines(os.path.join(SHARED, "hjyssg_tqqq_simulation", f"{t}.csv"))
        assert src[0].startswith("Price,") and src[1].startswith("Ticker,") and src[2].startswith("Date,"), t
        write(os.path.join(DATA, "prices", "index", f"{t}.csv"), src[:3] + [r for r in src[3:] if r[:10] >= INDEX_FROM])

    for folder, as_of in FUNDAMENTALS.items():
        os.makedirs(os.path.join(DATA, "fundamentals"), exist_ok=True)
        shutil.copyfile(
            os.path.join(SHARED, "datasets_s-and-p-500-companies-financials", "snapshots", folder, "constituents-financials.csv"),
            os.path.join(DATA, "fundamentals", f"{as_of}.csv"))

    os.makedirs(os.path.join(DATA, "funds", "overviews"), exist_ok=True)
    shutil.copyfile(os.path.join(SHARED, "isaergun_etf-flows-data", "etf_flows.csv"), os.path.join(DATA, "funds", "flows.csv"))
    shutil.copyfile(os.path.join(SHARED, "isaergun_etf-flows-data", "etf_aum.csv"), os.path.join(DATA, "funds", "aum.csv"))
    for folder, as_of in OVERVIEWS.items():
        shutil.copyfile(
            os.path.join(SHARED, "jmaslek_etf_scraper", "etf_overviews_snapshots", folder, "etf_overviews.csv"),
            os.path.join(DATA, "funds", "overviews", f"{as_of}.csv"))

    import_macro()


def import_macro():
    """Shiller's monthly S&P 500 data (10-year yield, earnings, CAPE): data/macro/shiller.csv, rows from MACRO_FROM on, byte-for-byte."""
    src = lines(os.path.join(SHARED, "datasets_s-and-p-500", "data.csv"))
    assert src[0] == "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10", src[0]
    kept = [r for r in src[1:] if r[:10] >= MACRO_FROM]
    assert kept and all(a[:10] < b[:10] for a, b in zip(kept, kept[1:]))  # ascending, one row per month
    write(os.path.join(DATA, "macro", "shiller.csv"), [src[0]] + kept)


# Quarter-end fundamentals (helper `valuation`): the quarter ends a snapshot exists near.
QUARTER_END_NEAR_DAYS = 10


def import_quarter_end_fundamentals():
    """Copies, for every calendar quarter end, the S&P 500 financials version nearest to it within QUARTER_END_NEAR_DAYS
    calendar days (either side), named after the US trading day whose close it reflects.

    The origin's robot commits between about 00:30 and 14:30 UTC, before the US open, so a version reflects the previous
    US trading day's close (weekends: Friday's). A version already copied under FUNDAMENTALS is the same file under the
    same name. The 2018-02-09 version is never near a quarter end (and uses other units). Returns {quarter end: as-of}.
    """
    import datetime as dt
    root = os.path.join(SHARED, "datasets_s-and-p-500-companies-financials", "snapshots")
    versions = {}
    for folder in sorted(os.listdir(root)):
        commit_day = dt.date.fromisoformat(folder[:10])
        as_of = commit_day - dt.timedelta(days=1)
        while as_of.weekday() >= 5:
            as_of -= dt.timedelta(days=1)
        versions[folder] = as_of
    picked = {}
    years = sorted({d.year for d in versions.values()})
    for year in years:
        for month, day in [(3, 31), (6, 30), (9, 30), (12, 31)]:
            end = dt.date(year, month, day)
            near = [(abs((a - end).days), a, f) for f, a in versions.items() if abs((a - end).days) <= QUARTER_END_NEAR_DAYS]
            if not near:
                continue
            _, as_of, folder = min(near)
            picked[end.isoformat()] = as_of.isoformat()
            os.makedirs(os.path.join(DATA, "fundamentals"), exist_ok=True)
            shutil.copyfile(os.path.join(root, folder, "constituents-financials.csv"),
                            os.path.join(DATA, "fundamentals", f"{as_of.isoformat()}.csv"))
    return picked


if __name__ == "__main__":
    main()
    print(import_quarter_end_fundamentals())
