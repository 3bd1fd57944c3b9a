using System.Text;

namespace ReportGen.Tests.Data;

/// <summary>One invalid fixture per data diagnostic code (and more for the formats with their own rules), each with the exact
/// diagnostics expected. Fixtures use the defaults of <see cref="DataFixture"/> (sources.yml with as_of 2026-01-09, a
/// securities.csv with NVDA, AMD, SPY, SMH, ^SPX).</summary>
public static class InvalidDataCases
{
    private const string Sources = DataFixture.DefaultSources;

    public static IEnumerable<InvalidDataCase> All =>
    [
        new("001-RG1001-not-utf8", "", ["data/prices/NVDA.csv: error RG1001: cannot read the file: it is not valid UTF-8; expected a UTF-8 CSV file"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = [.. "Date,Close\n2026-01-05,1"u8, 0xFF, .. "0\n"u8] }),
        new("002-RG1002-unknown-column", """
            -- data/prices/NVDA.csv --
            Date,Open,Adj_Clse,Close
            2026-01-05,1,2,3
            """, ["data/prices/NVDA.csv:1:11: error RG1002: unknown column 'Adj_Clse' (field 3); expected any of: Date, Open, High, Low, Close, Adj Close, Volume"]),
        new("003-RG1002-missing-column", """
            -- data/funds/flows.csv --
            date,ticker
            2026-01-05,SPY
            """, ["data/funds/flows.csv:1:1: error RG1002: header lacks column(s) 'flow_usd'; expected 'date,ticker,flow_usd'"]),
        new("004-RG1002-price-header-without-close", """
            -- data/prices/NVDA.csv --
            Date,Open,Volume
            2026-01-05,1,2
            """, ["data/prices/NVDA.csv:1:1: error RG1002: header 'Date,Open,Volume' lacks a 'Date' column and a 'Close' or 'Adj Close' column; expected a header such as 'Date,Open,High,Low,Close,Adj Close,Volume'"]),
        new("010-RG1003-bad-number", """
            -- data/prices/NVDA.csv --
            Date,Open,High,Low,Close,Volume
            2026-01-05,10,11,9,10.5,100
            2026-01-06,10,11,9,n/a,100
            """, ["data/prices/NVDA.csv:3:20: error RG1003: 'n/a' in column 'Close' (field 5) is not a number; expected a price in USD such as 134.29"]),
        new("011-RG1003-bad-volume", """
            -- data/prices/NVDA.csv --
            Date,Close,Volume
            2026-01-05,10.5,1.5e6
            """, ["data/prices/NVDA.csv:2:17: error RG1003: '1.5e6' in column 'Volume' (field 3) is not a whole number; expected a number of shares such as 127344000"]),
        new("012-RG1003-flow-not-a-number", """
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-05,SPY,abc
            """, ["data/funds/flows.csv:2:16: error RG1003: 'abc' in column 'flow_usd' (field 3) is not a number; expected an amount in USD such as -8280000.0, or an empty cell when not computed"]),
        new("013-RG1003-overview-assets", """
            -- data/funds/overviews/2022-08-29.csv --
            ,Assets,NAV,Expense
            SMH,lots,222.67,0.35
            """, ["data/funds/overviews/2022-08-29.csv:2:5: error RG1003: 'lots' in column 'Assets' (field 2) is not a number; expected assets in USD millions such as 6960.0, or n/a"]),
        new("020-RG1004-bad-date", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            2026/01/06,10.6
            """, ["data/prices/NVDA.csv:3:1: error RG1004: '2026/01/06' in column 'Date' (field 1) is not a date; expected yyyy-MM-dd such as 2026-03-31"]),
        new("030-RG1005-empty-close", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            2026-01-06,
            """, ["data/prices/NVDA.csv:3:12: error RG1005: column 'Close' (field 2) is empty; expected a price in USD such as 134.29"]),
        new("031-RG1005-empty-symbol", """
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Price,Market Cap
            ,Nvidia,184.86,4500000000000
            """, ["data/fundamentals/2026-01-09.csv:2:1: error RG1005: column 'Symbol' (field 1) is empty; expected a ticker such as NVDA"]),
        new("040-RG1006-duplicate-date", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            2026-01-06,10.6
            2026-01-06,10.7
            """, ["data/prices/NVDA.csv:4:1: error RG1006: date '2026-01-06' in column 'Date' (field 1) appears twice (first on line 3); expected dates in ascending order, one row per trading day"]),
        new("041-RG1006-duplicate-flow-date", """
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-05,SPY,1.0
            2026-01-05,QQQ,2.0
            2026-01-05,SPY,3.0
            """, ["data/funds/flows.csv:4:1: error RG1006: date '2026-01-05' in column 'date' (field 1) appears twice for 'SPY' (first on line 2); expected each ticker's dates in ascending order, one row per day"]),
        new("050-RG1007-unsorted-date", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-06,10.5
            2026-01-05,10.6
            """, ["data/prices/NVDA.csv:3:1: error RG1007: date '2026-01-05' in column 'Date' (field 1) comes after 2026-01-06; expected dates in ascending order, one row per trading day"]),
        new("051-RG1007-unsorted-dividend", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/dividends/NVDA.csv --
            Date,Dividend
            2025-12-04,0.01
            2025-09-11,0.01
            """, ["data/dividends/NVDA.csv:3:1: error RG1007: date '2025-09-11' in column 'Date' (field 1) comes after 2025-12-04; expected ex-dates in ascending order, one row each"]),
        new("060-RG1008-zero-price", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            2026-01-06,0
            """, ["data/prices/NVDA.csv:3:12: error RG1008: '0' in column 'Close' (field 2) is not positive; expected a price above 0"]),
        new("061-RG1008-negative-snapshot-price", """
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Sector,Price,Market Cap
            NVDA,Nvidia,Semiconductors,-184.86,4500000000000
            """, ["data/fundamentals/2026-01-09.csv:2:28: error RG1008: '-184.86' in column 'Price' (field 4) is not positive; expected a price above 0, or an empty cell when not reported"]),
        new("070-RG1009-universe-without-prices", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/universes.csv --
            universe,ticker,weight
            ai,NVDA,
            ai,MSFT,
            """, ["data/universes.csv:3:4: error RG1009: ticker 'MSFT' in column 'ticker' (field 2) has no price data; expected a file data/prices/.../MSFT.csv"]),
        new("071-RG1120-universe-range-reversed", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/universes.csv --
            universe,ticker,weight,start,end,defined
            ai,NVDA,,2026-02-01,2026-01-05,
            """, ["data/universes.csv:2:10: error RG1120: membership of 'NVDA' in universe 'ai' starts on 2026-02-01, after it ends on 2026-01-05; expected start on or before end"]),
        new("072-RG1121-universe-ranges-overlap", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/universes.csv --
            universe,ticker,weight,start,end,defined
            ai,NVDA,,,2026-01-31,
            ai,NVDA,,2026-01-15,,
            """, ["data/universes.csv:3:10: error RG1121: membership of 'NVDA' in universe 'ai' (2026-01-15 to open end) overlaps its membership on line 2 (open start to 2026-01-31); expected date ranges that share no day, such as an end of 2024-06-30 and a start of 2024-07-01"]),
        new("073-RG1009-dated-universe-member-without-prices", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/universes.csv --
            universe,ticker,weight,start,end,defined
            ai,NVDA,,,,2026-01-09
            ai,MSFT,,2026-01-02,,2026-01-09
            """, ["data/universes.csv:3:4: error RG1009: ticker 'MSFT' in column 'ticker' (field 2) has no price data; expected a file data/prices/.../MSFT.csv"]),
        new("080-RG1010-no-data-set", """
            -- data/sources.yml --
            datasets:
              - id: test
                title: Test data
                files: [securities.csv, prices/*.csv]
                supplier: Test supplier
                citation: Test
                origin: this repository
                licence: none
                retrieved: 2026-11-23
                as_of: 2026-01-09
            -- data/prices/adjusted/NVDA.csv --
            Date,Adj Close
            2026-01-05,10.5
            """, ["data/prices/adjusted/NVDA.csv: error RG1010: no data set covers this file in data/sources.yml; expected exactly one entry whose 'files' matches 'prices/adjusted/NVDA.csv'"]),
        new("081-RG1010-two-data-sets", Sources.Replace("datasets:\n", "datasets:\n  - id: other\n    title: Other\n    files: [prices/*.csv]\n    supplier: S\n    citation: C\n    origin: O\n    licence: L\n    retrieved: 2026-11-23\n    as_of: 2026-01-09\n", StringComparison.Ordinal).Insert(0, "-- data/sources.yml --\n") + """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            """, ["data/prices/NVDA.csv: error RG1010: data sets 'other' and 'test' all cover this file in data/sources.yml; expected exactly one entry whose 'files' matches 'prices/NVDA.csv'"]),
        new("090-RG1072-missing-key", "-- data/sources.yml --\n" + Sources + """
              - id: broken
                title: Broken entry
                files: [nothing/*.csv]
            """, ["data/sources.yml:11:5: error RG1072: 'datasets[1]' lacks the required keys 'supplier', 'citation', 'origin', 'licence', 'retrieved', 'as_of'; it needs id, title, files, supplier, citation, origin, licence, retrieved, as_of"]),
        // A sources.yml that is not YAML, or not of its schema, is the one error: the CSVs are not read against it, so
        // none is reported as covered by no data set.
        new("092-RG1011-yaml-parser-failure", "-- data/sources.yml --\n" + Sources.Replace("prices/*.csv, ", "prices/09\n*.csv, ", StringComparison.Ordinal),
            ["data/sources.yml:4:12: error RG1011: not valid YAML: a '[' or '{' opened here is never closed; expected a matching ']' or '}' on the same value"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = "Date,Close\n2026-01-09,184.86\n"u8.ToArray() }),
        new("093-RG1070-unknown-key", "-- data/sources.yml --\n" + Sources.Replace("    licence: none", "    lisence: none", StringComparison.Ordinal),
            ["data/sources.yml:8:5: error RG1070: unknown key 'lisence' in 'datasets[0]'; did you mean 'licence'?"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = "Date,Close\n2026-01-09,184.86\n"u8.ToArray() }),
        new("094-RG1071-wrong-type", "-- data/sources.yml --\n" + Sources.Replace("files: [securities.csv, universes.csv, events.csv, prices/*.csv, prices/*/*.csv, dividends/*.csv, fundamentals/*.csv, funds/*.csv, funds/overviews/*.csv, misc/*.csv]", "files: 42", StringComparison.Ordinal),
            ["data/sources.yml:4:12: error RG1071: 'datasets[0].files': expected a list of strings or a string, found a number (42)"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = "Date,Close\n2026-01-09,184.86\n"u8.ToArray() }),
        new("095-RG1073-not-allowed", "-- data/sources.yml --\n" + Sources.Replace("retrieved: 2026-11-23", "retrieved: 23/11/2026", StringComparison.Ordinal),
            ["data/sources.yml:9:16: error RG1073: '23/11/2026' is not allowed in 'datasets[0].retrieved': expected the form ^[0-9]{4}-[0-9]{2}-[0-9]{2}$, e.g. '2026-07-31'"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = "Date,Close\n2026-01-09,184.86\n"u8.ToArray() }),
        new("091-RG1011-as-of-before-data", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-09,10.5
            2026-01-12,10.6
            """, ["data/prices/NVDA.csv:3:1: error RG1011: data dated 2026-01-12 is newer than the as_of date 2026-01-09 of data set 'test' in data/sources.yml; expected as_of to be the date of the newest value"]),
        new("100-RG1012-field-count", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            2026-01-06,10.6,7
            """, ["data/prices/NVDA.csv:3:1: error RG1012: row has 3 fields; expected 2 as in the header"]),
        new("110-RG1013-two-files-one-field", """
            -- data/prices/adjusted/NVDA.csv --
            Date,Adj Close
            2026-01-05,10.4
            -- data/prices/quoted/NVDA.csv --
            Date,Close,Adj Close
            2026-01-05,10.5,10.4
            """, ["data/prices/quoted/NVDA.csv: error RG1013: this file gives prices for 'NVDA' that another file already gives: Adj Close is already given by data/prices/adjusted/NVDA.csv; expected each price field of a ticker in exactly one file"]),
        new("120-RG1014-duplicate-security", """
            -- data/securities.csv --
            ticker,name,kind,sector,industry
            NVDA,Nvidia,stock,Information Technology,Semiconductors
            NVDA,Nvidia again,stock,Information Technology,Semiconductors
            """, ["data/securities.csv:3:1: error RG1014: ticker 'NVDA' in column 'ticker' (field 1) appears twice; expected one row per security"]),
        new("121-RG1014-duplicate-symbol", """
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Price,Market Cap
            NVDA,Nvidia,184.86,4500000000000
            NVDA,Nvidia,184.86,4500000000000
            """, ["data/fundamentals/2026-01-09.csv:3:1: error RG1014: symbol 'NVDA' in column 'Symbol' (field 1) appears twice; expected one row per company"]),
        new("130-RG1015-bad-kind", """
            -- data/securities.csv --
            ticker,name,kind,sector,industry
            NVDA,Nvidia,bond,,
            """, ["data/securities.csv:2:13: error RG1015: 'bond' in column 'kind' (field 3) is not a security kind; expected stock, etf or index"]),
        new("131-RG1015-aum-not-positive", """
            -- data/funds/aum.csv --
            ticker,aum_usd,updated_date
            SPY,-5,2026-01-09
            """, ["data/funds/aum.csv:2:5: error RG1015: '-5' in column 'aum_usd' (field 2) is not positive; expected assets under management in USD above 0"]),
        new("132-RG1015-zero-dividend", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/dividends/NVDA.csv --
            Date,Dividend
            2025-12-04,0
            """, ["data/dividends/NVDA.csv:2:12: error RG1015: '0' in column 'Dividend' (field 2) is not positive; expected a cash amount per share above 0"]),
        new("133-RG1015-negative-volume", """
            -- data/prices/NVDA.csv --
            Date,Close,Volume
            2026-01-05,10.5,-100
            """, ["data/prices/NVDA.csv:2:17: error RG1015: '-100' in column 'Volume' (field 3) is negative; expected a number of shares, 0 or more"]),
        new("140-RG1016-high-below-low", """
            -- data/prices/NVDA.csv --
            Date,Open,High,Low,Close
            2026-01-05,10,11,9,10.5
            2026-01-06,10,9,11,10
            """, ["data/prices/NVDA.csv:3:15: error RG1016: '9' in column 'High' (field 3) is below '11' in column 'Low' (field 4); expected High >= Low"]),
        new("141-RG1016-close-outside-range", """
            -- data/prices/NVDA.csv --
            Date,Open,High,Low,Close
            2026-01-05,10,11,9,11.5
            """, ["data/prices/NVDA.csv:2:20: error RG1016: '11.5' in column 'Close' (field 5) is outside the day's range Low '9' to High '11'; expected Low <= Close <= High"]),
        new("150-RG1017-unadjusted-split", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,100
            2026-01-06,50.2
            """, ["data/prices/NVDA.csv:3:12: error RG1017: '50.2' in column 'Close' (field 2) on 2026-01-06 is 0.502x the previous close 100 on 2026-01-05 (-49.8%), which looks like a 2-for-1 split not applied to earlier rows; expected split-adjusted prices"]),
        new("151-RG1017-unadjusted-reverse-split", """
            -- data/prices/SMH.csv --
            Date,Adj Close
            2026-01-05,10
            2026-01-06,98.5
            """, ["data/prices/SMH.csv:3:12: error RG1017: '98.5' in column 'Adj Close' (field 2) on 2026-01-06 is 9.85x the previous close 10 on 2026-01-05 (+885.0%), which looks like a 1-for-10 reverse split not applied to earlier rows; expected split-adjusted prices"]),
        new("160-RG1018-price-without-security", """
            -- data/prices/TSM.csv --
            Date,Close
            2026-01-05,300.1
            """, ["data/prices/TSM.csv: error RG1018: ticker 'TSM' has price data but no row in data/securities.csv; expected a row 'TSM,<name>,<kind>,<sector>,<industry>'"]),
        new("170-RG1019-snapshot-name-not-a-date", """
            -- data/fundamentals/latest.csv --
            Symbol,Name,Price,Market Cap
            NVDA,Nvidia,184.86,4500000000000
            """, ["data/fundamentals/latest.csv: error RG1019: file name 'latest.csv' is not a date; expected the snapshot's as-of trading day as yyyy-MM-dd.csv, such as 2026-06-30.csv"]),
        new("180-RG1020-unknown-data-file", """
            -- data/misc/notes.csv --
            a,b
            1,2
            """, ["data/misc/notes.csv: error RG1020: no data format lives at 'misc/notes.csv'; expected securities.csv, universes.csv, events.csv, prices/**/<TICKER>.csv, prices/**/*.parquet, dividends/<TICKER>.csv, fundamentals/<yyyy-MM-dd>.csv, funds/flows.csv, funds/aum.csv, funds/overviews/<yyyy-MM-dd>.csv or macro/<name>.csv"]),
        new("190-RG1021-calendar-gap", """
            -- data/prices/NVDA.csv --
            Date,Close
            2025-12-22,10.5
            2026-01-05,10.6
            """, ["data/prices/NVDA.csv:3:1: warning RG1021: no rows between 2025-12-22 and 2026-01-05: a gap of 14 calendar days; expected at most 7"]),
        new("191-RG1021-spy-calendar-gap", """
            -- data/prices/SPY.csv --
            Date,Close
            2025-12-26,690.3
            2025-12-29,688.9
            2025-12-30,687.0
            2025-12-31,681.9
            2026-01-02,683.2
            2026-01-05,687.7
            2026-01-06,691.8
            2026-01-07,689.6
            2026-01-08,690.0
            2026-01-09,694.1
            -- data/prices/NVDA.csv --
            Date,Close
            2025-12-26,190.5
            2026-01-07,189.1
            2026-01-08,185.0
            2026-01-09,184.9
            """, ["data/prices/NVDA.csv:3:1: warning RG1021: no rows between 2025-12-26 and 2026-01-07: 6 trading days missing (SPY calendar); expected at most 5"]),
        new("200-RG1022-stale-series", """
            -- data/prices/NVDA.csv --
            Date,Close
            2025-12-30,10.5
            2025-12-31,10.6
            """, ["data/prices/NVDA.csv:3:1: warning RG1022: 'NVDA' ends on 2025-12-31, 9 days before the as_of date 2026-01-09 of its data set 'test'; expected data up to that date"]),
        new("201-RG1022-stale-data-set", "-- data/sources.yml --\n" + Sources.Replace("prices/*.csv, ", string.Empty, StringComparison.Ordinal) + """
              - id: old-prices
                title: Old prices
                files: [prices/*.csv]
                supplier: S
                citation: C
                origin: O
                licence: L
                retrieved: 2026-11-23
                as_of: 2025-12-01
            -- data/prices/adjusted/NVDA.csv --
            Date,Adj Close
            2026-01-09,10.5
            -- data/prices/AMD.csv --
            Date,Close
            2025-12-01,200.1
            """, ["data/sources.yml:11:5: warning RG1022: data set 'old-prices' (1 price file) ends on 2025-12-01, 39 days before the newest price data set 'test' (2026-01-09); figures dated later cannot use its series"]),
        new("210-RG1002-overview-without-ticker-column", """
            -- data/funds/overviews/2022-08-29.csv --
            Assets,NAV,Expense
            6960.0,222.67,0.35
            """, ["data/funds/overviews/2022-08-29.csv:1:1: error RG1002: header 'Assets,NAV,Expense' does not start with the ticker column; expected an empty first header (as in ',Assets,NAV,Expense,...') or 'Ticker'"]),
        new("220-RG1060-unknown-event-subject", """
            -- data/universes.csv --
            universe,ticker
            chips,NVDA
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-09,10.5
            -- data/events.csv --
            date,subject,event,source_url
            2026-01-07,NVDA,keynote at CES,https://nvidianews.nvidia.com/
            2026-01-08,NVDIA,results,https://nvidianews.nvidia.com/
            2026-01-08,chips,sector rally,https://example.org/
            """, ["data/events.csv:3:12: error RG1060: 'NVDIA' in column 'subject' (field 2) is neither a ticker of data/securities.csv nor a universe; expected a ticker such as NVDA or one of the universes chips"]),
        new("221-RG1061-bad-event-url", """
            -- data/events.csv --
            date,subject,event,source_url
            2026-01-07,NVDA,keynote,ftp://nvidia.com/keynote
            2026-01-08,NVDA,results,nvidianews.nvidia.com
            2026-01-09,NVDA,filing,
            """,
            [
                "data/events.csv:2:25: error RG1061: 'ftp://nvidia.com/keynote' in column 'source_url' (field 4) is not a web address; expected an absolute http or https URL such as https://nvidianews.nvidia.com/",
                "data/events.csv:3:25: error RG1061: 'nvidianews.nvidia.com' in column 'source_url' (field 4) is not a web address; expected an absolute http or https URL such as https://nvidianews.nvidia.com/",
                "data/events.csv:4:24: error RG1005: column 'source_url' (field 4) is empty; expected the address of the page that documents the event, such as https://nvidianews.nvidia.com/",
            ]),
        new("222-RG1062-duplicate-event", """
            -- data/events.csv --
            date,subject,event,source_url
            2026-01-07,NVDA,results,https://nvidianews.nvidia.com/
            2026-01-07,AMD,results,https://ir.amd.com/
            2026-01-07,NVDA,results,https://nvidianews.nvidia.com/news
            """, ["data/events.csv:4:17: error RG1062: the event 'results' of 'NVDA' on 2026-01-07 is already listed on line 2; expected each event once"]),
        new("223-RG1004-event-date", """
            -- data/events.csv --
            date,subject,event,source_url
            28/05/2025,NVDA,results,https://nvidianews.nvidia.com/
            2026-01-07,,results,https://nvidianews.nvidia.com/
            2026-01-07,NVDA,,https://nvidianews.nvidia.com/
            2026-01-07,NVDA,results
            """,
            [
                "data/events.csv:2:1: error RG1004: '28/05/2025' in column 'date' (field 1) is not a date; expected yyyy-MM-dd such as 2026-03-31",
                "data/events.csv:3:12: error RG1005: column 'subject' (field 2) is empty; expected a ticker such as NVDA or a universe such as ai-leaders",
                "data/events.csv:4:17: error RG1005: column 'event' (field 3) is empty; expected what happened, such as first-quarter results",
                "data/events.csv:5:1: error RG1012: row has 3 fields; expected 4 as in the header",
            ]),
        new("300-RG1030-close-below-floor", """
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            2026-01-06,1e-320
            """, ["data/prices/NVDA.csv:3:12: error RG1030: '1e-320' in column 'Close' (field 2) is below the price floor of 0.0001 USD; expected a price from 0.0001 to 100,000,000 USD"]),
        new("301-RG1030-adj-close-above-ceiling", """
            -- data/prices/adjusted/NVDA.csv --
            Date,Adj Close
            2026-01-05,10.5
            2026-01-06,1e300
            """, ["data/prices/adjusted/NVDA.csv:3:12: error RG1030: '1e300' in column 'Adj Close' (field 2) is above the price ceiling of 100,000,000 USD; expected a price from 0.0001 to 100,000,000 USD"]),
        new("302-RG1030-snapshot-price-below-floor", """
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Sector,Price,Market Cap
            NVDA,Nvidia,Semiconductors,0.00001,4500000000000
            """, ["data/fundamentals/2026-01-09.csv:2:28: error RG1030: '0.00001' in column 'Price' (field 4) is below the price floor of 0.0001 USD; expected a price from 0.0001 to 100,000,000 USD, or an empty cell when not reported"]),
        new("303-RG1003-price-not-finite", """
            -- data/prices/NVDA.csv --
            Date,Open,High,Low,Close
            2026-01-05,10,11,9,10.5
            2026-01-06,10,11,9,NaN
            2026-01-07,10,Infinity,9,10.5
            2026-01-08,10,11,9,1e400
            """,
            [
                "data/prices/NVDA.csv:3:20: error RG1003: 'NaN' in column 'Close' (field 5) is not a number; expected a price in USD such as 134.29",
                "data/prices/NVDA.csv:4:15: error RG1003: 'Infinity' in column 'High' (field 3) is not a number; expected a price in USD such as 134.29",
                "data/prices/NVDA.csv:5:20: error RG1003: '1e400' in column 'Close' (field 5) is not a number; expected a price in USD such as 134.29",
            ]),
        new("310-RG1031-flow-above-absolute-cap", """
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-05,SPY,-8280000.0
            2026-01-06,SPY,1e15
            """, ["data/funds/flows.csv:3:16: error RG1031: '1e15' in column 'flow_usd' (field 3) is a net flow of 1,000,000,000,000,000 USD for 'SPY' on 2026-01-06, beyond the cap of 100,000,000,000 USD a day for any fund; expected a daily net flow in USD within that cap"]),
        new("311-RG1031-outflow-above-absolute-cap", """
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-05,QQQ,-250000000000
            """, ["data/funds/flows.csv:2:16: error RG1031: '-250000000000' in column 'flow_usd' (field 3) is a net flow of -250,000,000,000 USD for 'QQQ' on 2026-01-05, beyond the cap of 100,000,000,000 USD a day for any fund; expected a daily net flow in USD within that cap"]),
        new("312-RG1031-flow-above-aum-multiple", """
            -- data/funds/aum.csv --
            ticker,aum_usd,updated_date
            SMH,450000000,2026-01-09
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-05,SMH,4500000000
            2026-01-06,SMH,-5000000000
            """, ["data/funds/flows.csv:3:16: error RG1031: '-5000000000' in column 'flow_usd' (field 3) is a net flow of -5,000,000,000 USD for 'SMH' on 2026-01-06, 11.1 times the fund's AUM of 450,000,000 USD (data/funds/aum.csv, updated 2026-01-09); expected at most 10 times the fund's AUM"]),
        new("320-RG1032-market-cap-above-range", """
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Price,Market Cap
            NVDA,Nvidia,184.86,4500000000000000
            """, ["data/fundamentals/2026-01-09.csv:2:20: error RG1032: '4500000000000000' in column 'Market Cap' (field 4) is outside the range 1,000,000 to 100,000,000,000,000 USD; expected a whole-company market capitalization in USD, or an empty cell when not reported"]),
        new("321-RG1032-market-cap-below-range", """
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Price,Market Cap
            NVDA,Nvidia,184.86,4500000
            AMD,Advanced Micro Devices,210.5,999999.99
            """, ["data/fundamentals/2026-01-09.csv:3:34: error RG1032: '999999.99' in column 'Market Cap' (field 4) is outside the range 1,000,000 to 100,000,000,000,000 USD; expected a whole-company market capitalization in USD, or an empty cell when not reported"]),
        new("400-RG1053-field-too-long", "", ["data/prices/NVDA.csv:3:1: error RG1053: a field is longer than 4,096 characters; expected names, dates and numbers (is this a CSV file?)"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = Encoding.UTF8.GetBytes("Date,Close\n2026-01-05,10.5\n2026-01-06," + new string('1', 5000) + "\n") }),
        new("401-RG1054-too-many-columns", "", ["data/prices/NVDA.csv:1:1: error RG1054: a record has 300 fields; a CSV file may have at most 256 columns"],
            new Dictionary<string, byte[]> { ["data/prices/NVDA.csv"] = Encoding.UTF8.GetBytes("Date," + string.Join(',', Enumerable.Range(1, 299).Select(i => $"c{i}")) + "\n2026-01-05,10.5\n") }),
    ];

    /// <summary>Data codes that no file under data/ can provoke through <c>LoadData</c>, because the build refuses such inputs
    /// before loading (<c>SourceFiles.CheckInputs</c>): a FIFO, a link out of the project, an oversized file. Each is
    /// exercised by <see cref="InputBoundsTests"/> through the command line.</summary>
    public static IReadOnlyList<string> CheckedBeforeLoading { get; } = ["RG1050", "RG1051", "RG1052"];

    /// <summary>Codes of the publication ledger's files (published/, not data/), provoked by
    /// <see cref="Publishing.LedgerTests"/> (<c>Build_BrokenLedger_FailsAtTheFileAndChangesNothing</c>).</summary>
    public static IReadOnlyList<string> LedgerFiles { get; } = ["RG1080", "RG1081", "RG1082", "RG1083", "RG1084"];

    /// <summary>Codes of reportgen.yml (the site settings, not data/), provoked by
    /// <see cref="Culture.SiteCultureTests"/> (<c>Language_Mistyped_IsRG1090AtTheValue_WithDidYouMean</c>) and
    /// <see cref="Culture.LabelSlotsTests"/> (RG1091, a label that drops or adds a slot).</summary>
    public static IReadOnlyList<string> SiteSettings { get; } = ["RG1090", "RG1091"];

    /// <summary>Codes of a report's <c>for_each:</c> (templates/reports, not data/), provoked by
    /// <see cref="ForEach.ForEachPlanningTests"/>.</summary>
    public static IReadOnlyList<string> ForEachCodes { get; } = ["RG1100", "RG1101", "RG1102", "RG1103", "RG1104"];

    /// <summary>Codes of a chart's <c>universes:</c> and <c>labels:</c> in a report's front matter (templates/reports, not
    /// data/), provoked by <see cref="Facts.CohortChartTests"/>.</summary>
    public static IReadOnlyList<string> ChartUniversesCodes { get; } = ["RG1140", "RG1141", "RG1142"];

    /// <summary>The cases as xUnit theory data.</summary>
    public static TheoryData<InvalidDataCase> Data
    {
        get
        {
            var data = new TheoryData<InvalidDataCase>();
            foreach (var c in All)
            {
                data.Add(c);
            }

            return data;
        }
    }

    /// <summary>Builds the fixture of <paramref name="c"/>.</summary>
    internal static DataFixture Build(InvalidDataCase c)
    {
        var files = DataFixture.Parse(c.Txtar);
        files.TryAdd("data/sources.yml", Encoding.UTF8.GetBytes(Sources));
        files.TryAdd("data/securities.csv", Encoding.UTF8.GetBytes(DataFixture.DefaultSecurities));
        foreach (var (path, bytes) in c.Bytes ?? new Dictionary<string, byte[]>())
        {
            files[path] = bytes;
        }

        return DataFixture.FromBytes(files);
    }
}
