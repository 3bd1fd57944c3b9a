using System.Globalization;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Inspection;
using ReportGen.Metrics.Model;
using ReportGen.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// The facts stage cuts the data once at the edition's as-of date: nothing a view, a chart or <c>reportgen metrics</c>
/// computes can see a row after it. The sample data gets a spike after the as-of date in every dated input (prices tripled,
/// flows a billion dollars larger, a fresher fundamentals snapshot and fund overview with ten times the values, an event of
/// the events calendar dated after it); every
/// figure must equal the one computed from the same data ending at the as-of date.
/// </summary>
public sealed class NoLookAheadTests
{
    // A Friday in the middle of 2026-Q2: the sample data runs past it in prices, flows, fundamentals and overviews.
    private static readonly DateOnly AsOf = new(2026, 6, 5);
    private static readonly Period Quarter = Period.Parse("2026-Q2");
    private static readonly Lazy<MarketData> Sample = new(() => LoadData.Run(RepoPaths.Root, new DiagnosticBag()));
    private static readonly Lazy<SiteConfig> Config = new(() => SiteConfigReader.Read(RepoPaths.Root, new DiagnosticBag()));

    // An event both data sets hold (four sessions before the as-of date), and one dated after the as-of date, in the quarter.
    private static readonly CalendarEvent Seen = new(new DateOnly(2026, 6, 1), "NVDA", "a product keynote", new Uri("https://nvidianews.nvidia.com/"), "events");
    private static readonly CalendarEvent Later = new(new DateOnly(2026, 6, 8), "NVDA", "a later announcement", new Uri("https://nvidianews.nvidia.com/"), "events");

    [Fact]
    public void EveryFigureOfEveryViewAndChart_IgnoresASpikeAfterTheAsOfDate()
    {
        var spiked = Spiked(Sample.Value);
        var ending = EndingAtAsOf(Sample.Value);

        var seenSpiked = Facts(EditionScope.For(spiked, Quarter, AsOf, ["SPY"], Config.Value));
        var seenEnding = Facts(EditionScope.For(ending, Quarter, AsOf, ["SPY"], Config.Value));

        Assert.True(seenEnding.Count(l => !l.Contains(" error ", StringComparison.Ordinal)) > 500, "too few computed figures for the comparison to mean anything");
        Assert.Equal(seenEnding, seenSpiked);
    }

    [Fact]
    public void TheSpike_ChangesTheFiguresOfAnEditionThatMaySeeIt()
    {
        var spiked = Spiked(Sample.Value);
        var later = AsOf.AddDays(7);

        var seenSpiked = Facts(EditionScope.For(spiked, Quarter, later, ["SPY"], Config.Value));
        var seenPlain = Facts(EditionScope.For(Sample.Value, Quarter, later, ["SPY"], Config.Value));

        // Control for the test above: the spike is visible to an edition dated after it, in returns, fundamentals and flows.
        Assert.NotEqual(Line(seenPlain, "NVDA period_return"), Line(seenSpiked, "NVDA period_return"));
        Assert.NotEqual(Line(seenPlain, "NVDA market_cap"), Line(seenSpiked, "NVDA market_cap"));
        Assert.NotEqual(Line(seenPlain, "ai-leaders period_return"), Line(seenSpiked, "ai-leaders period_return"));
        Assert.NotEqual(Line(seenPlain, "NVDA events"), Line(seenSpiked, "NVDA events"));
        Assert.Contains("a later announcement", Line(seenSpiked, "NVDA events"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCut_IsMemoisedPerDataAndAsOfDate()
    {
        var first = Sample.Value.CutAt(AsOf);

        var again = Sample.Value.CutAt(AsOf);
        var other = Sample.Value.CutAt(AsOf.AddDays(1));

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Same(first.Prices["NVDA"], again.Prices["NVDA"]);
        Assert.Equal(AsOf, first.Prices["NVDA"].AdjustedClose!.LastDate);
    }

    private static string Line(IReadOnlyList<string> lines, string prefix) => lines.Single(l => l.StartsWith(prefix + " ", StringComparison.Ordinal));

    private static List<string> Facts(EditionScope scope)
    {
        var lines = new List<string>();
        foreach (var subject in scope.Data.Universes.Keys.Concat(scope.Data.Prices.Keys).Order(StringComparer.Ordinal))
        {
            foreach (var row in MetricInspector.Inspect(scope, subject).Rows)
            {
                lines.Add(row.Value is { } v ? $"{subject} {row.Name} {Describe(v)}" : $"{subject} {row.Name} error {row.Error}");
            }
        }

        foreach (var name in scope.Data.Universes.Keys.Order(StringComparer.Ordinal))
        {
            var u = scope.Universe(name);
            lines.Add(Try($"{name} stress", () => string.Join(" | ", new[] { u.Stress.Shock, u.Stress.Holdings, u.Stress.ShockedWeight, u.Stress.UniverseImpact, u.Stress.IndexImpact, u.Stress.ValueChange }.Select(Describe))));
            lines.Add(Try($"{name} chart", () => ChartBinder.Bind(new ChartDeclaration("c", ChartKind.IndexedPerformance, string.Empty, name, [], "SPY", new ChartWindow(ChartWindowKind.YearToDate), string.Empty, string.Empty, 1), scope, string.Empty).Describe()));
            foreach (var m in u.Members)
            {
                lines.Add(Try($"{m.Ticker} milestone", () => m.Milestone is { } x ? $"{Describe(x.Threshold)} {x.Date} {x.InPeriod}" : "none"));
            }
        }

        foreach (var subject in scope.Data.Securities.Keys.Concat(scope.Data.Universes.Keys).Order(StringComparer.Ordinal))
        {
            // The events of the period up to the as-of date, and each one's window return over three sessions and over
            // one session more than the data holds (which must fail, not read a close after the as-of date).
            var events = scope.EventsOf(subject);
            lines.Add($"{subject} events {string.Join(" | ", events)}");
            foreach (var e in events)
            {
                lines.Add(Try($"{subject} after {e.Date:yyyy-MM-dd}", () => Describe(scope.AfterEvent(e, 3))));
                lines.Add(Try($"{subject} beyond {e.Date:yyyy-MM-dd}", () => Describe(scope.AfterEvent(e, e.SessionsAfter + 1))));
            }
        }

        return lines;
    }

    private static string Try(string label, Func<string> compute)
    {
        try
        {
            return $"{label} {compute()}";
        }
        catch (Exception e) when (e is Metrics.InsufficientDataException or KeyNotFoundException or ArgumentException)
        {
            return $"{label} error {e.Message}";
        }
    }

    private static string Describe(MetricValue v) =>
        string.Create(CultureInfo.InvariantCulture, $"{v.Value:R} {v.Unit} {v.Metric} {v.Subject} [{v.Inputs}] {string.Join(",", v.SourceIds)} {v.AsOf:yyyy-MM-dd}");

    private static MarketData Spiked(MarketData d)
    {
        var day = AsOf.AddDays(1);
        var snapshot = d.Fundamentals.Last(s => s.AsOf <= AsOf);
        var fresher = snapshot with
        {
            AsOf = day,
            Companies = snapshot.Companies.ToDictionary(c => c.Key, c => c.Value with { MarketCapUsd = c.Value.MarketCapUsd * 10, PriceToEarnings = c.Value.PriceToEarnings * 10 }, StringComparer.Ordinal),
        };
        var overview = d.FundOverviews.Last(s => s.AsOf <= AsOf);
        var newerOverview = overview with
        {
            AsOf = day,
            Funds = overview.Funds.ToDictionary(f => f.Key, f => f.Value with { ExpenseRatio = f.Value.ExpenseRatio * 10 }, StringComparer.Ordinal),
        };
        return d with
        {
            Prices = d.Prices.ToDictionary(p => p.Key, p => p.Value with { AdjustedClose = Spike(p.Value.AdjustedClose), Close = Spike(p.Value.Close) }, StringComparer.Ordinal),
            Fundamentals = [.. d.Fundamentals.Append(fresher).OrderBy(s => s.AsOf)],
            FundOverviews = [.. d.FundOverviews.Append(newerOverview).OrderBy(s => s.AsOf)],
            FundFlows = [.. d.FundFlows.Select(f => f.Date > AsOf && f.NetFlowUsd is { } usd ? f with { NetFlowUsd = usd + 1_000_000_000m } : f)],
            Events = [.. d.Events, Seen, Later],
        };
    }

    private static PriceSeries? Spike(PriceSeries? s) =>
        s is null ? null : new PriceSeries(s.Ticker, s.Field, s.Dates.ToArray(), [.. s.Dates.ToArray().Zip(s.Values.ToArray(), (date, value) => date > AsOf ? value * 3 : value)]);

    private static MarketData EndingAtAsOf(MarketData d) => d with
    {
        Prices = d.Prices.ToDictionary(p => p.Key, p => p.Value with { AdjustedClose = p.Value.AdjustedClose?.TruncatedAt(AsOf), Close = p.Value.Close?.TruncatedAt(AsOf), Bars = null }, StringComparer.Ordinal),
        Dividends = d.Dividends.ToDictionary(x => x.Key, x => x.Value with { Dividends = [.. x.Value.Dividends.Where(v => v.ExDate <= AsOf)] }, StringComparer.Ordinal),
        Fundamentals = [.. d.Fundamentals.Where(s => s.AsOf <= AsOf)],
        FundFlows = [.. d.FundFlows.Where(f => f.Date <= AsOf)],
        FundAum = d.FundAum.Where(a => a.Value.AsOf <= AsOf).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
        FundOverviews = [.. d.FundOverviews.Where(s => s.AsOf <= AsOf)],
        Events = [.. d.Events.Where(e => e.Date <= AsOf), Seen],
    };
}
