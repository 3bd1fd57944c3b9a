using System.Globalization;
using System.Text;

namespace ReportGen.Timing;

/// <summary>
/// Issues 9 (c) and 20: a generated project of <c>securities</c> stocks (default 5,000) with 20 years of daily adjusted
/// closes (weekdays from 2005-12-01 to 2025-12-31, a seeded geometric random walk per security, so every run builds the
/// same bytes), a benchmark, four universes and four report series (two monthly, one quarterly, one annual) backfilled
/// from their first period in 2006. Layouts, partials and assets are the repository's own.
/// </summary>
/// <remarks>
/// The universe layout follows the S&amp;P Composite 1500 beside a total-market index: <c>large</c> is the first 10% of the
/// securities (500 of 5,000), <c>mid</c> the next 8%, <c>small</c> the next 12%, <c>all</c> every stock; sectors are the 11
/// GICS sectors in roughly their index weights. Tickers are three or four letters derived from the security's number.
/// Prices go to <c>data/prices/adjusted/&lt;TICKER&gt;.csv</c>, or with <c>parquet</c> to one long file
/// <c>data/prices/adjusted.parquet</c> (ticker, date, adj_close; see docs/scaling.md), written through DuckDB.
/// </remarks>
public static class ScaleProject
{
    public const int DefaultSecurities = 5000;

    private static readonly (string Sector, int Weight)[] Sectors =
    [
        ("Information Technology", 14), ("Industrials", 15), ("Financials", 14), ("Health Care", 13), ("Consumer Discretionary", 12),
        ("Real Estate", 7), ("Materials", 6), ("Consumer Staples", 5), ("Energy", 5), ("Utilities", 4), ("Communication Services", 5),
    ];

    /// <summary>The trading days of the generated prices: weekdays from 2005-12-01 to 2025-12-31.</summary>
    public static List<DateOnly> Days()
    {
        var days = new List<DateOnly>();
        for (var d = new DateOnly(2005, 12, 1); d <= new DateOnly(2025, 12, 31); d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>The generated tickers, in security order (the benchmark BENCH last).</summary>
    public static List<string> Tickers(int securities) =>
        [.. Enumerable.Range(0, securities).Select(TickerOf), "BENCH"];

    // Security i (0-based) gets a 3-letter ticker below 17,576 and 4 letters above, never BENCH (5 letters); a bijection, so unique.
    private static string TickerOf(int i)
    {
        var n = (int)(((long)i * 7919) % (i < 17576 ? 17576 : 456976)); // 7919 is prime: scatter neighbours over the alphabet
        var length = i < 17576 ? 3 : 4;
        var chars = new char[length];
        for (var k = length - 1; k >= 0; k--)
        {
            chars[k] = (char)('A' + (n % 26));
            n /= 26;
        }

        return new string(chars);
    }

    /// <summary>Daily adjusted closes of security <paramref name="index"/> (BENCH is index <c>securities</c>), seeded by the index alone.</summary>
    public static double[] Walk(int index, int days)
    {
        var random = new Random(20261123 + index);
        var drift = (random.NextDouble() * 0.0008) - 0.0001;
        var vol = 0.01 + (random.NextDouble() * 0.025);
        var price = 10 + (random.NextDouble() * 190);
        var closes = new double[days];
        for (var t = 0; t < days; t++)
        {
            // Box-Muller normal shock; the walk never reaches a split-like one-day move.
            var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            price *= Math.Exp(drift + (vol * Math.Clamp(z, -4, 4)));
            price = Math.Round(price, 4);
            closes[t] = price;
        }

        return closes;
    }

    public static void Write(string root, string repositoryRoot, int securities = DefaultSecurities, bool parquet = false, bool tearSheets = true)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var prices = Path.Combine(root, "data", "prices", "adjusted");
        Directory.CreateDirectory(prices);
        var inv = CultureInfo.InvariantCulture;
        var days = Days();
        var tickers = Tickers(securities);
        if (parquet)
        {
            Directory.Delete(prices);
            ParquetPrices.Write(Path.Combine(root, "data", "prices", "adjusted.parquet"), tickers, days);
        }
        else
        {
            Parallel.For(0, tickers.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var closes = Walk(i, days.Count);
                var sb = new StringBuilder("Date,Adj Close\n", days.Count * 24);
                for (var t = 0; t < days.Count; t++)
                {
                    sb.Append(inv, $"{days[t]:yyyy-MM-dd},{closes[t]:F4}\n");
                }

                File.WriteAllText(Path.Combine(prices, tickers[i] + ".csv"), sb.ToString());
            });
        }

        var master = new StringBuilder("ticker,name,kind,sector,industry\n");
        var totalWeight = Sectors.Sum(s => s.Weight);
        for (var i = 0; i < tickers.Count; i++)
        {
            var ticker = tickers[i];
            if (ticker == "BENCH")
            {
                master.Append("BENCH,Broad Market ETF,etf,,\n");
                continue;
            }

            // Sector by weight, from a hash of the index (stable, spread evenly through the size bands).
            var slot = (int)(unchecked((uint)i * 2654435761u) % (uint)totalWeight);
            var sector = Sectors.First(s => (slot -= s.Weight) < 0).Sector;
            master.Append(inv, $"{ticker},{ticker} Holdings Inc.,stock,{sector},{sector} (generated)\n");
        }

        File.WriteAllText(Path.Combine(root, "data", "securities.csv"), master.ToString());
        var universes = new StringBuilder("universe,ticker,weight\n");
        void Universe(string name, int from, int count)
        {
            for (var i = from; i < from + count; i++)
            {
                universes.Append(inv, $"{name},{tickers[i]},\n");
            }
        }

        var large = Math.Max(1, securities / 10);
        var mid = Math.Max(1, securities * 8 / 100);
        var small = Math.Max(1, securities * 12 / 100);
        Universe("large", 0, large);
        Universe("mid", large, mid);
        Universe("small", large + mid, small);
        Universe("all", 0, securities);
        File.WriteAllText(Path.Combine(root, "data", "universes.csv"), universes.ToString());
        File.WriteAllText(Path.Combine(root, "data", "sources.yml"), """
            datasets:
              - id: prices-adjusted
                title: Daily adjusted closes (generated)
                files: [{{PRICES}}]
                supplier: ReportGen benchmark generator
                citation: Generated benchmark prices
                origin: benchmarks/ReportGen.Timing/ScaleProject.cs, Random(20261123 + security number)
                licence: Same as this repository
                retrieved: 2026-11-23
                as_of: 2025-12-31
              - id: securities
                title: Security master (generated)
                files: [securities.csv]
                supplier: ReportGen benchmark generator
                citation: Generated security master
                origin: benchmarks/ReportGen.Timing/ScaleProject.cs
                licence: Same as this repository
                retrieved: 2026-11-23
                as_of: 2025-12-31
              - id: universes
                title: Universes (generated)
                files: [universes.csv]
                supplier: ReportGen benchmark generator
                citation: Generated universes
                origin: benchmarks/ReportGen.Timing/ScaleProject.cs
                licence: Same as this repository
                retrieved: 2026-11-23
                as_of: 2025-12-31

            """.Replace("{{PRICES}}", parquet ? "prices/adjusted.parquet" : "prices/adjusted/*.csv", StringComparison.Ordinal));
        // The repository's settings with the generated benchmark as the house benchmark (its days date every edition).
        File.WriteAllText(Path.Combine(root, "reportgen.yml"), "benchmark: BENCH\n" + File.ReadAllText(Path.Combine(repositoryRoot, "reportgen.yml")));
        foreach (var folder in new[] { "layouts", "partials", "assets" })
        {
            var from = Path.Combine(repositoryRoot, "templates", folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, "templates", folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        var reports = Path.Combine(root, "templates", "reports");
        Directory.CreateDirectory(reports);
        File.WriteAllText(Path.Combine(reports, "large-monthly.sbn-md"), Report("Large Caps Monthly", "monthly", "2006-01", "large"));
        File.WriteAllText(Path.Combine(reports, "mid-monthly.sbn-md"), Report("Mid Caps Monthly", "monthly", "2006-01", "mid"));
        File.WriteAllText(Path.Combine(reports, "small-quarterly.sbn-md"), Report("Small Caps Quarterly", "quarterly", "2006-Q1", "small"));
        File.WriteAllText(Path.Combine(reports, "market-annual.sbn-md"), Report("Market Annual", "annual", "2006", "all"));
        if (tearSheets)
        {
            File.WriteAllText(Path.Combine(reports, "tear-sheet.sbn-md"), TearSheet);
        }
    }

    // Issue 20: a quarterly tear sheet for every stock over the last 8 quarters of the data (2024-Q1 to 2025-Q4):
    // 8 x securities editions under securities/<ticker>/<period>/, each with the sample tear sheet's chart (the security
    // indexed against the market over the quarter, `securities: [item]`), so the bench draws a chart per page as the
    // sample does.
    private const string TearSheet = """
        ---
        series: Tear Sheets
        title: "{{ item.name }} ({{ edition.item }}), {{ edition.period }}: {{ item.period_return | fmt.pct }}"
        summary: "{{ item.name }} {{ move item.period_return }} in {{ edition.period }} against {{ b.period_return | fmt.pct }} for the market."
        cadence: quarterly
        first_period: 2024-Q1
        for_each:
          kind: stock
        benchmarks: [BENCH]
        tags: [tear-sheet, scale]
        charts:
          - id: price
            kind: indexed-performance
            securities: [item]
            benchmark: BENCH
            benchmark_label: Market (BENCH)
            title: "{{ edition.item }} against the market, {{ edition.period }}"
        ---
        {{~
        b = security "BENCH"
        gap = spread item.period_return b.period_return
        ~}}
        {{ item.name }} ({{ edition.item }}, {{ item.sector }}) {{ move item.period_return }} in {{ edition.period }} and {{ compare gap "the market" }} {{ cite item.period_return }}.

        ## Returns and risk

        {{ chart "price" }}

        Year to date it returned {{ item.ytd | fmt.pct }} against {{ b.ytd | fmt.pct }} for the market; its volatility was {{ item.volatility | fmt.pct }} and its deepest drawdown {{ item.max_drawdown | fmt.pct }}, with a beta of {{ item.beta | fmt.number }} to the market.

        """;

    private static string Report(string series, string cadence, string first, string universe) => $$$"""
        ---
        series: {{{series}}}
        title: "{{{series}}}: {{ verb u.period_return }} {{ u.period_return | fmt.pct_abs }} in {{ edition.period }} as {{ top.ticker }} leads"
        summary: "The {{{universe}}} universe {{ compare gap 'the market' }} in {{ edition.period }}."
        cadence: {{{cadence}}}
        first_period: {{{first}}}
        universes: [{{{universe}}}]
        benchmarks: [BENCH]
        tags: [{{{universe}}}, scale]
        charts:
          - id: performance
            kind: indexed-performance
            universe: {{{universe}}}
            benchmark: BENCH
            title: "{{{series}}} vs the market, {{ edition.period }}"
            label: {{{universe}}} (equal weight)
            benchmark_label: Market (BENCH)
        ---
        {{~
        u = universe "{{{universe}}}"
        b = security "BENCH"
        gap = spread u.period_return b.period_return
        top = u.leaders | array.first
        ~}}
        The {{{universe}}} universe {{ move u.period_return }} in {{ edition.period }} and {{ compare gap "the market" }} {{ cite u.period_return }}.

        ## Leaders

        {{ ranked u.leaders 5 }} led; year to date the universe returned {{ u.ytd | fmt.pct }} against {{ b.ytd | fmt.pct }} for the market.

        {{ chart "performance" }}

        ## Laggards

        {{ ranked (u.leaders | array.reverse) 3 }} trailed.

        """;
}
