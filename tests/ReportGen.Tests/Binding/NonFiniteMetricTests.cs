using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Binding;

/// <summary>
/// A metric that would be NaN or infinite is an error naming the metric and the security (RG3001), never a row that a
/// ranking drops or moves silently. The market is built in memory, past the loader's plausibility checks: BAD's adjusted
/// close on 2026-03-31 is 1e-320, so its Q2 return is infinite and its 12-month volatility NaN.
/// </summary>
public sealed class NonFiniteMetricTests
{
    private static readonly Period Q2 = Period.Parse("2026-Q2");

    [Fact]
    public void ByVolatility_MemberWithNaNVolatility_ReportsMetricAndSecurity()
    {
        var output = Render("{{ riskiest = (universe \"u\").by_volatility | array.first }}{{ riskiest.ticker }}");

        Assert.Contains("error RG3001: annualized_volatility_12m of BAD is NaN (", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GOOD", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaders_MemberWithInfiniteReturn_ReportsMetricAndSecurity()
    {
        var output = Render("{{ top = (universe \"u\").leaders | array.first }}{{ top.ticker }}");

        Assert.Contains("error RG3001: total_return of BAD is Infinity (Adj Close 2026-03-31", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranked_MemberWithInfiniteReturn_ReportsMetricAndSecurity()
    {
        var output = Render("{{ ranked (universe \"u\").members 2 }}");

        Assert.Contains("error RG3001: total_return of BAD is Infinity", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ByVolatility_FiniteMembers_RanksAsBefore()
    {
        var output = Render("{{ for s in (universe \"ok\").by_volatility }}{{ s.ticker }} {{ end }}", includeBad: false);

        Assert.Equal("GOOD CALM ", output);
    }

    private static string Render(string template, bool includeBad = true) =>
        TemplateHarness.Render(template, Q2, "non-finite", Market(includeBad));

    private static MarketData Market(bool includeBad)
    {
        var dates = new List<DateOnly>();
        for (var d = new DateOnly(2025, 3, 3); d <= Q2.End; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                dates.Add(d);
            }
        }

        var good = dates.Select((_, i) => 100.0 + (i % 7)).ToList();
        var calm = dates.Select((_, i) => 100.0 + (i % 2 * 0.1)).ToList();
        var bad = dates.Select((d, i) => d == new DateOnly(2026, 3, 31) ? 1e-320 : 100.0 + (i % 5)).ToList();
        var prices = new Dictionary<string, SecurityPrices>(StringComparer.Ordinal)
        {
            ["GOOD"] = Prices("GOOD", dates, good),
            ["CALM"] = Prices("CALM", dates, calm),
        };
        var universes = new Dictionary<string, Universe>(StringComparer.Ordinal)
        {
            ["ok"] = new("ok", ["GOOD", "CALM"], new Dictionary<string, double>()),
        };
        if (includeBad)
        {
            prices["BAD"] = Prices("BAD", dates, bad);
            universes["u"] = new("u", ["GOOD", "BAD"], new Dictionary<string, double>());
        }

        return new MarketData(
            new Dictionary<string, DataSource>(StringComparer.Ordinal),
            new Dictionary<string, Security>(StringComparer.Ordinal),
            prices,
            universes,
            new Dictionary<string, string>(StringComparer.Ordinal));
    }

    private static SecurityPrices Prices(string ticker, List<DateOnly> dates, List<double> values) =>
        new(ticker, new PriceSeries(ticker, PriceField.AdjustedClose, dates, values), "prices", null, null);
}
