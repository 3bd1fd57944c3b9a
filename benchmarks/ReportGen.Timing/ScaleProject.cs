using System.Globalization;
using System.Text;

namespace ReportGen.Timing;

/// <summary>
/// Issue 9 (c): a generated project of 500 securities with 20 years of daily adjusted closes (weekdays from 2005-12-01 to
/// 2025-12-31, a seeded geometric random walk, so every run builds the same bytes), a benchmark, four universes and four
/// report series (two monthly, one quarterly, one annual) backfilled from their first period in 2006: 580 editions.
/// Layouts, partials and assets are the repository's own.
/// </summary>
public static class ScaleProject
{
    public const int Securities = 500;

    public static void Write(string root, string repositoryRoot)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var prices = Path.Combine(root, "data", "prices", "adjusted");
        Directory.CreateDirectory(prices);
        var inv = CultureInfo.InvariantCulture;
        var days = new List<DateOnly>();
        for (var d = new DateOnly(2005, 12, 1); d <= new DateOnly(2025, 12, 31); d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        var random = new Random(20261123);
        var securities = new StringBuilder("ticker,name,kind,sector,industry\n");
        var tickers = Enumerable.Range(1, Securities).Select(i => string.Create(inv, $"S{i:D3}")).Append("BENCH").ToList();
        foreach (var ticker in tickers)
        {
            var drift = (random.NextDouble() * 0.0008) - 0.0001;
            var vol = 0.01 + (random.NextDouble() * 0.025);
            var price = 10 + (random.NextDouble() * 190);
            var sb = new StringBuilder("Date,Adj Close\n", days.Count * 24);
            foreach (var day in days)
            {
                // Box-Muller normal shock; the walk never reaches a split-like one-day move.
                var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                price *= Math.Exp(drift + (vol * Math.Clamp(z, -4, 4)));
                sb.Append(inv, $"{day:yyyy-MM-dd},{price:F4}\n");
            }

            File.WriteAllText(Path.Combine(prices, ticker + ".csv"), sb.ToString());
            var kind = ticker == "BENCH" ? "etf" : "stock";
            securities.Append(inv, $"{ticker},{(ticker == "BENCH" ? "Broad Market ETF" : "Company " + ticker)},{kind},Sector {ticker.GetHashCode(StringComparison.Ordinal) & 7},Industry\n");
        }

        File.WriteAllText(Path.Combine(root, "data", "securities.csv"), securities.ToString());
        var universes = new StringBuilder("universe,ticker,weight\n");
        void Universe(string name, int from, int count)
        {
            for (var i = from; i < from + count; i++)
            {
                universes.Append(inv, $"{name},{tickers[i]},\n");
            }
        }

        Universe("large", 0, 50);
        Universe("mid", 50, 100);
        Universe("small", 150, 200);
        Universe("all", 0, Securities);
        File.WriteAllText(Path.Combine(root, "data", "universes.csv"), universes.ToString());
        File.WriteAllText(Path.Combine(root, "data", "sources.yml"), """
            datasets:
              - id: prices-adjusted
                title: Daily adjusted closes (generated)
                files: [prices/adjusted/*.csv]
                supplier: ReportGen benchmark generator
                citation: Generated benchmark prices
                origin: benchmarks/ReportGen.Timing/ScaleProject.cs, Random(20261123)
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

            """);
        File.Copy(Path.Combine(repositoryRoot, "reportgen.yml"), Path.Combine(root, "reportgen.yml"));
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
    }

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
